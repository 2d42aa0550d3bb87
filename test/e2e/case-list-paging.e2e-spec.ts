import { type ApiHarness, complaint, contact, removeDataDir, startApi, STAFF, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, enrolPanelist, participatingBusiness } from '../support/journeys';

type Row = { caseId: string; receivedAt: string; filedAt: string; stage: string; complainant: { country: string } };

/** Issue 13, item 3: GET /cases pages by keyset cursor from indexes, counts only when asked. */
describe('paging the case list with a cursor (issue 13)', () => {
  let api: ApiHarness;
  let appointed: Actor;
  let heard: string[];
  let wait: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    // Eleven cases, three of them received at the same instant (the caseId breaks the tie), half from Germany.
    const instants = ['2026-05-01T09:00:00Z', '2026-05-03T09:00:00Z', '2026-05-02T09:00:00Z', '2026-05-02T09:00:00Z', '2026-05-02T09:00:00Z', '2026-04-20T09:00:00Z', '2026-05-10T09:00:00Z', '2026-05-04T09:00:00Z', '2026-04-28T09:00:00Z', '2026-05-07T09:00:00Z', '2026-05-05T09:00:00Z'];
    for (const [i, receivedAt] of instants.entries()) {
      const country = i % 2 === 0 ? 'DE' : 'FR';
      const filed = await api.request('POST', '/cases', { as: STAFF, body: complaint({ receivedAt, complainant: { name: `Complainant ${i}`, email: `c${i}@example.eu`, country, filingAs: 'data-subject' } }) });
      expect(filed.status).toBe(201);
    }
    for (const receivedAt of ['2026-05-01T10:00:00Z', '2026-05-03T10:00:00Z', '2026-05-01T10:00:00Z', '2026-04-30T10:00:00Z', '2026-05-02T10:00:00Z']) {
      expect((await api.request('POST', '/contacts', { as: STAFF, body: contact({ receivedAt }) })).status).toBe(201);
    }
    // Two cases with the one Panelist on the Board appointed (every draw picks them).
    const businessId = await participatingBusiness(api);
    appointed = await enrolPanelist(api);
    heard = [];
    // Both received at the clock's now (the hearing's steps are dated then): the caseId orders them.
    for (const now of ['2026-06-01T12:00:00Z', '2026-06-01T12:00:00Z']) {
      const caseId = await bbbCaseAwaitingPanelist(api, businessId, now);
      expect((await api.request('POST', `/cases/${caseId}/panel/appointment`, { as: STAFF, body: {} })).status).toBe(200);
      heard.push(caseId);
    }
    wait = { 'x-min-position': String(await api.eventStore.headPosition()) };
  }, 120_000);

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  /** Every page of `query`, following `next` until it is null. */
  async function pages(query: string, as: Actor = STAFF): Promise<Row[][]> {
    const out: Row[][] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 50; i++) {
      const response = await api.request('GET', `/cases?${query}${cursor ? `&cursor=${cursor}` : ''}`, { as, headers: wait });
      expect(response.status).toBe(200);
      // No count on a page unless asked for.
      expect(response.body).not.toHaveProperty('total');
      out.push(response.body.items);
      if (response.body.next === null) return out;
      expect(typeof response.body.next).toBe('string');
      cursor = response.body.next;
    }
    throw new Error('paging did not end');
  }

  async function everything(query = ''): Promise<Row[]> {
    const response = await api.request('GET', `/cases?pageSize=200${query}`, { as: STAFF, headers: wait });
    expect(response.status).toBe(200);
    return response.body.items;
  }

  const by = (field: 'receivedAt' | 'filedAt' | 'stage', direction: 1 | -1) => (a: Row, b: Row) =>
    (a[field] < b[field] ? -1 : a[field] > b[field] ? 1 : a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0) * direction;

  it('returns every case exactly once, in order, newest received first by default', async () => {
    const all = await everything();
    expect(all).toHaveLength(13);
    const walked = await pages('pageSize=3');
    expect(walked.slice(0, -1).every((page) => page.length === 3)).toBe(true);
    expect(walked.flat().map((row) => row.caseId)).toEqual([...all].sort(by('receivedAt', -1)).map((row) => row.caseId));
  });

  it('pages in either direction of each sort it offers a cursor for, and with filters', async () => {
    const all = await everything();
    for (const [sort, field, direction] of [['receivedAt', 'receivedAt', 1], ['-filedAt', 'filedAt', -1], ['stage', 'stage', 1]] as const) {
      const walked = (await pages(`pageSize=4&sort=${sort}`)).flat();
      expect({ sort, ids: walked.map((row) => row.caseId) }).toEqual({ sort, ids: [...all].sort(by(field, direction)).map((row) => row.caseId) });
    }
    const german = (await pages('pageSize=2&complainantCountry=DE&receivedFrom=2026-05-01T09:00:00Z')).flat();
    expect(german.map((row) => row.caseId)).toEqual(
      all.filter((row) => row.complainant.country === 'DE' && row.receivedAt >= '2026-05-01T09:00:00Z').sort(by('receivedAt', -1)).map((row) => row.caseId),
    );
    const inStage = all[0].stage;
    expect((await pages(`pageSize=2&status=open&stage=${inStage}`)).flat().map((row) => row.caseId)).toEqual(
      all.filter((row) => row.stage === inStage).sort(by('receivedAt', -1)).map((row) => row.caseId),
    );
  });

  it('BBB-4.3.2 a Panelist paging the list sees only the cases they are appointed to', async () => {
    const walked = await pages('pageSize=1', appointed);
    expect(walked).toHaveLength(2);
    expect(walked.flat().map((row) => row.caseId)).toEqual([...heard].sort().reverse());
  });

  it('counts only when asked, and refuses cursors that do not fit', async () => {
    const counted = await api.request('GET', '/cases?pageSize=2&count=true', { as: STAFF, headers: wait });
    expect(counted.body).toMatchObject({ total: 13, page: 1, pageSize: 2, next: expect.any(String) });
    const { next } = counted.body;
    for (const [field, url] of [
      ['cursor', '/cases?cursor=not-a-cursor'],
      ['cursor', `/cases?sort=receivedAt&cursor=${next}`],
      ['cursor', `/cases?sort=respondent.name&cursor=${next}`],
      ['page', `/cases?page=2&cursor=${next}`],
      ['count', '/cases?count=maybe'],
    ]) {
      const response = await api.request('GET', url, { as: STAFF });
      expect({ url, status: response.status, field: response.body.field ?? response.body.message }).toMatchObject({ url, status: 400 });
      if (field !== 'count') expect({ url, field: response.body.field }).toEqual({ url, field });
    }
    // A sort by a personal field pages by offset only: no cursor carries a name.
    const byName = await api.request('GET', '/cases?sort=respondent.name&pageSize=2', { as: STAFF, headers: wait });
    expect(byName.body).not.toHaveProperty('next');
    expect(byName.body.page).toBe(1);
  });

  it('pages the contact list the same way: newest received first, each contact once', async () => {
    const all = (await api.request('GET', '/contacts?pageSize=200&count=true', { as: STAFF, headers: wait })).body;
    expect(all.total).toBe(5);
    const expected = [...(all.items as Array<{ contactId: string; receivedAt: string }>)]
      .sort((a, b) => (a.receivedAt !== b.receivedAt ? (a.receivedAt < b.receivedAt ? 1 : -1) : a.contactId < b.contactId ? -1 : 1))
      .map((row) => row.contactId);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { status: number; body: { items: Array<{ contactId: string }>; next: string | null } } = await api.request('GET', `/contacts?pageSize=2${cursor ? `&cursor=${cursor}` : ''}`, { as: STAFF, headers: wait });
      expect(response.status).toBe(200);
      expect(response.body).not.toHaveProperty('total');
      walked.push(...response.body.items.map((row) => row.contactId));
      cursor = response.body.next;
    } while (cursor);
    expect(walked).toEqual(expected);
  });
});
