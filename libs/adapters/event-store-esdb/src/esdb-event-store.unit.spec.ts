// The store's wiring to the client, with the client's methods replaced: no server needed.
import { BACKWARDS, END, FORWARDS, NO_STREAM, START, StreamNotFoundError, WrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { EsdbEventStore } from './esdb-event-store';
import { encodeMetadata } from './metadata-codec';
import { resolved, type FakeRecord } from './esdb-client.fixture';

const event: NewEvent = {
  eventId: '0b7e1b2c-1d2e-4f3a-9b4c-5d6e7f8a9b0c',
  type: 'ComplaintFiled',
  schemaVersion: 1,
  data: { caseId: 'case-1' },
  metadata: { actorId: 'u', actorRole: 'complainant', correlationId: 'c', causationId: 'k' },
};

async function* yielding<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

async function* failing(error: Error): AsyncGenerator<never> {
  throw error;
}

function record(revision: number, prepare: number): FakeRecord {
  return { streamId: 'case-1', type: 'ComplaintFiled', prepare, revision, id: event.eventId, metadata: encodeMetadata(event, event.eventId) };
}

/** A store whose client methods are jest mocks. */
function storeWith(client: Record<string, jest.Mock>): EsdbEventStore {
  const store = new EsdbEventStore('esdb://localhost:2113?tls=false');
  Object.assign((store as unknown as { client: object }).client, client);
  return store;
}

describe('EsdbEventStore (client mocked)', () => {
  const stores: EsdbEventStore[] = [];
  const track = (store: EsdbEventStore) => (stores.push(store), store);
  afterAll(async () => {
    for (const store of stores) await store.close();
  });

  it('appends with the mapped expectation and reports the position of the last event, read back from the leader', async () => {
    const appendToStream = jest.fn().mockResolvedValue({ success: true, nextExpectedRevision: 4n, position: undefined });
    const readStream = jest.fn().mockReturnValue(yielding([resolved(record(4, 900))]));
    const store = track(storeWith({ appendToStream, readStream }));

    expect(await store.append('case-1', [event], 3)).toEqual({ nextRevision: 4, lastPosition: 900 });

    const [stream, events, options] = appendToStream.mock.calls[0] as [string, { id: string }[], { expectedRevision: unknown }];
    expect(stream).toBe('case-1');
    expect(events.map((e) => e.id)).toEqual([event.eventId]);
    expect(options.expectedRevision).toBe(3n);
    expect(readStream).toHaveBeenCalledWith('case-1', { fromRevision: 4n, maxCount: 1, requiresLeader: true });
  });

  it('turns a wrong expected version into WrongExpectedRevisionError', async () => {
    const appendToStream = jest
      .fn()
      .mockRejectedValue(new WrongExpectedVersionError(undefined, { streamName: 'case-1', expected: NO_STREAM, current: 0n }));
    const store = track(storeWith({ appendToStream }));

    const error: unknown = await store.append('case-1', [event], 'no-stream').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(WrongExpectedRevisionError);
    expect(error).toMatchObject({ streamId: 'case-1', expected: 'no-stream', actual: 0 });
  });

  it('checks an empty append against the stream without writing', async () => {
    const appendToStream = jest.fn();
    const readStream = jest.fn().mockImplementation(() => yielding([resolved(record(1, 500))]));
    const store = track(storeWith({ appendToStream, readStream }));

    expect(await store.append('case-1', [], 1)).toEqual({ nextRevision: 1, lastPosition: 500 });
    await expect(store.append('case-1', [], 'no-stream')).rejects.toMatchObject({ expected: 'no-stream', actual: 1 });
    expect(appendToStream).not.toHaveBeenCalled();
  });

  it('maps read options and returns [] for a missing stream', async () => {
    const readStream = jest
      .fn()
      .mockImplementationOnce(() => yielding([resolved(record(0, 100))]))
      .mockImplementationOnce(() => yielding([]))
      .mockImplementationOnce(() => failing(new StreamNotFoundError(undefined, 'case-9')));
    const store = track(storeWith({ readStream }));

    const [read] = await store.readStream('case-1');
    expect(read).toMatchObject({ eventId: event.eventId, revision: 0, globalPosition: 100 });
    await store.readStream('case-1', { direction: 'backward', fromRevision: 3, maxCount: 2 });
    expect(await store.readStream('case-9')).toEqual([]);

    expect(readStream.mock.calls.map((call) => call[1])).toEqual([
      { direction: FORWARDS, fromRevision: START, maxCount: Number.MAX_SAFE_INTEGER },
      { direction: BACKWARDS, fromRevision: 3n, maxCount: 2 },
      { direction: FORWARDS, fromRevision: START, maxCount: Number.MAX_SAFE_INTEGER },
    ]);
  });

  it('reads backward from the end by default', async () => {
    const readStream = jest.fn().mockImplementation(() => yielding([]));
    const store = track(storeWith({ readStream }));
    await store.readStream('case-1', { direction: 'backward' });
    expect(readStream.mock.calls[0]?.[1]).toMatchObject({ direction: BACKWARDS, fromRevision: END });
  });

  it('reports health from a cheap read', async () => {
    const readAll = jest
      .fn()
      .mockImplementationOnce(() => yielding([]))
      .mockImplementationOnce(() => failing(new Error('connect ECONNREFUSED')));
    const store = track(storeWith({ readAll }));
    expect(await store.health()).toEqual({ ok: true });
    expect(await store.health()).toEqual({ ok: false, detail: 'connect ECONNREFUSED' });
  });
});
