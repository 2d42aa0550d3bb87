import type { ReadDocument } from '@pdr/application';
import { MingoReadStore } from './mingo-read-store';
import { OrderedIndex } from './ordered-index';

type Row = ReadDocument & { stage: string; receivedAt: string; tags?: string[] };

const STAGES = ['intake', 'review', 'hearing', 'decision'];

function row(i: number, version = 0): Row {
  return {
    _id: `c${String((i * 7919) % 100_000).padStart(5, '0')}-${i}`,
    stage: STAGES[(i + version) % STAGES.length]!,
    receivedAt: new Date(Date.UTC(2024, 0, 1) + ((i * 37 + version * 11) % 500) * 60_000).toISOString(),
  };
}

/** Every entry of the index, in its order: `stage/receivedAt/_id`. */
function order(index: OrderedIndex): string[] {
  return [...index.entries({ chunk: 0, offset: 0 }, index.end(), false)].map((entry) => `${entry.key.join('/')}/${entry.id}`);
}

/** What a fresh sort of `docs` gives. */
function sortedOrder(docs: Iterable<Row>): string[] {
  const fresh = new OrderedIndex('fresh', ['stage', 'receivedAt'], [1, -1]);
  fresh.build(docs);
  return order(fresh);
}

/** `count` rows and an index on them whose build in slices has started, not stepped yet. */
function buildStarted(count: number): { docs: Map<string, Row>; index: OrderedIndex } {
  const docs = new Map<string, Row>();
  for (let i = 0; i < count; i++) docs.set(row(i)._id, row(i));
  const index = new OrderedIndex('stage_received', ['stage', 'receivedAt'], [1, -1]);
  index.buildOnFirstUse({ all: () => docs.values(), one: (id) => docs.get(id) });
  index.startBuild();
  return { docs, index };
}

describe('indexes built in slices, off the request path', () => {
  it('sorts a collection in many short steps while it is written, and ends as a fresh sort of the collection as it is then', () => {
    const { docs, index } = buildStarted(6_000);

    // What CollectionState does on each write, between the build's steps: inserts, updates (the key moves), removals,
    // and a document that turns multikey then back.
    let steps = 0;
    let next = 6_000;
    const ids = [...docs.keys()];
    // A deadline already past: each step does the least work it can (a few hundred entries), so the writes interleave.
    while (!index.stepBuild(0)) {
      steps++;
      const added = row(next++);
      docs.set(added._id, added);
      index.add(added);
      const id = ids[(steps * 31) % ids.length]!;
      const before = docs.get(id);
      if (before && steps % 5 === 0) {
        docs.delete(id);
        index.remove(before);
      } else if (before) {
        const after = { ...row(Number(id.split('-')[1]), steps), _id: id, ...(steps % 7 === 0 ? { stage: ['a', 'b'] as unknown as string } : {}) };
        docs.set(id, after);
        index.update(before, after);
      }
    }

    expect(steps).toBeGreaterThan(20);
    expect(index.needsSort).toBe(false);
    const multikey = [...docs.values()].filter((doc) => Array.isArray(doc.stage));
    expect(multikey.length).toBeGreaterThan(0);
    expect(index.usable).toBe(false);
    expect(order(index)).toEqual(sortedOrder([...docs.values()].filter((doc) => !Array.isArray(doc.stage))));

    // Kept current afterwards, write by write: once the multikey documents are gone it serves queries again.
    for (const doc of multikey) {
      docs.delete(doc._id);
      index.remove(doc);
    }
    expect(index.usable).toBe(true);
    expect(order(index)).toEqual(sortedOrder(docs.values()));
  });

  it('is finished at once by a query arriving before the last step', () => {
    const { docs, index } = buildStarted(3_000);
    expect(index.stepBuild(0)).toBe(false);
    const changed = { ...row(5, 3), _id: row(5)._id };
    index.update(docs.get(changed._id)!, changed);
    docs.set(changed._id, changed);

    expect(order(index)).toEqual(sortedOrder(docs.values()));
    expect(index.needsSort).toBe(false);
  });

  it('builds every unbuilt index of the store in slices, serving other work between them; queries then sort nothing', async () => {
    const store = new MingoReadStore();
    try {
      const cases = store.collection<Row>('cases');
      await cases.createIndex({ keys: { stage: 1, receivedAt: -1, _id: -1 }, name: 'stage_received' });
      await cases.createIndex({ keys: { receivedAt: -1, _id: -1 }, name: 'received' });
      // Declared on an empty collection and filled afterwards, as while a projection catches up: not kept up write by write.
      await cases.bulkWrite(Array.from({ length: 60_000 }, (_, i) => ({ insertOne: { document: row(i) } })));
      expect(store.unbuiltIndexes()).toBe(2);
      expect((await store.health()).detail).toMatch(/2 indexes to build/);

      let turns = 0;
      const ticker = setInterval(() => turns++, 0);
      const build = store.buildIndexes();
      // Written while the build runs: found by the query after it, in place.
      await cases.bulkWrite([{ updateOne: { filter: { _id: row(10)._id }, update: { $set: { stage: 'aaa-first' } } } }]);
      await build;
      clearInterval(ticker);

      expect(turns).toBeGreaterThan(1);
      expect(store.unbuiltIndexes()).toBe(0);
      expect((await store.health()).detail).not.toMatch(/to build/);
      const [first] = await cases.find({}, { sort: { stage: 1, receivedAt: -1, _id: -1 }, limit: 1 });
      expect(first?._id).toBe(row(10)._id);
      const key = (doc: Row) => `${doc.stage}/${doc.receivedAt}/${doc._id}`;
      const expected = ((await cases.find({})) as Row[])
        .sort((a, b) => (a.stage !== b.stage ? (a.stage < b.stage ? -1 : 1) : a.receivedAt !== b.receivedAt ? (a.receivedAt > b.receivedAt ? -1 : 1) : a._id > b._id ? -1 : 1))
        .map(key);
      const page = await cases.find({}, { sort: { stage: 1, receivedAt: -1, _id: -1 }, limit: 50 });
      expect(page.map(key)).toEqual(expected.slice(0, 50));
    } finally {
      await store.close();
    }
  });
});
