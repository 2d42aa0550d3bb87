import { type ApiHarness, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';

const PROGRAM = 'bbb-eu-safe-harbor';

describe('participating-business registry through HTTP', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const register = (legalName: string, extra: Record<string, unknown> = {}) =>
    api.request('POST', '/businesses', { body: { legalName, aliases: [`${legalName} Data`], website: 'https://acme.example', programs: [PROGRAM], ...extra }, as: STAFF });
  const after = (position: number) => ({ 'x-min-position': String(position) });

  it('registers a business: 201 with its id, revision, position, ETag and Location; GET shows it', async () => {
    const registered = await register('Acme Analytics Inc.');
    expect(registered.status).toBe(201);
    expect(registered.body).toEqual({ businessId: expect.stringMatching(/^[0-9a-f-]{36}$/), revision: 0, position: expect.any(Number) });
    expect(registered.headers.location).toBe(`/businesses/${registered.body.businessId}`);
    expect(registered.headers.etag).toBe('"0"');

    const read = await api.request('GET', `/businesses/${registered.body.businessId}`, { headers: after(registered.body.position) });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      businessId: registered.body.businessId,
      legalName: 'Acme Analytics Inc.',
      aliases: ['Acme Analytics Inc. Data'],
      website: 'https://acme.example',
      country: 'US',
      programs: [PROGRAM],
      participation: [],
      enrolments: [],
      certifications: [],
      deadlines: [],
      standing: [],
      registeredAt: expect.any(String),
      revision: 0,
      updatedAt: expect.any(String),
    });
  });

  it('BBB-2.3 CASRO-4 answers whether participation was current at an instant, across a lapse and a renewal', async () => {
    const { body: registered } = await register(`Lapsing Corp ${Date.now()}`);
    const url = `/businesses/${registered.businessId}`;
    const began = await api.request('POST', `${url}/participation`, { body: { program: PROGRAM, effectiveFrom: '2025-01-15T00:00:00Z', frameworks: ['us-eu-safe-harbor'] }, as: STAFF });
    expect(began.status).toBe(201);
    expect(began.body).toEqual({ revision: 1, position: expect.any(Number) });
    const renewed = await api.request('POST', `${url}/participation-renewals`, {
      body: { program: PROGRAM, effectiveFrom: '2025-12-01T00:00:00Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] },
      headers: { 'if-match': '"1"' },
    });
    expect(renewed.status).toBe(201);
    const lapsed = await api.request('POST', `${url}/participation-lapses`, { body: { program: PROGRAM, effectiveFrom: '2026-01-15T00:00:00Z', reason: 'certification-lapsed' }, as: STAFF });
    expect(lapsed.status).toBe(201);
    expect(lapsed.body.revision).toBe(3);

    const read = await api.request('GET', url, { headers: after(lapsed.body.position) });
    expect(read.body).toMatchObject({
      revision: 3,
      participation: [
        {
          program: PROGRAM,
          from: '2025-01-15T00:00:00.000Z',
          until: '2026-01-15T00:00:00.000Z',
          lapseReason: 'certification-lapsed',
          frameworks: ['us-eu-safe-harbor'],
          renewals: [{ at: '2025-12-01T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] }],
        },
      ],
    });

    const at = (instant: string) => api.request('GET', `${url}/participation?program=${PROGRAM}&at=${encodeURIComponent(instant)}`);
    expect((await at('2025-06-01T00:00:00Z')).body).toEqual({ businessId: registered.businessId, program: PROGRAM, at: '2025-06-01T00:00:00Z', current: true, since: '2025-01-15T00:00:00.000Z', frameworks: ['us-eu-safe-harbor'] });
    expect((await at('2025-12-24T00:00:00Z')).body).toMatchObject({ current: true, frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] });
    expect((await at('2026-01-15T00:00:00Z')).body).toMatchObject({ current: false, lapsedAt: '2026-01-15T00:00:00.000Z', lapseReason: 'certification-lapsed' });
    expect((await at('2024-12-31T00:00:00Z')).body).toEqual({ businessId: registered.businessId, program: PROGRAM, at: '2024-12-31T00:00:00Z', current: false });

    const listed = (instant: string) => api.request('GET', `/businesses?name=lapsing&program=${PROGRAM}&currentAt=${encodeURIComponent(instant)}`);
    expect((await listed('2025-06-01T00:00:00Z')).body.items.map((b: { businessId: string }) => b.businessId)).toContain(registered.businessId);
    expect((await listed('2026-02-01T00:00:00Z')).body.items.map((b: { businessId: string }) => b.businessId)).not.toContain(registered.businessId);
  });

  it('lists by name or alias, any case, by program, in name order with pages', async () => {
    const tag = `Pagetest${Date.now()}`;
    const positions: number[] = [];
    for (const name of [`Zeta ${tag}`, `Alpha ${tag}`, `Mid ${tag}`]) positions.push((await register(name)).body.position);
    positions.push((await register(`Other ${Date.now()}`, { aliases: [`${tag} Holdings`], programs: ['verasafe'] })).body.position);
    const wait = after(Math.max(...positions));

    const all = await api.request('GET', `/businesses?name=${tag.toLowerCase()}`, { headers: wait });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(4);
    expect(all.body.items[0]).not.toHaveProperty('searchName');

    const bbb = await api.request('GET', `/businesses?name=${tag}&program=${PROGRAM}&pageSize=2&page=1`);
    expect(bbb.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(bbb.body.items.map((b: { legalName: string }) => b.legalName)).toEqual([`Alpha ${tag}`, `Mid ${tag}`]);

    const viaAlias = await api.request('GET', `/businesses?name=${encodeURIComponent(`${tag} holdings`)}&program=verasafe`);
    expect(viaAlias.body.total).toBe(1);
  });

  it('refuses bad input: 400 for malformed or unknown fields, 403 for other roles, 404 unknown business, 409 state conflicts, 422 rules', async () => {
    const unknownField = await api.request('POST', '/businesses', { body: { legalName: 'X', taxId: '1' }, as: STAFF });
    expect(unknownField.status).toBe(400);
    const badCountry = await api.request('POST', '/businesses', { body: { legalName: 'X', country: 'FR' }, as: STAFF });
    expect(badCountry.status).toBe(400);
    expect(badCountry.body.violations).toEqual([expect.objectContaining({ field: 'country' })]);

    const complainant = await api.request('POST', '/businesses', { body: { legalName: 'X' }, as: actor('reporting', 'r-1') });
    expect(complainant.status).toBe(403);

    const missing = '00000000-0000-4000-8000-000000000000';
    const begin = { program: PROGRAM, effectiveFrom: '2025-01-15T00:00:00Z', frameworks: ['us-eu-safe-harbor'] };
    expect((await api.request('GET', `/businesses/${missing}`)).status).toBe(404);
    expect((await api.request('GET', '/businesses/not-a-uuid', { as: STAFF })).status).toBe(404);
    const noBusiness = await api.request('POST', `/businesses/${missing}/participation`, { body: begin, as: STAFF });
    expect(noBusiness.status).toBe(404);
    expect(noBusiness.body).toMatchObject({ rule: 'BUSINESS-UNKNOWN', field: 'businessId' });

    const { body: registered } = await register(`Conflicts ${Date.now()}`);
    const url = `/businesses/${registered.businessId}`;
    const noFrameworks = await api.request('POST', `${url}/participation`, { body: { ...begin, frameworks: [] }, as: STAFF });
    expect(noFrameworks.status).toBe(400);
    const badReason = await api.request('POST', `${url}/participation-lapses`, { body: { program: PROGRAM, effectiveFrom: '2026-01-01T00:00:00Z', reason: 'bored' }, as: STAFF });
    expect(badReason.status).toBe(400);

    const notCurrent = await api.request('POST', `${url}/participation-lapses`, { body: { program: PROGRAM, effectiveFrom: '2026-01-01T00:00:00Z', reason: 'withdrawn' }, as: STAFF });
    expect(notCurrent.status).toBe(409);
    expect(notCurrent.body).toMatchObject({ rule: 'PARTICIPATION-NOT-CURRENT', field: 'program' });

    expect((await api.request('POST', `${url}/participation`, { body: begin, as: STAFF })).status).toBe(201);
    const twice = await api.request('POST', `${url}/participation`, { body: begin, as: STAFF });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ rule: 'PARTICIPATION-CURRENT' });
    const stale = await api.request('POST', `${url}/participation-lapses`, { body: { program: PROGRAM, effectiveFrom: '2026-01-01T00:00:00Z', reason: 'withdrawn' }, headers: { 'if-match': '"0"' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ rule: 'IF-MATCH', currentRevision: 1 });

    const future = await api.request('POST', `${url}/participation-lapses`, { body: { program: PROGRAM, effectiveFrom: '2999-01-01T00:00:00Z', reason: 'withdrawn' }, as: STAFF });
    expect(future.status).toBe(422);
    expect(future.body).toMatchObject({ rule: 'INSTANT-IN-FUTURE', field: 'effectiveFrom' });

    const badAt = await api.request('GET', `${url}/participation?program=${PROGRAM}&at=yesterday`);
    expect(badAt.status).toBe(400);
  });

  it('a retried registration with the same Idempotency-Key registers nothing twice', async () => {
    const headers = { 'idempotency-key': `business-${Date.now()}` };
    const first = await api.request('POST', '/businesses', { body: { legalName: 'Retry Inc.' }, headers });
    const retry = await api.request('POST', '/businesses', { body: { legalName: 'Retry Inc.' }, headers });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(await api.eventStore.readStream(`business-${first.body.businessId}`)).toHaveLength(1);
  });
});
