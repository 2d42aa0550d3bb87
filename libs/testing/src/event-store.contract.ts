import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError, type EventStore, type ExpectedRevision } from '@pdr/application';
import type { EventMetadata, NewEvent, RecordedEvent } from '@pdr/event-sourcing';
import { describeContract, type Harness } from './contract-suite';

export type EventStoreHarness = Harness<EventStore>;

/**
 * The behaviour every EventStore adapter must show, as one Jest suite. Call it from the adapter's spec file.
 *
 * The suite never assumes an empty store: the same tests run against a shared EventStoreDB server, so every
 * test writes to fresh stream ids and measures global positions from headPosition() taken at its start.
 * Pass `open` as undefined (with a reason) when the store is unavailable: the suite then reports as skipped.
 */
export function describeEventStoreContract(
  adapterName: string,
  open: (() => Promise<EventStoreHarness>) | undefined,
  skipReason?: string,
): void {
  describeContract('EventStore', adapterName, open, skipReason, registerContractTests);
}

function registerContractTests(store: () => EventStore): void {
  describe('appending', () => {
    it('creates a new stream when no stream is expected', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();
      const events = [newEvent(), newEvent()];

      const result = await store().append(stream, events, 'no-stream');

      expect(result.nextRevision).toBe(1);
      expect(result.lastPosition).toBeGreaterThan(before);
      const stored = await store().readStream(stream);
      expect(stored.map((e) => [e.eventId, e.revision])).toEqual([
        [events[0]!.eventId, 0],
        [events[1]!.eventId, 1],
      ]);
      expect(stored[1]!.globalPosition).toBe(result.lastPosition);
    });

    it('appends when the expected revision is exactly the last revision of the stream', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent(), newEvent()], 'no-stream');

      const result = await store().append(stream, [newEvent()], 1);

      expect(result.nextRevision).toBe(2);
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('appends to a missing or an existing stream when any revision is expected', async () => {
      const stream = newStreamId();

      expect((await store().append(stream, [newEvent()], 'any')).nextRevision).toBe(0);
      expect((await store().append(stream, [newEvent(), newEvent()], 'any')).nextRevision).toBe(2);
      expect(await store().readStream(stream)).toHaveLength(3);
    });

    it('refuses no-stream when the stream exists, and writes nothing', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent()], 'no-stream');
      const refused = newEvent();

      await expectWrongRevision(store().append(stream, [refused], 'no-stream'), { streamId: stream, expected: 'no-stream', actual: 0 });

      expect(await eventIds(store(), stream)).not.toContain(refused.eventId);
      expect(await store().readStream(stream)).toHaveLength(1);
    });

    it('refuses an exact revision that does not match the stream, and writes nothing', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent(), newEvent()], 'no-stream');

      await expectWrongRevision(store().append(stream, [newEvent()], 0), { streamId: stream, expected: 0, actual: 1 });
      await expectWrongRevision(store().append(stream, [newEvent()], 5), { streamId: stream, expected: 5, actual: 1 });

      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('refuses an exact revision on a stream that does not exist, and writes nothing', async () => {
      const stream = newStreamId();

      await expectWrongRevision(store().append(stream, [newEvent()], 0), { streamId: stream, expected: 0, actual: -1 });

      expect(await store().readStream(stream)).toEqual([]);
    });

    it('checks the expectation of an empty append and reports the current revision', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent(), newEvent()], 'no-stream');

      expect((await store().append(stream, [], 1)).nextRevision).toBe(1);
      expect((await store().append(stream, [], 'any')).nextRevision).toBe(1);
      await expectWrongRevision(store().append(stream, [], 'no-stream'), { streamId: stream, expected: 'no-stream', actual: 1 });
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('reports the global position of the last event appended, and the head moves to at least there', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();

      const result = await store().append(stream, [newEvent(), newEvent(), newEvent()], 'no-stream');

      const stored = await store().readStream(stream);
      expect(result.lastPosition).toBe(stored[2]!.globalPosition);
      expect(await store().headPosition()).toBeGreaterThanOrEqual(result.lastPosition);
      expect(result.lastPosition).toBeGreaterThan(before);
    });
  });

  describe('reading a stream', () => {
    let stream: string;
    let events: NewEvent[];
    beforeAll(async () => {
      stream = newStreamId();
      events = Array.from({ length: 5 }, () => newEvent());
      await store().append(stream, events, 'no-stream');
    });
    const ids = (from: number, to: number) => events.slice(from, to).map((e) => e.eventId);

    it('reads forward from the first revision by default', async () => {
      const read = await store().readStream(stream);
      expect(read.map((e) => e.eventId)).toEqual(ids(0, 5));
      expect(read.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(read.every((e) => e.streamId === stream)).toBe(true);
    });

    it('reads forward from a given revision, inclusive, up to maxCount events', async () => {
      expect((await store().readStream(stream, { fromRevision: 2 })).map((e) => e.eventId)).toEqual(ids(2, 5));
      expect((await store().readStream(stream, { fromRevision: 1, maxCount: 2 })).map((e) => e.eventId)).toEqual(ids(1, 3));
      expect(await store().readStream(stream, { fromRevision: 5 })).toEqual([]);
    });

    it('reads backward from the last revision', async () => {
      const read = await store().readStream(stream, { direction: 'backward' });
      expect(read.map((e) => e.revision)).toEqual([4, 3, 2, 1, 0]);
    });

    it('reads backward from a given revision, inclusive, up to maxCount events', async () => {
      const read = await store().readStream(stream, { direction: 'backward', fromRevision: 3, maxCount: 2 });
      expect(read.map((e) => e.eventId)).toEqual([events[3]!.eventId, events[2]!.eventId]);
      expect((await store().readStream(stream, { direction: 'backward', maxCount: 1 })).map((e) => e.revision)).toEqual([4]);
    });

    it('returns an empty array for a stream that does not exist', async () => {
      const missing = newStreamId();
      expect(await store().readStream(missing)).toEqual([]);
      expect(await store().readStream(missing, { direction: 'backward' })).toEqual([]);
    });
  });

  describe('what is recorded', () => {
    it('round-trips type, schema version, data and metadata exactly', async () => {
      const stream = newStreamId();
      const event: NewEvent = {
        eventId: randomUUID(),
        type: 'ComplaintFiled',
        schemaVersion: 3,
        data: {
          caseId: 'case-42',
          text: 'Données personnelles — “quoted” \u00e9 \u{1F600} \n tab\t',
          amount: 1234.5,
          negative: -7,
          flag: false,
          nothing: null,
          list: [1, 'two', { three: [3] }],
          nested: { deep: { deeper: { deepest: true } } },
          empty: {},
        },
        metadata: {
          actorId: 'user-7',
          actorRole: 'complainant',
          correlationId: randomUUID(),
          causationId: randomUUID(),
          rulebook: { id: 'bbb-eu-safe-harbor', version: '2016-04' },
        },
      };
      const withoutRulebook = newEvent({ metadata: { ...newMetadata(), actorRole: 'system' } });

      await store().append(stream, [event, withoutRulebook], 'no-stream');

      const [read, second] = await store().readStream(stream);
      expect(read).toMatchObject({ streamId: stream, revision: 0 });
      expect({ eventId: read!.eventId, type: read!.type, schemaVersion: read!.schemaVersion, data: read!.data, metadata: read!.metadata }).toEqual(event);
      expect(second!.metadata).toEqual(withoutRulebook.metadata);
      expect(second!.data).toEqual(withoutRulebook.data);
    });

    it('records when each event was recorded as an ISO-8601 string', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent()], 'no-stream');

      const [read] = await store().readStream(stream);

      expect(typeof read!.recordedAt).toBe('string');
      expect(read!.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Number.isNaN(Date.parse(read!.recordedAt))).toBe(false);
    });
  });

  describe('global order', () => {
    it('orders the events of all streams by strictly increasing global position', async () => {
      const [a, b] = [newStreamId(), newStreamId()];
      const before = await store().headPosition();
      const [a1, b1, b2, a2] = [newEvent(), newEvent(), newEvent(), newEvent()];

      await store().append(a, [a1!], 'no-stream');
      await store().append(b, [b1!, b2!], 'no-stream');
      await store().append(a, [a2!], 0);

      const ours = (await store().readAll({ after: before })).filter((e) => e.streamId === a || e.streamId === b);
      expect(ours.map((e) => e.eventId)).toEqual([a1!.eventId, b1!.eventId, b2!.eventId, a2!.eventId]);
      expectStrictlyIncreasing(ours.map((e) => e.globalPosition));
      const byStream = [...(await store().readStream(a)), ...(await store().readStream(b))];
      for (const event of ours) {
        expect(byStream.find((e) => e.eventId === event.eventId)!.globalPosition).toBe(event.globalPosition);
      }
    });

    it('reads all events after a position, that position excluded, up to maxCount', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();
      const events = [newEvent(), newEvent(), newEvent()];
      await store().append(stream, events, 'no-stream');
      const [first] = await store().readStream(stream);

      const after = (await store().readAll({ after: first!.globalPosition })).filter((e) => e.streamId === stream);
      expect(after.map((e) => e.eventId)).toEqual([events[1]!.eventId, events[2]!.eventId]);

      const page = await store().readAll({ after: before, maxCount: 2 });
      expect(page).toHaveLength(2);
      expect(page.every((e) => e.globalPosition > before)).toBe(true);
      expectStrictlyIncreasing(page.map((e) => e.globalPosition));
    });
  });

  describe('concurrency', () => {
    it('lets exactly one of two writers win when both expect the same revision', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent()], 'no-stream');
      const [left, right] = [newEvent(), newEvent()];

      const outcomes = await Promise.allSettled([store().append(stream, [left], 0), store().append(stream, [right], 0)]);

      const winners = outcomes.filter((o) => o.status === 'fulfilled');
      const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.reason).toBeInstanceOf(WrongExpectedRevisionError);
      const stored = await store().readStream(stream);
      expect(stored).toHaveLength(2);
      const winner = outcomes[0]!.status === 'fulfilled' ? left : right;
      expect(stored[1]!.eventId).toBe(winner.eventId);
    });

    it('lets exactly one of many writers create the same stream', async () => {
      const stream = newStreamId();

      const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => store().append(stream, [newEvent(), newEvent()], 'no-stream')));

      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(WrongExpectedRevisionError);
      }
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('accepts many concurrent appends to different streams, all readable afterwards', async () => {
      const before = await store().headPosition();
      const streams = Array.from({ length: 50 }, () => newStreamId());
      const batches = streams.map(() => [newEvent(), newEvent(), newEvent()]);

      const results = await Promise.all(streams.map((stream, i) => store().append(stream, batches[i]!, 'no-stream')));

      expect(results.every((r) => r.nextRevision === 2)).toBe(true);
      for (const [i, stream] of streams.entries()) {
        expect(await eventIds(store(), stream)).toEqual(batches[i]!.map((e) => e.eventId));
      }
      const wanted = new Set(streams);
      const ours = (await store().readAll({ after: before })).filter((e) => wanted.has(e.streamId));
      expect(ours).toHaveLength(150);
      expect(new Set(ours.map((e) => e.globalPosition)).size).toBe(150);
      expectStrictlyIncreasing(ours.map((e) => e.globalPosition));
    });
  });

  describe('all-or-nothing batches', () => {
    it('writes none of the events of a batch whose expected revision fails', async () => {
      const stream = newStreamId();
      await store().append(stream, [newEvent()], 'no-stream');
      const before = await store().headPosition();
      const batch = [newEvent(), newEvent(), newEvent()];

      await expect(store().append(stream, batch, 3)).rejects.toBeInstanceOf(WrongExpectedRevisionError);

      expect(await store().readStream(stream)).toHaveLength(1);
      expect(await idsWrittenSince(store(), before, batch)).toEqual([]);
    });
  });

  describe('idempotent re-append', () => {
    it('returns the original result and writes nothing when the same events are appended again with the same expectation', async () => {
      const stream = newStreamId();
      const events = [newEvent(), newEvent()];
      const original = await store().append(stream, events, 'no-stream');

      const again = await store().append(stream, events, 'no-stream');

      expect(again).toEqual(original);
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('returns the original result when the same events are appended again expecting any revision', async () => {
      const stream = newStreamId();
      const events = [newEvent(), newEvent()];
      const original = await store().append(stream, events, 'no-stream');

      expect(await store().append(stream, events, 'any')).toEqual(original);
      expect(await store().readStream(stream)).toHaveLength(2);
    });

    it('returns the original result for an earlier batch after the stream has moved on', async () => {
      const stream = newStreamId();
      const first = [newEvent(), newEvent()];
      const second = [newEvent()];
      const firstResult = await store().append(stream, first, 'no-stream');
      const secondResult = await store().append(stream, second, 1);
      await store().append(stream, [newEvent()], 2);

      expect(await store().append(stream, first, 'no-stream')).toEqual(firstResult);
      expect(await store().append(stream, second, 1)).toEqual(secondResult);
      expect(await store().append(stream, first, 'any')).toEqual(firstResult);
      expect(await store().readStream(stream)).toHaveLength(4);
    });

    it('refuses a batch of which only some events are already stored, and writes nothing', async () => {
      const stream = newStreamId();
      const stored = [newEvent(), newEvent()];
      await store().append(stream, stored, 'no-stream');
      const before = await store().headPosition();
      const extra = newEvent();

      await expect(store().append(stream, [...stored, extra], 'any')).rejects.toThrow();

      expect(await store().readStream(stream)).toHaveLength(2);
      expect(await idsWrittenSince(store(), before, [extra])).toEqual([]);
    });
  });

  describe('catch-up subscription to all streams', () => {
    it('delivers history after a position, then live events, in order and without duplicates', async () => {
      const stream = newStreamId();
      const history = [newEvent(), newEvent(), newEvent()];
      await store().append(stream, history, 'no-stream');
      const [first] = await store().readStream(stream);
      const received: RecordedEvent[] = [];
      const all: number[] = [];

      const subscription = store().subscribeToAll(
        { after: first!.globalPosition },
        {
          onEvents: async (batch) => {
            all.push(...batch.map((e) => e.globalPosition));
            received.push(...batch.filter((e) => e.streamId === stream));
          },
        },
      );
      try {
        await waitFor(() => received.length >= 2, 'history');
        const live = [newEvent(), newEvent()];
        await store().append(stream, [live[0]!], 2);
        await store().append(stream, [live[1]!], 3);
        await waitFor(() => received.length >= 4, 'live events');
        await sleep(100);

        expect(received.map((e) => e.eventId)).toEqual([history[1]!, history[2]!, live[0]!, live[1]!].map((e) => e.eventId));
        expect(received.map((e) => e.revision)).toEqual([1, 2, 3, 4]);
        expectStrictlyIncreasing(all);
      } finally {
        await subscription.stop();
      }

      await store().append(stream, [newEvent()], 4);
      await sleep(200);
      expect(received).toHaveLength(4);
    });

    it('hands history over in batches no larger than the batch size', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();
      await store().append(stream, Array.from({ length: 7 }, () => newEvent()), 'no-stream');
      const sizes: number[] = [];
      let ours = 0;

      const subscription = store().subscribeToAll(
        { after: before, batchSize: 2 },
        {
          onEvents: async (batch) => {
            sizes.push(batch.length);
            ours += batch.filter((e) => e.streamId === stream).length;
          },
        },
      );
      try {
        await waitFor(() => ours >= 7, 'seven events');
      } finally {
        await subscription.stop();
      }

      expect(ours).toBe(7);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(2);
    });

    it('stop() resolves only once the handler call in flight has finished, and nothing is delivered after it', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();
      await store().append(stream, [newEvent()], 'no-stream');
      let calls = 0;
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let handlerFinished = false;

      const subscription = store().subscribeToAll(
        { after: before },
        {
          onEvents: async () => {
            calls += 1;
            if (calls === 1) {
              await released;
              handlerFinished = true;
            }
          },
        },
      );
      await waitFor(() => calls >= 1, 'first delivery');
      let stopped = false;
      const stopping = subscription.stop().then(() => (stopped = true));
      await sleep(50);
      expect(stopped).toBe(false);

      release();
      await stopping;

      expect(handlerFinished).toBe(true);
      const callsAtStop = calls;
      await store().append(stream, [newEvent()], 0);
      await sleep(200);
      expect(calls).toBe(callsAtStop);
    });

    it('stops and reports to onError when the handler throws', async () => {
      const stream = newStreamId();
      const before = await store().headPosition();
      await store().append(stream, [newEvent()], 'no-stream');
      const failure = new Error('projection failed');
      const errors: unknown[] = [];
      let calls = 0;

      const subscription = store().subscribeToAll(
        { after: before },
        {
          onEvents: async () => {
            calls += 1;
            throw failure;
          },
          onError: (error) => errors.push(error),
        },
      );
      try {
        await waitFor(() => errors.length > 0, 'onError');
        await store().append(stream, [newEvent()], 0);
        await sleep(200);

        expect(errors).toEqual([failure]);
        expect(calls).toBe(1);
      } finally {
        await subscription.stop();
      }
    });
  });

  describe('health', () => {
    it('reports itself healthy while open', async () => {
      expect((await store().health()).ok).toBe(true);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------

function newStreamId(): string {
  return `contract-${randomUUID()}`;
}

function newMetadata(): EventMetadata {
  return { actorId: 'contract-test', actorRole: 'case-manager', correlationId: randomUUID(), causationId: randomUUID() };
}

function newEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ContractChecked',
    schemaVersion: 1,
    data: { note: 'written by the event store contract suite', at: Date.now() },
    metadata: newMetadata(),
    ...overrides,
  };
}

async function eventIds(store: EventStore, stream: string): Promise<string[]> {
  return (await store.readStream(stream)).map((e) => e.eventId);
}

/** Which of `events` appear anywhere in the log after `before`. */
async function idsWrittenSince(store: EventStore, before: number, events: readonly NewEvent[]): Promise<string[]> {
  const wanted = new Set(events.map((e) => e.eventId));
  return (await store.readAll({ after: before })).filter((e) => wanted.has(e.eventId)).map((e) => e.eventId);
}

async function expectWrongRevision(
  append: Promise<unknown>,
  expected: { streamId: string; expected: ExpectedRevision; actual: number },
): Promise<void> {
  const error = await append.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  expect(error).toMatchObject(expected);
}

function expectStrictlyIncreasing(values: readonly number[]): void {
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(10);
  }
}
