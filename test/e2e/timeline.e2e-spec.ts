import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, accountIdOf, COMPLIANCE } from '../support/api-harness';

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
    const filed = await api.request('POST', '/cases', { body: complaint(), headers: { 'x-correlation-id': 'audit-1' } });
    await api.request('POST', `/cases/${filed.body.caseId}/identity-verification`, { body: { method: 'passport' }, as: STAFF });
    await api.request('POST', `/cases/${filed.body.caseId}/withdrawal`, { body: { reason: 'resolved' }, as: actor('complainant', 'ada') });

    const { status, body } = await api.request('GET', `/cases/${filed.body.caseId}/timeline`, { as: COMPLIANCE });
    expect(status).toBe(200);
    expect(body.entries.map((e: { type: string }) => e.type)).toEqual(['ComplaintFiled', 'ComplainantIdentityVerified', 'ComplaintWithdrawn', 'NoticeSent', 'CaseClosed']);
    expect(body.entries.map((e: { revision: number }) => e.revision)).toEqual([0, 1, 2, 3, 4]);
    expect(body.entries[0]).toMatchObject({ actor: { id: accountIdOf(STAFF), role: 'case-manager' }, correlationId: 'audit-1', causationId: expect.any(String), schemaVersion: 1, recordedAt: expect.any(String) });
    expect(body.entries[2]).toMatchObject({ actor: { id: accountIdOf(actor('complainant', 'ada'), filed.body.caseId), role: 'complainant' }, data: { reason: 'resolved' } });
    // One command's events share its causation id.
    expect(new Set(body.entries.slice(2).map((e: { causationId: string }) => e.causationId)).size).toBe(1);
  });

  it('answers 404 for an unknown case', async () => {
    expect((await api.request('GET', '/cases/00000000-0000-4000-8000-000000000000/timeline', { as: COMPLIANCE })).status).toBe(404);
  });
});
