import { randomBytes } from 'node:crypto';
import { DuplicateKeyError, type ReadCollection, type ReadDocument, type ReadStore } from '@pdr/application';
import { describeContract, type Harness } from './contract-suite';

export type ReadStoreHarness = Harness<ReadStore>;

/**
 * The behaviour every ReadStore adapter must show, as one Jest suite. Call it from the adapter's spec file.
 *
 * The filter, update, sort and projection documents are the kinds projections and queries use, and each
 * test asserts the exact result MongoDB gives, so the embedded store and MongoDB are held to one meaning.
 * The suite never assumes an empty store (it also runs against a shared MongoDB): every test works in
 * collections with fresh random names and drops them afterwards.
 * Pass `open` as undefined (with a reason) when the store is unavailable: the suite then reports as skipped.
 */
export function describeReadStoreContract(
  adapterName: string,
  open: (() => Promise<ReadStoreHarness>) | undefined,
  skipReason?: string,
): void {
  describeContract('ReadStore', adapterName, open, skipReason, registerContractTests);
}

type Case = ReadDocument & {
  status: string;
  scheme: string;
  priority: number;
  openedAt: string;
  tags: string[];
  parties: Array<{ role: string; name: string }>;
  meta: { region: string; score: number };
  closedAt?: string | null;
};

/** Five cases covering the shapes the filters below tell apart: nested fields, arrays, null and missing. */
const CASES: readonly Case[] = [
  {
    _id: 'c1',
    status: 'open',
    scheme: 'bbb',
    priority: 2,
    openedAt: '2024-01-03',
    tags: ['urgent', 'eu'],
    parties: [
      { role: 'complainant', name: 'Ann' },
      { role: 'respondent', name: 'Acme' },
    ],
    meta: { region: 'EU', score: 10 },
  },
  {
    _id: 'c2',
    status: 'closed',
    scheme: 'verasafe',
    priority: 1,
    openedAt: '2024-01-01',
    tags: ['eu'],
    parties: [{ role: 'complainant', name: 'Bob' }],
    meta: { region: 'US', score: 5 },
    closedAt: '2024-02-01',
  },
  {
    _id: 'c3',
    status: 'open',
    scheme: 'casro',
    priority: 3,
    openedAt: '2024-01-02',
    tags: [],
    parties: [],
    meta: { region: 'EU', score: 7 },
  },
  {
    _id: 'c4',
    status: 'pending',
    scheme: 'bbb',
    priority: 2,
    openedAt: '2024-01-05',
    tags: ['urgent'],
    parties: [{ role: 'respondent', name: 'Initech' }],
    meta: { region: 'APAC', score: 10 },
  },
  {
    _id: 'c5',
    status: 'open',
    scheme: 'verasafe',
    priority: 1,
    openedAt: '2024-01-04',
    tags: ['us'],
    parties: [
      { role: 'complainant', name: 'Cy' },
      { role: 'respondent', name: 'Globex' },
    ],
    meta: { region: 'US', score: 1 },
    closedAt: null,
  },
];

