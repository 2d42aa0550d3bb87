import { VERASAFE_FILING } from '../case-history.testing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { RefusalReason } from '../../rulebooks/referral-rules';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { NextAction } from '../next-actions/next-action';
import type { ReferralCommand } from './referral.commands';
import { referralNextActions } from './referral.next-actions';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });

const complaint = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
} as CaseCommand);
const filed = () => run([], complaint('bbb-eu-safe-harbor'));

const docketed = (): CaseEvent[] =>
  run(
    filed(),
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!
      .eligibility.conditions.filter((c) => c.id !== 'identity-verified')
      .map((c): CaseCommand => ({
        kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: c.id, met: true, note: 'ok', issuedAt: AT,
        ...(c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
      })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT },
  );

/** BBB-4.4.1: the Respondent never filed a Rebuttal, even after the default notice: 'referral-decision'. */
function defaulted(): CaseEvent[] {
  let events = run(
    docketed(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-01T15:00:00.000Z', calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
  );
  events = run(events, lapse('rebuttal-1', periodEndedAt(stateOf(events).deadlines['rebuttal-1'].dueAt)));
  events = run(events, { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'default-notice', deliveredAt: '2026-08-31T15:00:00.000Z', calendar, issuedAt: '2026-08-31T15:00:00.000Z' });
  return run(events, lapse('rebuttal-after-default-1', periodEndedAt(stateOf(events).deadlines['rebuttal-after-default-1'].dueAt)));
}

const DECIDED_AT = '2026-09-28T15:00:00.000Z';
const DELIVERED_AT = '2026-09-29T15:00:00.000Z';
const refer = (issuedAt: string): CaseCommand => ({
  kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'marketing profile kept after objection',
  summary: 'Acme Inc. defaulted on its Rebuttal after a default notice', reason: 'default on the Rebuttal after notice', decidedBy: 'admin-1', issuedAt,
});
const notRefer = (issuedAt: string): CaseCommand => ({ kind: 'DecideNotToRefer', caseId: 'case-1', reason: 'the Complainant no longer wishes to pursue', decidedBy: 'admin-1', issuedAt });
const deliver = (deliveredAt: string): CaseCommand => ({ kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt, calendar, issuedAt: deliveredAt });
const cure = (at: string): CaseCommand => ({ kind: 'CureReferral', caseId: 'case-1', receivedAt: at, actionTaken: 'filed its Rebuttal', calendar, issuedAt: at });
const refuse = (reason: RefusalReason, issuedAt: string, party: 'complainant' | 'respondent' = 'complainant', considerReferral = false): CaseCommand => ({
  kind: 'RefuseToProceed', caseId: 'case-1', reason, party, details: 'what happened', ...(considerReferral ? { considerReferral } : {}), decidedBy: 'admin-1', issuedAt,
});

/** A valid command for an action (its payload as a client would send it at `at`). */
function commandFor(kind: ReferralCommand['kind'], at: string, about?: NextAction['about']): CaseCommand {
  switch (kind) {
    case 'DecideToRefer':
      return refer(at);
    case 'DecideNotToRefer':
      return notRefer(at);
    case 'RecordReferralNoticeDelivery':
      return deliver(at);
    case 'CureReferral':
      return cure(at);
    case 'RefuseToProceed':
      return refuse((about?.reason ?? 'party-conduct') as RefusalReason, at);
  }
}

const BBB = currentRulebook('bbb-eu-safe-harbor')!;
const listed = (events: CaseEvent[]) => referralNextActions(stateOf(events), BBB);
/** One line per action: the command, what it is about, whether awaited, the deadline it concerns. */
const summary = (actions: readonly NextAction[]) => actions.map((a) => [a.command, a.about?.reason, a.awaited ? 'awaited' : 'allowed', a.deadlineId].filter(Boolean).join(' ')).sort();

const REFUSALS = ['RefuseToProceed breach-of-confidentiality allowed', 'RefuseToProceed direct-contact-with-panelist allowed', 'RefuseToProceed party-conduct allowed'];
const ALL: ReferralCommand['kind'][] = ['DecideToRefer', 'DecideNotToRefer', 'RecordReferralNoticeDelivery', 'CureReferral', 'RefuseToProceed'];

const noticed = () => run(defaulted(), refer(DECIDED_AT));
const curePeriod = () => run(noticed(), deliver(DELIVERED_AT));

interface Scenario {
  readonly title: string;
  readonly history: () => CaseEvent[];
  readonly at: string;
  readonly listed: string[];
  readonly refused: ReferralCommand['kind'][];
}

const scenarios: Scenario[] = [
  {
    title: 'BBB-6 BBB-4.3.1 BBB-8.4: during eligibility review the decider already accepts a refusal to proceed',
    history: filed,
    at: AT,
    listed: REFUSALS,
    refused: ['DecideToRefer', 'DecideNotToRefer', 'RecordReferralNoticeDelivery', 'CureReferral'],
  },
  {
    title: 'BBB-6 BBB-4.3.1 BBB-8.4: a docketed case in Conciliation: staff may refuse to proceed; no referral is under way',
    history: docketed,
    at: '2026-06-04T15:00:00.000Z',
    listed: REFUSALS,
    refused: ['DecideToRefer', 'DecideNotToRefer', 'RecordReferralNoticeDelivery', 'CureReferral'],
  },
  {
    title: 'BBB-4.4.1 BBB-8.8: a Respondent in default is on the referral work-queue: staff decide to refer or not',
    history: defaulted,
    at: DECIDED_AT,
    listed: ['DecideNotToRefer awaited', 'DecideToRefer awaited'],
    refused: ['RefuseToProceed', 'RecordReferralNoticeDelivery', 'CureReferral'],
  },
  {
    title: 'BBB-4.3.1 BBB-8.8: a Respondent who contacted the Panelist is considered for referral',
    history: () => run(docketed(), refuse('direct-contact-with-panelist', '2026-06-04T15:00:00.000Z', 'respondent', true)),
    at: '2026-06-05T15:00:00.000Z',
    listed: ['DecideNotToRefer awaited', 'DecideToRefer awaited'],
    refused: ['RefuseToProceed', 'RecordReferralNoticeDelivery', 'CureReferral'],
  },
  {
    title: 'BBB-8.8: referral decided: the notice\'s receipt starts the cure period; the Respondent may cure already',
    history: noticed,
    at: DELIVERED_AT,
    listed: ['CureReferral allowed', 'RecordReferralNoticeDelivery awaited'],
    refused: ['DecideToRefer', 'DecideNotToRefer', 'RefuseToProceed'],
  },
  {
    title: 'BBB-8.8: the notice received: the cure period runs',
    history: curePeriod,
    at: '2026-10-05T15:00:00.000Z',
    listed: ['CureReferral awaited referral-cure-1'],
    refused: ['RecordReferralNoticeDelivery', 'DecideToRefer', 'DecideNotToRefer', 'RefuseToProceed'],
  },
  {
    title: 'BBB-8.8: cured within the period: the case is back with the Panelist and no referral is under way',
    history: () => run(curePeriod(), cure('2026-10-05T15:00:00.000Z')),
    at: '2026-10-06T15:00:00.000Z',
    listed: REFUSALS,
    refused: ['CureReferral', 'DecideToRefer', 'DecideNotToRefer', 'RecordReferralNoticeDelivery'],
  },
  {
    title: 'BBB-8.8 BBB-7.3 BBB-6: not cured in time: referred and closed: nothing is listed, everything refused',
    history: () => {
      const history = curePeriod();
      return run(history, lapse('referral-cure-1', periodEndedAt(stateOf(history).deadlines['referral-cure-1'].dueAt)));
    },
    at: '2026-10-20T15:00:00.000Z',
    listed: [],
    refused: ALL,
  },
  {
    title: 'BBB-8.8 BBB-6: not referred: the case closed: nothing is listed, everything refused',
    history: () => run(defaulted(), notRefer(DECIDED_AT)),
    at: '2026-09-29T15:00:00.000Z',
    listed: [],
    refused: ALL,
  },
];

describe.each(scenarios)('referral next actions: $title', ({ history, at, listed: expected, refused }) => {
  it('lists exactly these actions', () => {
    expect(summary(listed(history()))).toEqual([...expected].sort());
  });

  it('listed ⇒ accepted: each listed action, sent with a valid payload, is accepted', () => {
    const events = history();
    for (const next of listed(events)) {
      expect(() => after(events, commandFor(next.command as ReferralCommand['kind'], at, next.about))).not.toThrow();
    }
  });

  it('not listed ⇒ refused: the decider refuses these commands with a conflict', () => {
    const events = history();
    for (const kind of refused) {
      expect(listed(events).some((next) => next.command === kind)).toBe(false);
      expect(() => after(events, commandFor(kind, at))).toThrow(expect.objectContaining({ kind: 'conflict' }));
    }
  });
});

describe('referral next actions: rules, takers and closures come from the rulebook', () => {
  it('BBB-4.3.1 BBB-8.4 BBB-6: each refusal names its own rule and the closure it brings', () => {
    expect(listed(docketed()).map(({ rule, about, description }) => ({ rule, about, description }))).toEqual([
      { rule: 'BBB-4.3.1', about: { reason: 'direct-contact-with-panelist' }, description: expect.stringContaining('BBB-6 (10)') },
      { rule: 'BBB-8.4', about: { reason: 'breach-of-confidentiality' }, description: expect.stringContaining('BBB-6 (9)') },
      { rule: 'BBB-6', about: { reason: 'party-conduct' }, description: expect.stringContaining('BBB-6 (11)') },
    ]);
  });

  it('BBB-8.8 BBB-8.4: not referring after a refusal to proceed closes with the refusal\'s reason, as the listing says', () => {
    const history = run(docketed(), refuse('breach-of-confidentiality', '2026-06-04T15:00:00.000Z', 'respondent', true));
    expect(listed(history).find((a) => a.command === 'DecideNotToRefer')).toMatchObject({ by: 'administrator', rule: 'BBB-8.8', description: expect.stringContaining('breach of confidentiality') });
    expect(after(history, notRefer('2026-06-05T15:00:00.000Z')).at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'refused-breach-of-confidentiality' } });
  });

  it('BBB-8.8: the notice delivery is the CBBB\'s, and so is recording the Respondent\'s cure (the Respondent cannot call it: the access policy)', () => {
    expect(listed(noticed())).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ command: 'RecordReferralNoticeDelivery', by: 'administrator', rule: 'BBB-8.8' }),
        expect.objectContaining({ command: 'CureReferral', by: 'administrator', rule: 'BBB-8.8' }),
      ]),
    );
  });

  // VeraSafe composes a referral now (VS-13, verasafe-referral.decider.spec.ts): a derived version without one stands in.
  it('a rulebook without a referral procedure lists nothing, and the decider refuses', () => {
    const bbb = currentRulebook('bbb-eu-safe-harbor')!;
    const { referral: _omitted, ...rest } = bbb;
    const without = { ...rest, version: 'no-referral-test' };
    withRegisteredRulebook(without, () => {
      const filedWithout = run([], complaint('bbb-eu-safe-harbor'));
      expect(referralNextActions(stateOf(filedWithout), without)).toEqual([]);
      expect(() => after(filedWithout, refuse('party-conduct', AT))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'REFERRAL-NOT-PROVIDED' }));
    });
  });
});
