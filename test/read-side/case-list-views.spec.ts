import { MingoReadStore } from '@pdr/read-store-mingo';
import { CASES_COLLECTION, caseListProjection, CaseQueries } from '@pdr/read-side';

const COUNTRIES = ['FR', 'DE', 'IE', 'NL', 'ES', 'IT', 'PL', 'SE', 'AT', 'BE'];

/** Case i: received one minute after case i - 1, the Complainant in one of ten countries. */
const caseRow = (i: number) => ({
  _id: `case-${String(i).padStart(5, '0')}`,
  caseId: `case-${String(i).padStart(5, '0')}`,
  status: 'open',
  stage: 'eligibility',
  rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
  complainant: { name: `Complainant ${i}`, country: COUNTRIES[i % COUNTRIES.length] },
  respondent: { name: `Respondent ${i % 7}` },
  receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
});

describe('the case list’s views read their page from an index', () => {
  it('BBB-2.1 staff’s list by the Complainant’s country, newest first, tests only the rows of its page', async () => {
    const store = new MingoReadStore();
    const cases = store.collection(CASES_COLLECTION);
    for (const index of caseListProjection.indexes![CASES_COLLECTION]!) await cases.createIndex(index);
    await cases.bulkWrite(Array.from({ length: 3_000 }, (_, i) => ({ insertOne: { document: caseRow(i) } })));
    const before = { ...store.stats };

    const page = await new CaseQueries(store).list({ complainantCountry: 'DE', sort: { field: 'receivedAt', direction: -1 }, page: 1, pageSize: 25 });

    const expected = Array.from({ length: 3_000 }, (_, i) => caseRow(i))
      .filter((row) => row.complainant.country === 'DE')
      .reverse()
      .slice(0, 25);
    expect(page.items.map((item) => item.caseId)).toEqual(expected.map((row) => row.caseId));
    expect(store.stats.fullScans - before.fullScans).toBe(0);
    // The page, and one row more to tell whether another page follows.
    expect((store.stats.examined ?? 0) - (before.examined ?? 0)).toBeLessThanOrEqual(26);
  });
});
