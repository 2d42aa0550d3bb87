import { type ApiHarness, STAFF, actor, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, docketBbbCase, enrolPanelist } from '../support/journeys';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';

const ADMIN = actor('administrator', 'admin-1');

interface Offered {
  readonly command: string;
  readonly by: string;
  readonly rule: string;
  readonly href: string;
  readonly about?: Record<string, string>;
}

/**
 * The case detail's `nextActions[].by` names who takes each action (issue 10: a client found `party`, which no account
 * holds, and `CureReferral` by the Respondent, who then got 403). Each action offered along these journeys is probed as
 * the role it names: its request, sent with a malformed If-Match and an unknown field (a Party naming itself where
 * the route asks which Party acts, a Panelist its Board id), must get past the access policy (400, nothing recorded), never 401 or 403.
 */
describe('next actions are offered to roles that can take them through the API (ACCESS-POLICY)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => ({ api, businessId } = await startBbbApi()));
  afterAll(() => stopApi(api));
  const { ok, advance, detail } = caseRequests(() => api);

  /** Each offered action, requested as its `by` (a Panelist as the one appointed): past the access policy, refused as malformed. */
  async function probe(caseId: string, panelist?: Actor): Promise<Offered[]> {
    const offered = (await detail(caseId)).nextActions as Offered[];
    const takers: Record<string, Actor | undefined> = { administrator: ADMIN, complainant: actor('complainant', 'ada'), respondent: actor('respondent', 'acme'), panelist };
    for (const action of offered) {
      const as = takers[action.by];
      expect({ command: action.command, by: action.by, known: as !== undefined }).toEqual({ command: action.command, by: action.by, known: true });
      // A Party names itself where the route asks which Party acts, a Panelist its Board id (the policy's own-side and own-id fields).
      const self = action.by === 'complainant' || action.by === 'respondent' ? { party: action.by, raisedBy: action.by, requestedBy: action.by } : action.by === 'panelist' ? { panelistId: panelist?.id } : {};
      const response = await api.request('POST', action.href, { body: { notAField: 'probe', ...self }, headers: { 'if-match': 'not-a-revision' }, as });
      expect({ command: action.command, by: action.by, status: response.status }).toEqual({ command: action.command, by: action.by, status: 400 });
    }
    return offered;
  }
  const takerOf = (offered: Offered[], command: string) => offered.filter((action) => action.command === command).map((action) => action.by);

  it('BBB-2.4b, BBB-2.5, BBB-8.1, BBB-4.1, BBB-3.3, BBB-3.4: from filing through conciliation, each offered action is open to its `by`; none names "party"', async () => {
    const { body: filed } = await api.request('POST', '/cases', {
      body: { rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form', complainant: { name: 'Ada', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' }, respondent: { name: 'Acme' }, allegation: 'x', outcomesSought: ['suppress'] },
      as: STAFF,
    });
    await probe(filed.caseId);
    await ok(`/cases/${filed.caseId}/information-requests`, { requested: 'the emails', channel: 'email' });
    // BBB-2.4b: the CBBB records what the Complainant sends; the Complainant has no route to it.
    expect(takerOf(await probe(filed.caseId), 'ReceiveRequestedInformation')).toEqual(['administrator']);

    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    const docketed = await probe(caseId);
    expect(docketed.map((action) => action.by)).not.toContain('party');
    expect(takerOf(docketed, 'AcknowledgeWaiver')).toEqual(['administrator', 'administrator']);
    expect(takerOf(docketed, 'DesignateRepresentative')).toEqual(['administrator']);
    expect(takerOf(docketed, 'ReachSettlement')).toEqual(['administrator']);
    expect(takerOf(docketed, 'RequestHearing').sort()).toEqual(['complainant', 'respondent']);
    expect(takerOf(docketed, 'AgreeToTeleconference').sort()).toEqual(['complainant', 'respondent']);
  });

  it('BBB-8.8, BBB-8.4: the referral cure is offered to the CBBB, which records it; the Respondent itself is refused (403)', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/refusal`, { reason: 'breach-of-confidentiality', party: 'respondent', details: 'published the Rebuttal', considerReferral: true }, ADMIN);
    await probe(caseId);
    await ok(`/cases/${caseId}/referral/decision-to-refer`, { agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'breach of confidentiality', summary: 'published the Rebuttal', reason: 'breach of confidentiality' });
    await probe(caseId);
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-06-01T12:00:00Z' });
    const offered = await probe(caseId);
    expect(offered.find((action) => action.command === 'CureReferral')).toMatchObject({ by: 'administrator', rule: 'BBB-8.8' });
    const cure = { receivedAt: '2026-06-01T12:00:00Z', actionTaken: 'took the Rebuttal down' };
    expect((await api.request('POST', `/cases/${caseId}/referral/cure`, { body: cure, as: actor('respondent', 'acme') })).status).toBe(403);
    await ok(`/cases/${caseId}/referral/cure`, cure, ADMIN);
  });

  it('BBB-4.4, BBB-4.5, BBB-4.5.1, BBB-4.2.1: through the hearing to the Panelist\'s requests, each offered action is open to its `by`', async () => {
    const panelist = await enrolPanelist(api);
    const caseId = await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T12:00:00Z');
    await probe(caseId);
    await ok(`/cases/${caseId}/panel/appointment`, {});
    const appointed = await probe(caseId, panelist);
    expect(takerOf(appointed, 'RaisePanelistObjection').sort()).toEqual(['complainant', 'respondent']);
    await ok(`/cases/${caseId}/panelist/information-requests`, { parties: ['complainant', 'respondent'], question: 'When did the emails stop?' }, panelist);
    const asked = await probe(caseId, panelist);
    // BBB-4.5.1: the CBBB records each Party's answer (staff's route), whichever Party sent it.
    expect(takerOf(asked, 'SubmitPanelistInformationAnswer')).toEqual(['administrator', 'administrator']);
  });
});
