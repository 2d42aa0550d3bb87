import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const PANELIST = actor('panelist', 'panelist-1');
const COMPLAINANT = actor('complainant', 'ada');
const RESPONDENT = actor('respondent', 'acme');
const SECRET = 'ZEBRA-7781 internal retention matrix: 731 days in cluster eu-west-9';
const SUMMARY = 'Acme explains, in general terms, how long it keeps marketing data';

describe('confidentiality and Proprietary Information through HTTP (BBB-4.3.2, BBB-8.2, 8.3, 8.5, 8.6, 8.9)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown) => api.request('POST', url, { body, as: STAFF });
  let clock = '2026-06-01T12:00:00Z';
  /** The clock only moves forward: later cases reuse the dates of the first. */
  const advance = async (now: string) => {
    if (now <= clock) return;
    clock = now;
    expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  };
  const get = async (url: string, as: Actor = STAFF) => api.request('GET', url, { as, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  const ok = async (url: string, body: unknown) => {
    const response = await post(url, body);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  async function caseWithRebuttal(): Promise<string> {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }] });
    await advance('2026-06-10T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/position`, { receivedAt: '2026-06-10T13:00:00Z', summary: 'my Position' });
    // The Position is forwarded as it is recorded, now (later cases run on the clock the first left): it reaches the
    // Respondent no earlier than that notice was sent (BBB-8.7), and the Rebuttal answers it after.
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: clock });
    await advance('2026-06-15T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: clock, summary: 'the Rebuttal' });
    return caseId;
  }

  it('BBB-8.5 / BBB-8.6 / BBB-4.3.2: proprietary material in a Rebuttal never leaks to the case, the case list, the deadlines or the Complainant; the Panelist sees it', async () => {
    const caseId = await caseWithRebuttal();
    // BBB-8.6: no summary, no designation.
    const refused = await post(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'respondent', description: 'retention matrix', content: SECRET, affirmation: true, summary: ' ' });
    expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-8.6' });
    // BBB-8.5: only the submitting Party designates material in its own submission.
    expect((await post(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'complainant', description: 'x', content: SECRET, affirmation: true, summary: SUMMARY })).body).toMatchObject({ statusCode: 422, rule: 'BBB-8.5' });
    // BBB-8.5: no response (BBB-4.4.3) has been filed, so there is nothing in one to designate.
    expect((await post(`/cases/${caseId}/proprietary-designations`, { documentId: 'response', party: 'respondent', description: 'x', content: SECRET, affirmation: true, summary: SUMMARY })).body).toMatchObject({ statusCode: 409, rule: 'BBB-8.5', field: 'documentId' });

    const designated = await ok(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'respondent', description: 'retention matrix', content: SECRET, affirmation: true, summary: SUMMARY });
    expect(designated.body).toMatchObject({ designationId: 'proprietary-1', revision: expect.any(Number) });
    await ok(`/cases/${caseId}/proprietary-designations/${designated.body.designationId}/acceptance`, {});
    await ok(`/cases/${caseId}/language-assistance`, { party: 'complainant', language: 'de', kind: 'translation' });

    const leaks = [
      await get(`/cases/${caseId}`),
      await get('/cases'),
      await get(`/cases?stage=hearing-reply`),
      await get('/deadlines'),
      await get(`/cases/${caseId}/record?audience=complainant`, COMPLAINANT),
      await get(`/cases/${caseId}/record?audience=complainant`),
      // The audit trail, as a Party reads it.
      await get(`/cases/${caseId}/timeline`, COMPLAINANT),
    ];
    for (const response of leaks) {
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toContain('ZEBRA-7781');
      expect(JSON.stringify(response.body)).not.toContain('retention matrix');
    }

    const complainantView = (await get(`/cases/${caseId}/record?audience=complainant`, COMPLAINANT)).body;
    expect(complainantView).toMatchObject({
      confidential: true, confidentialityRule: 'BBB-8.2', rule: 'BBB-4.3.2',
      submissions: { position: { party: 'complainant', summary: 'my Position' }, rebuttal: { party: 'respondent', summary: 'the Rebuttal' } },
      proprietary: [{ designationId: 'proprietary-1', documentId: 'rebuttal', party: 'respondent', summary: SUMMARY, redacted: true }],
      languageAssistance: [{ party: 'complainant', language: 'de', kind: 'translation' }],
    });

    const panelistView = await get(`/cases/${caseId}/record?audience=panelist`);
    expect(panelistView.status).toBe(200);
    expect(panelistView.body.proprietary).toEqual([expect.objectContaining({ designationId: 'proprietary-1', content: SECRET, redacted: false })]);
    // The administrator's staff replaying the audit trail see the designation as it was made.
    expect(JSON.stringify((await get(`/cases/${caseId}/timeline`, actor('compliance-officer', 'audit-1'))).body)).toContain('ZEBRA-7781');
    // A Party's own designated material may be shown to itself.
    expect((await get(`/cases/${caseId}/record?audience=respondent`, RESPONDENT)).body.proprietary).toEqual([expect.objectContaining({ content: SECRET, status: 'accepted' })]);

    // The panelist view is for the Panelist (and the CBBB's staff) only; a Party gets only its own copy.
    expect((await get(`/cases/${caseId}/record?audience=panelist`, RESPONDENT)).status).toBe(403);
    expect((await get(`/cases/${caseId}/record?audience=panelist`, COMPLAINANT)).status).toBe(403);
    expect((await get(`/cases/${caseId}/record?audience=respondent`, COMPLAINANT)).status).toBe(403);
    expect((await get(`/cases/${caseId}/record?audience=public`)).status).toBe(400);
  });

  it('BBB-8.5 / BBB-8.6: a returned designation is not considered: the Panelist does not see it and the other Party gets not even its summary', async () => {
    const caseId = await caseWithRebuttal();
    await ok(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'respondent', description: 'retention matrix', content: SECRET, affirmation: true, summary: 'vague' });
    await ok(`/cases/${caseId}/proprietary-designations/proprietary-1/return`, { ground: 'summary-unacceptable', reason: 'too vague to respond to' });
    expect((await get(`/cases/${caseId}/record?audience=panelist`)).body.proprietary).toEqual([]);
    expect((await get(`/cases/${caseId}/record?audience=complainant`, COMPLAINANT)).body.proprietary).toEqual([]);
    const own = (await get(`/cases/${caseId}/record?audience=respondent`, RESPONDENT)).body.proprietary;
    expect(own).toEqual([expect.objectContaining({ status: 'returned' })]);
    expect(JSON.stringify(own)).not.toContain('ZEBRA-7781');
  });

  it('BBB-8.3: after closing, disposal returns Proprietary Information and the Case Record drops the destroyed content', async () => {
    const caseId = await caseWithRebuttal();
    await ok(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'respondent', description: 'retention matrix', content: SECRET, affirmation: true, summary: SUMMARY });
    await ok(`/cases/${caseId}/proprietary-designations/proprietary-1/acceptance`, {});
    expect((await post(`/cases/${caseId}/file-disposal`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-8.3' });
    await ok(`/cases/${caseId}/withdrawal`, { reason: 'no longer interested' });
    await ok(`/cases/${caseId}/file-disposal`, {});
    const view = (await get(`/cases/${caseId}/record?audience=panelist`)).body;
    expect(view).toMatchObject({ submissions: {}, proprietary: [], disposed: { rule: 'BBB-8.3', retained: ['settlement-agreement', 'decision'] } });
    expect(JSON.stringify(view)).not.toContain('ZEBRA-7781');
    expect(JSON.stringify(view)).not.toContain('the Rebuttal');
    const types = (await api.eventStore.readStream(`case-${caseId}`)).map((event: { type: string }) => event.type);
    expect(types.slice(-2)).toEqual(['ProprietaryInformationReturned', 'CaseFileDisposed']);
  });
});
