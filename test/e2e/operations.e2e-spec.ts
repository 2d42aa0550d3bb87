import { type ApiHarness, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';
import { ProjectionsService } from '@pdr/platform';
import { ADMIN } from '../support/actors';

describe('operations: health, OpenAPI, restart', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('GET /health reports each store and the projections with their lag', async () => {
    const response = await api.request('GET', '/health', { as: ADMIN });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      eventStore: { adapter: 'sqlite', ok: true },
      readStore: { adapter: 'in-process', ok: true },
      projections: { headPosition: expect.any(Number), projections: expect.arrayContaining([expect.objectContaining({ name: 'case-list', running: true, behind: 0 })]) },
    });
    expect((await api.request('GET', '/health/live', { as: STAFF })).body).toEqual({ status: 'ok' });
  });

  it('serves the OpenAPI document at /openapi.json and a browsable page at /docs', async () => {
    const document = await api.request('GET', '/openapi.json', { as: STAFF });
    expect(document.status).toBe(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/cases', '/cases/{caseId}', '/contacts', '/health', '/cases/{caseId}/identity-verification']));
    // rulebookId or programmeId (issue 12): neither is required on its own.
    expect(document.body.components.schemas.FileComplaintDto.required).toEqual(expect.arrayContaining(['complainant', 'respondent']));
    expect(Object.keys(document.body.components.schemas.FileComplaintDto.properties)).toEqual(expect.arrayContaining(['rulebookId', 'programmeId']));
    const page = await api.request('GET', '/docs', { as: STAFF });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('swagger');
  });

  it('loads the persisted in-process read models at start: a restart shows the same cases without replaying the log', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint({ respondent: { name: 'Restart Ltd' } }), as: STAFF });
    expect((await api.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(filed.body.position) } })).status).toBe(200);
    const headBefore = await api.eventStore.headPosition();
    await api.close();
    api = await startApi({}, api.dataDir);
    const read = await api.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(filed.body.position) } });
    expect(read.status).toBe(200);
    expect(read.body.respondent.name).toBe('Restart Ltd');
    // Each projection resumed from its stored checkpoint: it applied only what was appended since (nothing of the history).
    const newEvents = (await api.eventStore.headPosition()) - headBefore;
    const { projections } = await api.app.get(ProjectionsService, { strict: false }).status();
    expect(projections.length).toBeGreaterThan(0);
    for (const projection of projections) {
      expect({ name: projection.name, resumedAt: projection.position >= headBefore }).toEqual({ name: projection.name, resumedAt: true });
      expect(projection.eventsApplied).toBeLessThanOrEqual(newEvents);
    }
  });

  it('with READ_MODELS=memory, rebuilds the read models from the log at start', async () => {
    const memory = await startApi({ READ_MODELS: 'memory' });
    try {
      const filed = await memory.request('POST', '/cases', { body: complaint({ respondent: { name: 'Memory Ltd' } }), as: STAFF });
      await memory.close();
      const again = await startApi({ READ_MODELS: 'memory' }, memory.dataDir);
      try {
        const read = await again.request('GET', `/cases/${filed.body.caseId}`, { as: STAFF, headers: { 'x-min-position': String(filed.body.position) } });
        expect(read.body.respondent.name).toBe('Memory Ltd');
        const { projections } = await again.app.get(ProjectionsService, { strict: false }).status();
        expect(projections.find((projection) => projection.name === 'case-list')?.eventsApplied).toBeGreaterThan(0);
      } finally {
        await again.close();
      }
    } finally {
      removeDataDir(memory.dataDir);
    }
  });
});
