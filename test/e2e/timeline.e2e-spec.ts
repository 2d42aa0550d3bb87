import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';

describe('the case timeline (audit trail)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('replays every event of a case in order, with who did it, when, and the correlation and causation ids', async () => {
    const filed = await api.request('POST', '/cases', { body: complaint(), headers: { ...STAFF, 'x-correlation-id': 'audit-1' } });
    await api.request('POST', `/cases/${filed.body.caseId}/identity-verification`, { body: { method: 'passport' }, as: STAFF });
    await api.request('POST', `/cases/${filed.body.caseId}/withdrawal`, { body: { reason: 'resolved' }, as: actor('complainant', 'ada') });

    const { status, body } = await api.request('GET', `/cases/${filed.body.caseId}/timeline`, { headers: { 'x-actor-role': 'compliance-officer' } });
    expect(status).toBe(200);
    expect(body.entries.map((e: { type: string }) => e.type)).toEqual(['ComplaintFiled', 'ComplainantIdentityVerified', 'ComplaintWithdrawn', 'NoticeSent', 'CaseClosed']);
    expect(body.entries.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(body.entries[0]).toMatchObject({ actor: { id: 'staff-17', role: 'case-manager' }, correlationId: 'audit-1', causationId: expect.any(String), schemaVersion: 1, recordedAt: expect.any(String) });
    expect(body.entries[2]).toMatchObject({ actor: { id: 'ada', role: 'complainant' }, data: { reason: 'resolved' } });
    // One command's events share its causation id.
    expect(new Set(body.entries.slice(2).map((e: { causationId: string }) => e.causationId)).size).toBe(1);
  });

  it('answers 404 for an unknown case and 400 without a reader role', async () => {
    expect((await api.request('GET', '/cases/00000000-0000-4000-8000-000000000000/timeline', { headers: { 'x-actor-role': 'compliance-officer' } })).status).toBe(404);
    const filed = await api.request('POST', '/cases', { body: complaint(), as: STAFF });
    expect((await api.request('GET', `/cases/${filed.body.caseId}/timeline`)).body).toMatchObject({ statusCode: 400, field: 'X-Actor-Role' });
  });
});
