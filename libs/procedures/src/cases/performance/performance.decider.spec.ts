import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { after, calendar, docketedBbb } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';
import { afterVs, docketedVeraSafe, runVs, stateOfVs } from '../verasafe-history.testing';

// VS-12: the Participant's performance of a Settlement Agreement (VS-7.4 (iii)) or a Reparation Order (VS-8.4(c)(i)),
// monitored by VeraSafe; performed: closed with its outcome, both Parties notified (VS-12.1); not performed: noted for
// the next Annual Procedure Report and referred under VS-13 (VS-12.2). Every notice is delivered on transmission (VS-3.3).

const VERASAFE = currentRulebook('verasafe-2016')!;
const HELD = '2026-07-06T15:00:00.000Z';
const TERMS_SENT = '2026-07-08T15:00:00.000Z';
const MONITORED = '2026-08-10T15:00:00.000Z';

/** A Settlement reached at the Mediation Teleconference and its terms sent to both Parties: its performance is monitored. */
const settled = (): CaseEvent[] =>
  runVs(
    docketedVeraSafe('2026-06-03T15:00:00.000Z'),
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'response-to-complaint', filedBy: 'respondent', receivedAt: '2026-06-10T15:00:00.000Z', summary: 'we defend', submissionKind: 'defend', issuedAt: '2026-06-10T15:00:00.000Z' },
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'teleconference-request', filedBy: 'complainant', receivedAt: '2026-06-15T15:00:00.000Z', summary: 'a teleconference, please', issuedAt: '2026-06-15T15:00:00.000Z' },
    { kind: 'AppointMediator', caseId: 'case-1', mediatorName: 'Mira Mediator', issuedAt: '2026-06-16T15:00:00.000Z' },
    { kind: 'ScheduleMediationTeleconference', caseId: 'case-1', scheduledFor: HELD, issuedAt: '2026-06-20T15:00:00.000Z' },
    { kind: 'RecordMediationOutcome', caseId: 'case-1', outcome: 'settlement', terms: 'Acme deletes the profile within 30 days', calendar, issuedAt: '2026-07-06T18:00:00.000Z' },
  );
const monitored = (): CaseEvent[] => runVs(settled(), { kind: 'SendSettlementTerms', caseId: 'case-1', issuedAt: TERMS_SENT });

const confirm = (verified = 'Acme confirmed deletion; the profile no longer resolves', issuedAt = MONITORED): CaseCommand => ({ kind: 'ConfirmPerformance', caseId: 'case-1', verified, verifiedBy: 'staff-1', issuedAt });
const fail = (details = 'The profile is still used for marketing 30 days on', issuedAt = MONITORED): CaseCommand => ({ kind: 'RecordNonPerformance', caseId: 'case-1', details, recordedBy: 'staff-1', issuedAt });
const refer = (issuedAt: string): CaseCommand => ({
  kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'failure to perform a Settlement',
  summary: 'Acme Analytics Inc. did not perform its Settlement Agreement', reason: 'the Settlement was not performed', decidedBy: 'staff-1', issuedAt,
});
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);
const recipients = (events: readonly CaseEvent[], kind: string) => events.flatMap((event) => (event.type === 'NoticeSent' && event.data.kind === kind ? [event.data.recipient] : []));
const offered = (events: readonly CaseEvent[]) => nextActions(stateOfVs(events));

/** The same case, its Decision having issued a Reparation Order: the hearing part leads the case to this stage. */
const reparationOrdered = (): CaseEvent[] => [
  ...docketedVeraSafe('2026-06-03T15:00:00.000Z'),
  // Stands in for the Hearing Decision that issues a Reparation Order (VS-8.4(c)(i)), which leads the case to the stage monitored.
  { type: 'ExchangeEnded', data: { caseId: 'case-1', stage: 'reparation-performance', rule: 'VS-8.4c', reason: 'reparation-order-issued', endedAt: '2026-07-20T15:00:00.000Z' } },
];

