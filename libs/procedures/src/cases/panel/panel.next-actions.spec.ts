import { VERASAFE_FILING } from '../case-history.testing';
import type { PanelistProfile } from '../../board/panelist-profile';
import { currentRulebook } from '../../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { NextAction } from '../next-actions/next-action';
import { panelNextActions } from './panel.next-actions';
import type { ObjectionParty } from './panel.events';
import { after, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const LATER = '2026-08-03T15:00:00.000Z';
const NOW = '2026-08-10T15:00:00.000Z';

const fileComplaint = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});

/** A docketed BBB case against Acme (registry: Acme Analytics Inc., biz-1), filed by Ada Example. */
const docketed = (): CaseEvent[] =>
  run(
    [],
    fileComplaint('bbb-eu-safe-harbor'),
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Analytics Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!
      .eligibility.conditions.filter((c) => c.id !== 'identity-verified')
      .map((c): CaseCommand => ({
        kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: c.id, met: true, note: 'ok', issuedAt: AT,
        ...(c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
      })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT },
  );

/** Given the written phase is over: the Position and Rebuttal went to the CBBB for the Panelist (BBB-4.4.2). */
const awaitingPanelist = (): CaseEvent[] => [
  ...docketed(),
  { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: AT } },
  { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: AT } },
];

