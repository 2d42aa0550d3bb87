import { randomUUID } from 'node:crypto';
import { caseStream } from '@pdr/procedures';
import { ADMIN, type ApiHarness, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

/**
 * A ComplaintFiled without its complainant, as POST /cases once accepted: the case list cannot project it.
 * It must not stop the read side: later cases are listed and readable, and /health names the event.
 */
describe('a bad event is quarantined, not a stop of the read side', () => {
  let api: ApiHarness;
  const badCaseId = randomUUID();
  const badEventId = randomUUID();

  beforeAll(async () => {
    api = await startApi();
    const appended = await api.eventStore.append(
      caseStream(badCaseId),
      [
        {
          eventId: badEventId,
          type: 'ComplaintFiled',
          schemaVersion: 1,
          data: {
            caseId: badCaseId,
            rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
            framework: 'safe-harbor',
            receivedAt: '2026-03-01T09:00:00Z',
            channel: 'web-form',
            respondent: { name: 'Old Import Inc.' },
            allegation: 'Imported before complainant was required',
            outcomesSought: ['deletion'],
          },
          metadata: { actorId: 'staff-17', actorRole: 'case-manager', correlationId: randomUUID(), causationId: randomUUID(), rulebook: { id: 'bbb-eu-safe-harbor', version: '1' } },
        },
      ],
      'no-stream',
    );
    // Every projection has dealt with it (applied or quarantined) once a read at its position answers without lagging.
    const read = await api.request('GET', '/cases', { as: STAFF, headers: { 'x-min-position': String(appended.lastPosition) } });
    expect(read.headers['x-read-model-behind']).toBeUndefined();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('lists and serves a case filed after the bad event', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint({ respondent: { name: 'After The Bad One Ltd' } }), as: STAFF });
    expect(filed.status).toBe(201);
    const waitFor = { 'x-min-position': String(filed.body.position) };

    const list = await api.request('GET', '/cases', { headers: waitFor, as: STAFF });
    expect(list.status).toBe(200);
    expect(list.headers['x-read-model-behind']).toBeUndefined();
    expect(list.body.items.map((row: { caseId: string }) => row.caseId)).toContain(filed.body.caseId);
    expect(list.body.items.map((row: { caseId: string }) => row.caseId)).not.toContain(badCaseId);

    const detail = await api.request('GET', `/cases/${filed.body.caseId}`, { headers: waitFor, as: STAFF });
    expect(detail.status).toBe(200);
    expect(detail.body.respondent.name).toBe('After The Bad One Ltd');
  });

  it('reports degraded in /health, naming the bad event, while staying ready and not behind', async () => {
    const health = await api.request('GET', '/health', { as: ADMIN });
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.projections.status).toBe('degraded');
    expect(health.body.projections.quarantined).toEqual([{ projection: 'case-list', eventId: badEventId, type: 'ComplaintFiled', error: expect.any(String) }]);
    const caseList = health.body.projections.projections.find((p: { name: string }) => p.name === 'case-list');
    expect(caseList).toMatchObject({ running: true, behind: 0 });
    expect(caseList.error).toBeUndefined();
    // Never the event's data.
    expect(JSON.stringify(health.body)).not.toContain('Old Import Inc.');
  });

  it('lists the quarantine for administrators and retries it: still failing, it stays', async () => {
    const listed = await api.request('GET', '/admin/projections/quarantine', { as: ADMIN });
    expect(listed.status).toBe(200);
    expect(listed.body.quarantined).toEqual([
      expect.objectContaining({ projection: 'case-list', eventId: badEventId, streamId: caseStream(badCaseId), type: 'ComplaintFiled', attempts: 3 }),
    ]);

    const retried = await api.request('POST', '/admin/projections/quarantine/retry', { body: { projection: 'case-list', eventId: badEventId }, as: ADMIN });
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ retried: 1, resolved: 0, stillFailing: 1 });
    const after = await api.request('GET', '/admin/projections/quarantine', { as: ADMIN });
    expect(after.body.quarantined[0]).toMatchObject({ eventId: badEventId, attempts: 6 });

    const everything = await api.request('POST', '/admin/projections/quarantine/retry', { as: ADMIN });
    expect(everything.status).toBe(200);
    expect(everything.body).toEqual({ retried: 1, resolved: 0, stillFailing: 1 });
  });

  it('refuses a retry request with an unknown field or an unknown projection', async () => {
    const unknownField = await api.request('POST', '/admin/projections/quarantine/retry', { body: { projection: 'case-list', everything: true }, as: ADMIN });
    expect(unknownField.status).toBe(400);
    const unknownProjection = await api.request('POST', '/admin/projections/quarantine/retry', { body: { projection: 'no-such-projection' }, as: ADMIN });
    expect(unknownProjection.status).toBe(400);
    expect(unknownProjection.body.violations).toEqual([expect.objectContaining({ field: 'projection' })]);
  });
});
