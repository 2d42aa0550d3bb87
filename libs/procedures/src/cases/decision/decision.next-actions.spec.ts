import { VERASAFE_FILING } from '../case-history.testing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { NextAction } from '../next-actions/next-action';
import type { DecisionCommand } from './decision.commands';
import type { DecisionDocument } from './decision.events';
import { decisionNextActions } from './decision.next-actions';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });
const dueAt = (events: CaseEvent[], id: string) => stateOf(events).deadlines[id].dueAt;

const complaint = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
} as CaseCommand);

/** A BBB case whose hearing record went to the Panelist (no reply in time). */
const awaitingPanelist = (): CaseEvent[] => {
  const docketed = run(
    [],
    complaint('bbb-eu-safe-harbor'),
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
  return run(docketed, lapse('reply-1', periodEndedAt(dueAt(docketed, 'reply-1'))));
};

const profile = (panelistId: string) => ({ panelistId, employer: `Independent ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true });
/** BBB-4.5: the CBBB appoints the one Panelist; with a Board of one, panelist-1 is drawn. */
const appoint = (issuedAt: string): CaseCommand => ({ kind: 'AppointPanelist', caseId: 'case-1', panelists: [profile('panelist-1')], seed: 's', issuedAt });
const panelistAppointed = (): CaseEvent[] => run(awaitingPanelist(), appoint('2026-08-24T15:00:00.000Z'));

const ISSUED_AT = '2026-09-01T15:00:00.000Z';
const PERFORM_BY = '2026-10-30T16:00:00.000Z';
const action = { description: 'delete the profile and fix the retention policy', remedies: [{ kind: 'suppress-personal-data' }, { kind: 'corrective-policy-changes' }], performBy: PERFORM_BY };
const issue = (issuedAt: string, correctiveActionNecessary = true, panelistId = 'panelist-1'): CaseCommand => ({
  kind: 'IssueDecision', caseId: 'case-1', panelistId, findings: 'the Respondent kept data it had promised to delete', correctiveActionNecessary,
  ...(correctiveActionNecessary ? { correctiveAction: action } : {}), calendar, issuedAt,
});
const deliver = (document: DecisionDocument, deliveredAt: string): CaseCommand => ({ kind: 'RecordDecisionDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt: deliveredAt });
const intend = (receivedAt: string): CaseCommand => ({ kind: 'StateComplianceIntent', caseId: 'case-1', how: 'we will delete the profile by the date set', receivedAt, calendar, issuedAt: receivedAt });
const claim = (receivedAt: string, party: 'complainant' | 'respondent' = 'respondent'): CaseCommand => ({ kind: 'ClaimImpossibility', caseId: 'case-1', party, grounds: 'the backups cannot be purged in time', receivedAt, issuedAt: receivedAt });
const seek = (issuedAt: string): CaseCommand => ({ kind: 'SeekImpossibilityEvidence', caseId: 'case-1', panelistId: 'panelist-1', requested: 'the backup schedule', issuedAt });
const confirm = (issuedAt: string): CaseCommand => ({
  kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'shown', amendment: { ...action, performBy: '2026-12-15T17:00:00.000Z' }, calendar, issuedAt,
});
const reject = (issuedAt: string): CaseCommand => ({ kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: false, reason: 'not shown', calendar, issuedAt });
const certify = (issuedAt: string): CaseCommand => ({ kind: 'CertifyDecisionCorrectiveAction', caseId: 'case-1', statement: 'done', issuedAt });
const verify = (issuedAt: string): CaseCommand => ({ kind: 'VerifyDecisionCorrectiveAction', caseId: 'case-1', actorId: 'staff-1', note: 'checked', issuedAt });

/** A valid command for an action (its payload as a client would send it at `at`). */
function commandFor(kind: DecisionCommand['kind'], at: string, about?: NextAction['about']): CaseCommand {
  switch (kind) {
    case 'IssueDecision':
      return issue(at, true, about?.panelistId ?? 'panelist-1');
    case 'MonitorDecisionTarget':
      return { kind, caseId: 'case-1', calendar, issuedAt: at };
    case 'RecordDecisionDelivery':
      return deliver((about?.document ?? 'decision') as DecisionDocument, at);
    case 'StateComplianceIntent':
      return intend(at);
    case 'ClaimImpossibility':
      return claim(at, about?.party === 'complainant' ? 'complainant' : 'respondent');
    case 'SeekImpossibilityEvidence':
      return seek(at);
    case 'RuleOnImpossibility':
      return reject(at);
    case 'CertifyDecisionCorrectiveAction':
      return certify(at);
    case 'VerifyDecisionCorrectiveAction':
      return verify(at);
  }
}

const BBB = currentRulebook('bbb-eu-safe-harbor')!;
const listed = (events: CaseEvent[]) => decisionNextActions(stateOf(events), BBB);
/** One line per action: the command, what it is about, whether awaited, the deadline it meets. */
const summary = (actions: readonly NextAction[]) =>
  actions.map((a) => [a.command, a.about?.document, a.about?.party, a.awaited ? 'awaited' : 'allowed', a.deadlineId].filter(Boolean).join(' ')).sort();

// The histories, each observed at a time after its last event and before its running periods end.
const decided = () => run(panelistAppointed(), issue(ISSUED_AT), deliver('decision', '2026-09-03T15:00:00.000Z'));
const noticeOfIntent = () => {
  const history = decided();
  return run(history, lapse('compliance-statement-1', periodEndedAt(dueAt(history, 'compliance-statement-1'))));
};
const intentStated = () => run(decided(), intend('2026-09-10T15:00:00.000Z'));
const noticeOfIntentLapsed = () => {
  const history = run(noticeOfIntent(), deliver('notice-of-intent', '2026-09-21T15:00:00.000Z'));
  return run(history, lapse('notice-of-intent-1', periodEndedAt(dueAt(history, 'notice-of-intent-1'))));
};

type Refused = DecisionCommand['kind'] | [DecisionCommand['kind'], DecisionDocument];
interface Scenario {
  readonly title: string;
  readonly history: () => CaseEvent[];
  readonly at: string;
  readonly listed: string[];
  readonly refused: Refused[];
}

const ALL: DecisionCommand['kind'][] = [
  'IssueDecision', 'MonitorDecisionTarget', 'RecordDecisionDelivery', 'StateComplianceIntent', 'ClaimImpossibility',
  'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction',
];
const AFTER_DECISION_ONLY: DecisionCommand['kind'][] = ALL.slice(2);

const scenarios: Scenario[] = [
  {
    title: 'BBB-4.5 BBB-4.6.1: the record is with the CBBB, no Panelist appointed: no Decision yet, its target may be monitored',
    history: awaitingPanelist,
    at: '2026-08-25T15:00:00.000Z',
    listed: ['MonitorDecisionTarget allowed'],
    refused: ['IssueDecision', ...AFTER_DECISION_ONLY],
  },
  {
    title: 'BBB-4.5 BBB-4.6.1: the target monitored before the appointment: nothing more until a Panelist is appointed',
    history: () => run(awaitingPanelist(), commandFor('MonitorDecisionTarget', '2026-08-24T15:00:00.000Z')),
    at: '2026-08-25T15:00:00.000Z',
    listed: [],
    refused: ['IssueDecision', 'MonitorDecisionTarget', ...AFTER_DECISION_ONLY],
  },
  {
    title: 'BBB-4.5 BBB-4.6.1: a Panelist appointed: the Decision is awaited of them and its target may be monitored',
    history: panelistAppointed,
    at: '2026-08-25T15:00:00.000Z',
    listed: ['IssueDecision awaited', 'MonitorDecisionTarget allowed'],
    refused: AFTER_DECISION_ONLY,
  },
  {
    title: 'BBB-4.5 BBB-4.6.1: the target monitored, then a Panelist appointed: the Decision meets it, the target is not set twice',
    history: () => run(awaitingPanelist(), commandFor('MonitorDecisionTarget', '2026-08-24T15:00:00.000Z'), appoint('2026-08-24T16:00:00.000Z')),
    at: '2026-08-25T15:00:00.000Z',
    listed: ['IssueDecision awaited decision-target-1'],
    refused: ['MonitorDecisionTarget', ...AFTER_DECISION_ONLY],
  },
  {
    title: 'BBB-4.5 BBB-4.2.1 BBB-4.6.1: the Panelist set aside with nobody eligible to replace them: no Decision until another is appointed',
    history: () =>
      run(panelistAppointed(), { kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId: 'panelist-1', reason: 'my firm now advises Acme', panelists: [profile('panelist-1')], seed: 's2', issuedAt: '2026-08-24T16:00:00.000Z' }),
    at: '2026-08-25T15:00:00.000Z',
    listed: ['MonitorDecisionTarget allowed'],
    refused: ['IssueDecision', ...AFTER_DECISION_ONLY],
  },
  {
    title: 'BBB-4.6.1 BBB-4.6.2: a Decision with corrective action sent: its receipt starts the statement period; a statement or claim may come early',
    history: () => run(panelistAppointed(), issue(ISSUED_AT)),
    at: '2026-09-02T15:00:00.000Z',
    listed: ['RecordDecisionDelivery decision awaited', 'StateComplianceIntent awaited', 'ClaimImpossibility complainant allowed', 'ClaimImpossibility respondent allowed'],
    refused: ['IssueDecision', 'MonitorDecisionTarget', ['RecordDecisionDelivery', 'notice-of-intent'], 'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.2 BBB-4.6.3: the compliance statement is due: a statement or a claim of impossibility meets its period',
    history: decided,
    at: '2026-09-08T15:00:00.000Z',
    listed: ['StateComplianceIntent awaited compliance-statement-1', 'ClaimImpossibility complainant allowed compliance-statement-1', 'ClaimImpossibility respondent allowed compliance-statement-1'],
    refused: ['IssueDecision', ['RecordDecisionDelivery', 'decision'], 'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3: impossibility claimed: the Panelist rules (or seeks evidence); no second claim',
    history: () => run(decided(), claim('2026-09-08T15:00:00.000Z')),
    at: '2026-09-09T15:00:00.000Z',
    listed: ['RuleOnImpossibility awaited', 'SeekImpossibilityEvidence allowed', 'StateComplianceIntent allowed'],
    refused: ['IssueDecision', 'ClaimImpossibility', ['RecordDecisionDelivery', 'decision'], 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3: evidence sought on the claim: the ruling is still awaited',
    history: () => run(decided(), claim('2026-09-08T15:00:00.000Z'), seek('2026-09-10T15:00:00.000Z')),
    at: '2026-09-11T15:00:00.000Z',
    listed: ['RuleOnImpossibility awaited', 'SeekImpossibilityEvidence allowed', 'StateComplianceIntent allowed'],
    refused: ['ClaimImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3 BBB-4.6.2: impossibility rejected: the Decision stands and the statement period runs again from the ruling',
    history: () => run(decided(), claim('2026-09-08T15:00:00.000Z'), reject('2026-09-15T15:00:00.000Z')),
    at: '2026-09-16T15:00:00.000Z',
    listed: ['StateComplianceIntent awaited compliance-statement-2', 'ClaimImpossibility complainant allowed compliance-statement-2', 'ClaimImpossibility respondent allowed compliance-statement-2'],
    refused: ['SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3 BBB-4.6.2: impossibility confirmed before any statement: the statement on the amended Decision follows its receipt',
    history: () => run(decided(), claim('2026-09-08T15:00:00.000Z'), confirm('2026-09-15T15:00:00.000Z')),
    at: '2026-09-16T15:00:00.000Z',
    listed: ['RecordDecisionDelivery amended-decision awaited', 'StateComplianceIntent awaited', 'ClaimImpossibility complainant allowed', 'ClaimImpossibility respondent allowed'],
    refused: [['RecordDecisionDelivery', 'decision'], 'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.4: a Notice of Intent sent: its receipt starts the last period',
    history: noticeOfIntent,
    at: '2026-09-21T15:00:00.000Z',
    listed: ['RecordDecisionDelivery notice-of-intent awaited', 'StateComplianceIntent awaited', 'ClaimImpossibility complainant allowed', 'ClaimImpossibility respondent allowed'],
    refused: [['RecordDecisionDelivery', 'decision'], 'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.4: the Notice of Intent received: the statement is due within its last period',
    history: () => run(noticeOfIntent(), deliver('notice-of-intent', '2026-09-21T15:00:00.000Z')),
    at: '2026-09-22T15:00:00.000Z',
    listed: ['StateComplianceIntent awaited notice-of-intent-1', 'ClaimImpossibility complainant allowed notice-of-intent-1', 'ClaimImpossibility respondent allowed notice-of-intent-1'],
    refused: [['RecordDecisionDelivery', 'notice-of-intent'], 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.4 BBB-8.8: still no intent after the Notice of Intent: the case is on the referral work-queue, nothing of the Decision is open',
    history: noticeOfIntentLapsed,
    at: '2026-10-01T15:00:00.000Z',
    listed: [],
    refused: ['IssueDecision', 'StateComplianceIntent', 'ClaimImpossibility', 'CertifyDecisionCorrectiveAction', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.2 BBB-5: intent stated: certification is due after the time frame; a claim of impossibility is still possible',
    history: intentStated,
    at: '2026-09-11T15:00:00.000Z',
    listed: ['CertifyDecisionCorrectiveAction awaited decision-certification-1', 'ClaimImpossibility complainant allowed', 'ClaimImpossibility respondent allowed'],
    refused: ['StateComplianceIntent', ['RecordDecisionDelivery', 'decision'], 'SeekImpossibilityEvidence', 'RuleOnImpossibility', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3 BBB-5: a claim after the statement: the Panelist rules while certification stays due',
    history: () => run(intentStated(), claim('2026-09-20T15:00:00.000Z')),
    at: '2026-09-21T15:00:00.000Z',
    listed: ['RuleOnImpossibility awaited', 'SeekImpossibilityEvidence allowed', 'CertifyDecisionCorrectiveAction awaited decision-certification-1'],
    refused: ['ClaimImpossibility', 'StateComplianceIntent', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-4.6.3 BBB-5: impossibility confirmed after the statement: the certification period follows the new time frame',
    history: () => run(intentStated(), claim('2026-09-20T15:00:00.000Z'), confirm('2026-09-25T15:00:00.000Z')),
    at: '2026-09-26T15:00:00.000Z',
    listed: ['RecordDecisionDelivery amended-decision allowed', 'ClaimImpossibility complainant allowed', 'ClaimImpossibility respondent allowed', 'CertifyDecisionCorrectiveAction awaited decision-certification-2'],
    refused: ['StateComplianceIntent', 'RuleOnImpossibility', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-5 BBB-6: implementation certified: the CBBB verifies it and the Case closes; no claim once certified',
    history: () => run(intentStated(), certify('2026-10-29T15:00:00.000Z')),
    at: '2026-10-30T15:00:00.000Z',
    listed: ['VerifyDecisionCorrectiveAction awaited'],
    refused: ['CertifyDecisionCorrectiveAction', 'ClaimImpossibility', 'StateComplianceIntent', 'IssueDecision'],
  },
  {
    title: 'BBB-5 BBB-8.8: certification not made in time: referral is decided elsewhere, nothing of the Decision is open',
    history: () => {
      const history = intentStated();
      return run(history, lapse('decision-certification-1', periodEndedAt(dueAt(history, 'decision-certification-1'))));
    },
    at: '2026-12-20T15:00:00.000Z',
    listed: [],
    refused: ['CertifyDecisionCorrectiveAction', 'ClaimImpossibility', 'VerifyDecisionCorrectiveAction'],
  },
  {
    title: 'BBB-6: a Decision without corrective action closed the Case: nothing is listed, everything refused',
    history: () => run(panelistAppointed(), issue(ISSUED_AT, false)),
    at: '2026-09-02T15:00:00.000Z',
    listed: [],
    refused: ALL,
  },
  {
    title: 'BBB-6: the corrective action verified closed the Case: nothing is listed, everything refused',
    history: () => run(intentStated(), certify('2026-10-29T15:00:00.000Z'), verify('2026-10-30T15:00:00.000Z')),
    at: '2026-10-31T15:00:00.000Z',
    listed: [],
    refused: ALL,
  },
];

describe.each(scenarios)('decision next actions: $title', ({ history, at, listed: expected, refused }) => {
  it('lists exactly these actions', () => {
    expect(summary(listed(history()))).toEqual([...expected].sort());
  });

  it('listed ⇒ accepted: each listed action, sent with a valid payload, is accepted', () => {
    const events = history();
    for (const next of listed(events)) {
      expect(() => after(events, commandFor(next.command as DecisionCommand['kind'], at, next.about))).not.toThrow();
    }
  });

  it('not listed ⇒ refused: the decider refuses these commands with a conflict', () => {
    const events = history();
    for (const entry of refused) {
      const [kind, document] = Array.isArray(entry) ? entry : [entry];
      expect(listed(events).some((next) => next.command === kind && (!document || next.about?.document === document))).toBe(false);
      expect(() => after(events, commandFor(kind, at, document ? { document } : undefined))).toThrow(expect.objectContaining({ kind: 'conflict' }));
    }
  });
});

describe('decision next actions: rules and takers come from the rulebook', () => {
  it('BBB-4.6.2 BBB-4.6.3: the statement and the claim name their rules and takers; the delivery names its document', () => {
    const byCommand = (events: CaseEvent[]) => Object.fromEntries(listed(events).map((a) => [a.command, a]));
    expect(byCommand(run(panelistAppointed(), issue(ISSUED_AT)))).toMatchObject({
      RecordDecisionDelivery: { by: 'administrator', rule: 'BBB-4.6.2', about: { document: 'decision' } },
      StateComplianceIntent: { by: 'respondent', rule: 'BBB-4.6.2' },
    });
    // BBB-4.6.3: either Party may claim; the Respondent through the API itself, the Complainant's claim recorded by the CBBB.
    expect(listed(run(panelistAppointed(), issue(ISSUED_AT))).filter((a) => a.command === 'ClaimImpossibility')).toEqual([
      expect.objectContaining({ by: 'respondent', rule: 'BBB-4.6.3', about: { party: 'respondent' } }),
      expect.objectContaining({ by: 'administrator', rule: 'BBB-4.6.3', about: { party: 'complainant' } }),
    ]);
    expect(byCommand(panelistAppointed())).toMatchObject({ IssueDecision: { by: 'panelist', rule: 'BBB-4.6.1' }, MonitorDecisionTarget: { by: 'administrator', rule: 'BBB-4.6.1' } });
  });

  it('BBB-4.5 BBB-4.6.1: the Decision is offered to the appointed Panelist by name; anyone else naming themselves is refused (409, panelistId)', () => {
    const history = panelistAppointed();
    expect(listed(history).find((a) => a.command === 'IssueDecision')).toMatchObject({ by: 'panelist', about: { panelistId: 'panelist-1' } });
    expect(() => after(history, issue(ISSUED_AT, true, 'panelist-2'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5', field: 'panelistId' }));
  });

  it('BBB-4.6.4: after a Notice of Intent the statement and the delivery are under BBB-4.6.4', () => {
    const actions = listed(noticeOfIntent());
    expect(actions.find((a) => a.command === 'StateComplianceIntent')).toMatchObject({ rule: 'BBB-4.6.4' });
    expect(actions.find((a) => a.command === 'RecordDecisionDelivery')).toMatchObject({ rule: 'BBB-4.6.4', about: { document: 'notice-of-intent' } });
  });

  it('BBB-5: certification and verification are under BBB-5, by the Respondent and the CBBB', () => {
    expect(listed(intentStated()).find((a) => a.command === 'CertifyDecisionCorrectiveAction')).toMatchObject({ by: 'respondent', rule: 'BBB-5' });
    expect(listed(run(intentStated(), certify('2026-10-29T15:00:00.000Z')))).toEqual([expect.objectContaining({ command: 'VerifyDecisionCorrectiveAction', by: 'administrator', rule: 'BBB-5' })]);
  });

  it('a rulebook without a Decision procedure lists nothing (VeraSafe), and the decider refuses', () => {
    const vs = run([], complaint('verasafe-2016'));
    expect(decisionNextActions(stateOf(vs), currentRulebook('verasafe-2016')!)).toEqual([]);
    expect(() => after(vs, issue(AT))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'DECISION-NOT-PROVIDED' }));
  });
});