const panelist = (panelistId: string, overrides: Partial<PanelistProfile> = {}): PanelistProfile => ({
  panelistId, employer: `Independent Practice ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true, ...overrides,
});
/** Three eligible Panelists (p-a, p-b, p-c) and three in conflict with the case. */
const BOARD: PanelistProfile[] = [
  panelist('p-a'),
  panelist('p-b'),
  panelist('p-c'),
  panelist('p-acme', { employer: 'ACME ANALYTICS, LLC' }),
  panelist('p-ada', { relationships: [{ with: 'Ada Example', kind: 'representation' }] }),
  panelist('p-biz', { relationships: [{ with: 'Acme EU', businessId: 'biz-1', kind: 'business' }] }),
];
/** Only p-a is eligible: once set aside, no replacement can be drawn. */
const SMALL: PanelistProfile[] = [panelist('p-a'), panelist('p-acme', { employer: 'Acme Analytics' })];

const appoint = (panelists = BOARD, seed = 'seed-1', issuedAt = AT): CaseCommand => ({ kind: 'AppointPanelist', caseId: 'case-1', panelists, seed, issuedAt });
const disqualify = (panelistId: string, panelists = BOARD, issuedAt = LATER): CaseCommand => ({ kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId, reason: 'my firm now advises Acme', panelists, seed: 'seed-replacement', issuedAt });
const objection = (panelistId: string, raisedBy: ObjectionParty = 'respondent', issuedAt = LATER): CaseCommand => ({
  kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId, raisedBy, ground: 'relationship-with-party', details: 'consulted for the other Party last year', issuedAt,
});
const decide = (objectionId: string, upheld: boolean, panelists = BOARD, issuedAt = LATER): CaseCommand => ({
  kind: 'DecidePanelistObjection', caseId: 'case-1', objectionId, upheld, reason: 'the consultancy is documented', panelists, seed: 'seed-2', issuedAt,
});

const current = (events: CaseEvent[]) => stateOf(events).panel!.panelistId!;
const appointed = () => run(awaitingPanelist(), appoint());
const objected = () => {
  const history = appointed();
  return run(history, objection(current(history)));
};

const listed = (events: CaseEvent[]): readonly NextAction[] => {
  const state = stateOf(events);
  return panelNextActions(state, rulebookOf(state));
};
/** What a test compares: everything but the wording. */
const shapes = (events: CaseEvent[]) => listed(events).map(({ description: _description, ...shape }) => shape);

/** Valid commands taking the action at NOW: an objection may be decided either way. */
function commandsFor(action: NextAction): CaseCommand[] {
  const about = action.about ?? {};
  switch (action.command) {
    case 'AppointPanelist':
      return [appoint(BOARD, 'seed-9', NOW)];
    case 'DisqualifyPanelist':
      return [disqualify(about.panelistId, BOARD, NOW)];
    case 'RaisePanelistObjection':
      return [objection(about.panelistId, about.party as ObjectionParty, NOW)];
    case 'DecidePanelistObjection':
      return [decide(about.objectionId, true, BOARD, NOW), decide(about.objectionId, false, BOARD, NOW)];
    default:
      throw new Error(`not a panel action: ${action.command}`);
  }
}

/** Listed ⇒ accepted: the decider takes every listed action. */
function expectAllAccepted(events: CaseEvent[]): void {
  for (const command of listed(events).flatMap(commandsFor)) expect(() => after(events, command)).not.toThrow();
}

/** Not listed ⇒ refused as a conflict with the state. */
const expectRefused = (events: CaseEvent[], command: CaseCommand, rule: string) => expect(() => after(events, command)).toThrow(expect.objectContaining({ name: 'RuleViolation', kind: 'conflict', rule }));

const conflictActions = (panelistId: string, parties: readonly ObjectionParty[] = ['complainant', 'respondent']) => [
  { command: 'DisqualifyPanelist', by: 'panelist', rule: 'BBB-4.2.1', awaited: false, about: { panelistId } },
  ...parties.map((party) => ({ command: 'RaisePanelistObjection', by: party, rule: 'BBB-4.2.1', awaited: false, about: { panelistId, party } })),
];
const APPOINT = { command: 'AppointPanelist', by: 'administrator', rule: 'BBB-4.5', awaited: true };
const decideAction = (objectionId: string) => ({ command: 'DecidePanelistObjection', by: 'administrator', rule: 'BBB-4.2.1', awaited: true, about: { objectionId } });

describe('panel next actions: appointing the Panelist and conflicts', () => {
  const rules = currentRulebook('bbb-eu-safe-harbor')!.panel!;

  it('BBB-4.5 BBB-4.2.1: docketed in Conciliation, no Panelist may be appointed or objected to', () => {
    const events = docketed();
    expect(shapes(events)).toEqual([]);
    expectRefused(events, appoint(BOARD, 'seed-1', NOW), 'BBB-4.5');
    expectRefused(events, objection('p-a', 'respondent', NOW), 'BBB-4.2.1');
    expectRefused(events, disqualify('p-a', BOARD, NOW), 'BBB-4.2.1');
  });

  it('BBB-4.5: the record is ready for a Panelist: the appointment is awaited', () => {
    const events = awaitingPanelist();
    expect(stateOf(events).stage).toBe(rules.stages.awaiting);
    expect(shapes(events)).toEqual([APPOINT]);
    expectAllAccepted(events);
    expectRefused(events, objection('p-a', 'respondent', NOW), 'BBB-4.2.1');
    expectRefused(events, disqualify('p-a', BOARD, NOW), 'BBB-4.2.1');
  });

  it('BBB-4.5 BBB-4.2.1: Panelist appointed: they may disqualify themselves and either Party may object; no second appointment', () => {
    const events = appointed();
    const id = current(events);
    expect(shapes(events)).toEqual(conflictActions(id));
    expectAllAccepted(events);
    expectRefused(events, appoint(BOARD, 'seed-9', NOW), 'BBB-4.5');
    const other = ['p-a', 'p-b', 'p-c'].find((candidate) => candidate !== id)!;
    expectRefused(events, objection(other, 'respondent', NOW), 'BBB-4.2.1');
    expectRefused(events, disqualify(other, BOARD, NOW), 'BBB-4.2.1');
  });

  it("BBB-4.2.1: an objection pending: the CBBB's decision is awaited; the objecting Party may not object again meanwhile", () => {
    const events = objected();
    const id = current(events);
    expect(shapes(events)).toEqual([decideAction('objection-1'), ...conflictActions(id, ['complainant'])]);
    expectAllAccepted(events);
    expectRefused(events, objection(id, 'respondent', NOW), 'BBB-4.2.1');
  });

  it('BBB-4.2.1: both Parties object: each objection awaits its own decision', () => {
    const history = objected();
    const events = run(history, objection(current(history), 'complainant'));
    expect(shapes(events)).toEqual([decideAction('objection-1'), decideAction('objection-2'), conflictActions(current(events), [])[0]]);
    expectAllAccepted(events);
  });

  it('BBB-4.2.1: an objection rejected: the Panelist stays and the objection is not decided again', () => {
    const events = run(objected(), decide('objection-1', false));
    expect(shapes(events)).toEqual(conflictActions(current(events)));
    expectAllAccepted(events);
    expectRefused(events, decide('objection-1', true, BOARD, NOW), 'BBB-4.2.1');
  });

  it('BBB-4.2.1 BBB-4.5: an objection upheld with a replacement drawn: the actions concern the new Panelist only', () => {
    const history = objected();
    const first = current(history);
    const events = run(history, decide('objection-1', true));
    const replacement = current(events);
    expect(replacement).not.toBe(first);
    expect(shapes(events)).toEqual(conflictActions(replacement));
    expectAllAccepted(events);
    expectRefused(events, decide('objection-1', false, BOARD, NOW), 'BBB-4.2.1');
    expectRefused(events, objection(first, 'complainant', NOW), 'BBB-4.2.1');
    expectRefused(events, appoint(BOARD, 'seed-9', NOW), 'BBB-4.5');
  });

  it('BBB-4.2.1 BBB-4.5: an objection upheld with no one eligible to replace: the case awaits a Panelist again', () => {
    const events = run(awaitingPanelist(), appoint(SMALL), objection('p-a'), decide('objection-1', true, SMALL));
    expect(stateOf(events)).toMatchObject({ stage: rules.stages.awaiting, panel: { setAside: [{ panelistId: 'p-a' }] } });
    expect(shapes(events)).toEqual([APPOINT]);
    expectAllAccepted(events);
    expectRefused(events, objection('p-a', 'complainant', NOW), 'BBB-4.2.1');
    expectRefused(events, disqualify('p-a', BOARD, NOW), 'BBB-4.2.1');
  });

  it('BBB-4.2.1 BBB-4.5: the Panelist disqualified themselves with no one eligible to replace: the appointment is awaited', () => {
    const events = run(awaitingPanelist(), appoint(SMALL), disqualify('p-a', SMALL));
    expect(stateOf(events).stage).toBe(rules.stages.awaiting);
    expect(shapes(events)).toEqual([APPOINT]);
    expectAllAccepted(events);
  });

  it('BBB-4.2.1: an objection left pending when its Panelist disqualified themselves is moot: not listed, and refused', () => {
    const history = objected();
    const events = run(history, disqualify(current(history)));
    expect(stateOf(events).panel!.objections['objection-1'].status).toBe('pending');
    expect(shapes(events)).toEqual(conflictActions(current(events)));
    expectAllAccepted(events);
    expectRefused(events, decide('objection-1', true, BOARD, NOW), 'BBB-4.2.1');
  });

  it('BBB-6: a closed case (withdrawn with a Panelist appointed and an objection pending) lists nothing and refuses them', () => {
    const history = objected();
    const events = run(history, { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'resolved directly', issuedAt: LATER });
    const state = stateOf(events);
    expect(state.status).toBe('closed');
    expect(shapes(events)).toEqual([]);
    expectRefused(events, decide('objection-1', true, BOARD, NOW), state.closure!.rule);
    expectRefused(events, disqualify(current(history), BOARD, NOW), state.closure!.rule);
    expectRefused(events, objection(current(history), 'complainant', NOW), state.closure!.rule);
  });

  it('a rulebook without an appointment lists none and refuses an appointment', () => {
    const { panel: _panel, ...withoutPanel } = currentRulebook('bbb-eu-safe-harbor')!;
    withRegisteredRulebook(revisedRulebook(withoutPanel, 'no-panel', {}), () => {
      const events = run([], fileComplaint('bbb-eu-safe-harbor'));
      expect(rulebookOf(stateOf(events)).panel).toBeUndefined();
      expect(shapes(events)).toEqual([]);
      expectRefused(events, appoint(BOARD, 'seed-1', NOW), 'PANEL-NOT-PROVIDED');
    });
  });
});
