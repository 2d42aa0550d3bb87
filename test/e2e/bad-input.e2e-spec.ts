import { type ApiHarness, complaint, contact, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';

describe('bad input gets a clear 4xx and writes nothing', () => {
  let api: ApiHarness;
  let head: number;
  let caseId: string;

  beforeAll(async () => {
    api = await startApi();
    const filed = await api.request('POST', '/cases', { body: complaint(), as: STAFF });
    caseId = filed.body.caseId;
    head = await api.eventStore.headPosition();
  });

  afterEach(async () => {
    expect(await api.eventStore.headPosition()).toBe(head);
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('a malformed JSON body: 400', async () => {
    const response = await api.request('POST', '/cases', { rawBody: '{"rulebookId": "bbb-eu-safe-harbor",', as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(expect.any(String));
  });

  it('an unknown field: 400 naming it', async () => {
    const response = await api.request('POST', '/cases', { body: { ...complaint(), damages: 1000 }, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'damages' })]));
  });

  it('an unknown nested field: 400 naming its path', async () => {
    const body = complaint({ respondent: { name: 'Acme', taxId: 'x' } });
    const response = await api.request('POST', '/cases', { body, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'respondent.taxId' })]));
  });

  it.each([
    ['complainant.email', complaint({ complainant: { name: 'A', email: 'not-an-email', country: 'FR', filingAs: 'data-subject' } })],
    ['complainant.country', complaint({ complainant: { name: 'A', email: 'a@example.eu', country: 'France', filingAs: 'data-subject' } })],
    ['receivedAt', complaint({ receivedAt: 'yesterday' })],
    ['outcomesSought', complaint({ outcomesSought: 'everything' })],
    ['rulebookId', complaint({ rulebookId: 'gdpr' })],
    ['channel', complaint({ channel: 'pigeon' })],
    ['allegation', complaint({ allegation: 42 })],
  ])('a wrong type or value: 400 naming %s', async (field, body) => {
    const response = await api.request('POST', '/cases', { body, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations.map((v: { field: string }) => v.field)).toContain(field);
    expect(response.body.message).toContain(field.split('.').pop());
  });

  it.each([
    ['no token, self-declared actor headers', { 'x-actor-id': 'staff-17', 'x-actor-role': 'case-manager' }],
    ['a token that is not a JWT', { authorization: 'Bearer not-a-token' }],
    ['a token of another scheme', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
  ])('who acts comes only from a verified token: %s is 401 naming Authorization', async (_case, headers) => {
    const response = await api.request('POST', '/cases', { body: complaint(), headers, as: null });
    expect(response.status).toBe(401);
    expect(response.body.field).toBe('Authorization');
  });

  it('an If-Match that is not a revision: 400 naming If-Match', async () => {
    const response = await api.request('POST', `/cases/${caseId}/identity-verification`, { body: { method: 'x' }, headers: { 'if-match': 'yesterday' } });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('If-Match');
  });

  it('an unknown case: 404 for reads and for commands', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.request('GET', `/cases/${unknown}`)).status).toBe(404);
    expect((await api.request('GET', '/cases/not-a-case-id')).status).toBe(404);
    const command = await api.request('POST', `/cases/${unknown}/identity-verification`, { body: { method: 'x' }, as: STAFF });
    expect(command.status).toBe(404);
    expect(command.body).toMatchObject({ rule: 'CASE-UNKNOWN', field: 'caseId' });
  });

  it('a receipt time in the future: 422 naming receivedAt', async () => {
    const response = await api.request('POST', '/cases', { body: complaint({ receivedAt: '2999-01-01T00:00:00Z' }), as: STAFF });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ field: 'receivedAt', rule: 'RECEIPT-IN-FUTURE' });
  });

  it.each([
    ['sort', '/cases?sort=complainant.email'],
    ['pageSize', '/cases?pageSize=1000'],
    ['page', '/cases?page=0'],
    ['status', '/cases?status=lost'],
    ['secret', '/cases?secret=1'],
  ])('a bad query parameter: 400 naming %s', async (field, url) => {
    const response = await api.request('GET', url);
    expect(response.status).toBe(400);
    expect(response.body.message).toContain(field);
  });

  it('an X-Min-Position that is not a position: 400 naming it', async () => {
    const response = await api.request('GET', '/cases', { as: STAFF, headers: { 'x-min-position': 'soon' } });
    expect(response.status).toBe(400);
    expect(response.body.field).toBe('X-Min-Position');
  });

  it.each([
    ['complainant', { ...complaint(), complainant: undefined }],
    ['respondent', { ...complaint(), respondent: undefined }],
    ['complainant', complaint({ complainant: [] })],
    ['respondent', complaint({ respondent: 'Acme Analytics Inc.' })],
  ])('a missing or malformed party: 400 naming %s', async (field, body) => {
    const response = await api.request('POST', '/cases', { body, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations.map((v: { field: string }) => v.field)).toContain(field);
    expect(response.body.message).toContain(field);
  });

  it('a contact without its potential Complainant: 400 naming potentialComplainant', async () => {
    const response = await api.request('POST', '/contacts', { body: { ...contact(), potentialComplainant: undefined }, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations).toEqual([{ field: 'potentialComplainant', problems: ['potentialComplainant is required'] }]);
  });

  it.each(['2026-03-02', '2026-13-45T00:00:00Z', '2026-02-30T09:00:00Z', '2026-03-02T09:00:00', '2026-03-02T09:00Z', 'soon'])(
    'a receipt time %s that is no full instant with an offset: 400 naming receivedAt',
    async (receivedAt) => {
      const response = await api.request('POST', '/cases', { body: complaint({ receivedAt }), as: STAFF });
      expect(response.status).toBe(400);
      expect(response.body.violations).toEqual([{ field: 'receivedAt', problems: [expect.stringContaining('ISO 8601 instant')] }]);
    },
  );

  it('a date where a query wants an instant: 400 naming it', async () => {
    const response = await api.request('GET', '/cases?receivedFrom=2026-03-02', { as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('receivedFrom');
  });

  it('a refusal quotes at most an 80-character excerpt of what was sent, and still names the rule and field', async () => {
    const framework = 'f'.repeat(100);
    const response = await api.request('POST', '/cases', { body: complaint({ framework }), as: STAFF });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ rule: 'BBB-1.1', field: 'framework' });
    expect(response.body.message).toContain(`"${'f'.repeat(80)}…"`);
    expect(response.body.message).not.toContain('f'.repeat(81));
  });

  it.each([
    ['value', complaint({ framework: 'f'.repeat(100_000) }), 'framework'],
    ['key', { ...complaint(), ['k'.repeat(100_000)]: 1 }, `${'k'.repeat(80)}…`],
  ])('a 100 KB %s is never echoed back: 400 naming the field', async (_what, body, field) => {
    const response = await api.request('POST', '/cases', { body, as: STAFF });
    expect(response.status).toBe(400);
    expect(response.body.violations.map((v: { field: string }) => v.field)).toContain(field);
    expect(JSON.stringify(response.body).length).toBeLessThan(2000);
  });

  it('a body over 1 MiB: 413 problem', async () => {
    const response = await api.request('POST', '/cases', { rawBody: JSON.stringify(complaint({ allegation: 'x'.repeat(2 * 1024 * 1024) })), as: STAFF });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ statusCode: 413, error: 'Payload Too Large', message: expect.any(String) });
  });

  // These need the JSON body parser (apps/api/src/http/json-body-parser.ts) registered in bootstrap.ts.
  it.each([
    ['10,000 levels of nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'the body nests objects or arrays deeper than 64 levels'],
    ['a lone surrogate', JSON.stringify(complaint()).replace('Kept processing', '\\ud800Kept processing'), 'allegation contains an unpaired UTF-16 surrogate (e.g. "\\ud800"), which is no character'],
    ['a "__proto__" key', JSON.stringify(complaint()).replace('{', '{"__proto__":{"isAdmin":true},'), 'the body may not use "__proto__" as a key'],
  ])('%s: 400 with a clear message, not a 500 or a stored case', async (_what, rawBody, message) => {
    const response = await api.request('POST', '/cases', { rawBody, as: STAFF });
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message });
  });
});
