import { type ApiHarness, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, enrolPanelist, participatingBusiness } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const RESPONDENT = actor('respondent', 'acme-counsel');

describe("the Panelist while a Party's objection to them is pending, through HTTP (BBB-4.2.1; issue 10)", () => {
  let api: ApiHarness;
  let businessId: string;
  /** The one Panelist on the Board, so the appointment draws them (BBB-4.2, BBB-4.5). */
  let PANELIST: Actor;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    businessId = await participatingBusiness(api);
    PANELIST = await enrolPanelist(api);
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };
  const DECISION = { findings: 'the Respondent kept the profile it had promised to delete', correctiveActionNecessary: false };

  it("BBB-4.2.1 the Panelist may not issue the Decision, ask for information or settle the oral hearing while a Party's objection to them awaits the CBBB's decision (409); the objection rejected, the Panelist decides", async () => {
    const caseId = await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T12:00:00Z');
    await ok(`/cases/${caseId}/panel/appointment`, {});
    expect(await read(caseId)).toMatchObject({ stage: 'panelist-appointed', panelist: { panelistId: PANELIST.id } });
    await ok(`/cases/${caseId}/panel/objections`, { panelistId: PANELIST.id, raisedBy: 'respondent', ground: 'relationship-with-party', details: 'advised the Complainant in 2025' }, RESPONDENT);

    const refusals = [
      await post(`/cases/${caseId}/decision`, DECISION, PANELIST),
      await post(`/cases/${caseId}/panelist/information-requests`, { parties: ['respondent'], question: 'Which vendors received the data?' }, PANELIST),
      await post(`/cases/${caseId}/panelist/oral-hearings`, { hearingAt: '2026-07-01T14:00:00Z', means: 'teleconference' }, PANELIST),
      await post(`/cases/${caseId}/panelist/no-oral-hearing`, {}, PANELIST),
    ];
    for (const refused of refusals) expect(refused.body).toMatchObject({ statusCode: 409, rule: 'BBB-4.2.1', message: expect.stringContaining('objection-1') });
    const types = (await api.eventStore.readStream(`case-${caseId}`)).map((event) => event.type);
    for (const type of ['DecisionIssued', 'PanelistInformationRequested', 'OralHearingScheduled', 'DecidedWithoutOralHearing']) expect(types).not.toContain(type);
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'panelist-appointed' });

    // The CBBB rejects the objection: the Panelist stays, and decides.
    await ok(`/cases/${caseId}/panel/objections/objection-1/decision`, { upheld: false, reason: 'no relationship is shown' }, ADMIN);
    await ok(`/cases/${caseId}/decision`, DECISION, PANELIST);
    expect(await read(caseId)).toMatchObject({ status: 'closed' });
  });
});
