import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../../rulebooks/registry';
import { rulebookOf } from '../case-guards';
import type { CaseCommand, FileComplaint } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import type { ActionTaker, NextAction } from '../next-actions/next-action';
import { DOCUMENTS_COMMAND_KINDS, type DocumentsCommand } from './documents.commands';
import { documentsNextActions } from './documents.next-actions';
import { calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const actionsOf = (events: CaseEvent[]): readonly NextAction[] => {
  const state = stateOf(events);
  return documentsNextActions(state, rulebookOf(state));
};

const file = (rulebookId: 'bbb-eu-safe-harbor' | 'verasafe-2016'): FileComplaint => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}),
  receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});
const withdraw = (issuedAt = '2026-07-08T15:00:00.000Z'): CaseCommand => ({ kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'settled privately', issuedAt });

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

/** BBB-4.1 / BBB-4.4: a hearing requested with the complaint accepted as the Position, delivered to the Respondent. */
const withPosition = (): CaseEvent[] =>
  run(
    docketed(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-01T15:00:00.000Z', calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
  );
/** BBB-4.4: the Respondent's Rebuttal received. */
const withRebuttal = (): CaseEvent[] => run(withPosition(), { kind: 'SubmitRebuttal', caseId: 'case-1', receivedAt: '2026-07-06T15:00:00.000Z', summary: 'the Rebuttal', issuedAt: '2026-07-06T16:00:00.000Z' });
/** BBB-4.4.2: the Rebuttal reached the Complainant, whose reply was received; the response period runs. */
const withReply = (): CaseEvent[] =>
  run(
    withRebuttal(),
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'rebuttal', deliveredAt: '2026-07-06T16:00:00.000Z', calendar, issuedAt: '2026-07-06T16:00:00.000Z' },
    { kind: 'SubmitReply', caseId: 'case-1', receivedAt: '2026-07-06T16:10:00.000Z', summary: 'my reply', issuedAt: '2026-07-06T16:10:00.000Z' },
  );
/** BBB-4.4.3: the reply reached the Respondent, whose response was received (the record went to the Panelist). */
const withResponse = (): CaseEvent[] =>
  run(
    withReply(),
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'reply', deliveredAt: '2026-07-06T16:20:00.000Z', calendar, issuedAt: '2026-07-06T16:20:00.000Z' },
    { kind: 'SubmitResponse', caseId: 'case-1', receivedAt: '2026-07-06T16:30:00.000Z', summary: 'our response', issuedAt: '2026-07-06T16:30:00.000Z' },
  );

/** A valid command for each documents action: the payload never decides whether the state allows it. */
type About = Readonly<Record<string, string>>;
const BUILD: { readonly [K in DocumentsCommand['kind']]: (about: About, by: ActionTaker) => CaseCommand } = {
  DesignateProprietaryInformation: (about, by) => ({
    kind: 'DesignateProprietaryInformation', caseId: 'case-1', documentId: about.documentId ?? 'rebuttal', party: by === 'complainant' ? 'complainant' : 'respondent',
    description: 'retention architecture', content: 'ACME-INTERNAL: 731 days', affirmation: true, summary: 'how long Acme keeps marketing data', issuedAt: '2026-07-06T17:00:00.000Z',
  }),
  AcceptProprietaryDesignation: (about) => ({ kind: 'AcceptProprietaryDesignation', caseId: 'case-1', designationId: about.designationId ?? 'proprietary-1', issuedAt: '2026-07-07T15:00:00.000Z' }),
  ReturnProprietaryDesignation: (about) => ({
    kind: 'ReturnProprietaryDesignation', caseId: 'case-1', designationId: about.designationId ?? 'proprietary-1', ground: about.ground === 'summary-unacceptable' ? 'summary-unacceptable' : 'not-proprietary',
    reason: 'published on the website', issuedAt: '2026-07-07T15:00:00.000Z',
  }),
  DisposeCaseFile: () => ({ kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: '2026-07-09T15:00:00.000Z' }),
  RecordLanguageAssistance: (about) => ({ kind: 'RecordLanguageAssistance', caseId: 'case-1', party: about.party === 'respondent' ? 'respondent' : 'complainant', language: 'de', assistance: 'translation', issuedAt: AT }),
};
const isDocuments = (kind: string): kind is DocumentsCommand['kind'] => (DOCUMENTS_COMMAND_KINDS as readonly string[]).includes(kind);
const commandFor = (action: NextAction): CaseCommand => {
  if (!isDocuments(action.command)) throw new Error(`${action.command} is not a documents command`);
  return BUILD[action.command](action.about ?? {}, action.by);
};
/** An action as one readable word: the command, and its target when it has one. */
const label = (action: NextAction) => [action.command, ...Object.values(action.about ?? {})].join(' ');

