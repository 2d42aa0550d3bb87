import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { calendar } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';
import { afterVs, runVs, stateOfVs } from '../verasafe-history.testing';
import { designate, hearingOfficerAppointed, OFFICERS, officer } from '../hearing/verasafe-hearing.testing';

// VeraSafe's Hearing Decision (VS-8.4(b), (c)) and its appeal (VS-9): the hearing-decision part and the outcomes,
// exchange and appointment parts, composed by rulebooks/verasafe-decision.ts and verasafe-outcomes.ts.

const ANALYSED = '2026-08-03T15:00:00.000Z';
const DECIDED = '2026-08-10T15:00:00.000Z';
const analysis: CaseCommand = {
  kind: 'FurnishInvestigativeAnalysis', caseId: 'case-1', issuedAt: ANALYSED,
  facts: [{ fact: 'Profiling continued after the objection', finding: 'valid', analysis: 'the server logs show it' }],
};
const withAnalysis = () => runVs(hearingOfficerAppointed(), analysis);

type Decision = Extract<CaseCommand, { kind: 'IssueHearingDecision' }>;
const decision = (extra: Partial<Decision> = {}): CaseCommand => ({
  kind: 'IssueHearingDecision', caseId: 'case-1', officerId: 'officer-1', substantiated: true, violatesFramework: true,
  findings: 'Profiling continued after the objection, contrary to the Choice Principle',
  reparationOrder: [{ kind: 'delete-personal-data', terms: 'delete the profile within 30 days' }, { kind: 'compensate-losses', terms: 'pay EUR 40 for the new account' }],
  calendar, issuedAt: DECIDED, ...extra,
});
const noAction = (extra: Partial<Decision> = {}): CaseCommand => decision({ substantiated: false, violatesFramework: false, findings: 'The logs do not show profiling after the objection', reparationOrder: undefined, ...extra });
const closedNoAction = () => runVs(withAnalysis(), noAction());

const APPEALED = '2026-08-14T15:00:00.000Z';
const appeal = (extra: Partial<Extract<CaseCommand, { kind: 'AppealClosure' }>> = {}): CaseCommand => ({
  kind: 'AppealClosure', caseId: 'case-1', party: 'complainant', grounds: 'The officer never received my rebuttal exhibits, which show the profiling',
  evidence: 'the transmission receipt of the exhibits', receivedAt: APPEALED, issuedAt: APPEALED, ...extra,
});
const ACCEPTED = '2026-08-17T15:00:00.000Z';
const accept = (decisionOf: 'granted' | 'upheld' = 'granted'): CaseCommand =>
  ({ kind: 'DecideClosureAppeal', caseId: 'case-1', decision: decisionOf, reasons: 'the receipt is Credible Evidence of a procedural error', decidedBy: 'staff-1', calendar, issuedAt: ACCEPTED });
const accepted = () => runVs(closedNoAction(), appeal(), accept());
const rebutted = () => runVs(accepted(), { kind: 'FileSubmission', caseId: 'case-1', slot: 'participant-appeal-rebuttal', filedBy: 'respondent', receivedAt: '2026-08-24T15:00:00.000Z', summary: 'the exhibits add nothing', issuedAt: '2026-08-24T15:00:00.000Z' });
const appellateOfficer = () => runVs(rebutted(), designate('officer-3', OFFICERS, '2026-08-26T15:00:00.000Z'));
const APPELLATE_DECIDED = '2026-09-07T15:00:00.000Z';
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);

