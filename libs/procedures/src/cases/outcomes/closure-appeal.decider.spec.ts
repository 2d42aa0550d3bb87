import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { bbbEuSafeHarbor } from '../../rulebooks/bbb-eu-safe-harbor';
import { currentRulebook } from '../../rulebooks/registry';
import { periodEndedAt } from '../../deadlines/period-end';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { calendar, docketedBbb, run, stateOf } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';

const FILED_AT = '2026-06-01T10:00:00.000Z';
const CLOSED_AT = '2026-06-03T15:00:00.000Z';
const VS = currentRulebook('verasafe-2016')!;

const filedVs = run([], {
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: FILED_AT,
});
const determine: CaseCommand = { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'eligible-complainant', reason: 'under thirteen', calendar, issuedAt: CLOSED_AT };
/** VS-5.5: found ineligible and closed "Ineligible"; the appeal window runs. */
const ineligible = run(filedVs, { kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: 'eligible-complainant', met: false, note: 'twelve', issuedAt: CLOSED_AT }, determine);
const windowOf = (events: CaseEvent[]) => Object.values(stateOf(events).deadlines).find((deadline) => deadline.kind === 'closure-appeal')!;

const appeal = (extra: Partial<Extract<CaseCommand, { kind: 'AppealClosure' }>> = {}): CaseCommand => ({
  kind: 'AppealClosure', caseId: 'case-1', party: 'complainant', grounds: 'I was fourteen at filing', evidence: 'a copy of my passport', receivedAt: '2026-06-10T12:00:00.000Z', issuedAt: '2026-06-10T12:00:00.000Z', ...extra,
});
const decide = (decision: 'upheld' | 'granted'): CaseCommand => ({ kind: 'DecideClosureAppeal', caseId: 'case-1', decision, reasons: 'the passport shows fourteen', decidedBy: 'staff-1', issuedAt: '2026-06-12T12:00:00.000Z' });
const refusal = (command: CaseCommand, history = ineligible) => {
  try {
    given(caseDecider, history).when(command);
  } catch (error) {
    return error;
  }
  throw new Error(`${command.kind} was not refused`);
};

