import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const RESPONDENT = actor('respondent', 'acme-counsel');

describe("the Panelist's proceedings through HTTP (BBB-4.5.1, BBB-4.5.2, BBB-4.5.3)", () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };
  const stream = (caseId: string) => api.eventStore.readStream(`case-${caseId}`);

  /** As in panel.e2e-spec.ts: docketed, the written phase of the hearing done, one Panelist enrolled and appointed. */
  async function panelistAppointed(): Promise<{ caseId: string; PANELIST: Actor }> {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-01T12:00:00Z' });
    await advance('2026-06-10T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-06-10T13:00:00Z', summary: 'the Rebuttal' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: '2026-06-10T14:00:00Z' });
    await advance('2026-06-12T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/reply`, { receivedAt: '2026-06-12T13:00:00Z', summary: 'my reply' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'reply', deliveredAt: '2026-06-12T14:00:00Z' });
    await advance('2026-06-16T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/response`, { receivedAt: '2026-06-16T13:00:00Z', summary: 'our response' });
    const enrolled = await post('/panelists', { name: 'Grace Expert', email: 'grace@example.com', employer: 'Grace Expert Privacy LLP', qualifications: ['CIPP'], confidentialityAgreementSignedOn: '2026-01-15' }, ADMIN);
    expect(enrolled.status).toBe(201);
    await api.request('GET', `/panelists/${enrolled.body.panelistId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
    await ok(`/cases/${caseId}/panel/appointment`, {});
    const state = await read(caseId);
    expect(state).toMatchObject({ stage: 'panelist-appointed' });
    return { caseId, PANELIST: actor('panelist', state.panelist.panelistId) };
  }

  it('BBB-4.5.1 no answer: a default notice, still none: the Panelist proceeds; BBB-4.5.2 notice too short is 422; BBB-4.5.3 an absence leads to a reschedule', async () => {
    const { caseId, PANELIST } = await panelistAppointed();

    // BBB-4.5.1: only the Panelist asks; the answer is due 10 business days after receipt of the request.
    expect((await post(`/cases/${caseId}/panelist/information-requests`, { parties: ['respondent'], question: 'Which vendors?' })).status).toBe(403);
    const requested = await ok(`/cases/${caseId}/panelist/information-requests`, { parties: ['respondent'], question: 'Which vendors received the data?' }, PANELIST);
    expect(requested.body).toMatchObject({ requestIds: ['panelist-request-1'] });
    await ok(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-1', document: 'request', deliveredAt: '2026-06-16T14:00:00Z' });
    // From Tuesday 16 June, skipping Juneteenth (Friday 19 June): Wednesday 1 July.
    expect((await read(caseId)).deadlines).toMatchObject({ 'panelist-information-answer-1': { kind: 'panelist-information-answer', rule: 'BBB-4.5.1', dueOn: '2026-07-01' } });

    await advance('2026-07-02T14:00:00Z');
    const defaultNotice = (await stream(caseId)).filter((event) => event.type === 'NoticeSent').at(-1)!;
    expect(defaultNotice.data).toMatchObject({ kind: 'panelist-information-default-notice', rule: 'BBB-4.5.1', recipient: 'respondent' });
    await ok(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-1', document: 'default-notice', deliveredAt: '2026-07-02T14:00:00Z' });
    // From Thursday 2 July, skipping Independence Day observed (Friday 3 July): Friday 17 July.
    expect((await read(caseId)).deadlines).toMatchObject({ 'panelist-information-after-default-1': { rule: 'BBB-4.5.1', dueOn: '2026-07-17' } });

    await advance('2026-07-20T14:00:00Z');
    const events = await stream(caseId);
    expect(events.slice(-2).map((event) => event.type)).toEqual(['DeadlineLapsed', 'PanelistProceedsWithoutAnswer']);
    expect(events.at(-1)!.data).toMatchObject({ requestId: 'panelist-request-1', party: 'respondent', rule: 'BBB-4.5.1', silenceWeighed: true });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'panelist-appointed' });
    expect((await post(`/cases/${caseId}/panelist/answers`, { requestId: 'panelist-request-1', receivedAt: '2026-07-20T13:00:00Z', summary: 'late' })).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.5.4' });

    // BBB-4.5.2: notice on Monday 20 July; Friday 7 August is only 14 business days ahead, Monday 10 August is 15.
    expect((await post(`/cases/${caseId}/panelist/oral-hearings`, { hearingAt: '2026-08-07T14:00:00Z', means: 'teleconference' }, PANELIST)).body).toMatchObject({ statusCode: 422, rule: 'BBB-4.5.2', field: 'hearingAt' });
    expect((await ok(`/cases/${caseId}/panelist/oral-hearings`, { hearingAt: '2026-08-10T14:00:00Z', means: 'teleconference', cbbbObserving: true }, PANELIST)).body).toMatchObject({ hearingId: 'oral-hearing-1' });
    const notices = (await stream(caseId)).filter((event) => event.type === 'NoticeSent').slice(-2).map((event) => event.data);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'oral-hearing-notice', recipient: 'complainant', rule: 'BBB-4.5.2' }),
      expect.objectContaining({ kind: 'oral-hearing-notice', recipient: 'respondent', rule: 'BBB-4.5.2' }),
    ]);

    // BBB-4.5.3: the Respondent does not appear; the Panelist asks the CBBB, then reschedules with new notice.
    await advance('2026-08-10T15:00:00Z');
    await ok(`/cases/${caseId}/panelist/oral-hearing-absences`, { hearingId: 'oral-hearing-1', absentParty: 'respondent' }, PANELIST);
    expect((await post(`/cases/${caseId}/panelist/oral-hearing-absence-resolutions`, { hearingId: 'oral-hearing-1', outcome: 'reschedule', hearingAt: '2026-08-31T14:00:00Z' }, PANELIST)).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.5.3' });
    await ok(`/cases/${caseId}/panelist/oral-hearing-absence-reasons`, { hearingId: 'oral-hearing-1', knownReason: 'counsel was in another hearing' });
    expect((await post(`/cases/${caseId}/panelist/oral-hearing-absence-resolutions`, { hearingId: 'oral-hearing-1', outcome: 'reschedule', hearingAt: '2026-08-28T14:00:00Z' }, PANELIST)).body).toMatchObject({ statusCode: 422, rule: 'BBB-4.5.2' });
    await ok(`/cases/${caseId}/panelist/oral-hearing-absence-resolutions`, { hearingId: 'oral-hearing-1', outcome: 'reschedule', hearingAt: '2026-08-31T14:00:00Z' }, PANELIST);
    const last = await stream(caseId);
    expect(last.slice(-3).map((event) => event.type)).toEqual(['OralHearingScheduled', 'NoticeSent', 'NoticeSent']);
    expect(last.at(-3)!.data).toMatchObject({ hearingId: 'oral-hearing-2', reschedules: 'oral-hearing-1', rule: 'BBB-4.5.3' });
  });
});
