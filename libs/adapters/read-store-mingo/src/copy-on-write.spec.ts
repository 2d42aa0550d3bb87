import fc from 'fast-check';
import { updateMany, updateOne } from 'mingo';
import type { ReadDocument, Update } from '@pdr/application';
import { MingoReadStore } from './mingo-read-store';

/**
 * Updates change copies of only the containers on their paths, and documents may share values after
 * an updateMany. Checked here against mingo updating fully independent documents (deep clone mode):
 * any sharing that leaks a change from one document to another shows up as a difference.
 */
const UPDATES: readonly Update[] = [
  { $set: { box: { items: ['a'], meta: { k: 1 } } } },
  { $push: { 'box.items': 'b' } },
  { $addToSet: { 'box.items': 'c' } },
  { $set: { 'box.label': 'x' } },
  { $unset: { 'box.label': '' } },
  { $inc: { 'box.meta.k': 1 } },
  { $max: { 'box.meta.k': 5 } },
  { $push: { list: { $each: [{ v: 1 }, { v: 2 }], $sort: { v: -1 } } } },
  { $set: { 'list.$[].v': 9 } },
  { $inc: { 'list.0.v': 1 } },
  { $pop: { list: 1 } },
  { $pull: { list: { v: 2 } } },
  { $rename: { box: 'spare' } },
  { $rename: { spare: 'box' } },
];
const IDS = ['a', 'b', 'c'];

type Step = { readonly update: number; readonly target: string | undefined };

describe('copy-on-write updates', () => {
  it('match mingo applied to independent documents', async () => {
    const step = fc.record({ update: fc.nat(UPDATES.length - 1), target: fc.option(fc.constantFrom(...IDS), { nil: undefined }) });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps: Step[]) => {
        const store = new MingoReadStore();
        const docs = store.collection('docs');
        // `list` always exists, so the menu never hits the operand errors MongoDB (and this store) raise.
        const reference: ReadDocument[] = IDS.map((_id) => ({ _id, list: [] }));
        await docs.bulkWrite(IDS.map((_id) => ({ insertOne: { document: { _id, list: [] } } })));
        for (const { update, target } of steps) {
          const modifier = UPDATES[update];
          if (target) {
            await docs.bulkWrite([{ updateOne: { filter: { _id: target }, update: modifier } }]);
            updateOne(reference, { _id: target }, modifier, { cloneMode: 'deep' });
          } else {
            await docs.bulkWrite([{ updateMany: { filter: {}, update: modifier } }]);
            updateMany(reference, {}, modifier, { cloneMode: 'deep' });
          }
          // Readers mutating what they get must not matter either.
          for (const doc of await docs.find({})) (doc as Record<string, unknown>)['box'] = 'mutated';
        }
        expect(await docs.find({}, { sort: { _id: 1 } })).toEqual(reference);
        await store.close();
      }),
      { numRuns: 300 },
    );
  });
});
