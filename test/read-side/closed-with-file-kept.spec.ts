import { MingoReadStore } from '@pdr/read-store-mingo';
import { CASES_COLLECTION, caseListProjection, CaseQueries } from '@pdr/read-side';

const closed = (caseId: string, rulebookId: string, closedAt: string) => ({
  insertOne: { document: { _id: caseId, caseId, status: 'closed', rulebook: { id: rulebookId, version: '1' }, closure: { reason: 'withdrawn', rule: 'x', label: 'x', closedAt } } },
});

describe('closed cases whose file is still kept', () => {
  it('BBB-8.3: lists only the rulebooks asked for, oldest closing first, so files another rulebook keeps for good never fill the batch', async () => {
    const store = new MingoReadStore();
    await store.collection(CASES_COLLECTION).bulkWrite([
      closed('vs-1', 'verasafe-2016', '2026-01-01T00:00:00.000Z'),
      closed('vs-2', 'verasafe-2016', '2026-01-02T00:00:00.000Z'),
      closed('bbb-2', 'bbb-eu-safe-harbor', '2026-03-02T00:00:00.000Z'),
      closed('bbb-1', 'bbb-eu-safe-harbor', '2026-03-01T00:00:00.000Z'),
      { insertOne: { document: { _id: 'bbb-gone', caseId: 'bbb-gone', status: 'closed', rulebook: { id: 'bbb-eu-safe-harbor', version: '1' }, closure: { closedAt: '2026-02-01T00:00:00.000Z' }, fileDisposedAt: '2026-03-03T00:00:00.000Z' } } },
    ]);
    const kept = await new CaseQueries(store).closedWithFileKept(['bbb-eu-safe-harbor'], 2);
    expect(kept.map((row) => row.caseId)).toEqual(['bbb-1', 'bbb-2']);
  });

  it('BBB-8.3: the sweep reads its batch from the file_retention index, oldest closing first, and tests no other case', async () => {
    const store = new MingoReadStore();
    const cases = store.collection(CASES_COLLECTION);
    for (const index of caseListProjection.indexes![CASES_COLLECTION]!) await cases.createIndex(index);
    // 2,000 closed cases, every 10th disposed of already, closing in an order unrelated to their ids.
    await cases.bulkWrite(
      Array.from({ length: 2_000 }, (_, i) => {
        const row = closed(`bbb-${String(i).padStart(4, '0')}`, 'bbb-eu-safe-harbor', new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % 2_000) * 60_000).toISOString());
        return i % 10 === 0 ? { insertOne: { document: { ...row.insertOne.document, fileDisposedAt: '2026-06-01T00:00:00.000Z' } } } : row;
      }),
    );
    const before = { ...store.stats };

    const kept = await new CaseQueries(store).closedWithFileKept(['bbb-eu-safe-harbor'], 5);

    const expected = Array.from({ length: 2_000 }, (_, i) => i)
      .filter((i) => i % 10 !== 0)
      .sort((a, b) => ((a * 7919) % 2_000) - ((b * 7919) % 2_000))
      .slice(0, 5)
      .map((i) => `bbb-${String(i).padStart(4, '0')}`);
    expect(kept.map((row) => row.caseId)).toEqual(expected);
    expect(store.stats.fullScans - before.fullScans).toBe(0);
    expect((store.stats.examined ?? 0) - (before.examined ?? 0)).toBe(5);
  });
});
