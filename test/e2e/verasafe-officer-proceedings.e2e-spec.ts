import type { ApiHarness } from '../support/api-harness';
import { ADMIN, actor, removeDataDir } from '../support/api-harness';
import { type Action, startVeraSafeApi, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's Data Privacy Hearing administration through HTTP (VS-8.4(a), VS-8.4(b)): the designated hearing officer's
// requests for information, with the time limit each specifies, and the Program Administrator's investigative analysis.

const DAY = 86_400_000;

describe('VeraSafe hearing officer proceedings through HTTP (VS-8.4a, VS-8.4b)', () => {
  let api: ApiHarness;
  let businessId: string;
  let officerId: string;
  const { post, ok, detail, advance, hearingOfficerDesignated } = verasafeRequests(() => api, () => businessId);
  const stream = (caseId: string) => api.eventStore.readStream(`case-${caseId}`);

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
    const enrolled = await api.request('POST', '/panelists', { body: { name: 'Vic Counsel', email: 'vic@example.com', employer: 'Vic Counsel LLP', qualifications: ['JD', 'bar-license'], confidentialityAgreementSignedOn: '2026-01-15' }, as: ADMIN });
    expect(enrolled.status).toBe(201);
    officerId = enrolled.body.panelistId;
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  /** Vic Counsel designated hearing officer (VS-7.4(iv), VS-8.1 to 8.3). */
  async function officerDesignated(): Promise<{ caseId: string; now: string }> {
    const designated = await hearingOfficerDesignated(officerId);
    expect(await detail(designated.caseId)).toMatchObject({ stage: 'hearing-officer-appointed', panelist: { panelistId: officerId } });
    return designated;
  }

  it('VS-8.4a VS-8.4b the officer asks the Participant with a time limit and the answer arrives in time; a late answer is refused (409 VS-8.4a); staff furnish the analysis, a malformed one refused (422) with nothing written', async () => {
    const { caseId, now } = await officerDesignated();
    const OFFICER = actor('hearing-officer', officerId);
    const offered = (await detail(caseId)).nextActions as Action[];
    expect(offered).toEqual(expect.arrayContaining([
      expect.objectContaining({ command: 'RequestPanelistInformation', by: 'panelist', rule: 'VS-8.4a', href: `/cases/${caseId}/panelist/information-requests` }),
      expect.objectContaining({ command: 'FurnishInvestigativeAnalysis', by: 'administrator', rule: 'VS-8.4b', awaited: true, href: `/cases/${caseId}/panelist/investigative-analysis` }),
    ]));
    expect(offered.map((action) => action.command)).not.toContain('ScheduleOralHearing');

    // VS-8.4a: only the officer asks, and says by when the answer is due.
    const question = { parties: ['respondent'], question: 'Which vendors received the profile?' };
    expect((await post(`/cases/${caseId}/panelist/information-requests`, { ...question, timeLimitBusinessDays: 5 })).status).toBe(403);
    expect((await post(`/cases/${caseId}/panelist/information-requests`, question, OFFICER)).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4a', field: 'timeLimitBusinessDays' });
    expect((await post(`/cases/${caseId}/panelist/information-requests`, { ...question, timeLimitBusinessDays: 31 }, OFFICER)).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4a', field: 'timeLimitBusinessDays' });
    const requested = await ok(`/cases/${caseId}/panelist/information-requests`, { ...question, timeLimitBusinessDays: 5 }, OFFICER);
    expect(requested.body).toMatchObject({ requestIds: ['panelist-request-1'] });
    // Delivered on transmission (VS-3.3): the answer period runs from the request's sending.
    const set = (await stream(caseId)).filter((event) => event.type === 'DeadlineSet').at(-1)!;
    expect(set.data).toMatchObject({ deadlineId: 'officer-information-answer-1', kind: 'officer-information-answer', rule: 'VS-8.4a', count: 5, unit: 'business-days', basis: { event: 'ProceedingsDocumentDelivered', at: now } });
    const asked = await detail(caseId);
    expect(asked.deadlines).toMatchObject({ 'officer-information-answer-1': { rule: 'VS-8.4a', dueOn: (set.data as { dueOn: string }).dueOn } });
    expect(asked.nextActions as Action[]).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'SubmitPanelistInformationAnswer', rule: 'VS-8.4a', awaited: true, deadlineId: 'officer-information-answer-1' })]));

    // The Participant's answer, in time: met, for the officer; not forwarded to the Complainant.
    await ok(`/cases/${caseId}/panelist/answers`, { requestId: 'panelist-request-1', receivedAt: now, summary: 'vendors A and B' });
    const answered = await stream(caseId);
    expect(answered.slice(-2).map((event) => event.type)).toEqual(['PanelistInformationAnswered', 'DeadlineMet']);
    // Met: no longer among the pending deadlines.
    expect((await detail(caseId)).deadlines).not.toHaveProperty('officer-information-answer-1');

    // Another request, to the Complainant, two business days; the clock moves past them: the answer is late.
    await ok(`/cases/${caseId}/panelist/information-requests`, { parties: ['complainant'], question: 'When did you object?', timeLimitBusinessDays: 2 }, OFFICER);
    const later = new Date(Date.parse(now) + 10 * DAY).toISOString();
    await advance(later);
    const late = await post(`/cases/${caseId}/panelist/answers`, { requestId: 'panelist-request-2', receivedAt: later, summary: 'on 3 March' });
    expect(late.body).toMatchObject({ statusCode: 409, rule: 'VS-8.4a' });
    // The lapse: the officer proceeds on the other Procedure Submissions; no default notice, the case stays open.
    const lapsed = await stream(caseId);
    expect(lapsed.find((event) => event.type === 'PanelistProceedsWithoutAnswer')?.data).toMatchObject({ requestId: 'panelist-request-2', party: 'complainant', rule: 'VS-8.4a', silenceWeighed: false });
    expect(lapsed.filter((event) => event.type === 'PanelistDefaultNoticeIssued')).toEqual([]);
    expect(await detail(caseId)).toMatchObject({ status: 'open', stage: 'hearing-officer-appointed' });

    // VS-8.4b: staff only; every fact checked (422 naming the field), nothing written when refused.
    const facts = [
      { fact: 'Acme kept profiling the Complainant after the objection', finding: 'valid', analysis: 'The processing logs show profiling runs through June' },
      { fact: 'The Complainant consented to profiling', finding: 'not-established', analysis: 'No consent record was produced' },
    ];
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts }, OFFICER)).status).toBe(403);
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts }, VS_PARTICIPANT)).status).toBe(403);
    const before = (await stream(caseId)).length;
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts: [facts[0], { ...facts[1], finding: 'probably' }] })).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4b', field: 'facts[1].finding' });
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts: [] })).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4b', field: 'facts' });
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts: [{ ...facts[0], analysis: ' ' }] })).body).toMatchObject({ statusCode: 422, rule: 'VS-8.4b', field: 'facts[0].analysis' });
    expect((await stream(caseId)).length).toBe(before);

    await ok(`/cases/${caseId}/panelist/investigative-analysis`, { facts });
    const furnished = await stream(caseId);
    const analysis = furnished.find((event) => event.type === 'InvestigativeAnalysisFurnished')!;
    expect(analysis.data).toMatchObject({ rule: 'VS-8.4b', procedureSubmission: true, facts });
    expect(furnished.filter((event) => event.type === 'NoticeSent').at(-1)!.data).toMatchObject({ kind: 'investigative-analysis-furnished', rule: 'VS-8.4b', recipient: 'panelist' });
    expect(((await detail(caseId)).nextActions as Action[]).map((action) => action.command)).not.toContain('FurnishInvestigativeAnalysis');
    expect((await post(`/cases/${caseId}/panelist/investigative-analysis`, { facts })).body).toMatchObject({ statusCode: 409, rule: 'VS-8.4b' });
  });
});