const designate = (documentId: string, party: ActionTaker) => BUILD.DesignateProprietaryInformation({ documentId }, party);
const pending = () => run(withRebuttal(), designate('rebuttal', 'respondent'));
const accepted = () => run(pending(), BUILD.AcceptProprietaryDesignation({ designationId: 'proprietary-1' }, 'administrator'));
const returned = () => run(pending(), BUILD.ReturnProprietaryDesignation({ designationId: 'proprietary-1', ground: 'summary-unacceptable' }, 'administrator'));
const closedWithAccepted = () => run(accepted(), withdraw());
const disposed = () => run(closedWithAccepted(), BUILD.DisposeCaseFile({}, 'administrator'));
const verasafe = () => run([], file('verasafe-2016'));

const LANGUAGE = ['RecordLanguageAssistance complainant', 'RecordLanguageAssistance respondent'];
const DESIGNATIONS = ['DesignateProprietaryInformation position', 'DesignateProprietaryInformation rebuttal'];
const RULINGS = ['AcceptProprietaryDesignation proprietary-1', 'ReturnProprietaryDesignation proprietary-1 not-proprietary', 'ReturnProprietaryDesignation proprietary-1 summary-unacceptable'];

interface Refusal {
  readonly kind: DocumentsCommand['kind'];
  readonly about?: About;
  readonly by?: ActionTaker;
  readonly rule: string;
}
interface Scenario {
  readonly title: string;
  readonly history: () => CaseEvent[];
  /** What the part lists, as `label` writes it. */
  readonly listed: readonly string[];
  /** Commands it omits that the decider must refuse (409), with the rule the refusal names. */
  readonly refused: readonly Refusal[];
}

const DISPOSE_WHILE_OPEN: Refusal = { kind: 'DisposeCaseFile', rule: 'BBB-8.3' };
const rulingsRefused = (rule: string): Refusal[] => [
  { kind: 'AcceptProprietaryDesignation', about: { designationId: 'proprietary-1' }, rule },
  { kind: 'ReturnProprietaryDesignation', about: { designationId: 'proprietary-1', ground: 'not-proprietary' }, rule },
  { kind: 'ReturnProprietaryDesignation', about: { designationId: 'proprietary-1', ground: 'summary-unacceptable' }, rule: rule === 'BBB-8.5' ? 'BBB-8.6' : rule },
];

