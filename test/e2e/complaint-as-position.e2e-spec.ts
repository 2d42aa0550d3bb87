import { type ApiHarness, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase, participatingBusiness } from '../support/journeys';
import { tracesInGetEndpoints, tracesInReadStore } from '../support/trace-search';

const COMPLAINANT_PARTY = actor('complainant', 'ada');
const RESPONDENT_PARTY = actor('respondent', 'acme-counsel');

/** The complaint as filed (BBB-2.3.1): personal data of the Complainant, sealed under their key (issue 9). */
const ALLEGATION = 'ALLEGATION-POSITION-4417 Acme kept building my marketing profile after I objected';
const OUTCOME = 'OUTCOME-POSITION-9023 delete the marketing profile';
const PLACEHOLDER = 'original complaint accepted as the Position';

describe('the original complaint as the Position through HTTP (BBB-4.4, BBB-4.3.2; issue 10)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    businessId = await participatingBusiness(api);
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const get = async (url: string, as: Actor = STAFF) => api.request('GET', url, { as, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  it("BBB-4.4 the complaint is accepted as the Position only at the Complainant's request: the Respondent's hearing request naming acceptComplaintAsPosition is refused (422), the Complainant's is not", async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    // The Respondent asks, or staff record the Respondent's request: either way the Respondent cannot make the complaint the Position.
    for (const as of [RESPONDENT_PARTY, STAFF]) {
      const refused = await post(`/cases/${caseId}/hearing-request`, { requestedBy: 'respondent', remedies: [{ kind: 'correct-personal-data' }], acceptComplaintAsPosition: true }, as);
      expect(refused.body).toMatchObject({ statusCode: 422, rule: 'BBB-4.4', field: 'acceptComplaintAsPosition' });
      expect(refused.body.message).toContain('acceptComplaintAsPosition');
    }
    expect((await api.eventStore.readStream(`case-${caseId}`)).map((event) => event.type)).not.toEqual(expect.arrayContaining(['HearingRequested']));
    expect((await get(`/cases/${caseId}`)).body).toMatchObject({ stage: 'conciliation' });

    // The Respondent's request without it stands: the Complainant is asked for a Position, and may ask that the complaint be it.
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'respondent', remedies: [{ kind: 'correct-personal-data' }] }, RESPONDENT_PARTY);
    expect((await get(`/cases/${caseId}`)).body).toMatchObject({ stage: 'hearing-position', deadlines: { 'position-1': { rule: 'BBB-4.4' } } });
    await ok(`/cases/${caseId}/hearing/position`, { receivedAt: '2026-06-01T11:00:00Z', acceptComplaintAsPosition: true }, COMPLAINANT_PARTY);
    expect((await get(`/cases/${caseId}`)).body).toMatchObject({ stage: 'hearing-rebuttal' });

    // The Complainant's own request may make it the Position at once.
    const other = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${other}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true }, COMPLAINANT_PARTY);
    expect((await get(`/cases/${other}`)).body).toMatchObject({ stage: 'hearing-rebuttal' });
  });

  it('BBB-4.3.2 the complaint accepted as the Position is what the Case Record holds as the Position (allegation and outcomes sought), for the Panelist and each Party; after an erasure it reads [erased], after disposal it is gone', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z', { allegation: ALLEGATION, outcomesSought: [OUTCOME] });
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true }, COMPLAINANT_PARTY);

    const asPanelist = (await get(`/cases/${caseId}/record?audience=panelist`)).body;
    expect(asPanelist.submissions.position).toEqual({
      party: 'complainant',
      receivedAt: expect.any(String),
      fromComplaint: true,
      complaint: { allegation: ALLEGATION, outcomesSought: [OUTCOME] },
      summary: expect.stringContaining(ALLEGATION),
      note: PLACEHOLDER,
    });
    expect(asPanelist.submissions.position.summary).toContain(OUTCOME);
    // The Parties' copies hold the same Position (BBB-4.3.2: nothing of it is Proprietary Information).
    expect((await get(`/cases/${caseId}/record?audience=respondent`, RESPONDENT_PARTY)).body.submissions.position).toEqual(asPanelist.submissions.position);
    expect((await get(`/cases/${caseId}/record?audience=complainant`, COMPLAINANT_PARTY)).body.submissions.position).toEqual(asPanelist.submissions.position);

    // Issue 9: the complaint stays the Complainant's data. Closed (withdrawn, BBB-6 (3)) and erased, it reads [erased] everywhere.
    await ok(`/cases/${caseId}/withdrawal`, {});
    const erased = await api.request('POST', '/erasure-requests', { body: { covers: { kind: 'complainant', caseId }, requestedBy: 'data-subject', receivedAt: '2026-06-01T11:00:00Z', legalBasis: 'art-17-1-b' }, as: STAFF });
    expect(erased.body).toMatchObject({ status: 'completed' });
    const afterErasure = (await get(`/cases/${caseId}/record?audience=panelist`)).body.submissions.position;
    expect(afterErasure).toMatchObject({ fromComplaint: true, complaint: { allegation: '[erased]', outcomesSought: ['[erased]'] }, summary: '[erased]' });
    expect(await tracesInReadStore(api, [ALLEGATION, OUTCOME])).toEqual([]);
    const { traces, called } = await tracesInGetEndpoints(api, { caseId }, [ALLEGATION, OUTCOME]);
    expect(traces).toEqual([]);
    expect(called).toEqual(expect.arrayContaining([`/cases/${caseId}/record?audience=panelist 200`]));

    // BBB-8.3: disposed of, the record holds no submissions at all.
    await ok(`/cases/${caseId}/file-disposal`, {});
    const disposed = (await get(`/cases/${caseId}/record?audience=panelist`)).body;
    expect(disposed).toMatchObject({ submissions: {}, disposed: { rule: 'BBB-8.3' } });
  });
});
