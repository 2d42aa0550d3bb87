import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { pendingDeadlines } from '../../deadlines/deadline.state';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand, FileComplaint } from '../case.commands';
import { caseDeciderWith } from '../case.decider';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { calendar } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';

// VeraSafe's referral (VS-13), its triggers (VS-7.2, VS-13.1 (1)) and withdrawal (VS-10.1), on complaints filed under
// verasafe-2016. Every notice is delivered on transmission (VS-3.3): the decider runs with the receipt part and the
// case's calendar, as processCaseCommand runs it.
const VERASAFE = currentRulebook('verasafe-2016')!;
const decider = caseDeciderWith(calendar);
const run = (history: readonly CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] => commands.reduce<CaseEvent[]>((events, command) => [...events, ...given(decider, events).when(command)], [...history]);
const after = (history: readonly CaseEvent[], command: CaseCommand): CaseEvent[] => [...given(decider, [...history]).when(command)];
const stateOf = (events: readonly CaseEvent[]) => given(decider, [...events]).state as OpenCase;
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);

const FILED_AT = '2026-06-01T14:00:00.000Z';
const REVIEWED_AT = '2026-06-03T15:00:00.000Z';
/** Ada Example's complaint against Acme under VeraSafe, with every element VS-3.1 asks for. */
const complaint: FileComplaint = {
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, complainantAge: { dateOfBirth: '1990-04-02' }, respondent: { name: 'Acme' },
  allegation: 'Acme kept my profile after I objected', outcomesSought: ['delete my profile'], outcomeKinds: ['delete-personal-data'],
  facts: 'I objected in March; the profile is still used', harm: 'unwanted marketing', consentToShare: true, documentation: [], perjuryDeclaration: true,
  issuedAt: FILED_AT,
};
const participation = { businessId: 'biz-1', program: 'verasafe-2016', currentAtFiling: true, since: '2020-01-01T00:00:00.000Z' };

const filed = () => run([], complaint);
/** Filed, each VS-5 condition found met, docketed (VS-7.1): the complaint goes to the Participant. */
function docketed(): CaseEvent[] {
  return run(
    filed(),
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Analytics Inc.' }, issuedAt: REVIEWED_AT },
    ...VERASAFE.eligibility.conditions.map((condition): CaseCommand => ({
      kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: condition.id, met: true, note: 'checked', issuedAt: REVIEWED_AT,
      ...(condition.id === VERASAFE.eligibility.participationCondition ? { participation } : condition.id === 'good-faith-attempt' ? { account: 'wrote to Acme twice' } : {}),
    })),
    { kind: 'DocketCase', caseId: 'case-1', calendar, issuedAt: REVIEWED_AT },
  );
}

const REFUSED_AT = '2026-06-08T15:00:00.000Z';
const refuseToComply = (extra: Record<string, unknown> = {}): CaseCommand => ({
  kind: 'RefuseToProceed', caseId: 'case-1', reason: 'refuses-to-comply-with-procedure', party: 'respondent',
  details: 'Acme wrote that it will not take part in the Procedure', decidedBy: 'staff-1', issuedAt: REFUSED_AT, ...extra,
} as CaseCommand);
// Wednesday 10 June 2026.
const DECIDED_AT = '2026-06-10T15:00:00.000Z';
const refer = (extra: Record<string, unknown> = {}): CaseCommand => ({
  kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'refusal to take part',
  summary: 'Acme Analytics Inc. refused to comply with the Procedure', reason: 'the Participant refuses to comply with the Procedure', decidedBy: 'staff-1', issuedAt: DECIDED_AT, ...extra,
} as CaseCommand);
const notRefer = (issuedAt = DECIDED_AT): CaseCommand => ({ kind: 'DecideNotToRefer', caseId: 'case-1', reason: 'Acme agreed to answer after a call', decidedBy: 'staff-1', issuedAt });
const lapse = (events: readonly CaseEvent[], deadlineId: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: periodEndedAt(stateOf(events).deadlines[deadlineId]!.dueAt) });