const SCENARIOS: readonly Scenario[] = [
  {
    title: 'BBB-8.9 / BBB-8.3: under eligibility review, only language assistance; no file to dispose of',
    history: underReview,
    listed: LANGUAGE,
    refused: [DISPOSE_WHILE_OPEN, { kind: 'DesignateProprietaryInformation', about: { documentId: 'position' }, by: 'complainant', rule: 'BBB-8.5' }],
  },
  {
    title: 'BBB-8.9 / BBB-8.5: just docketed, nothing submitted to designate material in',
    history: docketed,
    listed: LANGUAGE,
    refused: [
      DISPOSE_WHILE_OPEN,
      { kind: 'DesignateProprietaryInformation', about: { documentId: 'position' }, by: 'complainant', rule: 'BBB-8.5' },
      { kind: 'DesignateProprietaryInformation', about: { documentId: 'rebuttal' }, by: 'respondent', rule: 'BBB-8.5' },
    ],
  },
  {
    title: 'BBB-8.5: the Position submitted: the Complainant may designate material in it, the Rebuttal is yet to come',
    history: withPosition,
    listed: ['DesignateProprietaryInformation position', ...LANGUAGE],
    refused: [
      DISPOSE_WHILE_OPEN,
      { kind: 'DesignateProprietaryInformation', about: { documentId: 'rebuttal' }, by: 'respondent', rule: 'BBB-8.5' },
      { kind: 'DesignateProprietaryInformation', about: { documentId: 'reply' }, by: 'complainant', rule: 'BBB-8.5' },
    ],
  },
  {
    title: 'BBB-8.5: the Rebuttal submitted: each Party may designate material in its own submission',
    history: withRebuttal,
    listed: [...DESIGNATIONS, ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN, { kind: 'DesignateProprietaryInformation', about: { documentId: 'reply' }, by: 'complainant', rule: 'BBB-8.5' }],
  },
  {
    title: 'BBB-8.5: the reply submitted, no response (BBB-4.4.3) yet: nothing to designate in a response',
    history: withReply,
    listed: [...DESIGNATIONS, 'DesignateProprietaryInformation reply', ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN, { kind: 'DesignateProprietaryInformation', about: { documentId: 'response' }, by: 'respondent', rule: 'BBB-8.5' }],
  },
  {
    title: 'BBB-8.5 / BBB-8.6: the response submitted (BBB-4.4.3): the Respondent may designate material in it too',
    history: withResponse,
    listed: [...DESIGNATIONS, 'DesignateProprietaryInformation reply', 'DesignateProprietaryInformation response', ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN],
  },
  {
    title: 'BBB-8.5 / BBB-8.6: a designation pending: the CBBB accepts it or returns it on either ground',
    history: pending,
    listed: [...RULINGS, ...DESIGNATIONS, ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN],
  },
  {
    title: 'BBB-8.5: the designation accepted: no second ruling on it',
    history: accepted,
    listed: [...DESIGNATIONS, ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN, ...rulingsRefused('BBB-8.5')],
  },
  {
    title: 'BBB-8.6: the designation returned for an unacceptable summary: no second ruling on it',
    history: returned,
    listed: [...DESIGNATIONS, ...LANGUAGE],
    refused: [DISPOSE_WHILE_OPEN, ...rulingsRefused('BBB-8.5')],
  },
  {
    title: 'BBB-8.3: the case closed (withdrawn, BBB-6): the CBBB disposes of the file; nothing else on a closed case',
    history: closedWithAccepted,
    listed: ['DisposeCaseFile'],
    refused: [
      ...rulingsRefused('BBB-6'),
      { kind: 'DesignateProprietaryInformation', about: { documentId: 'position' }, by: 'complainant', rule: 'BBB-6' },
      { kind: 'RecordLanguageAssistance', about: { party: 'complainant' }, rule: 'BBB-6' },
    ],
  },
  {
    title: 'BBB-8.3: the file disposed of: nothing remains',
    history: disposed,
    listed: [],
    refused: [{ kind: 'DisposeCaseFile', rule: 'BBB-8.3' }, { kind: 'RecordLanguageAssistance', about: { party: 'respondent' }, rule: 'BBB-6' }],
  },
  {
    title: 'VS-11.1 VeraSafe has no documents rules: on an open case only translation for the Complainant',
    history: verasafe,
    listed: ['RecordLanguageAssistance complainant'],
    refused: [{ kind: 'DisposeCaseFile', rule: 'DOCUMENTS-NOT-PROVIDED' }],
  },
  {
    title: 'VeraSafe has no documents rules: nothing on a closed case either',
    history: () => run(verasafe(), withdraw()),
    listed: [],
    refused: [{ kind: 'DisposeCaseFile', rule: 'DOCUMENTS-NOT-PROVIDED' }],
  },
];

