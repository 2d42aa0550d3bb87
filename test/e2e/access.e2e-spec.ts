import { ADMIN, ADMIN_PASSWORD, type ApiHarness, actor, complaint, contact, removeDataDir, startApi, STAFF } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, docketBbbCase, enrolPanelist } from '../support/journeys';

/** Each attack found on the open API (issue 8), tried again: each must now fail. */
describe('sign-in and access control (issue 8)', () => {
  let api: ApiHarness;
  let businessId: string;
  let caseA: string;
  let caseB: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    businessId = (await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] } })).body.businessId;
    await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] } });
    caseA = await docketBbbCase(api, businessId, '2026-06-01T12:00:00Z');
    caseB = await docketBbbCase(api, businessId, '2026-06-01T12:00:00Z', { complainant: { name: 'Bo Other', email: 'bo@example.eu', country: 'DE', filingAs: 'data-subject' } });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const anonymous = (method: 'GET' | 'POST', url: string, headers: Record<string, string> = {}) => api.request(method, url, { as: null, headers, ...(method === 'POST' ? { body: {} } : {}) });

  describe('sign-in', () => {
    it('the first administrator signs in with the password given at first start; a wrong password and an unknown user get the same answer', async () => {
      expect(await api.signIn('admin', ADMIN_PASSWORD)).toMatchObject({ status: 200, body: { token_type: 'Bearer', access_token: expect.any(String), expires_in: expect.any(Number) } });
      const wrong = await api.signIn('admin', 'not-the-password');
      const unknown = await api.signIn('nobody', 'not-the-password');
      expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: expect.any(String) } });
      expect(unknown).toEqual(wrong);
    });

    it('five failed sign-ins in a row lock the user name for a while', async () => {
      await api.request('POST', '/accounts', { as: ADMIN, body: { kind: 'person', username: 'guessed', displayName: 'Guessed', roles: ['case-manager'], password: 'the-right-password-1' } });
      for (let i = 0; i < 5; i++) expect((await api.signIn('guessed', `wrong-${i}-password`)).status).toBe(400);
      expect((await api.signIn('guessed', 'the-right-password-1')).status).toBe(400);
    });

    it('a closed account signs in no more; only administrators manage accounts', async () => {
      const opened = await api.request('POST', '/accounts', { as: ADMIN, body: { kind: 'person', username: 'leaver', displayName: 'Leaver', roles: ['case-manager'], password: 'leaver-password-1' } });
      expect(opened).toMatchObject({ status: 201, body: { accountId: expect.any(String), username: 'leaver' } });
      expect(opened.body).not.toHaveProperty('password');
      expect((await api.signIn('leaver', 'leaver-password-1')).status).toBe(200);
      expect((await api.request('POST', `/accounts/${opened.body.accountId}/closure`, { as: STAFF, body: { reason: 'left' } })).status).toBe(403);
      expect((await api.request('POST', `/accounts/${opened.body.accountId}/closure`, { as: ADMIN, body: { reason: 'left' } })).status).toBe(200);
      expect((await api.signIn('leaver', 'leaver-password-1')).status).toBe(400);
      const wait = { 'x-min-position': String(await api.eventStore.headPosition()) };
      const open = await api.request('GET', '/accounts?pageSize=200', { as: ADMIN, headers: wait });
      expect(open.body.items.map((account: { username: string }) => account.username)).not.toContain('leaver');
      const all = await api.request('GET', '/accounts?pageSize=200&includeClosed=true', { as: ADMIN, headers: wait });
      expect(all.body.items.find((account: { username: string }) => account.username === 'leaver')).toMatchObject({ status: 'closed', roles: ['case-manager'] });
      expect(JSON.stringify(all.body)).not.toMatch(/scrypt|passwordHash|secretVersion/);
      expect((await api.request('GET', '/accounts', { as: STAFF })).status).toBe(403);
    });

    it('a service account (a reporting job) signs in with the client-credentials grant and reads aggregate reports only', async () => {
      const opened = await api.request('POST', '/accounts', { as: ADMIN, body: { kind: 'service', username: 'nightly-report', displayName: 'Nightly report', roles: ['reporting'] } });
      expect(opened).toMatchObject({ status: 201, body: { clientSecret: expect.any(String) } });
      const grant = await api.app.inject({
        method: 'POST',
        url: '/oidc/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`nightly-report:${opened.body.clientSecret}`).toString('base64')}` },
        payload: 'grant_type=client_credentials&scope=api',
      });
      expect(grant.statusCode).toBe(200);
      const token = JSON.parse(grant.body).access_token as string;
      const as = { authorization: `Bearer ${token}` };
      expect((await api.request('GET', '/reports/annual?year=2026&rulebookId=bbb-eu-safe-harbor', { headers: as })).status).toBe(200);
      expect((await api.request('GET', '/cases', { headers: as })).status).toBe(403);
      expect((await api.request('GET', '/contacts', { headers: as })).status).toBe(403);
      const rotated = await api.request('POST', `/accounts/${opened.body.accountId}/secret-rotation`, { as: ADMIN });
      const stale = await api.app.inject({ method: 'POST', url: '/oidc/token', headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`nightly-report:${opened.body.clientSecret}`).toString('base64')}` }, payload: 'grant_type=client_credentials' });
      expect(rotated.body.clientSecret).not.toBe(opened.body.clientSecret);
      expect(stale.statusCode).toBe(401);
    });
  });

  describe('anonymous and self-declared callers', () => {
    it('nothing is readable anonymously but liveness, readiness (up/down only) and public calendar data', async () => {
      await api.request('POST', '/contacts', { body: contact() });
      for (const url of ['/contacts', '/cases', `/cases/${caseA}`, `/cases/${caseA}/timeline`, `/cases/${caseA}/record?audience=panelist`, '/deadlines', '/businesses', '/panelists', '/reports/annual?year=2026', '/admin/clock']) {
        const response = await anonymous('GET', url);
        expect({ url, status: response.status }).toEqual({ url, status: 401 });
        expect(JSON.stringify(response.body)).not.toContain('ada@example.eu');
      }
      expect((await anonymous('GET', '/health/live')).status).toBe(200);
      expect((await anonymous('GET', '/calendars/us-federal/holidays?year=2026')).status).toBe(200);
      const health = await anonymous('GET', '/health');
      expect(Object.keys(health.body)).toEqual(['status']);
      expect(JSON.stringify((await api.request('GET', '/health', { as: ADMIN })).body)).toContain('eventStore');
    });

    it('X-Actor-Id and X-Actor-Role identify no one: a self-declared complainant reads no timeline, a self-declared administrator moves no clock', async () => {
      expect((await anonymous('GET', `/cases/${caseA}/timeline`, { 'x-actor-id': 'ada', 'x-actor-role': 'complainant' })).status).toBe(401);
      expect((await anonymous('POST', '/admin/clock', { 'x-actor-id': 'a', 'x-actor-role': 'administrator' })).status).toBe(401);
      expect((await anonymous('POST', '/panelists', { 'x-actor-id': 'a', 'x-actor-role': 'system' })).status).toBe(401);
    });
  });

  describe('Parties', () => {
    it('BBB-2.2.1 BBB-2.4b a Complainant neither verifies its own identity, records eligibility findings, dockets its case nor extends its own deadline', async () => {
      const ada = actor('complainant', 'ada');
      for (const [url, body] of [
        [`/cases/${caseA}/identity-verification`, { method: 'passport' }],
        [`/cases/${caseA}/eligibility-findings`, { condition: 'eligible-complainant', met: true, note: 'me' }],
        [`/cases/${caseA}/docketing`, {}],
        [`/cases/${caseA}/deadlines/00000000-0000-4000-8000-000000000000/extensions`, { businessDays: 200, reason: 'mine' }],
      ] as const) {
        expect({ url, status: (await api.request('POST', url, { as: ada, body })).status }).toEqual({ url, status: 403 });
      }
    });

    it('BBB-6 only the Complainant withdraws its complaint: the Respondent cannot', async () => {
      const response = await api.request('POST', `/cases/${caseA}/withdrawal`, { as: actor('respondent', 'acme'), body: { reason: 'we would rather not' } });
      expect(response.status).toBe(403);
    });

    it('BBB-8.5 a Party reads its own case only, and only its own copy of the Case Record', async () => {
      const ada = actor('complainant', 'ada', { caseId: caseA });
      expect((await api.request('GET', `/cases/${caseB}`, { as: ada })).status).toBe(403);
      expect((await api.request('GET', `/cases/${caseB}/timeline`, { as: ada })).status).toBe(403);
      // The refusal names the case's rulebook's rules (its document rules), not literals of the controller (issue 10).
      expect((await api.request('GET', `/cases/${caseA}/record?audience=respondent`, { as: ada })).body).toMatchObject({
        statusCode: 403, rule: 'BBB-8.5', field: 'audience', message: "you receive the complainant's copy of the Case Record only (BBB-4.3.2, BBB-8.5)",
      });
      const listed = await api.request('GET', '/cases', { as: ada });
      expect(listed.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseA]);
      const rep = actor('representative', 'counsel', { caseId: caseA, side: 'complainant' });
      expect((await api.request('GET', `/cases/${caseA}/record?audience=respondent`, { as: rep })).status).toBe(403);
    });

    it('BBB-4.2.1 a Party objects in its own name only', async () => {
      const response = await api.request('POST', `/cases/${caseA}/panel/objections`, { as: actor('respondent', 'acme'), body: { panelistId: '00000000-0000-4000-8000-000000000000', raisedBy: 'complainant', ground: 'business-relationship', details: 'x' } });
      expect(response).toMatchObject({ status: 403, body: { field: 'raisedBy' } });
    });
  });

  describe('Panelists', () => {
    it('BBB-4.3.2 BBB-8.5 a Panelist never enrolled nor appointed reads neither the record nor the timeline; the appointed one reads the Panelist view only, until replaced', async () => {
      const stranger = actor('panelist', 'never-appointed');
      const appointed = await enrolPanelist(api);
      const heard = await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T12:00:00Z');
      expect((await api.request('POST', `/cases/${heard}/panel/appointment`, { body: {} })).status).toBe(200);
      for (const url of [`/cases/${heard}/record?audience=panelist`, `/cases/${heard}/timeline`, `/cases/${heard}`]) {
        expect({ url, status: (await api.request('GET', url, { as: stranger })).status }).toEqual({ url, status: 403 });
      }
      expect((await api.request('GET', `/cases/${heard}/record?audience=panelist`, { as: appointed })).status).toBe(200);
      expect((await api.request('GET', `/cases/${heard}/record?audience=complainant`, { as: appointed })).status).toBe(403);
      expect((await api.request('GET', '/cases', { as: appointed })).body.items.map((item: { caseId: string }) => item.caseId)).toEqual([heard]);
      // BBB-4.2.1 a Panelist who steps down loses access with the event itself.
      const stepped = await api.request('POST', `/cases/${heard}/panel/self-disqualifications`, { as: appointed, body: { panelistId: appointed.id, reason: 'my firm now advises Acme' } });
      expect(stepped.status).toBe(200);
      expect((await api.request('GET', `/cases/${heard}/record?audience=panelist`, { as: appointed })).status).toBe(403);
      expect((await api.request('GET', `/cases/${heard}/timeline`, { as: appointed })).status).toBe(403);
    });

    it('BBB-4.2 no client picks the seed of the Panelist draw, and the preview shows no one a seed would pick', async () => {
      expect((await api.request('POST', `/cases/${caseB}/panel/appointment`, { body: { seed: 'chosen' } })).status).toBe(400);
      expect((await api.request('GET', '/panelists/selection-preview?respondentName=Acme&complainantName=Ada&seed=1', { as: ADMIN })).status).toBe(400);
      expect((await api.request('GET', '/panelists/selection-preview?respondentName=Acme&complainantName=Ada', { as: STAFF })).status).toBe(403);
    });
  });

  describe('administration', () => {
    it('only administrators enrol Panelists, add calendar closures and move the clock', async () => {
      expect((await api.request('POST', '/panelists', { as: STAFF, body: {} })).status).toBe(403);
      expect((await api.request('POST', '/calendars/us-federal/closures', { as: STAFF, body: {} })).status).toBe(403);
      expect((await api.request('POST', '/admin/clock', { as: STAFF, body: { now: '2026-06-02T00:00:00Z' } })).status).toBe(403);
      expect((await api.request('POST', '/admin/clock', { as: actor('compliance-officer', 'audit-2'), body: { now: '2026-06-02T00:00:00Z' } })).status).toBe(403);
    });
  });

  describe('idempotency', () => {
    it('an Idempotency-Key reused for a different request is 422 naming the header; another actor with the same key files its own case', async () => {
      const first = await api.request('POST', '/cases', { body: complaint(), headers: { 'idempotency-key': 'k-1' } });
      expect(first.status).toBe(201);
      expect((await api.request('POST', '/cases', { body: complaint(), headers: { 'idempotency-key': 'k-1' } })).body.caseId).toBe(first.body.caseId);
      const other = await api.request('POST', '/cases', { body: complaint({ allegation: 'something else' }), headers: { 'idempotency-key': 'k-1' } });
      expect(other).toMatchObject({ status: 422, body: { field: 'Idempotency-Key' } });
      const byAnother = await api.request('POST', '/cases', { as: actor('case-manager', 'staff-2'), body: complaint(), headers: { 'idempotency-key': 'k-1' } });
      expect(byAnother.status).toBe(201);
      expect(byAnother.body.caseId).not.toBe(first.body.caseId);
    });
  });

  describe('the boundary', () => {
    it('answers with security headers and never lets a response be cached', async () => {
      const response = await api.request('GET', `/cases/${caseA}`);
      expect(response.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    // Last: it exhausts this instance's budgets.
    it('limits anonymous calls and sign-ins per client address (429)', async () => {
      let anonymousStatus = 0;
      for (let i = 0; i < 320 && anonymousStatus !== 429; i++) anonymousStatus = (await anonymous('GET', '/health/live')).status;
      expect(anonymousStatus).toBe(429);
      expect((await api.request('GET', '/health/live')).status).toBe(200);
      let signInStatus = 0;
      for (let i = 0; i < 70 && signInStatus !== 429; i++) signInStatus = (await api.signIn(`nobody-${i}`, 'wrong-password')).status;
      expect(signInStatus).toBe(429);
    }, 60_000);
  });
});