describe('VeraSafe Hearing Decision (VS-8.4(c))', () => {
  it('VS-8.4b VS-8.4c the Hearing Decision follows the investigative analysis, and only the appointed hearing officer issues it', () => {
    expect(() => afterVs(hearingOfficerAppointed(), decision())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4b' }));
    expect(() => afterVs(withAnalysis(), decision({ officerId: 'officer-3' }))).toThrow(expect.objectContaining({ kind: 'conflict', field: 'panelistId' }));
    expect(nextActions(stateOfVs(withAnalysis()))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'IssueHearingDecision', by: 'panelist', rule: 'VS-8.4c', awaited: true, about: { panelistId: 'officer-1' } })]));
  });

  it('VS-8.4c VS-4.1 VS-15 substantiated and a violation: a Reparation Order of Permitted Outcomes (compensation included), both Parties notified, its performance monitored, the Decision public', () => {
    const events = afterVs(withAnalysis(), decision());
    expect(types(events)).toEqual(['HearingDecisionIssued', 'NoticeSent', 'NoticeDelivered', 'NoticeSent', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({
      data: {
        rule: 'VS-8.4c', name: 'the Hearing Decision', officerId: 'officer-1', role: 'hearing officer', standard: 'clear, convincing and satisfactory evidence',
        outcome: 'reparation-order', stage: 'reparation-performance', publicationRule: 'VS-15',
        reparationOrder: [expect.objectContaining({ kind: 'delete-personal-data', terms: 'delete the profile within 30 days' }), expect.objectContaining({ kind: 'compensate-losses' })],
      },
    });
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => event.data)).toEqual([
      expect.objectContaining({ kind: 'reparation-order', rule: 'VS-8.4c', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'reparation-order', rule: 'VS-8.4c', recipient: 'respondent' }),
    ]);
    const state = stateOfVs([...withAnalysis(), ...events]);
    expect(state.stage).toBe('reparation-performance');
    expect(nextActions(state)).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'ConfirmPerformance', rule: 'VS-12.1' })]));
  });

  it('VS-8.4c VS-4.1 a Reparation Order names one or more Permitted Outcomes, each once and with its terms; none is given without a substantiated violation', () => {
    const history = withAnalysis();
    const refused = (command: CaseCommand) => {
      try {
        afterVs(history, command);
      } catch (error) {
        return error;
      }
      throw new Error('accepted');
    };
    expect(refused(decision({ reparationOrder: [] }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-8.4c', field: 'reparationOrder' });
    expect(refused(decision({ reparationOrder: [{ kind: 'punitive-damages', terms: 'a million' }] }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-4.1', field: 'reparationOrder[0].kind' });
    expect(refused(decision({ reparationOrder: [{ kind: 'delete-personal-data', terms: 'a' }, { kind: 'delete-personal-data', terms: 'b' }] }))).toMatchObject({ rule: 'VS-4.1', field: 'reparationOrder[1].kind' });
    expect(refused(decision({ reparationOrder: [{ kind: 'delete-personal-data', terms: ' ' }] }))).toMatchObject({ rule: 'VS-4.1', field: 'reparationOrder[0].terms' });
    expect(refused(decision({ violatesFramework: false }))).toMatchObject({ kind: 'unprocessable', rule: 'VS-8.4c', field: 'reparationOrder' });
    expect(refused(decision({ findings: '  ' }))).toMatchObject({ kind: 'unprocessable', field: 'findings' });
  });

  it('VS-8.4c VS-9.1 not substantiated: "Closed – No Action Taken", both Parties notified, the Complainant\'s appeal window of ten business days from the notice', () => {
    const events = afterVs(withAnalysis(), noAction());
    expect(events[0]).toMatchObject({ type: 'HearingDecisionIssued', data: { outcome: 'no-action-taken', substantiated: false } });
    expect(events).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken' }) }),
      expect.objectContaining({ type: 'DeadlineSet', data: expect.objectContaining({ kind: 'no-action-appeal', rule: 'VS-9.1', dueOn: '2026-08-24' }) }),
    ]));
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => event.data)).toEqual([
      expect.objectContaining({ kind: 'outcome-no-action-taken', recipient: 'complainant' }), expect.objectContaining({ kind: 'outcome-no-action-taken', recipient: 'respondent' }),
    ]);
    expect(nextActions(stateOfVs([...withAnalysis(), ...events]))).toEqual([expect.objectContaining({ command: 'AppealClosure', by: 'complainant', rule: 'VS-9.1' })]);
  });
});

