import { mergedPendingDeadlines, type PendingDeadline, pendingDeadlineKey } from '@pdr/application';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { BUSINESS_PENDING_DEADLINES_COLLECTION, BusinessDeadlineSource, businessRegistryProjection, DeadlineQueries, PENDING_DEADLINES_COLLECTION, pendingDeadlinesProjection } from '@pdr/read-side';

/** Case deadline i: three share each instant, so pages split ties. */
const caseDeadline = (i: number) => ({
  _id: `case-${String(i).padStart(4, '0')}/respondent-response-1`,
  caseId: `case-${String(i).padStart(4, '0')}`,
  deadlineId: 'respondent-response-1',
  dueAt: new Date(Date.UTC(2026, 6, 1) + Math.floor(i / 3) * 3_600_000).toISOString(),
  revision: 2,
});

describe('the pending deadlines, a page at a time', () => {
  it('BBB-4.4.1 CASRO-4 pages of the cases’ and the businesses’ deadlines, each after the last one read, list every deadline once in due order', async () => {
    const store = new MingoReadStore();
    const deadlines = store.collection(PENDING_DEADLINES_COLLECTION);
    for (const index of pendingDeadlinesProjection.indexes![PENDING_DEADLINES_COLLECTION]!) await deadlines.createIndex(index);
    await deadlines.bulkWrite(Array.from({ length: 250 }, (_, i) => ({ insertOne: { document: caseDeadline(i) } })));
    // A business's renewal due at the same instant as case deadlines: the key orders the tie across both sources.
    const business = store.collection(BUSINESS_PENDING_DEADLINES_COLLECTION);
    for (const index of businessRegistryProjection.indexes![BUSINESS_PENDING_DEADLINES_COLLECTION]!) await business.createIndex(index);
    await business.bulkWrite([{ insertOne: { document: { _id: 'business/b-1/certification-renewal-1', businessId: 'b-1', deadlineId: 'certification-renewal-1', dueAt: caseDeadline(30).dueAt } } }]);
    const source = mergedPendingDeadlines(new DeadlineQueries(store), new BusinessDeadlineSource(store));

    const all = await source.pending();
    const paged: PendingDeadline[] = [];
    for (let page = await source.pending({ limit: 40 }); page.length > 0; ) {
      paged.push(...page);
      const last = page[page.length - 1]!;
      page = await source.pending({ limit: 40, after: { dueAt: last.dueAt, key: pendingDeadlineKey(last) } });
    }

    expect(all).toHaveLength(251);
    expect(paged).toEqual(all);
    expect(new Set(paged.map(pendingDeadlineKey)).size).toBe(251);
    expect(paged.map((d) => d.dueAt)).toEqual([...paged.map((d) => d.dueAt)].sort());
    expect(paged).toContainEqual({ businessId: 'b-1', deadlineId: 'certification-renewal-1', dueAt: caseDeadline(30).dueAt });
    // Pages of both are read from their due_id index: no scan of either collection.
    const scansBefore = store.stats.fullScans;
    await source.pending({ limit: 40, after: { dueAt: caseDeadline(100).dueAt, key: caseDeadline(100)._id } });
    expect(store.stats.fullScans).toBe(scansBefore);
  });
});
