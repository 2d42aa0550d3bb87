import type { ApiHarness } from '../support/api-harness';
import { removeDataDir } from '../support/api-harness';
import { type Action, startVeraSafeApi, VS_COMPLAINANT, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's consultative mediation through HTTP (VS-7.1 to 7.3), with real tokens and the controllable clock. Every
// notice is delivered on transmission (VS-3.3), so each period "of receipt" runs from sending.

interface Notice { kind: string; recipient: string; sentAt: string; deliveredAt?: string }

describe('VeraSafe consultative mediation through HTTP (VS-7)', () => {
  let api: ApiHarness;
  let businessId: string;
  const { post, ok, detail, advance, docketedCase, scheduledTeleconference } = verasafeRequests(() => api, () => businessId);

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const respond = (caseId: string, kind = 'dispute') =>
    post(`/cases/${caseId}/submissions/response-to-complaint`, { filedBy: 'respondent', receivedAt: '2026-06-02T12:00:00Z', summary: 'We dispute the facts; logs attached', submissionKind: kind }, VS_PARTICIPANT);
  const notices = async (caseId: string, kind: string): Promise<Notice[]> => Object.values((await detail(caseId)).notices as Record<string, Notice>).filter((notice) => notice.kind === kind);

  it('VS-7.1 VS-7.3(b) docketing forwards the Complaint to the Participant, whose Response (one of three kinds) goes to the Complainant; satisfied, the case is "Closed by Default", both Parties told', async () => {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    const docketed = await detail(caseId);
    expect(docketed).toMatchObject({ stage: 'awaiting-response', deadlines: { 'response-to-complaint-1': { rule: 'VS-7.1' } } });
    expect(await notices(caseId, 'complaint-forwarded')).toEqual([expect.objectContaining({ recipient: 'respondent', deliveredAt: expect.any(String) })]);
    const offered = (docketed.nextActions as Action[]).find((action) => action.command === 'FileSubmission');
    expect(offered).toMatchObject({ by: 'respondent', rule: 'VS-7.1', href: `/cases/${caseId}/submissions/response-to-complaint` });

    // The Complainant cannot file the Participant's Response, even naming the Participant; a kind outside VS-7.1's three is refused.
    expect((await post(`/cases/${caseId}/submissions/response-to-complaint`, { filedBy: 'respondent', receivedAt: '2026-06-02T12:00:00Z', summary: 'x', submissionKind: 'dispute' }, VS_COMPLAINANT)).status).toBe(403);
    expect((await respond(caseId, 'apologise')).body).toMatchObject({ statusCode: 422, rule: 'VS-7.1', field: 'submissionKind' });
    expect((await respond(caseId)).status).toBe(200);

    const responded = await detail(caseId);
    expect(responded).toMatchObject({ stage: 'awaiting-teleconference-request', deadlines: { 'teleconference-request-1': { rule: 'VS-7.3' } } });
    expect(await notices(caseId, 'response-forwarded')).toEqual([expect.objectContaining({ recipient: 'complainant' })]);
    const waiver = (responded.nextActions as Action[]).find((action) => action.command === 'WaiveSubmission');
    expect(waiver).toMatchObject({ by: 'complainant', rule: 'VS-7.3', href: `/cases/${caseId}/submissions/teleconference-request/waiver` });

    expect((await post(waiver!.href, { waivedBy: 'complainant', reason: 'satisfied' }, VS_PARTICIPANT)).status).toBe(403);
    await ok(waiver!.href, { waivedBy: 'complainant', reason: 'satisfied with the Response' }, VS_COMPLAINANT);
    const closed = await detail(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } });
    expect((await notices(caseId, 'outcome-closed-by-default')).map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
  });

  it('VS-7.3(a) VS-7.3(c) a request for a Mediation Teleconference in time moves the case on; none in time closes it "Closed by Default"', async () => {
    const requested = await docketedCase('2026-06-01T09:00:00Z');
    const silent = await docketedCase('2026-06-01T09:00:00Z');
    for (const caseId of [requested, silent]) expect((await respond(caseId)).status).toBe(200);

    await ok(`/cases/${requested}/submissions/teleconference-request`, { filedBy: 'complainant', receivedAt: '2026-06-03T12:00:00Z', summary: 'Not satisfied: a teleconference, please' }, VS_COMPLAINANT);
    expect(await detail(requested)).toMatchObject({ status: 'open', stage: 'mediation-teleconference' });

    // Ten business days from Monday 1 June (sent then, received then): Monday 15 June; its last day ends at midnight in New York.
    expect((await detail(silent)).deadlines['teleconference-request-1']).toMatchObject({ dueOn: '2026-06-15' });
    await advance('2026-06-16T04:00:01Z');
    expect(await detail(silent)).toMatchObject({ status: 'closed', closure: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } });
  });

  it('VS-7.2 VS-13.2 VS-13.4 no Response within 20 business days: the default is noted and referred; no cure in ten business days: "Closed by Referral to Regulatory Agency"', async () => {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    // Docketed on Tuesday 16 June (the clock moved in the journey before): twenty business days, Juneteenth and
    // Independence Day (observed Friday 3 July) skipped, end on Thursday 16 July; the period ends when that day has.
    const { dueOn, dueAt } = (await detail(caseId)).deadlines['response-to-complaint-1'];
    expect(dueOn).toBe('2026-07-16');
    await advance(new Date(Date.parse(dueAt) + 1).toISOString());
    const lapsed = await detail(caseId);
    expect(lapsed).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect((await respond(caseId)).body).toMatchObject({ statusCode: 409, rule: 'VS-7.2' });
    // VeraSafe "shall refer" (VS-7.2): the referral notice, ten business days to cure from its transmission.
    await ok(`/cases/${caseId}/referral/decision-to-refer`, {
      agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'no Response to Complaint', summary: 'Acme Analytics Inc. did not respond', reason: 'no Response within 20 business days',
    });
    const cure = (await detail(caseId)).deadlines['referral-cure-1'];
    expect(cure).toMatchObject({ rule: 'VS-13.2' });
    await advance(new Date(Date.parse(cure.dueAt) + 1).toISOString());
    expect(await detail(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'referred', label: 'Closed by Referral to Regulatory Agency' } });
  });

  it('VS-7.4 a mediator appointed, the teleconference set at least 15 days ahead with both Parties noticed; a Settlement\'s terms go to both Parties; an absent Complainant closes the case "Closed by Default"', async () => {
    const settled = await docketedCase('2026-06-01T09:00:00Z');
    const absent = await docketedCase('2026-06-01T09:00:00Z');
    const now = (await notices(settled, 'complaint-forwarded'))[0]!.sentAt;
    const scheduledFor = new Date(Date.parse(now) + 16 * 86_400_000).toISOString();
    for (const caseId of [settled, absent]) {
      await ok(`/cases/${caseId}/submissions/response-to-complaint`, { filedBy: 'respondent', receivedAt: now, summary: 'we defend our practice', submissionKind: 'defend' }, VS_PARTICIPANT);
      await ok(`/cases/${caseId}/submissions/teleconference-request`, { filedBy: 'complainant', receivedAt: now, summary: 'a teleconference, please' }, VS_COMPLAINANT);
      expect(((await detail(caseId)).nextActions as Action[]).find((action) => action.command === 'AppointMediator')).toMatchObject({ by: 'administrator', rule: 'VS-7.4', awaited: true });
      // Only VeraSafe sets the teleconference; fourteen days' notice is too short.
      expect((await post(`/cases/${caseId}/mediation/mediator`, { mediatorName: 'Mira Mediator' }, VS_COMPLAINANT)).status).toBe(403);
      await ok(`/cases/${caseId}/mediation/mediator`, { mediatorName: 'Mira Mediator' });
      expect((await post(`/cases/${caseId}/mediation/teleconference`, { scheduledFor: new Date(Date.parse(now) + 14 * 86_400_000).toISOString() })).body).toMatchObject({ statusCode: 422, rule: 'VS-7.4', field: 'scheduledFor' });
      await ok(`/cases/${caseId}/mediation/teleconference`, { scheduledFor });
      expect((await notices(caseId, 'teleconference-notice')).map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
      expect((await post(`/cases/${caseId}/mediation/outcome`, { outcome: 'settlement', terms: 'too early' })).body).toMatchObject({ statusCode: 409, rule: 'VS-7.4' });
    }
    await advance(new Date(Date.parse(scheduledFor) + 3_600_000).toISOString());

    expect((await post(`/cases/${settled}/mediation/outcome`, { outcome: 'settlement' })).body).toMatchObject({ statusCode: 422, field: 'terms' });
    await ok(`/cases/${settled}/mediation/outcome`, { outcome: 'settlement', terms: 'Acme deletes the profile within 30 days' });
    expect(await detail(settled)).toMatchObject({ stage: 'settlement-terms', deadlines: { 'settlement-terms-1': { rule: 'VS-7.4' } } });
    await ok(`/cases/${settled}/mediation/settlement-terms`, {});
    expect(await detail(settled)).toMatchObject({ status: 'open', stage: 'settlement-performance' });
    expect((await notices(settled, 'settlement-terms')).map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);

    await ok(`/cases/${absent}/mediation/outcome`, { outcome: 'complainant-absent' });
    expect(await detail(absent)).toMatchObject({ status: 'closed', closure: { reason: 'closed-by-default', rule: 'VS-7.4', label: 'Closed by Default' } });
  });

  it('VS-7.4 (ii) the Participant absent: noted for the report and referred; (v) no Settlement and no hearing requested in ten business days: "Closed by Default"', async () => {
    await advance('2026-09-01T13:00:00Z');
    const absent = await docketedCase('2026-09-01T09:00:00Z');
    const silent = await docketedCase('2026-09-01T09:00:00Z');
    const held = Math.max(await scheduledTeleconference(absent), await scheduledTeleconference(silent));
    await advance(new Date(held + 3_600_000).toISOString());

    await ok(`/cases/${absent}/mediation/outcome`, { outcome: 'participant-absent' });
    const referral = await detail(absent);
    expect(referral).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect((referral.nextActions as Action[]).map((action) => [action.command, action.rule])).toEqual(expect.arrayContaining([['DecideToRefer', 'VS-13.1']]));

    await ok(`/cases/${silent}/mediation/outcome`, { outcome: 'no-settlement' });
    expect(await detail(silent)).toMatchObject({ stage: 'awaiting-hearing-request', deadlines: { 'hearing-request-1': { rule: 'VS-7.4' } } });
    // Ten business days pass without a request for the Data Privacy Hearing.
    await advance(new Date(held + 16 * 86_400_000).toISOString());
    expect(await detail(silent)).toMatchObject({ status: 'closed', closure: { reason: 'closed-by-default', rule: 'VS-7.4', label: 'Closed by Default' } });
  });
});
