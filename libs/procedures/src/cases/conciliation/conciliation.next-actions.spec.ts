import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { rulebookOf } from '../case-guards';
import type { CaseCommand, FileComplaint } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import type { NextAction } from '../next-actions/next-action';
import type { ConciliationCommand } from './conciliation.commands';
import { CONCILIATION_COMMAND_KINDS } from './conciliation.decider';
import { conciliationNextActions } from './conciliation.next-actions';
import { calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const LATER = '2026-07-01T14:00:00.000Z';

const actionsOf = (events: CaseEvent[]): readonly NextAction[] => {
  const state = stateOf(events);
  return conciliationNextActions(state, rulebookOf(state));
};

const file = (rulebookId: 'bbb-eu-safe-harbor' | 'verasafe-2016'): FileComplaint => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}),
  receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});

const underReview = (): CaseEvent[] => run([], file('bbb-eu-safe-harbor'));

/** BBB-2.4a: every condition found met, the Case docketed into conciliation. */
const docketed = (): CaseEvent[] =>
  run(
    underReview(),
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

/** VeraSafe has no conciliation step: its case is docketed straight into a 'conciliation'-named stage to prove the rulebook decides. */
const verasafeInConciliation = (): CaseEvent[] => [
  ...run([], file('verasafe-2016')),
  { type: 'CaseDocketed', data: { caseId: 'case-1', rule: 'VS-5', docketedAt: AT, stage: 'conciliation' } },
];

type Body<K extends ConciliationCommand['kind']> = Omit<Extract<ConciliationCommand, { kind: K }>, 'kind' | 'caseId' | 'actorId' | 'issuedAt'>;
const cmd = <K extends ConciliationCommand['kind']>(kind: K, body: Body<K>, issuedAt = LATER): CaseCommand =>
  ({ kind, caseId: 'case-1', actorId: 'staff-1', issuedAt, ...body }) as unknown as CaseCommand;

/** A valid command for each conciliation action: the payload never decides whether the state allows it. */
const BUILD: { readonly [K in ConciliationCommand['kind']]: (about: Readonly<Record<string, string>>) => CaseCommand } = {
  ObtainComplainantFacts: () => cmd('ObtainComplainantFacts', { summary: 'kept emailing after opt-out', obtainedAt: '2026-06-30T10:00:00Z' }),
  ForwardFactsToRespondent: () => cmd('ForwardFactsToRespondent', { channel: 'email' }),
  ReceiveRespondentResponse: () => cmd('ReceiveRespondentResponse', { summary: 'a bug in the unsubscribe job', receivedAt: '2026-07-01T10:00:00Z' }),
  PresentSettlementOffer: () => cmd('PresentSettlementOffer', { offeredBy: 'respondent', terms: 'delete all data' }),
  AgreeToTeleconference: (about) => cmd('AgreeToTeleconference', { party: (about.party ?? 'complainant') as 'complainant' | 'respondent' }),
  ScheduleTeleconference: () => cmd('ScheduleTeleconference', { scheduledFor: '2026-07-08T15:00:00Z' }),
  ReachSettlement: () => cmd('ReachSettlement', { terms: 'remove Ada from all lists' }),
  CirculateSettlementLetter: () => cmd('CirculateSettlementLetter', { calendar }),
  CertifyPerformance: () => cmd('CertifyPerformance', { statement: 'job fixed on 28 July' }, '2026-08-03T14:00:00.000Z'),
  RequestSubstantiation: () => cmd('RequestSubstantiation', { requested: 'job logs' }, '2026-08-04T14:00:00.000Z'),
  VerifyPerformance: () => cmd('VerifyPerformance', { note: 'logs show no mail after opt-out' }, '2026-08-10T14:00:00.000Z'),
};
const isConciliation = (kind: string): kind is ConciliationCommand['kind'] => (CONCILIATION_COMMAND_KINDS as readonly string[]).includes(kind);
const commandFor = (action: NextAction): CaseCommand => {
  if (!isConciliation(action.command)) throw new Error(`${action.command} is not a conciliation command`);
  return BUILD[action.command](action.about ?? {});
};
/** An action as one readable word: the command, and its target when it has one. */
const label = (action: NextAction) => [action.command, ...Object.values(action.about ?? {})].join(' ');

const facts = BUILD.ObtainComplainantFacts({});
const forward = BUILD.ForwardFactsToRespondent({});
const response = BUILD.ReceiveRespondentResponse({});
const offer = BUILD.PresentSettlementOffer({});
const agree = (party: 'complainant' | 'respondent') => BUILD.AgreeToTeleconference({ party });
const schedule = BUILD.ScheduleTeleconference({});
const WITH_ACTION = { description: 'fix the unsubscribe job', performBy: '2026-07-31' };
const settle = (correctiveAction?: typeof WITH_ACTION) => cmd('ReachSettlement', { terms: 'remove Ada from all lists', ...(correctiveAction ? { correctiveAction } : {}) });
const letter = BUILD.CirculateSettlementLetter({});
const certify = BUILD.CertifyPerformance({});
const verify = BUILD.VerifyPerformance({});

const circulatedWithAction = () => run(docketed(), settle(WITH_ACTION), letter);
/** BBB-5 → BBB-8.8: the certification period lapsed; the case waits for a referral decision. */
const certificationLapsed = () => {
  const history = circulatedWithAction();
  const deadline = stateOf(history).deadlines['performance-certification-1'];
  return run(history, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: deadline.deadlineId, issuedAt: periodEndedAt(deadline.dueAt) });
};
/** BBB-8.8: referral decided, the notice delivered, and the Respondent cured: the case is back in performance verification. */
const referralCured = () =>
  run(
    certificationLapsed(),
    { kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'marketing after opt-out', summary: 'corrective action not certified', reason: 'no certification', decidedBy: 'admin-1', issuedAt: '2026-09-16T15:00:00.000Z' },
    { kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt: '2026-09-17T15:00:00.000Z', calendar, issuedAt: '2026-09-17T15:00:00.000Z' },
    { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-09-18T15:00:00.000Z', actionTaken: 'fixed the unsubscribe job', calendar, issuedAt: '2026-09-18T16:00:00.000Z' },
  );
const hearingRequested = () =>
  run(docketed(), { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: LATER });

interface Scenario {
  readonly title: string;
  readonly history: () => CaseEvent[];
  /** What the part lists, as `label` writes it. */
  readonly listed: readonly string[];
  /** Commands it omits that the decider must refuse (409), with the rule the refusal names. */
  readonly refused: readonly { readonly kind: ConciliationCommand['kind']; readonly rule: string }[];
}

const PERFORMANCE_REFUSED = [
  { kind: 'CertifyPerformance', rule: 'BBB-5' },
  { kind: 'RequestSubstantiation', rule: 'BBB-5' },
  { kind: 'VerifyPerformance', rule: 'BBB-5' },
] as const;
const CONCILIATION_REFUSED = (rule: string) =>
  (['ObtainComplainantFacts', 'ForwardFactsToRespondent', 'ReceiveRespondentResponse', 'PresentSettlementOffer', 'AgreeToTeleconference', 'ScheduleTeleconference', 'ReachSettlement'] as const).map((kind) => ({ kind, rule }));

const SCENARIOS: readonly Scenario[] = [
  {
    title: 'BBB-2.4a / BBB-3.2: before docketing, no conciliation step is open',
    history: underReview,
    listed: [],
    refused: [{ kind: 'ObtainComplainantFacts', rule: 'BBB-3.2' }, { kind: 'ReachSettlement', rule: 'BBB-3.4' }, { kind: 'AgreeToTeleconference', rule: 'BBB-3.3' }],
  },
  {
    title: 'BBB-3.2 / BBB-3.3 / BBB-3.4: just docketed, the CBBB obtains the facts; offers, agreements and a Settlement are open',
    history: docketed,
    listed: ['ObtainComplainantFacts', 'PresentSettlementOffer', 'AgreeToTeleconference complainant', 'AgreeToTeleconference respondent', 'ReachSettlement'],
    refused: [
      { kind: 'ForwardFactsToRespondent', rule: 'BBB-3.2' },
      { kind: 'ReceiveRespondentResponse', rule: 'BBB-3.2' },
      { kind: 'ScheduleTeleconference', rule: 'BBB-3.3' },
      { kind: 'CirculateSettlementLetter', rule: 'BBB-3.4' },
      ...PERFORMANCE_REFUSED,
    ],
  },
  {
    title: "BBB-3.2: the Complainant's facts obtained, they can be forwarded",
    history: () => run(docketed(), facts),
    listed: ['ObtainComplainantFacts', 'ForwardFactsToRespondent', 'PresentSettlementOffer', 'AgreeToTeleconference complainant', 'AgreeToTeleconference respondent', 'ReachSettlement'],
    refused: [{ kind: 'ReceiveRespondentResponse', rule: 'BBB-3.2' }, { kind: 'ScheduleTeleconference', rule: 'BBB-3.3' }],
  },
  {
    title: "BBB-3.2: the facts forwarded, the Respondent's response can be recorded",
    history: () => run(docketed(), facts, forward),
    listed: ['ObtainComplainantFacts', 'ForwardFactsToRespondent', 'ReceiveRespondentResponse', 'PresentSettlementOffer', 'AgreeToTeleconference complainant', 'AgreeToTeleconference respondent', 'ReachSettlement'],
    refused: [{ kind: 'ScheduleTeleconference', rule: 'BBB-3.3' }, { kind: 'CirculateSettlementLetter', rule: 'BBB-3.4' }],
  },
  {
    title: 'BBB-3.3: only the Complainant agreed to a teleconference: the Respondent may still agree; it cannot be scheduled',
    history: () => run(docketed(), facts, forward, response, offer, agree('complainant')),
    listed: ['ObtainComplainantFacts', 'ForwardFactsToRespondent', 'ReceiveRespondentResponse', 'PresentSettlementOffer', 'AgreeToTeleconference respondent', 'ReachSettlement'],
    refused: [{ kind: 'ScheduleTeleconference', rule: 'BBB-3.3' }],
  },
  {
    title: 'BBB-3.3: both Parties agreed: the CBBB schedules the teleconference',
    history: () => run(docketed(), agree('complainant'), agree('respondent')),
    listed: ['ObtainComplainantFacts', 'PresentSettlementOffer', 'ScheduleTeleconference', 'ReachSettlement'],
    refused: [{ kind: 'ForwardFactsToRespondent', rule: 'BBB-3.2' }],
  },
  {
    title: 'BBB-3.4: a Settlement without corrective action reached: only the letter remains',
    history: () => run(docketed(), facts, settle()),
    listed: ['CirculateSettlementLetter'],
    refused: [...CONCILIATION_REFUSED('BBB-3.2').slice(0, 4), { kind: 'AgreeToTeleconference', rule: 'BBB-3.3' }, { kind: 'ReachSettlement', rule: 'BBB-3.4' }, ...PERFORMANCE_REFUSED],
  },
  {
    title: 'BBB-3.4: a Settlement with corrective action reached: only the letter remains',
    history: () => run(docketed(), settle(WITH_ACTION)),
    listed: ['CirculateSettlementLetter'],
    refused: [{ kind: 'ReachSettlement', rule: 'BBB-3.4' }, { kind: 'ScheduleTeleconference', rule: 'BBB-3.3' }, ...PERFORMANCE_REFUSED],
  },
  {
    title: 'BBB-3.4 / BBB-5: the letter circulated for a Settlement with corrective action: the Respondent certifies implementation',
    history: circulatedWithAction,
    listed: ['CertifyPerformance'],
    refused: [{ kind: 'CirculateSettlementLetter', rule: 'BBB-3.4' }, { kind: 'RequestSubstantiation', rule: 'BBB-5' }, { kind: 'VerifyPerformance', rule: 'BBB-5' }, { kind: 'ReachSettlement', rule: 'BBB-3.4' }],
  },
  {
    title: 'BBB-5: implementation certified: the CBBB verifies it, and may ask for substantiation',
    history: () => run(circulatedWithAction(), certify),
    listed: ['VerifyPerformance', 'RequestSubstantiation'],
    refused: [{ kind: 'CertifyPerformance', rule: 'BBB-5' }, { kind: 'CirculateSettlementLetter', rule: 'BBB-3.4' }],
  },
  {
    title: 'BBB-5 / BBB-8.8: certification not made in time: the case waits for a referral decision, not for conciliation',
    history: certificationLapsed,
    listed: [],
    refused: [...PERFORMANCE_REFUSED.map(({ kind }) => ({ kind, rule: 'BBB-5' })), { kind: 'ReachSettlement', rule: 'BBB-3.4' }],
  },
  {
    // The cure stands as the certification: verification is next, as after a certification in time.
    title: 'BBB-8.8 / BBB-5: the referral cured, back in performance verification with the action taken: verification awaited',
    history: referralCured,
    listed: ['VerifyPerformance', 'RequestSubstantiation'],
    refused: [{ kind: 'CertifyPerformance', rule: 'BBB-5' }, { kind: 'ReachSettlement', rule: 'BBB-3.4' }],
  },
  {
    title: 'BBB-4.1 / BBB-3.4: a hearing requested ends conciliation',
    history: hearingRequested,
    listed: [],
    refused: [{ kind: 'ObtainComplainantFacts', rule: 'BBB-3.2' }, { kind: 'AgreeToTeleconference', rule: 'BBB-3.3' }, { kind: 'ReachSettlement', rule: 'BBB-3.4' }],
  },
  {
    title: 'BBB-6 (5): closed by the letter for a Settlement without corrective action: nothing',
    history: () => run(docketed(), settle(), letter),
    listed: [],
    refused: [...CONCILIATION_REFUSED('BBB-6'), { kind: 'CirculateSettlementLetter', rule: 'BBB-6' }, ...PERFORMANCE_REFUSED.map(({ kind }) => ({ kind, rule: 'BBB-6' }))],
  },
  {
    title: 'BBB-6 (4): closed on verified corrective action: nothing',
    history: () => run(circulatedWithAction(), certify, verify),
    listed: [],
    refused: [{ kind: 'VerifyPerformance', rule: 'BBB-6' }, { kind: 'RequestSubstantiation', rule: 'BBB-6' }, { kind: 'ReachSettlement', rule: 'BBB-6' }],
  },
  {
    title: 'VeraSafe has no conciliation step: nothing, even in a stage so named',
    history: verasafeInConciliation,
    listed: [],
    refused: [{ kind: 'ObtainComplainantFacts', rule: 'verasafe-2016' }, { kind: 'ReachSettlement', rule: 'verasafe-2016' }],
  },
];

describe('conciliation next actions (BBB Part 3, Part 5)', () => {
  describe.each(SCENARIOS)('$title', ({ history, listed, refused }) => {
    it('given the history, then it lists exactly these conciliation actions', () => {
      expect(actionsOf(history()).map(label).sort()).toEqual([...listed].sort());
    });

    it('given the history, when each listed action is taken with a valid command, then the decider accepts it', () => {
      const events = history();
      for (const action of actionsOf(events)) expect(() => given(caseDecider, events).when(commandFor(action))).not.toThrow();
    });

    it('given the history, when an omitted command is taken, then the decider refuses it as a conflict (409)', () => {
      const events = history();
      for (const { kind, rule } of refused) {
        expect(() => given(caseDecider, events).when(BUILD[kind]({}))).toThrow(expect.objectContaining({ kind: 'conflict', rule }));
      }
    });
  });

  it('BBB-3.2: each exchange is awaited until made, in order; offers are merely presented when the Respondent makes them', () => {
    const awaited = (events: CaseEvent[]) => actionsOf(events).filter((action) => action.awaited).map(label);
    expect(awaited(docketed())).toEqual(['ObtainComplainantFacts']);
    expect(awaited(run(docketed(), facts))).toEqual(['ForwardFactsToRespondent']);
    expect(awaited(run(docketed(), facts, forward))).toEqual(['ReceiveRespondentResponse']);
    expect(awaited(run(docketed(), facts, forward, response))).toEqual([]);
    expect(actionsOf(docketed()).find((action) => action.command === 'PresentSettlementOffer')).toMatchObject({ by: 'administrator', rule: 'BBB-3.2', awaited: false });
    expect(actionsOf(run(docketed(), facts, forward)).find((action) => action.command === 'ReceiveRespondentResponse')).toMatchObject({ by: 'administrator', rule: 'BBB-3.2' });
  });

  it('BBB-3.3: each Party agrees for itself; once both did, scheduling is awaited, then only a rescheduling is offered', () => {
    expect(actionsOf(docketed()).filter((action) => action.command === 'AgreeToTeleconference')).toEqual([
      expect.objectContaining({ by: 'complainant', rule: 'BBB-3.3', awaited: false, about: { party: 'complainant' } }),
      expect.objectContaining({ by: 'respondent', rule: 'BBB-3.3', awaited: false, about: { party: 'respondent' } }),
    ]);
    const agreed = run(docketed(), agree('respondent'), agree('complainant'));
    expect(actionsOf(agreed).find((action) => action.command === 'ScheduleTeleconference')).toMatchObject({ by: 'administrator', rule: 'BBB-3.3', awaited: true });
    expect(actionsOf(run(agreed, schedule)).find((action) => action.command === 'ScheduleTeleconference')).toMatchObject({ awaited: false });
  });

  it('BBB-3.4: a Settlement is open to the Parties in conciliation but not awaited; once reached, the letter is awaited of the CBBB', () => {
    expect(actionsOf(docketed()).find((action) => action.command === 'ReachSettlement')).toMatchObject({ by: 'administrator', rule: 'BBB-3.4', awaited: false });
    expect(actionsOf(run(docketed(), settle(WITH_ACTION)))).toEqual([expect.objectContaining({ command: 'CirculateSettlementLetter', by: 'administrator', rule: 'BBB-3.4', awaited: true })]);
  });

  it('BBB-5: certification is awaited of the Respondent and meets the running certification deadline', () => {
    const history = circulatedWithAction();
    const [certification] = actionsOf(history);
    expect(certification).toMatchObject({ command: 'CertifyPerformance', by: 'respondent', rule: 'BBB-5', awaited: true, deadlineId: 'performance-certification-1' });
    const met = given(caseDecider, history).when(commandFor(certification!));
    expect(met).toContainEqual({ type: 'DeadlineMet', data: expect.objectContaining({ deadlineId: certification!.deadlineId }) });
  });

  it('BBB-5: after certification, verification is awaited of the CBBB and substantiation merely allowed', () => {
    expect(actionsOf(run(circulatedWithAction(), certify))).toEqual([
      expect.objectContaining({ command: 'VerifyPerformance', by: 'administrator', rule: 'BBB-5', awaited: true }),
      expect.objectContaining({ command: 'RequestSubstantiation', by: 'administrator', rule: 'BBB-5', awaited: false }),
    ]);
  });

  it('BBB-8.8 / BBB-5, BBB-6 (4): the cure of an uncertified Settlement action stands as its certification; verifying it closes the case', () => {
    const cured = referralCured();
    expect(stateOf(cured)).toMatchObject({ status: 'open', stage: 'performance-verification', conciliation: { settlement: { certified: true } } });
    expect(cured.find((event) => event.type === 'PerformanceCertified')).toMatchObject({ data: { statement: 'fixed the unsubscribe job', certifiedAt: '2026-09-18T15:00:00.000Z', deadlineId: 'performance-certification-1' } });
    const verifiedAfterCure = cmd('VerifyPerformance', { note: 'logs show no mail after opt-out' }, '2026-09-25T14:00:00.000Z');
    expect(stateOf(run(cured, verifiedAfterCure))).toMatchObject({ status: 'closed', closure: { reason: 'settlement-corrective-action-verified' } });
  });

  it('takes its rule ids from the rulebook: VeraSafe lacks conciliation and gets nothing', () => {
    const state = stateOf(verasafeInConciliation());
    expect(rulebookOf(state).conciliation).toBeUndefined();
    expect(conciliationNextActions(state, rulebookOf(state))).toEqual([]);
  });
});
