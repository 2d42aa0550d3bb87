import { PassThrough } from 'node:stream';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { CatchUpSubscription, type SubscriptionSource } from './catch-up-subscription';
import { resolved, type FakeRecord } from './esdb-client.fixture';

/** A readable standing in for the client's subscription. */
function fakeSource(): PassThrough & SubscriptionSource & { unsubscribed: number } {
  const stream = new PassThrough({ objectMode: true, highWaterMark: 64 }) as PassThrough & SubscriptionSource & { unsubscribed: number };
  stream.unsubscribed = 0;
  stream.unsubscribe = async () => {
    stream.unsubscribed++;
  };
  return stream;
}

const ours = (prepare: number): FakeRecord => ({ streamId: 'case-1', type: 'Noted', prepare });
const system = (prepare: number): FakeRecord => ({ streamId: '$$case-1', type: '$metadata', prepare });
const tick = () => new Promise((resolve) => setImmediate(resolve));
const positions = (batches: RecordedEvent[][]) => batches.map((batch) => batch.map((e) => e.globalPosition));

describe('CatchUpSubscription', () => {
  it('delivers what is buffered as batches of at most batchSize, without system events', async () => {
    const source = fakeSource();
    for (const record of [ours(10), system(20), ours(30), ours(40), ours(50), ours(60)]) source.write(resolved(record));
    const batches: RecordedEvent[][] = [];
    const subscription = new CatchUpSubscription(source, undefined, 2, { onEvents: async (events) => void batches.push([...events]) });
    await tick();
    expect(positions(batches)).toEqual([[10, 30], [40, 50], [60]]);
    await subscription.stop();
  });

  it('skips the start position and anything before it', async () => {
    const source = fakeSource();
    for (const record of [ours(30), ours(40), ours(50)]) source.write(resolved(record));
    const batches: RecordedEvent[][] = [];
    const subscription = new CatchUpSubscription(source, 40, 10, { onEvents: async (events) => void batches.push([...events]) });
    await tick();
    expect(positions(batches)).toEqual([[50]]);
    await subscription.stop();
  });

  it('waits for each batch before reading further and continues with live events', async () => {
    const source = fakeSource();
    source.write(resolved(ours(10)));
    let release!: () => void;
    const batches: RecordedEvent[][] = [];
    const subscription = new CatchUpSubscription(source, undefined, 10, {
      onEvents: (events) => {
        batches.push([...events]);
        return batches.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
    });
    await tick();
    source.write(resolved(ours(20)));
    source.write(resolved(ours(30)));
    await tick();
    expect(positions(batches)).toEqual([[10]]);
    release();
    await tick();
    expect(positions(batches)).toEqual([[10], [20, 30]]);
    await subscription.stop();
  });

  it('stop() waits for the handler in flight and delivers nothing afterwards', async () => {
    const source = fakeSource();
    source.write(resolved(ours(10)));
    let finished = false;
    let calls = 0;
    const subscription = new CatchUpSubscription(source, undefined, 10, {
      onEvents: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        finished = true;
      },
    });
    await tick();
    source.write(resolved(ours(20)));
    await subscription.stop();
    expect(finished).toBe(true);
    expect(calls).toBe(1);
    expect(source.unsubscribed).toBe(1);
    expect(source.destroyed).toBe(true);
  });

  it('stops and reports a handler failure', async () => {
    const source = fakeSource();
    source.write(resolved(ours(10)));
    const failure = new Error('projection failed');
    const onError = jest.fn();
    const subscription = new CatchUpSubscription(source, undefined, 10, { onEvents: () => Promise.reject(failure), onError });
    await tick();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(source.unsubscribed).toBe(1);
    await subscription.stop();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('reports a failure of the store', async () => {
    const source = fakeSource();
    const onError = jest.fn();
    const subscription = new CatchUpSubscription(source, undefined, 10, { onEvents: async () => undefined, onError });
    const failure = new Error('unavailable');
    source.destroy(failure);
    await tick();
    expect(onError).toHaveBeenCalledWith(failure);
    await subscription.stop();
  });

  it('reports a subscription the server ended', async () => {
    const source = fakeSource();
    const onError = jest.fn();
    const subscription = new CatchUpSubscription(source, undefined, 10, { onEvents: async () => undefined, onError });
    source.end();
    await tick();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/ended/) }));
    await subscription.stop();
  });
});
