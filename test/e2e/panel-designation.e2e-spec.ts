import { currentRulebook } from '@pdr/procedures';
// Tests only, and not in the library's public API: registers a version for a while (the app runs in this process).
import { designatingRulebook } from '../../libs/procedures/src/rulebooks/designation.testing';
import { withRegisteredRulebook } from '../../libs/procedures/src/rulebooks/registry.testing';
import { ADMIN, type ApiHarness, actor, removeDataDir, STAFF, startApi } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, participatingBusiness } from '../support/journeys';

const RESPONDENT = actor('respondent', 'acme-counsel');
const NOW = '2026-06-01T12:00:00Z';

describe('designating the decision-maker through HTTP (VS-8.1, VS-8.3)', () => {
  let api: ApiHarness;
  let businessId: string;
  const members: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: NOW });
    businessId = await participatingBusiness(api);
    const enrol = async (name: string, employer: string, qualifications: string[]) => {
      const response = await api.request('POST', '/panelists', { body: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, employer, qualifications, confidentialityAgreementSignedOn: '2026-01-15' }, as: ADMIN });
      expect(response.status).toBe(201);
      members[name] = response.body.panelistId;
    };
    await enrol('Una Privacy', 'Una Privacy LLP', ['CIPT']);
    await enrol('Vic Counsel', 'Vic Counsel LLP', ['JD', 'bar-license']);
    await enrol('Wes Insider', 'Acme Analytics Inc.', ['CIPM']);
    // The Board as the read side sees it, once projected.
    expect((await api.request('GET', `/panelists/${members['Wes Insider']}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const designate = (caseId: string, body: unknown, as = STAFF) => api.request('POST', `/cases/${caseId}/panel/designation`, { body, as });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;

  it('VS-8.1 VS-8.3 the administrator designates a qualified, impartial officer; the unqualified and the conflicted are refused naming VS-8.3; a draw is refused naming VS-8.1', async () => {
    await withRegisteredRulebook(designatingRulebook(currentRulebook('bbb-eu-safe-harbor')!), async () => {
      const caseId = await bbbCaseAwaitingPanelist(api, businessId, NOW);
      expect((await read(caseId)).nextActions).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'DesignateDecisionMaker', href: `/cases/${caseId}/panel/designation` })]));

      expect((await api.request('POST', `/cases/${caseId}/panel/appointment`, { body: {} })).body).toMatchObject({ statusCode: 409, rule: 'VS-8.1' });
      expect((await designate(caseId, {})).status).toBe(400);
      expect((await designate(caseId, { panelistId: members['Vic Counsel'] }, RESPONDENT)).status).toBe(403);
      expect((await designate(caseId, { panelistId: members['Una Privacy'] })).body).toMatchObject({ statusCode: 409, rule: 'VS-8.3', field: 'panelistId', message: expect.stringContaining('holds none of') });
      expect((await designate(caseId, { panelistId: members['Wes Insider'] })).body).toMatchObject({ statusCode: 409, rule: 'VS-8.3', field: 'panelistId', message: expect.stringContaining('is the Respondent') });

      expect((await designate(caseId, { panelistId: members['Vic Counsel'] })).status).toBe(200);
      expect(await read(caseId)).toMatchObject({ stage: 'panelist-appointed', panelist: { panelistId: members['Vic Counsel'] } });
      const events = await api.eventStore.readStream(`case-${caseId}`);
      expect(events.find((event) => event.type === 'DecisionMakerDesignated')!.data).toMatchObject({
        panelistId: members['Vic Counsel'], role: 'appellate officer', designationRule: 'VS-8.1',
        credentials: [{ credential: 'JD', rule: 'VS-8.3' }, { credential: 'bar-license', rule: 'VS-8.3' }],
      });
    });
  });

  it('BBB-4.2 a rulebook that draws its Panelist refuses a designation (409)', async () => {
    const caseId = await bbbCaseAwaitingPanelist(api, businessId, NOW);
    expect((await designate(caseId, { panelistId: members['Vic Counsel'] })).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.2' });
  });
});