describe('documents next actions (BBB-8.3, 8.5, 8.6, 8.9)', () => {
  describe.each(SCENARIOS)('$title', ({ history, listed, refused }) => {
    it('given the history, then it lists exactly these documents actions', () => {
      expect(actionsOf(history()).map(label).sort()).toEqual([...listed].sort());
    });

    it('given the history, when each listed action is taken with a valid command, then the decider accepts it', () => {
      const events = history();
      for (const action of actionsOf(events)) expect(() => given(caseDecider, events).when(commandFor(action))).not.toThrow();
    });

    it('given the history, when an omitted command is taken, then the decider refuses it as a conflict (409)', () => {
      const events = history();
      for (const { kind, about, by, rule } of refused) {
        expect(() => given(caseDecider, events).when(BUILD[kind](about ?? {}, by ?? 'administrator'))).toThrow(expect.objectContaining({ kind: 'conflict', rule }));
      }
    });
  });

  it('BBB-8.5: a designation is offered to the Party that filed the submission, and merely allowed', () => {
    expect(actionsOf(withRebuttal()).filter((action) => action.command === 'DesignateProprietaryInformation')).toEqual([
      { command: 'DesignateProprietaryInformation', by: 'complainant', rule: 'BBB-8.5', description: expect.any(String), awaited: false, about: { documentId: 'position' } },
      { command: 'DesignateProprietaryInformation', by: 'respondent', rule: 'BBB-8.5', description: expect.any(String), awaited: false, about: { documentId: 'rebuttal' } },
    ]);
  });

  it('BBB-8.5 / BBB-8.6: a pending designation awaits the CBBB ruling, each return under the rule of its ground', () => {
    expect(actionsOf(pending()).filter((action) => action.awaited)).toEqual([
      expect.objectContaining({ command: 'AcceptProprietaryDesignation', by: 'administrator', rule: 'BBB-8.5', about: { designationId: 'proprietary-1' } }),
      expect.objectContaining({ command: 'ReturnProprietaryDesignation', by: 'administrator', rule: 'BBB-8.5', about: { designationId: 'proprietary-1', ground: 'not-proprietary' } }),
      expect.objectContaining({ command: 'ReturnProprietaryDesignation', by: 'administrator', rule: 'BBB-8.6', about: { designationId: 'proprietary-1', ground: 'summary-unacceptable' } }),
    ]);
  });

  it('BBB-8.5: each pending designation is ruled on separately; a ruled one drops out', () => {
    const two = run(pending(), designate('position', 'complainant'));
    expect(actionsOf(two).filter((action) => action.command === 'AcceptProprietaryDesignation').map((action) => action.about)).toEqual([{ designationId: 'proprietary-1' }, { designationId: 'proprietary-2' }]);
    const oneRuled = run(two, BUILD.AcceptProprietaryDesignation({ designationId: 'proprietary-2' }, 'administrator'));
    expect(actionsOf(oneRuled).filter((action) => action.awaited).map(label)).toEqual(RULINGS);
  });

  it('BBB-8.3: on a closed case the disposal is awaited of the CBBB', () => {
    expect(actionsOf(closedWithAccepted())).toEqual([{ command: 'DisposeCaseFile', by: 'administrator', rule: 'BBB-8.3', description: expect.any(String), awaited: true }]);
  });

  it('BBB-8.9: language assistance is recorded per Party, merely allowed', () => {
    expect(actionsOf(docketed())).toEqual([
      expect.objectContaining({ command: 'RecordLanguageAssistance', by: 'administrator', rule: 'BBB-8.9', awaited: false, about: { party: 'complainant' } }),
      expect.objectContaining({ command: 'RecordLanguageAssistance', by: 'administrator', rule: 'BBB-8.9', awaited: false, about: { party: 'respondent' } }),
    ]);
  });

  it('BBB-8.5 / BBB-8.6: given a hearing with no response filed, when the Respondent designates material in a response, then it is neither offered nor accepted (409)', () => {
    for (const history of [withPosition(), withRebuttal(), withReply()]) {
      expect(actionsOf(history).some((action) => action.about?.documentId === 'response')).toBe(false);
      expect(() => given(caseDecider, history).when(designate('response', 'respondent'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.5', field: 'documentId' }));
    }
  });

  it('BBB-8.5 / BBB-8.6: given the response filed, then a designation in it is offered to the Respondent, and accepted', () => {
    const history = withResponse();
    expect(actionsOf(history).find((action) => action.about?.documentId === 'response')).toEqual({
      command: 'DesignateProprietaryInformation', by: 'respondent', rule: 'BBB-8.5', description: expect.any(String), awaited: false, about: { documentId: 'response' },
    });
    expect(given(caseDecider, history).when(designate('response', 'respondent'))).toEqual([
      { type: 'ProprietaryInformationDesignated', data: expect.objectContaining({ documentId: 'response', party: 'respondent', rule: 'BBB-8.5' }) },
    ]);
  });
});
