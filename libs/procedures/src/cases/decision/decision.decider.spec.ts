import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });
const deadline = (events: CaseEvent[], id: string) => stateOf(events).deadlines[id];

/** A BBB case whose hearing record went to the Panelist (no reply in time). */
const awaitingPanelist = (): CaseEvent[] => {
  const docketed = run(
    [],
    {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
      allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
    },
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!
      .eligibility.conditions.filter((c) => c.id !== 'identity-verified')
      .map((c): CaseCommand => ({
        kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: c.id, met: true, note: 'ok', issuedAt: AT,
        ...(c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
      })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT },
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'SubmitPosition', caseId: 'case-1', receivedAt: '2026-07-10T14:00:00.000Z', summary: 'p', issuedAt: '2026-07-10T14:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-14T16:00:00.000Z', calendar, issuedAt: '2026-07-14T16:00:00.000Z' },
    { kind: 'SubmitRebuttal', caseId: 'case-1', receivedAt: '2026-08-03T15:00:00.000Z', summary: 'r', issuedAt: '2026-08-03T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'rebuttal', deliveredAt: '2026-08-05T15:00:00.000Z', calendar, issuedAt: '2026-08-05T15:00:00.000Z' },
  );
  return run(docketed, lapse('reply-1', periodEndedAt(deadline(docketed, 'reply-1').dueAt)));
};
/** The reply period's lapse sends the record: once that period has ended, the millisecond after its last day. */
const RECORD_SENT_AT = () => periodEndedAt(deadline(awaitingPanelist(), 'reply-1').dueAt);

const APPOINTED_AT = '2026-08-25T15:00:00.000Z';
const profile = (panelistId: string) => ({ panelistId, employer: `Independent ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true });
/** BBB-4.5: the CBBB appoints the one Panelist; with a Board of one, panelist-1 is drawn. */
const appoint = (issuedAt = APPOINTED_AT): CaseCommand => ({ kind: 'AppointPanelist', caseId: 'case-1', panelists: [profile('panelist-1')], seed: 'seed-1', issuedAt });
const panelistAppointed = (): CaseEvent[] => run(awaitingPanelist(), appoint());

const ISSUED_AT = '2026-09-01T15:00:00.000Z';
const PERFORM_BY = '2026-10-30T16:00:00.000Z';
const action = { description: 'delete the profile and fix the retention policy', remedies: [{ kind: 'suppress-personal-data' }, { kind: 'corrective-policy-changes' }], performBy: PERFORM_BY };
type Issue = Extract<CaseCommand, { kind: 'IssueDecision' }>;
const issue = (extra: Partial<Issue> = {}): CaseCommand => ({
  kind: 'IssueDecision', caseId: 'case-1', panelistId: 'panelist-1', findings: 'the Respondent kept data it had promised to delete', correctiveActionNecessary: true, correctiveAction: action, calendar, issuedAt: ISSUED_AT, ...extra,
});
const DELIVERED_AT = '2026-09-03T15:00:00.000Z';
const deliver = (document: 'decision' | 'amended-decision' | 'notice-of-intent', deliveredAt: string): CaseCommand => ({ kind: 'RecordDecisionDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt: deliveredAt });
const intend = (receivedAt: string): CaseCommand => ({ kind: 'StateComplianceIntent', caseId: 'case-1', how: 'we will delete the profile by the date set', receivedAt, calendar, issuedAt: receivedAt });
const decided = () => run(panelistAppointed(), issue(), deliver('decision', DELIVERED_AT));

describe('case decider: the Decision and what follows it', () => {
  it('BBB-4.5 BBB-4.6.1 the appointed Panelist issues the Decision with findings, corrective action and its time frame; the CBBB sends it to both Parties', () => {
    const history = panelistAppointed();
    expect(stateOf(history)).toMatchObject({ stage: 'panelist-appointed', panel: { panelistId: 'panelist-1' } });
    const events = after(history, issue());
    expect(events[0]).toEqual({
      type: 'DecisionIssued',
      data: { caseId: 'case-1', rule: 'BBB-4.6.1', stage: 'decision-compliance', panelistId: 'panelist-1', findings: 'the Respondent kept data it had promised to delete', correctiveActionNecessary: true, correctiveAction: action, issuedAt: ISSUED_AT },
    });
    const target = events.find((e) => e.type === 'DeadlineSet')!;
    expect(target.data).toMatchObject({ kind: 'decision-target', rule: 'BBB-4.6.1', basis: { event: 'HearingRecordSentToPanelist', at: RECORD_SENT_AT() }, ...calendar.addBusinessDays(RECORD_SENT_AT(), 30) });
    expect(events.find((e) => e.type === 'DeadlineMet')!.data).toMatchObject({ deadlineId: 'decision-target-1' });
    expect(events.filter((e) => e.type === 'NoticeSent').map((e) => e.data)).toEqual([
      expect.objectContaining({ kind: 'decision-sent', rule: 'BBB-4.6.1', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'decision-sent', rule: 'BBB-4.6.1', recipient: 'respondent' }),
    ]);
    expect(stateOf([...history, ...events])).toMatchObject({ stage: 'decision-compliance', decision: { correctiveActionNecessary: true } });
  });

  it("BBB-4.2.1 given a Party's objection to the appointed Panelist pending, when the Panelist issues the Decision, then it is refused (409) until the CBBB decides the objection", () => {
    const objected = run(panelistAppointed(), {
      kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId: 'panelist-1', raisedBy: 'respondent', ground: 'relationship-with-party', details: 'advised the Complainant in 2025', issuedAt: '2026-08-28T15:00:00.000Z',
    });
    expect(() => given(caseDecider, objected).when(issue())).toThrow(expect.objectContaining({ name: 'RuleViolation', kind: 'conflict', rule: 'BBB-4.2.1' }));
    // Rejected, the Panelist stays and decides.
    const rejected = run(objected, { kind: 'DecidePanelistObjection', caseId: 'case-1', objectionId: 'objection-1', upheld: false, reason: 'no relationship shown', panelists: [profile('panelist-1')], seed: 'seed-2', issuedAt: '2026-08-31T15:00:00.000Z' });
    expect(given(caseDecider, rejected).when(issue())[0]).toMatchObject({ type: 'DecisionIssued', data: { panelistId: 'panelist-1' } });
  });

  it('BBB-4.6.1 the 30-business-day target is monitored: its lapse only flags (no default), and the Decision may still be issued', () => {
    const history = run(awaitingPanelist(), { kind: 'MonitorDecisionTarget', caseId: 'case-1', calendar, issuedAt: RECORD_SENT_AT() });
    const target = deadline(history, 'decision-target-1');
    expect(target).toMatchObject({ kind: 'decision-target', status: 'pending', ...calendar.addBusinessDays(RECORD_SENT_AT(), 30) });
    const events = after(history, lapse('decision-target-1', periodEndedAt(target.dueAt)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'DecisionTargetMissed']);
    const missed = [...history, ...events];
    expect(stateOf(missed)).toMatchObject({ status: 'open', stage: 'awaiting-panelist' });
    const late = after(run(missed, appoint('2026-10-19T15:00:00.000Z')), issue({ issuedAt: '2026-10-20T15:00:00.000Z', correctiveActionNecessary: false, correctiveAction: undefined }));
    expect(late.map((e) => e.type)).toEqual(['DecisionIssued', 'NoticeSent', 'NoticeSent', 'CaseClosed']);
  });

  it('BBB-4.5 BBB-4.6.1 given the record with the CBBB and no Panelist appointed, when a Decision is issued, then it is refused (409, panelistId); its target may still be monitored', () => {
    const history = awaitingPanelist();
    expect(stateOf(history)).toMatchObject({ stage: 'awaiting-panelist' });
    expect(stateOf(history).panel?.panelistId).toBeUndefined();
    expect(() => after(history, issue())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5', field: 'panelistId' }));
    expect(after(history, { kind: 'MonitorDecisionTarget', caseId: 'case-1', calendar, issuedAt: RECORD_SENT_AT() }).map((e) => e.type)).toEqual(['DeadlineSet']);
    // Before the hearing procedure ended there is no Panelist either.
    const early = history.slice(0, -2);
    expect(() => after(early, issue())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5', field: 'panelistId' }));
  });

  it('BBB-4.5 BBB-4.6.1 given a Panelist appointed, when anyone else names themselves on the Decision, then it is refused (409, panelistId); the appointed Panelist issues it', () => {
    const history = panelistAppointed();
    expect(() => after(history, issue({ panelistId: 'panelist-2' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5', field: 'panelistId' }));
    expect(after(history, issue())[0]).toMatchObject({ type: 'DecisionIssued', data: { panelistId: 'panelist-1' } });
  });

  it('BBB-4.5 BBB-4.2.1 BBB-4.6.1 given the appointed Panelist disqualified and replaced, when the set-aside Panelist issues the Decision, then it is refused; the replacement issues it', () => {
    const history = run(panelistAppointed(), {
      kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId: 'panelist-1', reason: 'my firm now advises Acme', panelists: [profile('panelist-1'), profile('panelist-2')], seed: 'seed-2', issuedAt: '2026-08-26T15:00:00.000Z',
    });
    expect(stateOf(history)).toMatchObject({ stage: 'panelist-appointed', panel: { panelistId: 'panelist-2' } });
    expect(() => after(history, issue())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5', field: 'panelistId' }));
    expect(after(history, issue({ panelistId: 'panelist-2' }))[0]).toMatchObject({ type: 'DecisionIssued', data: { panelistId: 'panelist-2' } });
  });

  it('BBB-4.6.1 a second Decision is refused (409), even from the appointed Panelist', () => {
    const history = run(panelistAppointed(), issue());
    expect(() => after(history, issue({ issuedAt: '2026-09-02T15:00:00.000Z' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.6.1' }));
  });

  it.each(['monetary-damages', 'action-violating-legal-obligations', 'punitive-fine'])('BBB-4.1 a Decision may not order "%s" (422)', (kind) => {
    expect(() => after(panelistAppointed(), issue({ correctiveAction: { ...action, remedies: [{ kind }] } }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.1', field: 'correctiveAction.remedies' }),
    );
  });

  it('BBB-4.6.1 a Decision with corrective action states its time frame (422 without one)', () => {
    expect(() => after(panelistAppointed(), issue({ correctiveAction: undefined }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.6.1', field: 'correctiveAction' }));
    expect(() => after(panelistAppointed(), issue({ correctiveAction: { ...action, performBy: '2026-08-01T00:00:00.000Z' } }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', field: 'correctiveAction.performBy' }),
    );
  });

  it('BBB-6 (6) a Decision without corrective action closes the Case', () => {
    const events = after(panelistAppointed(), issue({ correctiveActionNecessary: false, correctiveAction: undefined }));
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'decision-without-corrective-action', rule: 'BBB-6' } });
    expect(stateOf([...panelistAppointed(), ...events])).toMatchObject({ status: 'closed', closure: { reason: 'decision-without-corrective-action' } });
  });

  it('BBB-4.6.2 the Respondent states within 15 calendar days of receiving the Decision whether and how it will comply', () => {
    const history = decided();
    expect(deadline(history, 'compliance-statement-1')).toMatchObject({ kind: 'compliance-statement', rule: 'BBB-4.6.2', status: 'pending', ...calendar.addCalendarDays(DELIVERED_AT, 15) });
    const events = after(history, intend('2026-09-10T15:00:00.000Z'));
    expect(events.map((e) => e.type)).toEqual(['ComplianceIntentStated', 'DeadlineMet', 'DeadlineSet']);
    expect(events[0].data).toMatchObject({ rule: 'BBB-4.6.2', stage: 'decision-performance', afterNoticeOfIntent: false });
    // BBB-5: certification is due 30 business days after the time set for performance.
    expect(events[2].data).toMatchObject({ kind: 'decision-certification', rule: 'BBB-5', basis: { at: PERFORM_BY }, ...calendar.addBusinessDays(PERFORM_BY, 30) });
  });

  it('BBB-5, BBB-6 (7) the Respondent certifies implementation, the CBBB verifies it and the Case closes', () => {
    const history = run(decided(), intend('2026-09-10T15:00:00.000Z'));
    const certified = run(history, { kind: 'CertifyDecisionCorrectiveAction', caseId: 'case-1', statement: 'done', issuedAt: '2026-10-29T15:00:00.000Z' });
    expect(deadline(certified, 'decision-certification-1').status).toBe('met');
    const events = after(certified, { kind: 'VerifyDecisionCorrectiveAction', caseId: 'case-1', actorId: 'staff-1', note: 'checked', issuedAt: '2026-11-02T15:00:00.000Z' });
    expect(events.map((e) => e.type)).toEqual(['DecisionCorrectiveActionVerified', 'CaseClosed']);
    expect(events[1].data).toMatchObject({ reason: 'decision-corrective-action-verified', rule: 'BBB-6' });
  });

  it('BBB-5 implementation not certified in time: noncompliance noted and a referral decision required', () => {
    const history = run(decided(), intend('2026-09-10T15:00:00.000Z'));
    const events = after(history, lapse('decision-certification-1', periodEndedAt(deadline(history, 'decision-certification-1').dueAt)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'DecisionCorrectiveActionNotCertified', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(stateOf([...history, ...events]).stage).toBe('referral-decision');
  });

  it('BBB-5 / BBB-7.1 given an agreed corrective action, when its certification period lapses, then the finding of noncompliance is noted for the next report (NotedForReport, matter noncompliance)', () => {
    const history = run(decided(), intend('2026-09-10T15:00:00.000Z'));
    const at = periodEndedAt(deadline(history, 'decision-certification-1').dueAt);
    const events = after(history, lapse('decision-certification-1', at));
    expect(events.find((e) => e.type === 'DecisionCorrectiveActionNotCertified')!.data).toMatchObject({ rule: 'BBB-5', report: 'next-procedure-report' });
    expect(events.filter((e) => e.type === 'NotedForReport')).toEqual([
      { type: 'NotedForReport', data: { caseId: 'case-1', matter: 'noncompliance', rule: 'BBB-5', reportRule: 'BBB-7.1', deadlineId: 'decision-certification-1', notedAt: at } },
    ]);
  });

  it('BBB-5 which matters are noted is rulebook data: a version noting no noncompliance emits no NotedForReport, the rest unchanged', () => {
    const bbb = currentRulebook('bbb-eu-safe-harbor')!;
    const quiet = revisedRulebook(bbb, 'noting-no-noncompliance', { report: { ...bbb.report!, noted: { ...bbb.report!.noted, matters: { 'respondent-default': 'BBB-4.4.1' } } } });
    const events = withRegisteredRulebook(quiet, () => {
      const history = run(decided(), intend('2026-09-10T15:00:00.000Z'));
      return after(history, lapse('decision-certification-1', periodEndedAt(deadline(history, 'decision-certification-1').dueAt)));
    });
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'DecisionCorrectiveActionNotCertified', 'ReferralDecisionRequired']);
  });

  it('BBB-4.6.4 no statement within the period: a Notice of Intent gives 5 business days after its receipt', () => {
    const history = decided();
    const events = after(history, lapse('compliance-statement-1', periodEndedAt(deadline(history, 'compliance-statement-1').dueAt)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'NoticeOfIntentIssued', 'NoticeSent']);
    expect(events[2].data).toMatchObject({ kind: 'notice-of-intent', rule: 'BBB-4.6.4', recipient: 'respondent' });
    const noticed = run([...history, ...events], deliver('notice-of-intent', '2026-09-21T15:00:00.000Z'));
    expect(stateOf(noticed).stage).toBe('decision-notice-of-intent');
    expect(deadline(noticed, 'notice-of-intent-1')).toMatchObject({ rule: 'BBB-4.6.4', status: 'pending', ...calendar.addBusinessDays('2026-09-21T15:00:00.000Z', 5) });
    const intent = after(noticed, intend('2026-09-24T15:00:00.000Z'));
    expect(intent[0].data).toMatchObject({ rule: 'BBB-4.6.4', afterNoticeOfIntent: true, stage: 'decision-performance' });
    expect(intent[1].data).toMatchObject({ deadlineId: 'notice-of-intent-1' });
  });

  it('BBB-4.6.4 / BBB-7.1 given a Notice of Intent received, when still no intent to comply comes in time, then the Decision is flagged to be made public, the refusal is noted for the next report (NotedForReport, matter refused-corrective-action), and a referral decision is required', () => {
    const history = decided();
    const noticed = run(history, lapse('compliance-statement-1', periodEndedAt(deadline(history, 'compliance-statement-1').dueAt)), deliver('notice-of-intent', '2026-09-21T15:00:00.000Z'));
    const at = periodEndedAt(deadline(noticed, 'notice-of-intent-1').dueAt);
    const events = after(noticed, lapse('notice-of-intent-1', at));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'DecisionFlaggedForPublication', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(events[1].data).toMatchObject({ rule: 'BBB-4.6.4', publicationRule: 'BBB-7.3', report: 'next-procedure-report' });
    expect(events[2].data).toEqual({ caseId: 'case-1', matter: 'refused-corrective-action', rule: 'BBB-4.6.4', reportRule: 'BBB-7.1', deadlineId: 'notice-of-intent-1', notedAt: at });
    expect(events[3].data).toMatchObject({ rule: 'BBB-8.8', reason: 'no-intent-to-comply-after-notice-of-intent', deadlineRule: 'BBB-4.6.4', stage: 'referral-decision' });
    expect(stateOf([...noticed, ...events])).toMatchObject({ stage: 'referral-decision', decision: { flaggedForPublication: true } });
  });

  it('BBB-4.6.3 a Party claims impossibility (a statement under BBB-4.6.2); the Panelist seeks evidence, confirms and amends the Decision; a new statement period runs after receipt', () => {
    const history = decided();
    const claimed = run(history, { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'respondent', grounds: 'backups cannot be purged before December', receivedAt: '2026-09-08T15:00:00.000Z', issuedAt: '2026-09-08T15:00:00.000Z' });
    expect(deadline(claimed, 'compliance-statement-1').status).toBe('met');
    const sought = run(claimed, { kind: 'SeekImpossibilityEvidence', caseId: 'case-1', panelistId: 'panelist-1', requested: 'the backup schedule', issuedAt: '2026-09-09T15:00:00.000Z' });
    const amendment = { ...action, performBy: '2026-12-15T17:00:00.000Z' };
    const events = after(sought, { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'backup cycle', amendment, calendar, issuedAt: '2026-09-15T15:00:00.000Z' });
    expect(events.map((e) => e.type)).toEqual(['DecisionAmended', 'NoticeSent', 'NoticeSent']);
    expect(events[0].data).toMatchObject({ rule: 'BBB-4.6.3', correctiveAction: amendment });
    const amended = run([...sought, ...events], deliver('amended-decision', '2026-09-16T15:00:00.000Z'));
    expect(deadline(amended, 'compliance-statement-2')).toMatchObject({ status: 'pending', ...calendar.addCalendarDays('2026-09-16T15:00:00.000Z', 15) });
    const intent = after(amended, intend('2026-09-20T15:00:00.000Z'));
    expect(intent[2].data).toMatchObject({ kind: 'decision-certification', ...calendar.addBusinessDays('2026-12-15T17:00:00.000Z', 30) });
  });

  it('BBB-4.6.3 an amendment after intent to comply moves the certification period to the new time frame', () => {
    const history = run(decided(), intend('2026-09-10T15:00:00.000Z'), { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'complainant', grounds: 'x', receivedAt: '2026-09-12T15:00:00.000Z', issuedAt: '2026-09-12T15:00:00.000Z' });
    const amendment = { ...action, performBy: '2026-12-15T17:00:00.000Z' };
    const events = after(history, { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'r', amendment, calendar, issuedAt: '2026-09-15T15:00:00.000Z' });
    expect(events.map((e) => e.type)).toEqual(['DecisionAmended', 'NoticeSent', 'NoticeSent', 'DeadlineCancelled', 'DeadlineSet']);
    const state = stateOf([...history, ...events]);
    expect(state.deadlines['decision-certification-1'].status).toBe('cancelled');
    expect(state.deadlines['decision-certification-2']).toMatchObject({ status: 'pending', ...calendar.addBusinessDays('2026-12-15T17:00:00.000Z', 30) });
  });

  it('BBB-4.6.3 an amendment stays within BBB-4.1; a rejected claim leaves the Decision standing and the statement still due', () => {
    const claimed = run(decided(), { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'respondent', grounds: 'x', receivedAt: '2026-09-08T15:00:00.000Z', issuedAt: '2026-09-08T15:00:00.000Z' });
    expect(() => after(claimed, { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'r', amendment: { ...action, remedies: [{ kind: 'monetary-damages' }] }, calendar, issuedAt: '2026-09-15T15:00:00.000Z' })).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.1' }),
    );
    const events = after(claimed, { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: false, reason: 'not shown', calendar, issuedAt: '2026-09-15T15:00:00.000Z' });
    expect(events.map((e) => e.type)).toEqual(['ImpossibilityClaimRejected', 'DeadlineSet']);
    expect(events[1].data).toMatchObject({ kind: 'compliance-statement', ...calendar.addCalendarDays('2026-09-15T15:00:00.000Z', 15) });
  });

  it('refuses Decision commands under a rulebook without a Decision procedure', () => {
    const vs = run([], {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' }, allegation: 'x', outcomesSought: ['y'], issuedAt: '2026-06-01T10:00:00Z',
    });
    expect(() => after(vs, issue())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'DECISION-NOT-PROVIDED' }));
  });
});

describe("case decider: the Decision ends the Panelist's proceedings (BBB-4.5.1)", () => {
  const ask = (party: 'complainant' | 'respondent'): CaseCommand => ({ kind: 'RequestPanelistInformation', caseId: 'case-1', panelistId: 'panelist-1', parties: [party], question: 'Which vendors?', issuedAt: '2026-08-26T15:00:00.000Z' });
  const deliverProceedings = (requestId: string, document: 'request' | 'answer', deliveredAt: string): CaseCommand => ({ kind: 'RecordProceedingsDelivery', caseId: 'case-1', requestId, document, deliveredAt, calendar, issuedAt: deliveredAt });
  /** The Respondent's answer is awaited (request 1); the Complainant answered request 2 and the Respondent may respond to it. */
  const periodsRunning = () =>
    run(
      panelistAppointed(),
      ask('respondent'),
      ask('complainant'),
      deliverProceedings('panelist-request-1', 'request', '2026-08-26T16:00:00.000Z'),
      deliverProceedings('panelist-request-2', 'request', '2026-08-26T16:00:00.000Z'),
      { kind: 'SubmitPanelistInformationAnswer', caseId: 'case-1', requestId: 'panelist-request-2', receivedAt: '2026-08-27T15:00:00.000Z', summary: 'vendors A and B', issuedAt: '2026-08-27T15:00:00.000Z' },
      deliverProceedings('panelist-request-2', 'answer', '2026-08-28T15:00:00.000Z'),
    );
  const pendingIds = (events: CaseEvent[]) => Object.values(stateOf(events).deadlines).filter((d) => d.status === 'pending').map((d) => d.deadlineId).sort();

  it('BBB-4.5.1 BBB-4.6.1 given an answer and a response to a forwarded answer still running, when the Decision is issued, then both periods are cancelled with the reason; the target is met', () => {
    const history = periodsRunning();
    expect(pendingIds(history)).toEqual(['panelist-information-answer-1', 'panelist-information-comment-1']);
    const events = after(history, issue());
    const cancelled = events.filter((e) => e.type === 'DeadlineCancelled');
    expect(cancelled.map((e) => e.data)).toEqual([
      { caseId: 'case-1', deadlineId: 'panelist-information-answer-1', reason: expect.stringMatching(/Decision issued \(BBB-4\.6\.1\).*BBB-4\.5\.1/) },
      { caseId: 'case-1', deadlineId: 'panelist-information-comment-1', reason: expect.stringMatching(/Decision issued \(BBB-4\.6\.1\).*BBB-4\.5\.1/) },
    ]);
    const decided = [...history, ...events];
    expect(stateOf(decided)).toMatchObject({ stage: 'decision-compliance', deadlines: { 'decision-target-1': { status: 'met' } } });
    expect(pendingIds(decided)).toEqual([]);
    // The timer firing later finds nothing to lapse: no default notice after the Decision.
    const due = deadline(history, 'panelist-information-answer-1').dueAt;
    expect(after(decided, lapse('panelist-information-answer-1', periodEndedAt(due)))).toEqual([]);
  });

  it('BBB-4.5.1 BBB-6 (6) given proceedings periods running, when a Decision without corrective action closes the Case, then each period is cancelled once, for the Decision', () => {
    const events = after(periodsRunning(), issue({ correctiveActionNecessary: false, correctiveAction: undefined }));
    const cancelled = events.filter((e) => e.type === 'DeadlineCancelled').map((e) => e.data as { deadlineId: string; reason: string });
    expect(cancelled.map((c) => c.deadlineId)).toEqual(['panelist-information-answer-1', 'panelist-information-comment-1']);
    expect(cancelled.every((c) => c.reason.startsWith('Decision issued'))).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'decision-without-corrective-action' } });
  });
});

describe('case decider: an amendment after a Notice of Intent', () => {
  it('BBB-4.6.3 a claim made within the Notice of Intent period, confirmed: the statement on the amended Decision is due 15 calendar days after its receipt (BBB-4.6.2)', () => {
    const history = decided();
    const noticed = run(history, lapse('compliance-statement-1', periodEndedAt(deadline(history, 'compliance-statement-1').dueAt)), deliver('notice-of-intent', '2026-09-21T15:00:00.000Z'));
    const claimed = run(noticed, { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'respondent', grounds: 'x', receivedAt: '2026-09-22T15:00:00.000Z', issuedAt: '2026-09-22T15:00:00.000Z' });
    expect(deadline(claimed, 'notice-of-intent-1').status).toBe('met');
    const amended = run(
      claimed,
      { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'r', amendment: { ...action, performBy: '2026-12-15T17:00:00.000Z' }, calendar, issuedAt: '2026-09-25T15:00:00.000Z' },
      deliver('amended-decision', '2026-09-28T15:00:00.000Z'),
    );
    expect(stateOf(amended).stage).toBe('decision-compliance');
    expect(deadline(amended, 'compliance-statement-2')).toMatchObject({ status: 'pending', ...calendar.addCalendarDays('2026-09-28T15:00:00.000Z', 15) });
  });
});

describe('case decider: a referral cured after a Decision (BBB-8.8)', () => {
  const refer = (at: string): CaseCommand => ({
    kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'profile kept',
    summary: 'Decision not complied with', reason: 'no compliance', decidedBy: 'admin-1', issuedAt: at,
  });
  const deliverReferral = (at: string): CaseCommand => ({ kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt: at, calendar, issuedAt: at });
  const cure = (receivedAt: string, actionTaken: string): CaseCommand => ({ kind: 'CureReferral', caseId: 'case-1', receivedAt, actionTaken, calendar, issuedAt: receivedAt });

  it('BBB-8.8 BBB-4.6.4 BBB-5: a cure after the Notice of Intent lapsed is the agreement to comply; certification runs from the cure, the time frame having passed', () => {
    const history = decided();
    const noticed = run(history, lapse('compliance-statement-1', periodEndedAt(deadline(history, 'compliance-statement-1').dueAt)), deliver('notice-of-intent', '2026-09-21T15:00:00.000Z'));
    const lapsed = run(noticed, lapse('notice-of-intent-1', periodEndedAt(deadline(noticed, 'notice-of-intent-1').dueAt)), refer('2026-10-26T15:00:00.000Z'), deliverReferral('2026-10-27T15:00:00.000Z'));
    // The time frame for performance (30 October) has passed when the agreement comes on 2 November.
    const events = after(lapsed, cure('2026-11-02T15:00:00.000Z', 'agrees to delete the profile within two weeks'));
    expect(events.map((e) => e.type)).toEqual(['ReferralCured', 'DeadlineMet', 'ComplianceIntentStated', 'DeadlineSet']);
    expect(events[0].data).toMatchObject({ stage: 'decision-performance' });
    expect(events[2].data).toMatchObject({ rule: 'BBB-4.6.4', afterNoticeOfIntent: true, how: 'agrees to delete the profile within two weeks' });
    expect(events[3].data).toMatchObject({ kind: 'decision-certification', rule: 'BBB-5', basis: { event: 'ReferralCured', at: '2026-11-02T15:00:00.000Z' }, ...calendar.addBusinessDays('2026-11-02T15:00:00.000Z', 30) });
    expect(stateOf([...lapsed, ...events])).toMatchObject({ status: 'open', stage: 'decision-performance', decision: { intentStatedAt: '2026-11-02T15:00:00.000Z' } });
  });

  it('BBB-8.8 BBB-5 BBB-6 (7): a cure after certification lapsed stands as the certification; the CBBB verifies and the Case closes', () => {
    const history = run(decided(), intend('2026-09-10T15:00:00.000Z'));
    const endedAt = periodEndedAt(deadline(history, 'decision-certification-1').dueAt);
    const referred = run(history, lapse('decision-certification-1', endedAt), refer(endedAt), deliverReferral(endedAt));
    const cured = run(referred, cure(endedAt, 'profile deleted, policy changed'));
    expect(cured.find((e) => e.type === 'DecisionCorrectiveActionCertified')).toMatchObject({ data: { deadlineId: 'decision-certification-1', statement: 'profile deleted, policy changed' } });
    expect(stateOf(cured)).toMatchObject({ status: 'open', stage: 'decision-performance', decision: { certified: true } });
    const verified = run(cured, { kind: 'VerifyDecisionCorrectiveAction', caseId: 'case-1', note: 'checked the system', actorId: 'staff-1', issuedAt: endedAt });
    expect(stateOf(verified)).toMatchObject({ status: 'closed', closure: { reason: 'decision-corrective-action-verified' } });
  });
});
