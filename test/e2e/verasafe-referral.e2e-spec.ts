import { actor, type ApiHarness, removeDataDir } from '../support/api-harness';
import { type Action, startVeraSafeApi, verasafeRequests } from '../support/verasafe-scene';

/**
 * VeraSafe's referral (VS-13) and withdrawal (VS-10.1) through HTTP with real tokens and the controllable clock: staff
 * record the Participant's refusal to comply with the Procedure (VS-13.1 (1)) and decide to refer; the notice is
 * delivered on transmission (VS-3.3), so the cure period of at least 10 business days (VS-13.2) runs from sending.
 */
const REFER = {
  agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'refusal to take part in the Procedure',
  summary: 'Acme Analytics Inc. refused to comply with the Procedure', reason: 'the Participant refuses to comply with the Procedure',
};
const REFUSAL = { reason: 'refuses-to-comply-with-procedure', party: 'respondent', details: 'Acme wrote that it will not take part in the Procedure' };

interface Notice { kind: string; rule: string; recipient: string; sentAt: string; deliveredAt?: string }

describe('VeraSafe referral to a regulatory agency and withdrawal through HTTP (VS-13, VS-10.1)', () => {
  let api: ApiHarness;
  let businessId: string;

  const { post, ok, detail: read, advance, filedCase, docketedCase } = verasafeRequests(() => api, () => businessId);

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    ({ api, businessId } = await startVeraSafeApi());
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const noticesOf = async (caseId: string, kind: string): Promise<Notice[]> => Object.values((await read(caseId)).notices as Record<string, Notice>).filter((notice) => notice.kind === kind);

  /** Docketed, the Participant's refusal to comply recorded (VS-13.1 (1)): the referral question is staff's. */
  async function refusedCase(receivedAt: string): Promise<{ caseId: string; docketedStage: string }> {
    const caseId = await docketedCase(receivedAt);
    const docketed = await read(caseId);
    expect(docketed).toMatchObject({ status: 'open', rulebook: { id: 'verasafe-2016' } });
    expect(docketed.nextActions).toContainEqual(expect.objectContaining({ command: 'RefuseToProceed', by: 'administrator', rule: 'VS-13.1', about: { reason: REFUSAL.reason, party: 'respondent' } }));
    // A Party does not record it, and it is the Participant's refusal only; VeraSafe knows no BBB-6 refusal.
    expect(await post(`/cases/${caseId}/refusal`, REFUSAL, actor('complainant', 'ada', { caseId }))).toMatchObject({ status: 403 });
    expect(await post(`/cases/${caseId}/refusal`, { ...REFUSAL, party: 'complainant' })).toMatchObject({ status: 422, body: { rule: 'VS-13.1', field: 'party' } });
    expect(await post(`/cases/${caseId}/refusal`, { ...REFUSAL, reason: 'party-conduct' })).toMatchObject({ status: 422, body: { rule: 'VS-13.1', field: 'reason' } });

    await ok(`/cases/${caseId}/refusal`, REFUSAL);
    const refused = await read(caseId);
    expect(refused).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect(refused.nextActions.map((action: Action) => action.command)).toEqual(expect.arrayContaining(['DecideToRefer', 'DecideNotToRefer']));
    return { caseId, docketedStage: docketed.stage };
  }

  it('VS-13.1 VS-13.2 VS-13.3 VS-13.4 the Participant refuses to comply; referred after 10 business days from transmission without a cure: "Closed by Referral to Regulatory Agency", both Parties notified', async () => {
    const { caseId } = await refusedCase('2026-06-01T09:00:00Z');

    // Wednesday 10 June. Fewer than 10 business days is refused, naming VS-13.2.
    await advance('2026-06-10T15:00:00Z');
    expect(await post(`/cases/${caseId}/referral/decision-to-refer`, { ...REFER, cureBusinessDays: 9 })).toMatchObject({ status: 422, body: { rule: 'VS-13.2', field: 'cureBusinessDays' } });
    await ok(`/cases/${caseId}/referral/decision-to-refer`, REFER);
    // Delivered on transmission (VS-3.3): the cure period runs at once; 10 business days, skipping Juneteenth (19 June): Thursday 25 June.
    const noticed = await read(caseId);
    expect(noticed).toMatchObject({ stage: 'referral-cure', deadlines: { 'referral-cure-1': { kind: 'referral-cure', rule: 'VS-13.2', dueOn: '2026-06-25' } } });
    expect(await noticesOf(caseId, 'referral-notice')).toEqual([expect.objectContaining({ rule: 'VS-13.2', recipient: 'respondent', sentAt: '2026-06-10T15:00:00.000Z', deliveredAt: '2026-06-10T15:00:00.000Z' })]);
    expect(noticed.nextActions.map((action: Action) => action.command)).not.toContain('RecordReferralNoticeDelivery');

    await advance('2026-06-25T15:00:00Z');
    expect((await read(caseId)).status).toBe('open');
    await advance('2026-06-26T15:00:00Z');
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency' }, deadlines: {} });
    const closing = await noticesOf(caseId, 'outcome-referred');
    expect(closing.map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
    expect(closing.every((notice) => notice.rule === 'VS-13.4' && notice.deliveredAt === notice.sentAt)).toBe(true);

    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.find((event) => event.type === 'ReferralMade')!.data).toMatchObject({ rule: 'VS-13.1', reportRule: 'VS-13.3', agency: { name: 'Federal Trade Commission' }, respondent: { name: 'Acme Analytics Inc.', businessId }, summary: REFER.summary });
  });

  it('VS-13.2 a cure within the period: the case resumes where the refusal was recorded', async () => {
    await advance('2026-07-06T13:00:00Z');
    const { caseId, docketedStage } = await refusedCase('2026-07-06T09:00:00Z');
    await ok(`/cases/${caseId}/referral/decision-to-refer`, { ...REFER, cureBusinessDays: 12 });
    // More than the minimum may be given: 12 business days from Monday 6 July, Wednesday 22 July.
    expect((await read(caseId)).deadlines['referral-cure-1']).toMatchObject({ rule: 'VS-13.2', dueOn: '2026-07-22' });

    await advance('2026-07-09T15:00:00Z');
    await ok(`/cases/${caseId}/referral/cure`, { receivedAt: '2026-07-09T14:00:00Z', actionTaken: 'Acme agreed to take part and will file its Response to Complaint' });
    const cured = await read(caseId);
    expect(cured).toMatchObject({ status: 'open', stage: docketedStage, referral: { status: 'cured' } });
    expect(cured.deadlines['referral-cure-1']).toBeUndefined();
    expect(cured.nextActions).toContainEqual(expect.objectContaining({ command: 'RefuseToProceed', rule: 'VS-13.1' }));
  });

  it('VS-13.1 "may refer": deciding not to refer closes nothing; the case returns where the refusal was recorded', async () => {
    await advance('2026-08-03T13:00:00Z');
    const { caseId, docketedStage } = await refusedCase('2026-08-03T09:00:00Z');
    await ok(`/cases/${caseId}/referral/decision-not-to-refer`, { reason: 'Acme agreed to answer after a call' });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: docketedStage, referral: { status: 'not-referred' } });
  });

  it.each([
    ['during eligibility review', 'eligibility-review'],
    ['while the referral cure period runs', 'referral-cure'],
  ])('VS-10.1 the Complainant withdraws %s: "Closed – Withdrawn", both Parties notified', async (_, stage) => {
    await advance('2026-09-01T13:00:00Z');
    let caseId: string;
    if (stage === 'eligibility-review') {
      caseId = await filedCase('2026-09-01T09:00:00Z');
    } else {
      caseId = (await refusedCase('2026-09-01T09:00:00Z')).caseId;
      await ok(`/cases/${caseId}/referral/decision-to-refer`, REFER);
    }
    expect((await read(caseId)).stage).toBe(stage);
    // Only the Complainant (or staff) withdraws; the Participant may not.
    expect(await post(`/cases/${caseId}/withdrawal`, { reason: 'resolved' }, actor('respondent', 'acme', { caseId }))).toMatchObject({ status: 403 });
    await ok(`/cases/${caseId}/withdrawal`, { reason: 'resolved with Acme' }, actor('complainant', 'ada', { caseId }));
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'withdrawn', rule: 'VS-10.1', label: 'Closed – Withdrawn' }, deadlines: {} });
    const notices = await noticesOf(caseId, 'outcome-withdrawn');
    expect(notices.map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
    expect(notices.every((notice) => notice.rule === 'VS-10.1' && notice.deliveredAt === notice.sentAt)).toBe(true);
  });
});