describe('VeraSafe appeal of "Closed – No Action Taken" (VS-9)', () => {
  it('VS-9.1 only the Complainant appeals, in ten business days, with a detailed brief of the procedural error and Credible Evidence of it', () => {
    const history = closedNoAction();
    expect(() => afterVs(history, appeal({ party: 'respondent' }))).toThrow(expect.objectContaining({ rule: 'VS-9.1', field: 'party' }));
    expect(() => afterVs(history, appeal({ grounds: ' ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-9.1', field: 'grounds' }));
    expect(() => afterVs(history, appeal({ evidence: undefined }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-9.1', field: 'evidence' }));
    expect(() => afterVs(history, appeal({ receivedAt: '2026-08-25T15:00:00.000Z', issuedAt: '2026-08-25T15:00:00.000Z' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-9.1' }));
    expect(types(afterVs(history, appeal()))).toEqual(['ClosureAppealed', 'DeadlineMet']);
  });

  it('VS-9.1 not accepted without Credible Evidence: "Closed – No Action Taken" is final', () => {
    const events = afterVs(runVs(closedNoAction(), appeal()), accept('upheld'));
    expect(events.at(-1)).toMatchObject({ type: 'ClosureBecameFinal', data: { reason: 'no-action-taken', label: 'Closed – No Action Taken', cause: 'appeal-upheld' } });
  });

  it('VS-9.1 VS-9.2 accepted: the case reopens for the Appellate Hearing, the appeal brief forwarded to the Participant, whose rebuttal is due ten business days after', () => {
    const events = afterVs(runVs(closedNoAction(), appeal()), accept());
    expect(types(events)).toEqual(['ClosureAppealDecided', 'CaseReopened', 'NoticeSent', 'NoticeDelivered', 'DeadlineSet']);
    expect(events[1]).toMatchObject({ data: { rule: 'VS-9.1', stage: 'appeal-rebuttal' } });
    expect(events[2]).toMatchObject({ data: { kind: 'appeal-brief-forwarded', rule: 'VS-9.2', recipient: 'respondent' } });
    // Monday 17 August + 10 business days: Monday 31 August.
    expect(events[4]).toMatchObject({ data: { kind: 'appeal-rebuttal', rule: 'VS-9.2', dueOn: '2026-08-31' } });
    expect(nextActions(stateOfVs(accepted()))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'FileSubmission', by: 'respondent', rule: 'VS-9.2', about: { slot: 'participant-appeal-rebuttal' } })]));
    expect(stateOfVs(rebutted()).stage).toBe('awaiting-appellate-officer');
    // No rebuttal: as at VS-8.2, the appeal goes on to the appellate officer without it.
    const silent = afterVs(accepted(), { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'appeal-rebuttal-1', issuedAt: '2026-09-01T04:00:00.000Z' });
    expect(silent.at(-1)).toMatchObject({ type: 'ExchangeEnded', data: { stage: 'awaiting-appellate-officer', reason: 'no-rebuttal' } });
  });

  it('VS-9.1 no appeal within ten business days: "Closed – No Action Taken" is final', () => {
    const history = closedNoAction();
    const lapsed = afterVs(history, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'no-action-appeal-1', issuedAt: '2026-08-25T04:00:00.000Z' });
    expect(lapsed.at(-1)).toMatchObject({ type: 'ClosureBecameFinal', data: { reason: 'no-action-taken', cause: 'appeal-window-lapsed' } });
  });

  it('VS-9.3 the appellate officer meets VS-8.3 and is not the hearing officer of the same Complaint', () => {
    const history = rebutted();
    expect(nextActions(stateOfVs(history))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'DesignateDecisionMaker', rule: 'VS-9.3' })]));
    expect(() => afterVs(history, designate('officer-1'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-9.3', field: 'panelistId' }));
    expect(() => afterVs(history, designate('officer-2'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.3' }));
    const designated = afterVs(history, designate('officer-3', OFFICERS, '2026-08-26T15:00:00.000Z'));
    expect(designated[0]).toMatchObject({ type: 'DecisionMakerDesignated', data: { panelistId: 'officer-3', role: 'appellate officer', rule: 'VS-9.3', credentials: [{ credential: 'JD', rule: 'VS-8.3' }], stage: 'appellate-officer-appointed' } });
    expect(designated[1]).toMatchObject({ type: 'NoticeSent', data: { kind: 'case-record-forwarded', rule: 'VS-9.3' } });
  });

  it('VS-9.4 the appellate officer decides on the 8.4(c) standard: a Reparation Order, monitored and performed; the hearing officer no longer decides', () => {
    const history = appellateOfficer();
    expect(() => afterVs(history, decision({ issuedAt: APPELLATE_DECIDED }))).toThrow(expect.objectContaining({ kind: 'conflict', field: 'panelistId' }));
    const ordered = afterVs(history, decision({ officerId: 'officer-3', issuedAt: APPELLATE_DECIDED }));
    expect(ordered[0]).toMatchObject({ type: 'HearingDecisionIssued', data: { rule: 'VS-9.4', name: 'the Appellate Hearing Decision', role: 'appellate officer', outcome: 'reparation-order', stage: 'reparation-performance' } });
    const performed = afterVs([...history, ...ordered], { kind: 'ConfirmPerformance', caseId: 'case-1', verified: 'the profile is gone; EUR 40 paid', verifiedBy: 'staff-1', issuedAt: '2026-10-01T15:00:00.000Z' });
    expect(performed).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ label: 'Closed by Performance of Reparation Order' }) })]));
  });

  it('VS-9.4 or "Closed – No Action Taken" again, under VS-9.4, with no further appeal', () => {
    const history = appellateOfficer();
    const closed = afterVs(history, noAction({ officerId: 'officer-3', issuedAt: APPELLATE_DECIDED }));
    expect(closed).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'no-action-taken', rule: 'VS-9.4', label: 'Closed – No Action Taken' }) })]));
    expect(types(closed)).not.toContain('DeadlineSet');
    expect(() => afterVs([...history, ...closed], appeal({ receivedAt: '2026-09-08T15:00:00.000Z', issuedAt: '2026-09-08T15:00:00.000Z' }))).toThrow(expect.objectContaining({ kind: 'conflict' }));
    expect(nextActions(stateOfVs([...history, ...closed]))).toEqual([]);
  });

  it('VS-9.3 an officer of another hearing on the same case: the hearing officer kept off the appellate designation even when the pool lists them first', () => {
    const pool = [officer('officer-1', ['CIPM']), officer('officer-4', ['bar-license'])];
    const designated = afterVs(rebutted(), designate('officer-4', pool, '2026-08-26T15:00:00.000Z'));
    expect(designated[0]).toMatchObject({ data: { panelistId: 'officer-4', credentials: [{ credential: 'bar-license', rule: 'VS-8.3' }] } });
  });
});