function registerContractTests(store: () => ReadStore): void {
  const created: string[] = [];

  /** A collection with a fresh name, dropped after the test. */
  function freshCollection<T extends ReadDocument = ReadDocument>(): ReadCollection<T> {
    const name = newCollectionName();
    created.push(name);
    return store().collection<T>(name);
  }

  async function seededCases(): Promise<ReadCollection<Case>> {
    const cases = freshCollection<Case>();
    await cases.bulkWrite(CASES.map((document) => ({ insertOne: { document: structuredClone(document) } })));
    return cases;
  }

  afterEach(async () => {
    const names = created.splice(0);
    for (const name of names) await store().dropCollection(name);
  });

  describe('filters', () => {
    let cases: ReadCollection<Case>;
    let name: string;
    beforeAll(async () => {
      name = newCollectionName();
      cases = store().collection<Case>(name);
      await cases.bulkWrite(CASES.map((document) => ({ insertOne: { document: structuredClone(document) } })));
    });
    afterAll(async () => {
      await store().dropCollection(name);
    });

    const matching = async (filter: Record<string, unknown>): Promise<string[]> => ids(await cases.find(filter));

    it('matches equality on top-level fields', async () => {
      expect(await matching({ status: 'open' })).toEqual(['c1', 'c3', 'c5']);
      expect(await matching({ status: 'open', scheme: 'bbb' })).toEqual(['c1']);
      expect(await matching({ _id: 'c2' })).toEqual(['c2']);
      expect(await matching({ _id: 'missing' })).toEqual([]);
    });

    it('matches $in, $nin and $ne', async () => {
      expect(await matching({ scheme: { $in: ['bbb', 'casro'] } })).toEqual(['c1', 'c3', 'c4']);
      expect(await matching({ _id: { $in: ['c4', 'c2', 'nope'] } })).toEqual(['c2', 'c4']);
      expect(await matching({ status: { $nin: ['open', 'closed'] } })).toEqual(['c4']);
      expect(await matching({ status: { $ne: 'open' } })).toEqual(['c2', 'c4']);
    });

    it('matches ranges with $gt, $gte, $lt and $lte', async () => {
      expect(await matching({ priority: { $gt: 1, $lt: 3 } })).toEqual(['c1', 'c4']);
      expect(await matching({ priority: { $gte: 3 } })).toEqual(['c3']);
      expect(await matching({ openedAt: { $gte: '2024-01-02', $lt: '2024-01-04' } })).toEqual(['c1', 'c3']);
      expect(await matching({ 'meta.score': { $lte: 5 } })).toEqual(['c2', 'c5']);
    });

    it('tells null, missing and present apart like MongoDB ($exists, null equality)', async () => {
      expect(await matching({ closedAt: { $exists: true } })).toEqual(['c2', 'c5']);
      expect(await matching({ closedAt: { $exists: false } })).toEqual(['c1', 'c3', 'c4']);
      expect(await matching({ closedAt: null })).toEqual(['c1', 'c3', 'c4', 'c5']);
      expect(await matching({ closedAt: { $ne: null } })).toEqual(['c2']);
    });

    it('matches $regex, with options and as a RegExp', async () => {
      expect(await matching({ scheme: { $regex: '^b' } })).toEqual(['c1', 'c4']);
      expect(await matching({ scheme: { $regex: 'SAFE', $options: 'i' } })).toEqual(['c2', 'c5']);
      expect(await matching({ scheme: /^cas/ })).toEqual(['c3']);
      expect(await matching({ 'parties.name': { $regex: '^A' } })).toEqual(['c1']);
    });

    it('matches nested fields by dot path', async () => {
      expect(await matching({ 'meta.region': 'EU' })).toEqual(['c1', 'c3']);
      expect(await matching({ 'meta.score': 10, 'meta.region': 'APAC' })).toEqual(['c4']);
      expect(await matching({ meta: { region: 'US', score: 5 } })).toEqual(['c2']);
    });

    it('matches array membership and array operators', async () => {
      expect(await matching({ tags: 'urgent' })).toEqual(['c1', 'c4']);
      expect(await matching({ tags: { $in: ['us', 'eu'] } })).toEqual(['c1', 'c2', 'c5']);
      expect(await matching({ tags: { $all: ['urgent', 'eu'] } })).toEqual(['c1']);
      expect(await matching({ tags: { $size: 0 } })).toEqual(['c3']);
      expect(await matching({ 'parties.role': 'respondent' })).toEqual(['c1', 'c4', 'c5']);
      expect(await matching({ parties: { $elemMatch: { role: 'respondent', name: 'Acme' } } })).toEqual(['c1']);
      // Without $elemMatch, the two conditions may hold on different elements.
      expect(await matching({ 'parties.role': 'complainant', 'parties.name': 'Globex' })).toEqual(['c5']);
    });

    it('combines conditions with $and, $or and $nor', async () => {
      expect(await matching({ $or: [{ status: 'closed' }, { 'meta.score': 10 }] })).toEqual(['c1', 'c2', 'c4']);
      expect(await matching({ $and: [{ status: 'open' }, { $or: [{ scheme: 'bbb' }, { priority: 1 }] }] })).toEqual(['c1', 'c5']);
      expect(await matching({ $nor: [{ status: 'open' }, { scheme: 'bbb' }] })).toEqual(['c2']);
      expect(await matching({ _id: 'c1', $or: [{ status: 'closed' }, { priority: 2 }] })).toEqual(['c1']);
    });

    it('applies a guard next to _id', async () => {
      expect(await matching({ _id: 'c3', priority: { $lt: 4 } })).toEqual(['c3']);
      expect(await matching({ _id: 'c3', priority: { $lt: 3 } })).toEqual([]);
    });

    it('sorts on several keys, ascending and descending', async () => {
      expect(ids(await cases.find({}, { sort: { priority: 1, openedAt: -1 } }), false)).toEqual(['c5', 'c2', 'c4', 'c1', 'c3']);
      expect(ids(await cases.find({}, { sort: { 'meta.score': -1, _id: 1 } }), false)).toEqual(['c1', 'c4', 'c3', 'c2', 'c5']);
      expect(ids(await cases.find({ status: 'open' }, { sort: { openedAt: -1 } }), false)).toEqual(['c5', 'c1', 'c3']);
    });

    it('skips and limits after sorting', async () => {
      expect(ids(await cases.find({}, { sort: { _id: 1 }, skip: 1, limit: 2 }), false)).toEqual(['c2', 'c3']);
      expect(ids(await cases.find({}, { sort: { _id: -1 }, limit: 2 }), false)).toEqual(['c5', 'c4']);
      expect(ids(await cases.find({}, { sort: { _id: 1 }, skip: 4 }), false)).toEqual(['c5']);
      expect(await cases.find({}, { sort: { _id: 1 }, skip: 10 })).toEqual([]);
      expect(await cases.find({}, { limit: 3 })).toHaveLength(3);
    });

    it('projects with inclusion and exclusion', async () => {
      expect(await cases.findOne({ _id: 'c1' }, { projection: { status: 1, 'meta.region': 1 } })).toEqual({
        _id: 'c1',
        status: 'open',
        meta: { region: 'EU' },
      });
      expect(await cases.findOne({ _id: 'c2' }, { projection: { _id: 0, scheme: 1 } })).toEqual({ scheme: 'verasafe' });
      expect(await cases.findOne({ _id: 'c3' }, { projection: { parties: 0, tags: 0, meta: 0 } })).toEqual({
        _id: 'c3',
        status: 'open',
        scheme: 'casro',
        priority: 3,
        openedAt: '2024-01-02',
      });
      const projected = await cases.find({ status: 'open' }, { projection: { priority: 1 }, sort: { priority: -1 } });
      expect(projected).toEqual([
        { _id: 'c3', priority: 3 },
        { _id: 'c1', priority: 2 },
        { _id: 'c5', priority: 1 },
      ]);
    });

    it('finds one document, honouring sort, or null', async () => {
      expect((await cases.findOne({ status: 'open' }, { sort: { priority: -1 } }))?._id).toBe('c3');
      expect((await cases.findOne({ status: 'open' }, { sort: { priority: 1, _id: -1 } }))?._id).toBe('c5');
      expect(await cases.findOne({ _id: 'c1' })).toEqual(CASES[0]);
      expect(await cases.findOne({ status: 'archived' })).toBeNull();
    });

    it('counts matching documents', async () => {
      expect(await cases.count()).toBe(5);
      expect(await cases.count({})).toBe(5);
      expect(await cases.count({ status: 'open' })).toBe(3);
      expect(await cases.count({ _id: 'c4' })).toBe(1);
      expect(await cases.count({ 'meta.region': 'nowhere' })).toBe(0);
    });

    it('reads a collection that does not exist as empty', async () => {
      const missing = store().collection(newCollectionName());
      expect(await missing.find({})).toEqual([]);
      expect(await missing.findOne({ _id: 'x' })).toBeNull();
      expect(await missing.count()).toBe(0);
    });
  });

  describe('update operators', () => {
    it('$set replaces and creates fields, including dot paths', async () => {
      const cases = await seededCases();
      const result = await cases.bulkWrite([
        { updateOne: { filter: { _id: 'c1' }, update: { $set: { status: 'closed', 'meta.region': 'US', 'meta.audit.by': 'ops' } } } },
      ]);
      expect(result).toEqual({ matched: 1, modified: 1, upserted: 0, inserted: 0, deleted: 0 });
      expect(await cases.findOne({ _id: 'c1' })).toEqual({
        ...CASES[0],
        status: 'closed',
        meta: { region: 'US', score: 10, audit: { by: 'ops' } },
      });
    });

    it('counts a $set to the current value as matched but not modified', async () => {
      const cases = await seededCases();
      const result = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $set: { status: 'open', 'meta.score': 10 } } } }]);
      expect(result).toMatchObject({ matched: 1, modified: 0 });
    });

    it('$unset removes fields, and removing a missing field modifies nothing', async () => {
      const cases = await seededCases();
      const first = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c2' }, update: { $unset: { closedAt: '', 'meta.score': '' } } } }]);
      expect(first).toMatchObject({ matched: 1, modified: 1 });
      const doc = await cases.findOne({ _id: 'c2' });
      expect(doc).not.toHaveProperty('closedAt');
      expect(doc?.meta).toEqual({ region: 'US' });
      const again = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c2' }, update: { $unset: { closedAt: '' } } } }]);
      expect(again).toMatchObject({ matched: 1, modified: 0 });
    });

    it('$inc adds to numbers and creates missing counters', async () => {
      const cases = await seededCases();
      await cases.bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $inc: { priority: 2, 'meta.score': -3, 'counters.views': 1 } } } }]);
      const doc = await cases.findOne({ _id: 'c1' });
      expect(doc).toMatchObject({ priority: 4, meta: { region: 'EU', score: 7 }, counters: { views: 1 } });
    });

    it('$push appends one value, several with $each, and creates missing arrays', async () => {
      const cases = await seededCases();
      await cases.bulkWrite([
        { updateOne: { filter: { _id: 'c2' }, update: { $push: { tags: 'late' } } } },
        { updateOne: { filter: { _id: 'c2' }, update: { $push: { tags: { $each: ['x', 'y'] }, notes: { at: '2024-03-01', text: 'hi' } } } } },
      ]);
      const doc = await cases.findOne({ _id: 'c2' });
      expect(doc?.tags).toEqual(['eu', 'late', 'x', 'y']);
      expect(doc?.['notes']).toEqual([{ at: '2024-03-01', text: 'hi' }]);
    });

    it('$addToSet adds only absent values', async () => {
      const cases = await seededCases();
      const present = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $addToSet: { tags: 'eu' } } } }]);
      expect(present).toMatchObject({ matched: 1, modified: 0 });
      const added = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $addToSet: { tags: { $each: ['eu', 'gdpr'] } } } } }]);
      expect(added).toMatchObject({ matched: 1, modified: 1 });
      expect((await cases.findOne({ _id: 'c1' }))?.tags).toEqual(['urgent', 'eu', 'gdpr']);
    });

    it('$pull removes matching values and sub-documents', async () => {
      const cases = await seededCases();
      await cases.bulkWrite([
        { updateOne: { filter: { _id: 'c1' }, update: { $pull: { tags: 'eu', parties: { role: 'respondent' } } } } },
        { updateOne: { filter: { _id: 'c5' }, update: { $pull: { tags: { $in: ['us', 'eu'] } } } } },
      ]);
      expect(await cases.findOne({ _id: 'c1' })).toMatchObject({ tags: ['urgent'], parties: [{ role: 'complainant', name: 'Ann' }] });
      expect((await cases.findOne({ _id: 'c5' }))?.tags).toEqual([]);
      const nothing = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c3' }, update: { $pull: { tags: 'eu' } } } }]);
      expect(nothing).toMatchObject({ matched: 1, modified: 0 });
    });

    it('$max and $min change a field only past the current value', async () => {
      const cases = await seededCases();
      const lower = await cases.bulkWrite([{ updateOne: { filter: { _id: 'c1' }, update: { $max: { priority: 1 }, $min: { 'meta.score': 50 } } } }]);
      expect(lower).toMatchObject({ matched: 1, modified: 0 });
      await cases.bulkWrite([
        { updateOne: { filter: { _id: 'c1' }, update: { $max: { priority: 9, lastEventAt: '2024-05-01' }, $min: { 'meta.score': 3 } } } },
      ]);
      expect(await cases.findOne({ _id: 'c1' })).toMatchObject({ priority: 9, lastEventAt: '2024-05-01', meta: { score: 3 } });
    });

    it('updateMany updates every match and counts only real changes', async () => {
      const cases = await seededCases();
      await cases.bulkWrite([{ updateOne: { filter: { _id: 'c3' }, update: { $set: { flagged: true } } } }]);
      const result = await cases.bulkWrite([{ updateMany: { filter: { status: 'open' }, update: { $set: { flagged: true } } } }]);
      expect(result).toEqual({ matched: 3, modified: 2, upserted: 0, inserted: 0, deleted: 0 });
      expect(ids(await cases.find({ flagged: true }))).toEqual(['c1', 'c3', 'c5']);
    });

    it('an update that matches nothing writes nothing without upsert', async () => {
      const cases = await seededCases();
      const result = await cases.bulkWrite([{ updateOne: { filter: { _id: 'none' }, update: { $set: { status: 'x' } } } }]);
      expect(result).toEqual({ matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 });
      expect(await cases.count()).toBe(5);
    });
  });

  describe('upserts and idempotent projection writes', () => {
    it('$setOnInsert applies only when the upsert inserts', async () => {
      const summaries = freshCollection();
      const write = (openedBy: string, status: string) =>
        summaries.bulkWrite([
          { updateOne: { filter: { _id: 's1' }, update: { $setOnInsert: { openedBy, createdAt: openedBy }, $set: { status } }, upsert: true } },
        ]);
      expect(await write('alice', 'open')).toEqual({ matched: 0, modified: 0, upserted: 1, inserted: 0, deleted: 0 });
      expect(await write('bob', 'closed')).toEqual({ matched: 1, modified: 1, upserted: 0, inserted: 0, deleted: 0 });
      expect(await summaries.findOne({ _id: 's1' })).toEqual({ _id: 's1', openedBy: 'alice', createdAt: 'alice', status: 'closed' });
    });

    it('builds the inserted document from the filter equality conditions', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([
        {
          updateOne: {
            filter: { _id: 'u1', kind: 'case', 'meta.region': 'EU', scheme: { $eq: 'bbb' }, priority: { $gt: 1 }, name: { $regex: '^A' } },
            update: { $set: { status: 'open' }, $inc: { events: 1 } },
            upsert: true,
          },
        },
      ]);
      expect(await docs.findOne({ _id: 'u1' })).toEqual({
        _id: 'u1',
        kind: 'case',
        meta: { region: 'EU' },
        scheme: 'bbb',
        status: 'open',
        events: 1,
      });
    });

    it('lets the update override a value taken from the filter', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([{ updateOne: { filter: { _id: 'u2', status: 'draft' }, update: { $set: { status: 'open' } }, upsert: true } }]);
      expect(await docs.findOne({ _id: 'u2' })).toEqual({ _id: 'u2', status: 'open' });
    });

    it('generates an _id when the filter names none', async () => {
      const docs = freshCollection();
      const result = await docs.bulkWrite([{ updateOne: { filter: { email: 'a@example.org' }, update: { $set: { n: 1 } }, upsert: true } }]);
      expect(result.upserted).toBe(1);
      const doc = await docs.findOne({ email: 'a@example.org' });
      expect(doc).toMatchObject({ email: 'a@example.org', n: 1 });
      expect(doc?._id).toBeDefined();
    });

    it('a guarded update is a no-op once applied (idempotent replay)', async () => {
      const cases = freshCollection();
      await cases.bulkWrite([{ insertOne: { document: { _id: 'g1', revision: 3, status: 'open', history: ['opened'] } } }]);
      const apply = () =>
        cases.bulkWrite([
          {
            updateOne: {
              filter: { _id: 'g1', revision: { $lt: 4 } },
              update: { $set: { revision: 4, status: 'closed' }, $push: { history: 'closed' }, $inc: { changes: 1 } },
            },
          },
        ]);
      expect(await apply()).toMatchObject({ matched: 1, modified: 1 });
      const after = await cases.findOne({ _id: 'g1' });
      expect(await apply()).toEqual({ matched: 0, modified: 0, upserted: 0, inserted: 0, deleted: 0 });
      expect(await cases.findOne({ _id: 'g1' })).toEqual(after);
      expect(after).toEqual({ _id: 'g1', revision: 4, status: 'closed', history: ['opened', 'closed'], changes: 1 });
    });

    it('a guarded upsert whose guard fails on an existing _id is a duplicate key, as on MongoDB', async () => {
      const cases = freshCollection();
      await cases.bulkWrite([{ insertOne: { document: { _id: 'g2', revision: 5 } } }]);
      await expect(
        cases.bulkWrite([{ updateOne: { filter: { _id: 'g2', revision: { $lt: 5 } }, update: { $set: { revision: 5 } }, upsert: true } }]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await cases.findOne({ _id: 'g2' })).toEqual({ _id: 'g2', revision: 5 });
    });

    it('replaceOne swaps the whole document, keeps _id and upserts with the filter _id', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([{ insertOne: { document: { _id: 'r1', a: 1, b: 2 } } }]);
      const replaced = await docs.bulkWrite([{ replaceOne: { filter: { _id: 'r1' }, replacement: { _id: 'r1', c: 3 } } }]);
      expect(replaced).toMatchObject({ matched: 1, modified: 1 });
      expect(await docs.findOne({ _id: 'r1' })).toEqual({ _id: 'r1', c: 3 });
      const same = await docs.bulkWrite([{ replaceOne: { filter: { _id: 'r1' }, replacement: { _id: 'r1', c: 3 } } }]);
      expect(same).toMatchObject({ matched: 1, modified: 0 });
      const upserted = await docs.bulkWrite([
        { replaceOne: { filter: { _id: 'r2', ignored: true }, replacement: { _id: 'r2', d: 4 }, upsert: true } },
      ]);
      expect(upserted).toMatchObject({ matched: 0, upserted: 1 });
      expect(await docs.findOne({ _id: 'r2' })).toEqual({ _id: 'r2', d: 4 });
    });

    it('deleteOne removes the first match and deleteMany every match', async () => {
      const cases = await seededCases();
      expect(await cases.bulkWrite([{ deleteOne: { filter: { _id: 'c1' } } }])).toMatchObject({ deleted: 1 });
      expect(await cases.bulkWrite([{ deleteOne: { filter: { status: 'open' } } }])).toMatchObject({ deleted: 1 });
      expect(await cases.count({ status: 'open' })).toBe(1);
      expect(await cases.bulkWrite([{ deleteMany: { filter: { status: { $ne: 'open' } } } }])).toMatchObject({ deleted: 2 });
      expect(await cases.bulkWrite([{ deleteMany: { filter: { _id: 'gone' } } }])).toMatchObject({ deleted: 0 });
      expect(await cases.count()).toBe(1);
    });
  });

  describe('bulk writes and keys', () => {
    it('sums the counts of mixed operations', async () => {
      const docs = freshCollection();
      const result = await docs.bulkWrite([
        { insertOne: { document: { _id: 'a', n: 1 } } },
        { insertOne: { document: { _id: 'b', n: 2 } } },
        { updateOne: { filter: { _id: 'a' }, update: { $inc: { n: 10 } } } },
        { updateOne: { filter: { _id: 'c' }, update: { $set: { n: 3 } }, upsert: true } },
        { updateMany: { filter: { n: { $gte: 2 } }, update: { $set: { big: true } } } },
        { deleteOne: { filter: { _id: 'b' } } },
      ]);
      expect(result).toEqual({ matched: 4, modified: 4, upserted: 1, inserted: 2, deleted: 1 });
      expect(await docs.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'a', n: 11, big: true },
        { _id: 'c', n: 3, big: true },
      ]);
    });

    it('rejects a duplicate _id with DuplicateKeyError', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([{ insertOne: { document: { _id: 'd1', v: 1 } } }]);
      const failure = docs.bulkWrite([{ insertOne: { document: { _id: 'd1', v: 2 } } }]);
      await expect(failure).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await docs.findOne({ _id: 'd1' })).toEqual({ _id: 'd1', v: 1 });
    });

    it('stops an ordered bulk write at the first failure, keeping the writes before it', async () => {
      const docs = freshCollection();
      await expect(
        docs.bulkWrite([
          { insertOne: { document: { _id: 'o1' } } },
          { updateOne: { filter: { _id: 'o1' }, update: { $set: { step: 2 } } } },
          { insertOne: { document: { _id: 'o1' } } },
          { insertOne: { document: { _id: 'o3' } } },
          { updateOne: { filter: { _id: 'o1' }, update: { $set: { step: 4 } } } },
        ]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await docs.find({})).toEqual([{ _id: 'o1', step: 2 }]);
    });

    it('enforces unique indexes on insert, update and upsert', async () => {
      const users = freshCollection();
      await users.createIndex({ keys: { email: 1 }, unique: true, name: 'email_unique' });
      await users.bulkWrite([
        { insertOne: { document: { _id: 'u1', email: 'a@example.org' } } },
        { insertOne: { document: { _id: 'u2', email: 'b@example.org' } } },
      ]);
      await expect(users.bulkWrite([{ insertOne: { document: { _id: 'u3', email: 'a@example.org' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        users.bulkWrite([{ updateOne: { filter: { _id: 'u2' }, update: { $set: { email: 'a@example.org' } } } }]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      await expect(
        users.bulkWrite([{ updateOne: { filter: { _id: 'u9' }, update: { $set: { email: 'b@example.org' } }, upsert: true } }]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      // A document may keep its own key, and a freed key can be taken.
      await users.bulkWrite([{ updateOne: { filter: { _id: 'u1' }, update: { $set: { email: 'a@example.org', seen: true } } } }]);
      await users.bulkWrite([
        { updateOne: { filter: { _id: 'u1' }, update: { $set: { email: 'c@example.org' } } } },
        { updateOne: { filter: { _id: 'u2' }, update: { $set: { email: 'a@example.org' } } } },
      ]);
      expect(await users.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'u1', email: 'c@example.org', seen: true },
        { _id: 'u2', email: 'a@example.org' },
      ]);
      // Deleting frees the key.
      await users.bulkWrite([
        { deleteOne: { filter: { _id: 'u2' } } },
        { insertOne: { document: { _id: 'u4', email: 'a@example.org' } } },
      ]);
      expect(await users.count({ email: 'a@example.org' })).toBe(1);
    });

    it('enforces compound unique indexes on the combination only', async () => {
      const memberships = freshCollection();
      await memberships.createIndex({ keys: { caseId: 1, userId: 1 }, unique: true });
      await memberships.bulkWrite([
        { insertOne: { document: { _id: 'm1', caseId: 'c1', userId: 'u1' } } },
        { insertOne: { document: { _id: 'm2', caseId: 'c1', userId: 'u2' } } },
        { insertOne: { document: { _id: 'm3', caseId: 'c2', userId: 'u1' } } },
      ]);
      await expect(
        memberships.bulkWrite([{ insertOne: { document: { _id: 'm4', caseId: 'c2', userId: 'u1' } } }]),
      ).rejects.toBeInstanceOf(DuplicateKeyError);
      expect(await memberships.count()).toBe(3);
    });

    it('refuses to build a unique index over duplicate values', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([
        { insertOne: { document: { _id: 'a', code: 'x' } } },
        { insertOne: { document: { _id: 'b', code: 'x' } } },
      ]);
      await expect(docs.createIndex({ keys: { code: 1 }, unique: true })).rejects.toThrow();
    });

    it('accepts non-unique indexes, repeatedly, without changing results', async () => {
      const cases = await seededCases();
      await cases.createIndex({ keys: { status: 1, openedAt: -1 } });
      await cases.createIndex({ keys: { status: 1, openedAt: -1 } });
      expect(ids(await cases.find({ status: 'open' }))).toEqual(['c1', 'c3', 'c5']);
    });
  });

  describe('indexed lists and keyset paging', () => {
    type Row = ReadDocument & { status: string; stage: string; receivedAt: string; panelistId?: string; n: number };
    const STAGES = ['intake', 'review', 'hearing'];

    /** Rows with ties on every sort field, a few without a panelist, in an order that is neither of the sorts. */
    function rows(count: number, offset = 0): Row[] {
      return Array.from({ length: count }, (_, i) => {
        const n = i + offset;
        return {
          _id: `r${String((n * 37) % 1000).padStart(3, '0')}-${n}`,
          status: n % 3 === 0 ? 'closed' : 'open',
          stage: STAGES[n % STAGES.length],
          // Every fourth row shares its instant with another: the _id breaks the tie.
          receivedAt: `2024-01-${String(1 + ((n * 7) % 28)).padStart(2, '0')}T00:00:0${n % 4 === 0 ? 0 : n % 10}Z`,
          ...(n % 5 === 0 ? {} : { panelistId: `p${n % 2}` }),
          n,
        };
      });
    }

    async function indexedRows(documents: readonly Row[]): Promise<ReadCollection<Row>> {
      const coll = freshCollection<Row>();
      await coll.createIndex({ keys: { receivedAt: -1, _id: -1 }, name: 'received' });
      await coll.createIndex({ keys: { status: 1, receivedAt: -1, _id: -1 }, name: 'status_received' });
      await coll.createIndex({ keys: { status: 1, stage: 1, receivedAt: -1, _id: -1 }, name: 'status_stage_received' });
      await coll.createIndex({ keys: { panelistId: 1, receivedAt: -1, _id: -1 }, name: 'panelist_received' });
      await coll.createIndex({ keys: { stage: 1, _id: 1 }, name: 'stage' });
      await coll.bulkWrite(documents.map((document) => ({ insertOne: { document: structuredClone(document) } })));
      return coll;
    }

    const byKey =
      (field: 'receivedAt' | 'stage', direction: 1 | -1) =>
      (a: Row, b: Row): number =>
        (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a._id < b._id ? -1 : a._id > b._id ? 1 : 0) * direction;

    /** The keyset condition "after this row" for the sort { field: direction, _id: direction }. */
    function after(field: 'receivedAt' | 'stage', direction: 1 | -1, last: Row): Record<string, unknown> {
      const beyond = direction === 1 ? '$gt' : '$lt';
      return { $or: [{ [field]: { [beyond]: last[field] } }, { [field]: last[field], _id: { [beyond]: last._id } }] };
    }

    /** Every page of a keyset walk, each page's _ids. */
    async function walk(coll: ReadCollection<Row>, filter: Record<string, unknown>, field: 'receivedAt' | 'stage', direction: 1 | -1, pageSize: number): Promise<string[][]> {
      const pages: string[][] = [];
      let last: Row | undefined;
      for (;;) {
        const page = await coll.find({ ...filter, ...(last ? after(field, direction, last) : {}) }, { sort: { [field]: direction, _id: direction }, limit: pageSize });
        if (page.length === 0) return pages;
        pages.push(page.map((row) => row._id));
        last = page[page.length - 1];
      }
    }

    it('sorts and limits filtered finds as a full sort would, in both directions', async () => {
      const all = rows(90);
      const coll = await indexedRows(all);
      const cases: Array<[Record<string, unknown>, 'receivedAt' | 'stage', (row: Row) => boolean]> = [
        [{}, 'receivedAt', () => true],
        [{ status: 'open' }, 'receivedAt', (r) => r.status === 'open'],
        [{ status: 'open', stage: 'review' }, 'receivedAt', (r) => r.status === 'open' && r.stage === 'review'],
        [{ panelistId: 'p1' }, 'receivedAt', (r) => r.panelistId === 'p1'],
        [{ stage: 'hearing', n: { $gte: 30 } }, 'receivedAt', (r) => r.stage === 'hearing' && r.n >= 30],
        [{}, 'stage', () => true],
        [{ status: 'closed' }, 'stage', (r) => r.status === 'closed'],
      ];
      for (const [filter, field, keep] of cases) {
        for (const direction of [1, -1] as const) {
          const expected = all.filter(keep).sort(byKey(field, direction)).map((row) => row._id);
          const sort = { [field]: direction, _id: direction };
          expect(ids(await coll.find(filter, { sort, limit: 7 }), false)).toEqual(expected.slice(0, 7));
          expect(ids(await coll.find(filter, { sort, skip: 5, limit: 4 }), false)).toEqual(expected.slice(5, 9));
          expect(ids(await coll.find(filter, { sort }), false)).toEqual(expected);
          expect(await coll.count(filter)).toBe(expected.length);
        }
      }
    });

    it('seeks ranges on the sort key', async () => {
      const all = rows(60);
      const coll = await indexedRows(all);
      const from = '2024-01-05T00:00:00Z';
      const to = '2024-01-12T00:00:05Z';
      const expected = all.filter((r) => r.status === 'open' && r.receivedAt >= from && r.receivedAt < to).sort(byKey('receivedAt', -1));
      const found = await coll.find({ status: 'open', receivedAt: { $gte: from, $lt: to } }, { sort: { receivedAt: -1, _id: -1 }, limit: 100 });
      expect(ids(found, false)).toEqual(expected.map((r) => r._id));
      expect(await coll.count({ status: 'open', receivedAt: { $gte: from, $lt: to } })).toBe(expected.length);
    });

    it('pages with a keyset cursor: every row exactly once, in order, with filters', async () => {
      const all = rows(75);
      const coll = await indexedRows(all);
      const walks: Array<[Record<string, unknown>, 'receivedAt' | 'stage', (row: Row) => boolean]> = [
        [{}, 'receivedAt', () => true],
        [{ status: 'open' }, 'receivedAt', (r) => r.status === 'open'],
        [{ panelistId: 'p0' }, 'receivedAt', (r) => r.panelistId === 'p0'],
        [{ status: 'open' }, 'stage', (r) => r.status === 'open'],
      ];
      for (const [filter, field, keep] of walks) {
        for (const direction of [1, -1] as const) {
          const pages = await walk(coll, filter, field, direction, 8);
          expect(pages.slice(0, -1).every((page) => page.length === 8)).toBe(true);
          expect(pages.flat()).toEqual(all.filter(keep).sort(byKey(field, direction)).map((row) => row._id));
        }
      }
    });

    it('keeps indexes current through updates, upserts and deletes', async () => {
      const all = rows(40);
      const coll = await indexedRows(all);
      await coll.bulkWrite([
        { updateMany: { filter: { stage: 'intake' }, update: { $set: { stage: 'review' } } } },
        { updateOne: { filter: { _id: all[1]._id }, update: { $set: { receivedAt: '2030-01-01T00:00:00Z', status: 'closed' } } } },
        { deleteMany: { filter: { panelistId: 'p1' } } },
        { updateOne: { filter: { _id: 'new-1' }, update: { $set: { status: 'open', stage: 'hearing', receivedAt: '2024-01-09T00:00:00Z', panelistId: 'p0', n: 100 } }, upsert: true } },
        { replaceOne: { filter: { _id: all[2]._id }, replacement: { _id: all[2]._id, status: 'open', stage: 'hearing', receivedAt: '2020-01-01T00:00:00Z', n: 2 } } },
      ]);
      const now = (await coll.find({})).sort(byKey('receivedAt', -1));
      for (const [filter, keep] of [
        [{ status: 'closed' }, (r: Row) => r.status === 'closed'],
        [{ status: 'open', stage: 'review' }, (r: Row) => r.status === 'open' && r.stage === 'review'],
        [{ panelistId: 'p0' }, (r: Row) => r.panelistId === 'p0'],
        [{ stage: 'intake' }, (r: Row) => r.stage === 'intake'],
      ] as const) {
        expect(ids(await coll.find(filter, { sort: { receivedAt: -1, _id: -1 } }), false)).toEqual(now.filter(keep).map((row) => row._id));
        expect((await walk(coll, filter, 'receivedAt', -1, 3)).flat()).toEqual(now.filter(keep).map((row) => row._id));
      }
      expect(await coll.count({ panelistId: 'p1' })).toBe(0);
    });

    it('builds indexes declared before a bulk load on request, with writes going on meanwhile: every page as a full sort gives', async () => {
      const all = rows(300);
      const coll = await indexedRows(all);
      const building = store().buildIndexes();
      await coll.bulkWrite([
        { updateOne: { filter: { _id: all[7]._id }, update: { $set: { status: 'closed', receivedAt: '2031-01-01T00:00:00Z' } } } },
        { deleteOne: { filter: { _id: all[8]._id } } },
        { insertOne: { document: { _id: 'late-1', status: 'open', stage: 'review', receivedAt: '2024-01-03T00:00:00Z', n: 301 } } },
      ]);
      await building;
      const now = (await coll.find({})).sort(byKey('receivedAt', -1));
      for (const [filter, keep] of [
        [{}, () => true],
        [{ status: 'closed' }, (r: Row) => r.status === 'closed'],
        [{ status: 'open', stage: 'review' }, (r: Row) => r.status === 'open' && r.stage === 'review'],
      ] as const) {
        expect((await walk(coll, filter, 'receivedAt', -1, 40)).flat()).toEqual(now.filter(keep).map((row) => row._id));
      }
      expect(now.map((row) => row._id)).toContain('late-1');
      expect(now.map((row) => row._id)).not.toContain(all[8]._id);
    });

    it('answers indexed finds with projections, as unindexed ones', async () => {
      const coll = await indexedRows(rows(10));
      const [first] = await coll.find({ status: 'open' }, { sort: { receivedAt: -1, _id: -1 }, limit: 1, projection: { _id: 0, stage: 1 } });
      expect(Object.keys(first)).toEqual(['stage']);
    });
  });

  describe('collections', () => {
    it('lists collections once they hold documents, and drops them', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([{ insertOne: { document: { _id: 'x' } } }]);
      expect(await store().listCollections()).toContain(docs.name);
      await store().dropCollection(docs.name);
      expect(await store().listCollections()).not.toContain(docs.name);
      expect(await docs.find({})).toEqual([]);
      expect(await docs.count()).toBe(0);
      // Dropping what does not exist is not an error.
      await expect(store().dropCollection(docs.name)).resolves.toBeUndefined();
    });

    it('renameCollection replaces the target with the source', async () => {
      const target = freshCollection();
      const source = freshCollection();
      await target.bulkWrite([
        { insertOne: { document: { _id: 'old1', v: 'old' } } },
        { insertOne: { document: { _id: 'shared', v: 'old' } } },
      ]);
      await source.bulkWrite([
        { insertOne: { document: { _id: 'new1', v: 'new', code: 'n1' } } },
        { insertOne: { document: { _id: 'shared', v: 'new', code: 's1' } } },
      ]);
      await source.createIndex({ keys: { code: 1 }, unique: true, name: 'code_unique' });

      await store().renameCollection(source.name, target.name);

      expect(await target.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'new1', v: 'new', code: 'n1' },
        { _id: 'shared', v: 'new', code: 's1' },
      ]);
      const names = await store().listCollections();
      expect(names).toContain(target.name);
      expect(names).not.toContain(source.name);
      expect(await source.count()).toBe(0);
      // Indexes move with the collection.
      await expect(target.bulkWrite([{ insertOne: { document: { _id: 'n2', code: 'n1' } } }])).rejects.toBeInstanceOf(DuplicateKeyError);
    });

    it('renameCollection to a new name moves the collection', async () => {
      const source = freshCollection();
      const targetName = newCollectionName();
      created.push(targetName);
      await source.bulkWrite([{ insertOne: { document: { _id: 'a' } } }]);
      await store().renameCollection(source.name, targetName);
      expect(await store().collection(targetName).find({})).toEqual([{ _id: 'a' }]);
      expect(await store().listCollections()).not.toContain(source.name);
    });

    it('reports health', async () => {
      expect((await store().health()).ok).toBe(true);
    });
  });

  describe('isolation of returned documents', () => {
    it('returns copies: mutating a found document changes nothing stored', async () => {
      const cases = await seededCases();
      const one = await cases.findOne({ _id: 'c1' });
      if (!one) throw new Error('c1 missing');
      one.status = 'mutated';
      one.tags.push('mutated');
      one.meta.region = 'mutated';
      one.parties[0].name = 'mutated';
      const many = await cases.find({ status: 'open' }, { sort: { _id: 1 } });
      many[0].meta.score = -1;
      many[1].tags.push('mutated');
      const projected = await cases.find({ _id: 'c5' }, { projection: { meta: 1 } });
      projected[0].meta.region = 'mutated';

      expect(await cases.findOne({ _id: 'c1' })).toEqual(CASES[0]);
      expect(await cases.findOne({ _id: 'c3' })).toEqual(CASES[2]);
      expect(await cases.findOne({ _id: 'c5' })).toEqual(CASES[4]);
    });

    it('answers a read-only find as a copying one, and what a reader holds does not change with later writes', async () => {
      const cases = await seededCases();
      const held = await cases.findOne({ _id: 'c1' }, { readOnly: true, projection: { _id: 0 } });
      const page = await cases.find({ status: 'open' }, { sort: { _id: 1 }, readOnly: true });
      expect(held).toEqual(await cases.findOne({ _id: 'c1' }, { projection: { _id: 0 } }));
      expect(page).toEqual(await cases.find({ status: 'open' }, { sort: { _id: 1 } }));

      await cases.bulkWrite([
        { updateOne: { filter: { _id: 'c1' }, update: { $set: { 'meta.region': 'US', status: 'closed' }, $push: { tags: 'late' } } } },
        { updateMany: { filter: { status: 'open' }, update: { $pull: { parties: { role: 'complainant' } } } } },
      ]);
      const { _id, ...c1 } = CASES[0];
      expect(held).toEqual(c1);
      expect(page).toEqual(CASES.filter((row) => row.status === 'open'));
    });

    it('keeps no reference to written documents or update values', async () => {
      const docs = freshCollection();
      const inserted = { _id: 'w1', nested: { list: [1, 2] } };
      const party = { name: 'Ann', address: { city: 'Paris' } };
      await docs.bulkWrite([
        { insertOne: { document: inserted } },
        { updateOne: { filter: { _id: 'w1' }, update: { $set: { party }, $push: { parties: party } } } },
      ]);
      inserted.nested.list.push(3);
      party.address.city = 'Berlin';
      expect(await docs.findOne({ _id: 'w1' })).toEqual({
        _id: 'w1',
        nested: { list: [1, 2] },
        party: { name: 'Ann', address: { city: 'Paris' } },
        parties: [{ name: 'Ann', address: { city: 'Paris' } }],
      });
    });

    it('keeps documents changed by one updateMany independent afterwards', async () => {
      const docs = freshCollection();
      await docs.bulkWrite([
        { insertOne: { document: { _id: 'i1', kind: 'k' } } },
        { insertOne: { document: { _id: 'i2', kind: 'k' } } },
        { updateMany: { filter: { kind: 'k' }, update: { $set: { box: { items: ['a'] } } } } },
        { updateOne: { filter: { _id: 'i1' }, update: { $push: { 'box.items': 'b' }, $set: { 'box.label': 'one' } } } },
      ]);
      expect(await docs.find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'i1', kind: 'k', box: { items: ['a', 'b'], label: 'one' } },
        { _id: 'i2', kind: 'k', box: { items: ['a'] } },
      ]);
    });
  });
}

/** Sorted ids, or ids in returned order when `sorted` is false. */
function ids(docs: readonly ReadDocument[], sorted = true): string[] {
  const list = docs.map((doc) => doc._id);
  return sorted ? list.sort() : list;
}

function newCollectionName(): string {
  return `contract_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
}