describe('VeraSafe: referral to a regulatory agency (VS-13), its triggers (VS-7.2, VS-13.1) and withdrawal (VS-10.1)', () => {
  it('VS-13.1 staff record the Participant\'s refusal to comply with the Procedure: the referral question arises, nothing closes', () => {
    const history = docketed();
    const docketedStage = stateOf(history).stage;
    expect(nextActions(stateOf(history))).toContainEqual(expect.objectContaining({ command: 'RefuseToProceed', by: 'administrator', rule: 'VS-13.1', about: { reason: 'refuses-to-comply-with-procedure', party: 'respondent' } }));
    const events = after(history, refuseToComply());
    expect(types(events)).toEqual(['RefusedToProceed', 'ReferralDecisionRequired']);
    expect(events[0].data).toMatchObject({ rule: 'VS-13.1', reason: 'refuses-to-comply-with-procedure', party: 'respondent', referralConsidered: true });
    const state = stateOf([...history, ...events]);
    expect(state).toMatchObject({ status: 'open', stage: 'referral-decision', referral: { refusal: 'refuses-to-comply-with-procedure', arose: { fromStage: docketedStage } } });
    expect(nextActions(state).filter((action) => action.rule === 'VS-13.1').map((action) => action.command)).toEqual(['DecideToRefer', 'DecideNotToRefer']);
  });

  it('VS-13.1 the refusal to comply is the Participant\'s; VeraSafe knows no BBB-6 refusal to proceed; it always raises the referral question', () => {
    const history = docketed();
    expect(() => after(history, refuseToComply({ party: 'complainant' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-13.1', field: 'party' }));
    expect(() => after(history, refuseToComply({ reason: 'party-conduct' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-13.1', field: 'reason' }));
    expect(() => after(history, refuseToComply({ considerReferral: false }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-13.1', field: 'considerReferral' }));
    expect(nextActions(stateOf(history)).filter((action) => action.command === 'RefuseToProceed')).toHaveLength(1);
  });

  it('VS-13.2 deciding to refer notifies the Participant; the cure period of at least 10 business days runs from transmission (VS-3.3)', () => {
    const history = run(docketed(), refuseToComply());
    expect(() => after(history, refer({ cureBusinessDays: 9 }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-13.2', field: 'cureBusinessDays' }));
    const events = after(history, refer());
    expect(types(events)).toEqual(['ReferralDecided', 'ReferralNoticeIssued', 'NoticeSent', 'ReferralNoticeDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[0].data).toMatchObject({ rule: 'VS-13.1', cureBusinessDays: 10 });
    expect(events[2].data).toMatchObject({ kind: 'referral-notice', rule: 'VS-13.2', recipient: 'respondent', sentAt: DECIDED_AT });
    // Sent on Wednesday 10 June: 10 business days, skipping Juneteenth (Friday 19 June), end on Thursday 25 June.
    expect(events[4].data).toMatchObject({ kind: 'referral-cure', rule: 'VS-13.2', count: 10, basis: { event: 'ReferralNoticeDelivered', at: DECIDED_AT }, ...calendar.addBusinessDays(DECIDED_AT, 10) });
    const state = stateOf([...history, ...events]);
    expect(state.stage).toBe('referral-cure');
    // Nothing to record: the notice was received when sent.
    expect(nextActions(state).map((action) => action.command)).not.toContain('RecordReferralNoticeDelivery');
    expect(nextActions(state)).toContainEqual(expect.objectContaining({ command: 'CureReferral', by: 'administrator', rule: 'VS-13.1', awaited: true }));
  });

  it('VS-13.2 the administrator may give more than 10 business days, counted from transmission', () => {
    const events = after(run(docketed(), refuseToComply()), refer({ cureBusinessDays: 15 }));
    expect(events.find((event) => event.type === 'DeadlineSet')!.data).toMatchObject({ count: 15, ...calendar.addBusinessDays(DECIDED_AT, 15) });
  });

  it('VS-13.3 VS-13.4 no cure in time: referred, kept for the Annual Procedure Report, "Closed by Referral to Regulatory Agency", each Party notified', () => {
    const history = run(docketed(), refuseToComply(), refer());
    const cure = Object.values(stateOf(history).deadlines).find((deadline) => deadline.kind === 'referral-cure')!;
    const events = after(history, lapse(history, cure.deadlineId));
    expect(events.find((event) => event.type === 'ReferralMade')!.data).toMatchObject({
      rule: 'VS-13.1', reportRule: 'VS-13.3', agency: { name: 'Federal Trade Commission' }, respondent: { name: 'Acme Analytics Inc.', businessId: 'biz-1' },
      summary: 'Acme Analytics Inc. refused to comply with the Procedure',
    });
    const notices = events.filter((event) => event.type === 'NoticeSent').map((event) => event.data);
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'outcome-referred', rule: 'VS-13.4', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'outcome-referred', rule: 'VS-13.4', recipient: 'respondent' }),
    ]);
    expect(events.filter((event) => event.type === 'NoticeDelivered')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { caseId: 'case-1', reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency' } });
    const closed = given(decider, [...history, ...events]).state;
    expect(closed.status).toBe('closed');
    expect(pendingDeadlines((closed as OpenCase).deadlines)).toEqual([]);
  });

  it('VS-13.2 a cure within the period: the case resumes in the stage where the refusal was recorded; a late cure is refused', () => {
    const before = docketed();
    const docketedStage = stateOf(before).stage;
    const history = run(before, refuseToComply(), refer());
    const cure = Object.values(stateOf(history).deadlines).find((deadline) => deadline.kind === 'referral-cure')!;
    const CURED_AT = '2026-06-22T15:00:00.000Z';
    const events = after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: CURED_AT, actionTaken: 'Acme filed its answer and agreed to take part', calendar, issuedAt: CURED_AT });
    expect(types(events)).toEqual(['ReferralCured', 'DeadlineMet']);
    expect(events[0].data).toMatchObject({ rule: 'VS-13.1', stage: docketedStage });
    const resumed = stateOf([...history, ...events]);
    expect(resumed).toMatchObject({ status: 'open', stage: docketedStage, referral: {} });
    // Resumed: the refusal may be raised again.
    expect(nextActions(resumed)).toContainEqual(expect.objectContaining({ command: 'RefuseToProceed', rule: 'VS-13.1' }));
    const late = periodEndedAt(cure.dueAt);
    expect(() => after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: late, actionTaken: 'too late', calendar, issuedAt: late })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-13.2', field: 'receivedAt' }));
  });

  it('VS-13.1 "may refer": deciding not to refer after a refusal to comply closes nothing; the case returns to the stage the question arose in', () => {
    const before = docketed();
    const docketedStage = stateOf(before).stage;
    const history = run(before, refuseToComply());
    expect(nextActions(stateOf(history))).toContainEqual(expect.objectContaining({ command: 'DecideNotToRefer', description: `Decide not to refer: the case returns to ${docketedStage}` }));
    const events = after(history, notRefer());
    expect(events).toEqual([{ type: 'ReferralDeclined', data: { caseId: 'case-1', rule: 'VS-13.1', reason: 'Acme agreed to answer after a call', decidedBy: 'staff-1', decidedAt: DECIDED_AT, stage: docketedStage } }]);
    expect(stateOf([...history, ...events])).toMatchObject({ status: 'open', stage: docketedStage, referral: {} });
  });

  it('VS-7.2 no timely Response to Complaint: the question arises and "shall refer": only referral is offered, declining it is refused', () => {
    const history = docketed();
    const response = pendingDeadlines(stateOf(history).deadlines).find((deadline) => deadline.rule === 'VS-7.1');
    expect(response).toBeDefined();
    const lapsed = run(history, lapse(history, response!.deadlineId));
    const state = stateOf(lapsed);
    expect(state.stage).toBe('referral-decision');
    expect(lapsed.filter((event) => event.type === 'ReferralDecisionRequired').at(-1)!.data).toMatchObject({ rule: 'VS-7.2' });
    expect(nextActions(state).filter((action) => action.command === 'DecideToRefer' || action.command === 'DecideNotToRefer').map((action) => action.command)).toEqual(['DecideToRefer']);
    expect(() => after(lapsed, notRefer())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.2' }));
    // Referred with the VS-13.2 notice and cure period, from transmission.
    const referred = after(lapsed, refer({ issuedAt: '2026-07-06T15:00:00.000Z' }));
    expect(types(referred)).toEqual(['ReferralDecided', 'ReferralNoticeIssued', 'NoticeSent', 'ReferralNoticeDelivered', 'DeadlineSet', 'NoticeDelivered']);
  });

  it.each([
    ['during eligibility review', filed],
    ['after docketing, the Participant answering', docketed],
  ])('VS-10.1 the Complainant withdraws %s: "Closed – Withdrawn", each Party notified', (_, reach) => {
    const history = reach();
    const WITHDRAWN_AT = '2026-06-09T15:00:00.000Z';
    const events = after(history, { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'resolved with Acme', issuedAt: WITHDRAWN_AT });
    expect(events[0]).toMatchObject({ type: 'ComplaintWithdrawn', data: { rule: 'VS-10.1', stage: stateOf(history).stage } });
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => event.data)).toEqual([
      expect.objectContaining({ kind: 'outcome-withdrawn', rule: 'VS-10.1', recipient: 'complainant', sentAt: WITHDRAWN_AT }),
      expect.objectContaining({ kind: 'outcome-withdrawn', rule: 'VS-10.1', recipient: 'respondent', sentAt: WITHDRAWN_AT }),
    ]);
    expect(events.filter((event) => event.type === 'NoticeDelivered')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'withdrawn', rule: 'VS-10.1', label: 'Closed – Withdrawn' } });
  });
});
