import { type ApiHarness, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';

const ADMIN = actor('administrator', 'admin-1');

const panelist = (overrides: Record<string, unknown> = {}) => ({
  name: 'Grace Expert',
  email: 'grace@example.com',
  employer: 'Privacy Counsel LLP',
  affiliations: ['IAPP'],
  qualifications: ['CIPP', 'JD'],
  confidentialityAgreementSignedOn: '2026-01-15',
  ...overrides,
});

describe('the Data Privacy Board through HTTP (BBB-4.2, BBB-4.2.1, BBB-4.5)', () => {
  let api: ApiHarness;
  let free: string;
  let tied: string;
  let competitor: string;
  let position: number;

  const enrol = async (body: Record<string, unknown>) => {
    const response = await api.request('POST', '/panelists', { body, as: ADMIN });
    expect(response.status).toBe(201);
    position = response.body.position;
    return response.body.panelistId as string;
  };
  const preview = (query: string) => api.request('GET', `/panelists/selection-preview?${query}`, { as: ADMIN, headers: { 'x-min-position': String(position) } });

  beforeAll(async () => {
    api = await startApi();
    free = await enrol(panelist({ name: 'Free Panelist' }));
    tied = await enrol(panelist({ name: 'Tied Panelist', employer: 'Sole Practice of T. Panelist' }));
    competitor = await enrol(panelist({ name: 'Competitor Panelist', employer: 'Globex Data, Inc.' }));
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('BBB-4.2 enrols a panelist (an administrator) and shows the profile once projected', async () => {
    const enrolled = await api.request('POST', '/panelists', { body: panelist({ name: 'Zed Shown' }), as: ADMIN });
    expect(enrolled.status).toBe(201);
    expect(enrolled.body).toEqual({ panelistId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.any(Number) });
    expect(enrolled.headers.location).toBe(`/panelists/${enrolled.body.panelistId}`);

    const read = await api.request('GET', `/panelists/${enrolled.body.panelistId}`, { as: STAFF, headers: { 'x-min-position': String(enrolled.body.position) } });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ panelistId: enrolled.body.panelistId, employer: 'Privacy Counsel LLP', qualifications: ['CIPP', 'JD'], confidentialityAgreementSignedOn: '2026-01-15', relationships: [], active: true, revision: 0 });
    expect(read.body._id).toBeUndefined();
  });

  it('BBB-4.2.1 a declared relationship with the Respondent excludes the panelist from the selection, with the reason', async () => {
    const declared = await api.request('POST', `/panelists/${tied}/relationships`, {
      body: { with: 'Acme Analytics Inc.', kind: 'business', description: 'Advised them on cookies in 2025' },
      as: actor('panelist', tied),
    });
    expect(declared.status).toBe(201);
    expect(declared.body).toEqual({ revision: 1, position: expect.any(Number) });
    position = declared.body.position;

    const read = await api.request('GET', `/panelists/${tied}`, { as: STAFF, headers: { 'x-min-position': String(position) } });
    expect(read.body.relationships).toEqual([expect.objectContaining({ with: 'Acme Analytics Inc.', kind: 'business' })]);

    const result = await preview('respondentName=ACME%20Analytics%2C%20LLC&complainantName=Ada%20Example&respondentCompetitors=Globex%20Data');
    expect(result.status).toBe(200);
    expect(result.body.excluded).toEqual(
      expect.arrayContaining([
        { panelistId: tied, rule: 'BBB-4.2.1', reason: 'business relationship with Acme Analytics Inc., a Party' },
        { panelistId: competitor, rule: 'BBB-4.2.1', reason: 'employer Globex Data, Inc. competes directly with the Respondent' },
      ]),
    );
    expect(result.body.eligible).toContain(free);
    expect(result.body.eligible).not.toContain(tied);
    expect(result.body).not.toHaveProperty('selected');
    expect(result.body).not.toHaveProperty('seed');
  });

  it('BBB-4.2 no client chooses or foresees the draw: the preview takes no seed and names no one it would pick', async () => {
    const query = 'respondentName=Initech&complainantName=Ada%20Example';
    expect((await preview(`${query}&seed=case-7`)).status).toBe(400);
    const result = await preview(query);
    expect(Object.keys(result.body).sort()).toEqual(['eligible', 'excluded']);
  });

  it('BBB-4.2.1 a panelist set aside for the case is excluded; when none is eligible nothing is selected', async () => {
    const result = await preview(`respondentName=Initech&complainantName=Ada&exclude=${free}`);
    expect(result.body.excluded).toContainEqual({ panelistId: free, rule: 'BBB-4.2.1', reason: expect.stringMatching(/disqualified or objected/) });

    const board = await api.request('GET', '/panelists?pageSize=200', { as: STAFF });
    const everyone = board.body.items.map((p: { panelistId: string }) => `exclude=${p.panelistId}`).join('&');
    const none = await preview(`respondentName=Initech&complainantName=Ada&${everyone}`);
    expect(none.body.eligible).toEqual([]);
  });

  it('a withdrawn panelist leaves the list and is never selected', async () => {
    const gone = await enrol(panelist({ name: 'Gone Panelist' }));
    const withdrawn = await api.request('POST', `/panelists/${gone}/withdrawal`, { body: { reason: 'retired' }, as: ADMIN });
    expect(withdrawn.status).toBe(200);
    const wait = { 'x-min-position': String(withdrawn.body.position) };
    expect((await api.request('GET', `/panelists/${gone}`, { headers: wait })).body).toMatchObject({ active: false, withdrawal: { reason: 'retired' } });
    expect((await api.request('GET', '/panelists?pageSize=200', { headers: wait })).body.items.map((p: { panelistId: string }) => p.panelistId)).not.toContain(gone);
    expect((await api.request('GET', '/panelists?pageSize=200&includeWithdrawn=true', { headers: wait })).body.items.map((p: { panelistId: string }) => p.panelistId)).toContain(gone);
    const result = await preview('respondentName=Initech&complainantName=Ada');
    expect([...result.body.eligible, ...result.body.excluded.map((e: { panelistId: string }) => e.panelistId)]).not.toContain(gone);

    const again = await api.request('POST', `/panelists/${gone}/withdrawal`, { body: { reason: 'twice' }, as: ADMIN });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ rule: 'PANELIST-WITHDRAWN' });
  });

  describe('refusals write nothing', () => {
    let head: number;
    beforeEach(async () => {
      head = await api.eventStore.headPosition();
    });
    afterEach(async () => {
      expect(await api.eventStore.headPosition()).toBe(head);
    });

    it.each([
      ['confidentialityAgreementSignedOn', panelist({ confidentialityAgreementSignedOn: undefined })],
      ['email', panelist({ email: 'not-an-email' })],
      ['qualifications', panelist({ qualifications: ['PhD'] })],
      ['affiliations', panelist({ affiliations: 'IAPP' })],
      ['salary', panelist({ salary: 1 })],
    ])('400 naming %s', async (field, body) => {
      const response = await api.request('POST', '/panelists', { body, as: ADMIN });
      expect(response.status).toBe(400);
      expect(response.body.violations.map((v: { field: string }) => v.field)).toContain(field);
    });

    it('400 for a relationship of an unknown kind, and for a preview without the Parties', async () => {
      const response = await api.request('POST', `/panelists/${free}/relationships`, { body: { with: 'X', kind: 'friendship', description: 'd' }, as: ADMIN });
      expect(response.status).toBe(400);
      expect(response.body.violations.map((v: { field: string }) => v.field)).toContain('kind');
      const missing = await api.request('GET', '/panelists/selection-preview?respondentName=Acme', { as: ADMIN });
      expect(missing.status).toBe(400);
      expect(missing.body.violations.map((v: { field: string }) => v.field)).toContain('complainantName');
    });

    it('422 naming BBB-4.2 for an agreement signed in the future', async () => {
      const response = await api.request('POST', '/panelists', { body: panelist({ confidentialityAgreementSignedOn: '2999-01-01' }), as: ADMIN });
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ rule: 'BBB-4.2', field: 'confidentialityAgreementSignedOn' });
    });

    it('403 when a case manager enrols, or another panelist declares a tie for someone else', async () => {
      expect((await api.request('POST', '/panelists', { body: panelist(), as: STAFF })).status).toBe(403);
      const other = await api.request('POST', `/panelists/${free}/relationships`, {
        body: { with: 'Acme', kind: 'other', description: 'd' },
        as: actor('panelist', tied),
      });
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ field: 'Authorization' });
    });

    it('404 for an unknown panelist, on reads and on commands', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await api.request('GET', `/panelists/${unknown}`)).status).toBe(404);
      expect((await api.request('GET', '/panelists/not-a-uuid', { as: STAFF })).status).toBe(404);
      const command = await api.request('POST', `/panelists/${unknown}/relationships`, { body: { with: 'Acme', kind: 'other', description: 'd' }, as: ADMIN });
      expect(command.status).toBe(404);
      expect(command.body).toMatchObject({ rule: 'PANELIST-UNKNOWN', field: 'panelistId' });
    });
  });
});
