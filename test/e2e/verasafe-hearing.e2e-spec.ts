import type { ApiHarness } from '../support/api-harness';
import { ADMIN, removeDataDir, STAFF } from '../support/api-harness';
import { type Action, startVeraSafeApi, VS_COMPLAINANT, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's Data Privacy Hearing through HTTP (VS-7.4(iv), VS-8.1 to 8.3), up to the hearing officer's designation.


describe('VeraSafe Data Privacy Hearing through HTTP (VS-8)', () => {
  let api: ApiHarness;
  let businessId: string;
  const members: Record<string, string> = {};
  const { post, ok, detail, docketedCase, heldTeleconference } = verasafeRequests(() => api, () => businessId);

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
    const enrol = async (name: string, employer: string, qualifications: string[]) => {
      const response = await api.request('POST', '/panelists', { body: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, employer, qualifications, confidentialityAgreementSignedOn: '2026-01-15' }, as: ADMIN });
      expect(response.status).toBe(201);
      members[name] = response.body.panelistId;
    };
    await enrol('Una Privacy', 'Una Privacy LLP', ['CIPT']);
    await enrol('Vic Counsel', 'Vic Counsel LLP', ['JD', 'bar-license']);
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  /** Docketed, mediated, the teleconference held without a Settlement (VS-7.4(iv)). */
  async function noSettlement(): Promise<{ caseId: string; now: string }> {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    const { now } = await heldTeleconference(caseId);
    await ok(`/cases/${caseId}/mediation/outcome`, { outcome: 'no-settlement' });
    return { caseId, now };
  }

  it('VS-7.4(iv) VS-8.2 VS-8.1 VS-8.3 no Settlement: the Complainant requests the hearing with a brief; the Participant rebuts; VeraSafe designates a qualified hearing officer', async () => {
    const { caseId, now } = await noSettlement();
    const waiting = await detail(caseId);
    expect(waiting).toMatchObject({ stage: 'awaiting-hearing-request', deadlines: { 'hearing-request-1': { rule: 'VS-7.4' } } });
    expect((waiting.nextActions as Action[]).filter((action) => action.command === 'RequestHearing').map((action) => action.by)).toEqual(['complainant']);

    const request = { requestedBy: 'complainant', remedies: [{ kind: 'delete-personal-data' }], brief: 'Acme kept profiling me after my objection' };
    expect((await post(`/cases/${caseId}/hearing-request`, { ...request, requestedBy: 'respondent' }, VS_PARTICIPANT)).body).toMatchObject({ statusCode: 422, rule: 'VS-7.4', field: 'requestedBy' });
    expect((await post(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: request.remedies }, VS_COMPLAINANT)).body).toMatchObject({ statusCode: 422, rule: 'VS-8.2', field: 'brief' });
    await ok(`/cases/${caseId}/hearing-request`, request, VS_COMPLAINANT);
    const requested = await detail(caseId);
    expect(requested).toMatchObject({ stage: 'hearing-rebuttal', deadlines: { 'participant-rebuttal-1': { rule: 'VS-8.2' } } });
    expect(Object.values(requested.notices as Record<string, { kind: string; recipient: string }>).filter((notice) => notice.kind === 'hearing-request-forwarded').map((notice) => notice.recipient)).toEqual(['respondent']);

    await ok(`/cases/${caseId}/submissions/participant-rebuttal`, { filedBy: 'respondent', receivedAt: now, summary: 'our rebuttal' }, VS_PARTICIPANT);
    const awaiting = await detail(caseId);
    expect(awaiting).toMatchObject({ stage: 'awaiting-hearing-officer' });
    expect((awaiting.nextActions as Action[]).find((action) => action.command === 'DesignateDecisionMaker')).toMatchObject({ by: 'administrator', href: `/cases/${caseId}/panel/designation` });

    expect((await post(`/cases/${caseId}/panel/designation`, { panelistId: members['Una Privacy'] })).body).toMatchObject({ statusCode: 409, rule: 'VS-8.3' });
    await ok(`/cases/${caseId}/panel/designation`, { panelistId: members['Vic Counsel'] });
    expect(await detail(caseId)).toMatchObject({ stage: 'hearing-officer-appointed', panelist: { panelistId: members['Vic Counsel'] } });
    const designated = (await api.eventStore.readStream(`case-${caseId}`)).find((event) => event.type === 'DecisionMakerDesignated')!;
    expect(designated.data).toMatchObject({ role: 'hearing officer', credentials: [{ credential: 'JD', rule: 'VS-8.3' }, { credential: 'bar-license', rule: 'VS-8.3' }] });
    expect((await api.request('GET', `/cases/${caseId}`, { as: STAFF })).status).toBe(200);
  });
});
