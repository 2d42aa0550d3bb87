import { type ApiHarness, complaint, contact, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';

describe('first slice through HTTP on the embedded default', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('BBB-2.1 records a contact from a potential Complainant and shows it once projected', async () => {
    const recorded = await api.request('POST', '/contacts', { body: contact(), as: STAFF });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toEqual({ contactId: expect.any(String), revision: 0, position: expect.any(Number) });

    const read = await api.request('GET', `/contacts/${recorded.body.contactId}`, { as: STAFF, headers: { 'x-min-position': String(recorded.body.position) } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ contactId: recorded.body.contactId, channel: 'email', potentialComplainant: { country: 'FR' }, rulebook: { id: 'bbb-eu-safe-harbor' } });

    const list = await api.request('GET', '/contacts?pageSize=5', { as: STAFF });
    expect(list.body.items.map((c: { contactId: string }) => c.contactId)).toContain(recorded.body.contactId);
  });

  it('files a complaint: 201 with the case id, revision 0, ETag and Location; the case is visible in GET /cases/{id}', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint(), as: STAFF });
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual({ caseId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.any(Number) });
    expect(filed.headers.etag).toBe('"0"');
    expect(filed.headers.location).toBe(`/cases/${filed.body.caseId}`);

    const read = await api.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(filed.body.position) } });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toMatchObject({
      caseId: filed.body.caseId,
      rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
      framework: 'safe-harbor',
      stage: 'eligibility-review',
      status: 'open',
      complainant: { name: 'Ada Example', country: 'FR' },
      respondent: { name: 'Acme Analytics Inc.' },
      revision: 0,
    });
    expect(read.body._id).toBeUndefined();
  });

  it('stamps every event with actor, role, correlation and causation ids and the rulebook', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint(), headers: { 'x-correlation-id': 'corr-42' } });
    expect(filed.headers['x-correlation-id']).toBe('corr-42');
    const staffAccount = (await api.request('GET', '/accounts/me')).body.subject;
    const [event] = await api.eventStore.readStream(`case-${filed.body.caseId}`);
    expect(event).toMatchObject({
      type: 'ComplaintFiled',
      schemaVersion: 1,
      revision: 0,
      metadata: { actorId: staffAccount, actorRole: 'case-manager', correlationId: 'corr-42', causationId: expect.any(String), rulebook: { id: 'bbb-eu-safe-harbor', version: '1' } },
    });
    expect(Date.parse(event.recordedAt)).not.toBeNaN();
  });

  it('VS-1.1 files a VeraSafe complaint under the framework it names, and refuses one that names none (422, field named)', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint({ rulebookId: 'verasafe-2016', framework: 'eu-us-privacy-shield' }), as: STAFF });
    expect(filed.status).toBe(201);
    const read = await api.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(filed.body.position) } });
    expect(read.body).toMatchObject({ rulebook: { id: 'verasafe-2016' }, framework: 'eu-us-privacy-shield' });

    const before = await api.eventStore.headPosition();
    const refused = await api.request('POST', '/cases', { body: complaint({ rulebookId: 'verasafe-2016' }), as: STAFF });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ rule: 'VS-1.1', field: 'framework' });
    expect(await api.eventStore.headPosition()).toBe(before);
  });

  it('BBB-2.2.1 verifies identity with If-Match, and answers 409 naming If-Match when the case moved on', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint(), as: STAFF });
    const url = `/cases/${filed.body.caseId}/identity-verification`;
    const first = await api.request('POST', url, { body: { method: 'passport copy' }, headers: { 'if-match': '"0"' } });
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(1);
    expect(first.headers.etag).toBe('"1"');

    const before = await api.eventStore.headPosition();
    const stale = await api.request('POST', url, { body: { method: 'call-back' }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ rule: 'IF-MATCH', field: 'If-Match', currentRevision: 1 });

    const again = await api.request('POST', url, { body: { method: 'call-back' }, headers: { 'if-match': '"1"' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ rule: 'BBB-2.2.1' });
    expect(await api.eventStore.headPosition()).toBe(before);

    const read = await api.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(first.body.position) } });
    expect(read.body).toMatchObject({ identityVerified: true, revision: 1, lastEventType: 'ComplainantIdentityVerified' });
  });

  it('a retried request with the same Idempotency-Key files nothing twice', async () => {
    const headers = { 'idempotency-key': `retry-${Date.now()}` };
    const first = await api.request('POST', '/cases', { body: complaint(), headers });
    const retry = await api.request('POST', '/cases', { body: complaint(), headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await api.eventStore.readStream(`case-${first.body.caseId}`)).toHaveLength(1);
  });

  it('lists cases with filters, sorting and pages', async () => {
    const respondent = `Listco ${Date.now()}`;
    const positions: number[] = [];
    for (const [day, country] of [['03', 'DE'], ['05', 'IT'], ['04', 'DE']]) {
      const filed = await api.request('POST', '/cases', { body: complaint({ receivedAt: `2026-04-${day}T10:00:00Z`, respondent: { name: respondent }, complainant: { name: 'X', email: 'x@example.eu', country, filingAs: 'data-subject' } }), as: STAFF });
      positions.push(filed.body.position);
    }
    const wait = { 'x-min-position': String(Math.max(...positions)) };
    // Counted only when asked (issue 13).
    const all = await api.request('GET', `/cases?respondent=${encodeURIComponent(respondent.toLowerCase())}&sort=receivedAt&count=true`, { headers: wait });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((c: { receivedAt: string }) => c.receivedAt)).toEqual(['2026-04-03T10:00:00Z', '2026-04-04T10:00:00Z', '2026-04-05T10:00:00Z']);

    const german = await api.request('GET', `/cases?respondent=${encodeURIComponent(respondent)}&complainantCountry=DE&sort=-receivedAt&pageSize=1&page=2&count=true`);
    expect(german.body).toMatchObject({ total: 2, page: 2, pageSize: 1, next: null });
    expect(german.body.items).toHaveLength(1);
    expect(german.body.items[0].receivedAt).toBe('2026-04-03T10:00:00Z');

    const byRulebook = await api.request('GET', `/cases?rulebookId=verasafe-2016&respondent=${encodeURIComponent(respondent)}`);
    expect(byRulebook.body).toEqual({ items: [], page: 1, pageSize: 25, next: null });
  });
});
