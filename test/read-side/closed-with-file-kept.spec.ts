import { MingoReadStore } from '@pdr/read-store-mingo';
import { CASES_COLLECTION, CaseQueries } from '@pdr/read-side';

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
});