describe('VeraSafe performance of Settlements and Reparation Orders (VS-12)', () => {
  it('VS-12.1 the Settlement is monitored once its terms went to both Parties: staff confirm its performance or record the failure', () => {
    const history = monitored();
    expect(stateOfVs(history).stage).toBe('settlement-performance');
    expect(offered(history)).toEqual(expect.arrayContaining([
      expect.objectContaining({ command: 'ConfirmPerformance', by: 'administrator', rule: 'VS-12.1', awaited: true }),
      expect.objectContaining({ command: 'RecordNonPerformance', by: 'administrator', rule: 'VS-12.2', awaited: true }),
    ]));
    // Before the terms were sent nothing is monitored yet.
    expect(offered(settled()).map((action) => action.command)).not.toContain('ConfirmPerformance');
  });

  it('VS-12.1 performed to VeraSafe\'s satisfaction: "Closed by Settlement", both Parties notified', () => {
    expect(() => afterVs(monitored(), confirm(' '))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-12.1', field: 'verified' }));
    const events = afterVs(monitored(), confirm());
    expect(events[0]).toMatchObject({ type: 'PerformanceConfirmed', data: { rule: 'VS-12.1', undertaking: 'settlement', verified: 'Acme confirmed deletion; the profile no longer resolves', verifiedBy: 'staff-1', confirmedAt: MONITORED } });
    expect(recipients(events, 'outcome-closed-by-settlement')).toEqual(['complainant', 'respondent']);
    expect(events.filter((event) => event.type === 'NoticeDelivered')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-settlement', rule: 'VS-12.1', label: 'Closed by Settlement' } });
    const closed = stateOfVs([...monitored(), ...events]);
    expect(closed).toMatchObject({ status: 'closed', closure: { label: 'Closed by Settlement' } });
    expect(offered([...monitored(), ...events]).map((action) => action.command)).not.toContain('ConfirmPerformance');
  });

  it('VS-12.1 a Reparation Order performed: "Closed by Performance of Reparation Order", both Parties notified', () => {
    const history = reparationOrdered();
    expect(offered(history)).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'ConfirmPerformance', rule: 'VS-12.1', description: expect.stringContaining('the Reparation Order') })]));
    const events = afterVs(history, confirm('Acme deleted the data as ordered'));
    expect(events[0]).toMatchObject({ type: 'PerformanceConfirmed', data: { undertaking: 'reparation-order' } });
    expect(recipients(events, 'outcome-closed-by-performance-of-reparation-order')).toEqual(['complainant', 'respondent']);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-performance-of-reparation-order', rule: 'VS-12.1', label: 'Closed by Performance of Reparation Order' } });
  });

  it('VS-12.2 a Reparation Order not performed is referred the same way', () => {
    const events = afterVs(reparationOrdered(), fail('Nothing deleted'));
    expect(events[0]).toMatchObject({ type: 'NonPerformanceRecorded', data: { undertaking: 'reparation-order', rule: 'VS-12.2' } });
    expect(events.at(-1)).toMatchObject({ type: 'ReferralDecisionRequired', data: { rule: 'VS-12.2', reason: 'reparation-order-not-performed', stage: 'referral-decision' } });
  });

  it('VS-12.2 the Settlement not performed: noted for the next Annual Procedure Report and referred: only referring answers it (VS-13.1 (2))', () => {
    expect(() => afterVs(monitored(), fail(''))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-12.2', field: 'details' }));
    const events = afterVs(monitored(), fail());
    // VeraSafe's report notes noncompliance under VS-12.2 (verasafe-report.ts).
    expect(types(events)).toEqual(['NonPerformanceRecorded', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(events[1]).toMatchObject({ data: { matter: 'noncompliance', rule: 'VS-12.2', reportRule: VERASAFE.report!.noted.reportRule, notedAt: MONITORED } });
    expect(events[0]).toMatchObject({ data: { rule: 'VS-12.2', undertaking: 'settlement', details: 'The profile is still used for marketing 30 days on', recordedBy: 'staff-1' } });
    expect(events.at(-1)).toMatchObject({ type: 'ReferralDecisionRequired', data: { rule: 'VS-12.2', reason: 'settlement-not-performed', stage: 'referral-decision' } });
    const history = [...monitored(), ...events];
    expect(stateOfVs(history)).toMatchObject({ status: 'open', stage: 'referral-decision', referral: { arose: { fromStage: 'settlement-performance', rule: 'VS-12.2' } } });
    expect(offered(history).filter((action) => action.awaited).map((action) => action.command)).toEqual(['DecideToRefer']);
    expect(() => afterVs(history, { kind: 'DecideNotToRefer', caseId: 'case-1', reason: 'a second chance', decidedBy: 'staff-1', issuedAt: MONITORED })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-12.2' }));
  });

  it('VS-12.2 a version whose report does not note noncompliance notes nothing, and still refers', () => {
    const silent: Rulebook = { ...VERASAFE, version: 'unnoted-test', report: undefined };
    withRegisteredRulebook(silent, () => {
      expect(types(afterVs(monitored(), fail()))).toEqual(['NonPerformanceRecorded', 'ReferralDecisionRequired']);
    });
  });

  it('VS-12.2 VS-13.2 VS-13.4 no cure within the period: "Closed by Referral to Regulatory Agency", both Parties notified', () => {
    const referred = runVs(monitored(), fail(), refer('2026-08-11T15:00:00.000Z'));
    const state = stateOfVs(referred);
    expect(state.stage).toBe('referral-cure');
    const cure = state.deadlines['referral-cure-1']!;
    const lapsed = afterVs(referred, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'referral-cure-1', issuedAt: periodEndedAt(cure.dueAt) });
    expect(types(lapsed)).toContain('ReferralMade');
    expect(recipients(lapsed, 'outcome-referred')).toEqual(['complainant', 'respondent']);
    expect(lapsed.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency' } });
  });

  it('VS-13.2 VS-12.1 a cure within the period returns the Settlement to monitoring, where its performance may be confirmed', () => {
    const referred = runVs(monitored(), fail(), refer('2026-08-11T15:00:00.000Z'));
    const cured = runVs(referred, { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-08-12T15:00:00.000Z', actionTaken: 'Acme deleted the profile', calendar, issuedAt: '2026-08-12T16:00:00.000Z' });
    expect(stateOfVs(cured)).toMatchObject({ status: 'open', stage: 'settlement-performance' });
    expect(offered(cured).map((action) => action.command)).toEqual(expect.arrayContaining(['ConfirmPerformance', 'RecordNonPerformance']));
    expect(afterVs(cured, confirm('Deletion confirmed after the cure', '2026-08-13T15:00:00.000Z')).at(-1)).toMatchObject({ type: 'CaseClosed', data: { label: 'Closed by Settlement' } });
  });

  it('VS-12.1 VS-12.2 refused (409) outside the stages performance is monitored in', () => {
    for (const history of [settled(), docketedVeraSafe()]) {
      expect(() => afterVs(history, confirm())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-12.1' }));
      expect(() => afterVs(history, fail())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-12.2' }));
    }
    const referralAsked = runVs(monitored(), fail());
    expect(() => afterVs(referralAsked, fail())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-12.2' }));
    expect(() => afterVs(referralAsked, confirm())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-12.1' }));
  });

  it('VS-12 VS-7.4 VS-13.1 the data composes: the Settlement is monitored where the mediation leads, closures are the catalogue\'s, the referral question is the referral part\'s and required', () => {
    const performance = VERASAFE.performance!;
    const [settlement, reparation] = performance.undertakings;
    expect(settlement!.stage).toBe(VERASAFE.mediation!.teleconference.outcomes.settlement.performanceStage);
    expect(settlement!.performed.closure).toBe(VERASAFE.outcomes['closedBySettlement']);
    expect(reparation!.performed.closure).toBe(VERASAFE.outcomes['closedByReparationOrder']);
    for (const undertaking of performance.undertakings) {
      expect(undertaking.notPerformed.referralStage).toBe(VERASAFE.referral!.decisionStage);
      expect(VERASAFE.referral!.mustRefer).toContain(undertaking.notPerformed.referralRule);
      expect(undertaking.performed.notify.recipients).toEqual(['complainant', 'respondent']);
    }
  });

  it('a rulebook without performance monitoring (BBB verifies performance in its conciliation and decision, BBB-5) refuses the commands', () => {
    expect(currentRulebook('bbb-eu-safe-harbor')!.performance).toBeUndefined();
    expect(() => after(docketedBbb(), confirm())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PERFORMANCE-NOT-MONITORED' }));
    expect(() => after(docketedBbb(), fail())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PERFORMANCE-NOT-MONITORED' }));
  });
});