describe('outcomes: appealable closures (VS-5.5)', () => {
  it('VS-5.5 an Ineligibility Determination closes as "Ineligible" and keeps the ten-business-day appeal window running', () => {
    expect(ineligible.slice(-2)).toEqual([
      { type: 'CaseClosed', data: { caseId: 'case-1', reason: 'ineligible', rule: 'VS-5.5', label: 'Ineligible', closedAt: CLOSED_AT } },
      expect.objectContaining({ type: 'DeadlineSet', data: expect.objectContaining({ kind: 'closure-appeal', rule: 'VS-5.5', count: 10, unit: 'business-days', basis: { event: 'CaseClosed', at: CLOSED_AT }, dueOn: '2026-06-17' }) }),
    ]);
    expect(stateOf(ineligible)).toMatchObject({ status: 'closed', closure: { reason: 'ineligible', rule: 'VS-5.5', label: 'Ineligible' } });
    expect(nextActions(stateOf(ineligible))).toEqual([expect.objectContaining({ command: 'AppealClosure', by: 'complainant', rule: 'VS-5.5', awaited: false, deadlineId: windowOf(ineligible).deadlineId })]);
  });

  it('VS-5.5 an appeal in time by the Complainant with the material error and its Credible Evidence is recorded and meets the window; staff then decide it', () => {
    const events = given(caseDecider, ineligible).when(appeal());
    expect(events).toEqual([
      { type: 'ClosureAppealed', data: { caseId: 'case-1', rule: 'VS-5.5', reason: 'ineligible', party: 'complainant', grounds: 'I was fourteen at filing', evidence: 'a copy of my passport', receivedAt: '2026-06-10T12:00:00.000Z' } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: windowOf(ineligible).deadlineId, metAt: '2026-06-10T12:00:00.000Z' } },
    ]);
    const appealed = [...ineligible, ...events];
    expect(stateOf(appealed).status).toBe('closed');
    expect(nextActions(stateOf(appealed))).toEqual([expect.objectContaining({ command: 'DecideClosureAppeal', by: 'administrator', rule: 'VS-5.5', awaited: true })]);
    expect(refusal(appeal(), appealed)).toMatchObject({ kind: 'conflict', rule: 'VS-5.5' });
  });

  it('VS-5.5 an appeal after the window is refused, naming the rule and receivedAt', () => {
    const late = periodEndedAt(windowOf(ineligible).dueAt);
    expect(refusal(appeal({ receivedAt: late, issuedAt: late }))).toMatchObject({ kind: 'conflict', rule: 'VS-5.5', field: 'receivedAt' });
    // In the window's last millisecond it is still in time.
    expect(() => given(caseDecider, ineligible).when(appeal({ receivedAt: windowOf(ineligible).dueAt, issuedAt: late }))).not.toThrow();
  });

  it('VS-5.5 an appeal by the Respondent is refused: the outcome names the Complainant', () => {
    expect(refusal(appeal({ party: 'respondent' }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-5.5', field: 'party' });
  });

  it('VS-5.5 an appeal without the material error or without Credible Evidence is refused, naming the missing field', () => {
    expect(refusal(appeal({ grounds: ' ' }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-5.5', field: 'grounds' });
    expect(refusal(appeal({ evidence: undefined }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-5.5', field: 'evidence' });
  });

  it('VS-5.5 an appeal upheld: the closure is final, and nothing more is offered or taken', () => {
    const upheld = run(ineligible, appeal(), decide('upheld'));
    expect(upheld.slice(-2)).toEqual([
      { type: 'ClosureAppealDecided', data: { caseId: 'case-1', rule: 'VS-5.5', decision: 'upheld', reasons: 'the passport shows fourteen', decidedBy: 'staff-1', decidedAt: '2026-06-12T12:00:00.000Z' } },
      { type: 'ClosureBecameFinal', data: { caseId: 'case-1', rule: 'VS-5.5', reason: 'ineligible', label: 'Ineligible', cause: 'appeal-upheld', finalAt: '2026-06-12T12:00:00.000Z' } },
    ]);
    expect(stateOf(upheld)).toMatchObject({ status: 'closed', closure: { final: true } });
    expect(nextActions(stateOf(upheld))).toEqual([]);
    expect(refusal(decide('granted'), upheld)).toMatchObject({ kind: 'conflict', rule: 'VS-5.5' });
  });

  it('VS-5.5 an appeal granted reopens the case at the stage the rulebook names, for re-examination; its new determination is final', () => {
    const granted = run(ineligible, appeal(), decide('granted'));
    expect(granted.at(-1)).toEqual({ type: 'CaseReopened', data: { caseId: 'case-1', rule: 'VS-5.5', reason: 'ineligible', stage: VS.outcomes['ineligible']!.appeal!.reopensAt, reopenedAt: '2026-06-12T12:00:00.000Z' } });
    const reopened = stateOf(granted);
    expect(reopened).toMatchObject({ status: 'open', stage: 'eligibility-review' });
    expect(reopened.closure).toBeUndefined();
    expect(nextActions(reopened).map((action) => action.command)).toEqual(expect.arrayContaining(['AssessEligibilityCondition', 'DetermineIneligible', 'WithdrawComplaint']));
    // The re-examination's determination is final (VS-5.5(a)): no second window.
    const again = given(caseDecider, granted).when({ ...determine, issuedAt: '2026-06-15T12:00:00.000Z' } as CaseCommand);
    expect(again.at(-1)).toMatchObject({ type: 'ClosureBecameFinal', data: { reason: 'ineligible', cause: 'final-determination' } });
    expect(again.some((event) => event.type === 'DeadlineSet')).toBe(false);
  });

  it('VS-5.5 the window lapsing unused makes the closure final; an appeal then is refused', () => {
    const window = windowOf(ineligible);
    const at = periodEndedAt(window.dueAt);
    const lapsed = run(ineligible, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: window.deadlineId, issuedAt: at });
    expect(lapsed.slice(-2)).toEqual([
      { type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId: window.deadlineId, dueAt: window.dueAt, observedAt: at } },
      { type: 'ClosureBecameFinal', data: { caseId: 'case-1', rule: 'VS-5.5', reason: 'ineligible', label: 'Ineligible', cause: 'appeal-window-lapsed', finalAt: at } },
    ]);
    expect(nextActions(stateOf(lapsed))).toEqual([]);
    expect(refusal(appeal({ receivedAt: window.dueAt, issuedAt: at }), lapsed)).toMatchObject({ kind: 'conflict', rule: 'VS-5.5' });
    // An early or repeated timer does nothing.
    expect(given(caseDecider, ineligible).when({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: window.deadlineId, issuedAt: window.dueAt })).toEqual([]);
  });

  it('VS-5.5 VS-10.1 the closed case still refuses every other command while its window runs', () => {
    for (const command of [
      { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: CLOSED_AT },
      { kind: 'DocketCase', caseId: 'case-1', issuedAt: CLOSED_AT },
      { kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: 'eligible-complainant', met: true, note: 'x', issuedAt: CLOSED_AT },
    ] as CaseCommand[]) {
      expect(refusal(command)).toMatchObject({ kind: 'conflict', rule: 'VS-5.5' });
    }
    expect(refusal(decide('granted'))).toMatchObject({ kind: 'conflict', rule: 'VS-5.5' });
  });

  it('VS-5.4 VS-10.1 closures that declare no appeal open no window: "Ineligible" for want of information, "Closed – Withdrawn"', () => {
    const withdrawn = run(filedVs, { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: CLOSED_AT });
    expect(withdrawn.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'withdrawn', rule: 'VS-10.1', label: 'Closed – Withdrawn' } });
    expect(refusal(appeal(), withdrawn)).toMatchObject({ kind: 'conflict', rule: 'VS-10.1' });
    const requested = run(filedVs, { kind: 'RequestInformation', caseId: 'case-1', requested: 'age', channel: 'email', calendar, issuedAt: CLOSED_AT });
    const request = Object.values(stateOf(requested).deadlines)[0]!;
    const lapsed = run(requested, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: request.deadlineId, issuedAt: periodEndedAt(request.dueAt) });
    expect(lapsed.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'ineligible', rule: 'VS-5.4', label: 'Ineligible' } });
    expect(nextActions(stateOf(lapsed))).toEqual([]);
  });

  it('BBB-6 a BBB closure behaves as before: no window, no final event, an appeal refused as on any closed case', () => {
    const withdrawn = run(docketedBbb(), { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: CLOSED_AT });
    expect(withdrawn.at(-1)).toEqual({ type: 'CaseClosed', data: { caseId: 'case-1', reason: 'withdrawn', rule: 'BBB-6', label: 'Withdrawn by the Complainant', closedAt: CLOSED_AT } });
    expect(withdrawn.filter((event) => event.type === 'DeadlineSet' || event.type === 'ClosureBecameFinal')).toEqual([]);
    expect(refusal(appeal(), withdrawn)).toMatchObject({ kind: 'conflict', rule: 'BBB-6' });
    expect(bbbEuSafeHarbor.withdrawal.closure).toBe(bbbEuSafeHarbor.outcomes['withdrawn']);
  });

  it('VS-5.5 an appeal on an open case is refused', () => {
    expect(refusal(appeal(), filedVs)).toMatchObject({ kind: 'conflict' });
  });
});
