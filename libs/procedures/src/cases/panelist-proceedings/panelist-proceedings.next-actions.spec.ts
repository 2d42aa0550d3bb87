import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import type { NextAction } from '../next-actions/next-action';
import { PANELIST_PROCEEDINGS_COMMAND_KINDS } from './panelist-proceedings.commands';
import { panelistProceedingsNextActions } from './panelist-proceedings.next-actions';
import { calendar, docketedBbb, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

/** Given a docketed BBB case whose record went to the CBBB, awaiting its Panelist (as in the decider's spec). */
const appointed = (): CaseEvent[] =>
docketedBbb().concat([
    { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: AT } },
    { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: AT } },
  ]);

const withPanelist = (): CaseEvent[] =>
  run(appointed(), { kind: 'AppointPanelist', caseId: 'case-1', panelists: [{ panelistId: 'p-a', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true }], seed: 's', issuedAt: AT });

// Wednesday 2 September 2026, 11:00 in New York; Monday 7 September is Labor Day.
const ASKED = '2026-09-02T15:00:00.000Z';
const REQUEST_1 = 'panelist-request-1';
type Party = 'complainant' | 'respondent';
type Document = 'request' | 'answer' | 'default-notice';

const ask = (parties: Party[] = ['respondent'], issuedAt = ASKED): CaseCommand => ({ kind: 'RequestPanelistInformation', caseId: 'case-1', panelistId: 'p-a', parties, question: 'Which vendors received the data?', issuedAt });
const deliver = (requestId: string, document: Document, deliveredAt: string): CaseCommand => ({ kind: 'RecordProceedingsDelivery', caseId: 'case-1', requestId, document, deliveredAt, calendar, issuedAt: deliveredAt });
const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });
const answer = (requestId: string, receivedAt: string): CaseCommand => ({ kind: 'SubmitPanelistInformationAnswer', caseId: 'case-1', requestId, receivedAt, summary: 'vendors A and B', issuedAt: receivedAt });
const comment = (requestId: string, receivedAt: string): CaseCommand => ({ kind: 'CommentOnPanelistAnswer', caseId: 'case-1', requestId, receivedAt, summary: 'B is not a vendor', issuedAt: receivedAt });
const decideOnRecord = (issuedAt: string): CaseCommand => ({ kind: 'DecideWithoutOralHearing', caseId: 'case-1', panelistId: 'p-a', issuedAt });
const schedule = (issuedAt: string, hearingAt = calendar.addBusinessDays(issuedAt, 20).dueAt): CaseCommand => ({ kind: 'ScheduleOralHearing', caseId: 'case-1', panelistId: 'p-a', hearingAt, means: 'teleconference', calendar, issuedAt });
const exclude = (hearingId: string, issuedAt: string): CaseCommand => ({ kind: 'RecordProprietaryExclusion', caseId: 'case-1', panelistId: 'p-a', hearingId, excludedParty: 'complainant', topic: 'scoring model', issuedAt });
const absence = (hearingId: string, issuedAt: string): CaseCommand => ({ kind: 'RecordOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId, absentParty: 'respondent', issuedAt });
const reportReason = (hearingId: string, issuedAt: string): CaseCommand => ({ kind: 'ReportAbsenceReason', caseId: 'case-1', hearingId, issuedAt });
const proceed = (hearingId: string, issuedAt: string): CaseCommand => ({ kind: 'ResolveOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId, outcome: 'proceed', calendar, issuedAt });
const reschedule = (hearingId: string, issuedAt: string): CaseCommand => ({
  kind: 'ResolveOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId, outcome: 'reschedule', hearingAt: calendar.addBusinessDays(issuedAt, 20).dueAt, calendar, issuedAt,
});

// 15 business days after Wednesday 2 September (Labor Day skipped) is Thursday 24 September.
const HEARING_AT = '2026-09-24T14:00:00.000Z';
const DURING_HEARING = '2026-09-24T15:00:00.000Z';

const bbb = () => currentRulebook('bbb-eu-safe-harbor')!;
const actionsOf = (events: CaseEvent[], rulebook: Rulebook = rulebookOf(stateOf(events))) => panelistProceedingsNextActions(stateOf(events), rulebook);

/** An action or a command, by what it is and what it targets: 'RecordProceedingsDelivery panelist-request-1 request'. */
const keyOfAction = (action: NextAction) => [action.command, ...Object.values(action.about ?? {})].join(' ');
function keyOfCommand(command: CaseCommand): string {
  const target = command as Partial<Record<'requestId' | 'document' | 'hearingId', string>>;
  return [command.kind, target.requestId, target.document, target.hearingId].filter(Boolean).join(' ');
}
const listed = (events: CaseEvent[]) => actionsOf(events).map(keyOfAction).sort();

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);

/** A valid command for a listed action, issued at `now` (received by its deadline; once its hearing has begun). */
function commandFor(action: NextAction, state: OpenCase, now: string): CaseCommand {
  const requestId = action.about?.['requestId'] ?? '';
  const hearingId = action.about?.['hearingId'] ?? '';
  const receivedAt = action.deadlineId ? earlier(now, state.deadlines[action.deadlineId]!.dueAt) : now;
  const begun = () => later(now, state.panelistProceedings!.hearings[hearingId]!.hearingAt);
  switch (action.command) {
    case 'RequestPanelistInformation':
      return ask(['complainant', 'respondent'], now);
    case 'RecordProceedingsDelivery':
      return deliver(requestId, action.about!['document'] as Document, now);
    case 'SubmitPanelistInformationAnswer':
      return { ...answer(requestId, receivedAt), issuedAt: now };
    case 'CommentOnPanelistAnswer':
      return { ...comment(requestId, receivedAt), issuedAt: now };
    case 'DecideWithoutOralHearing':
      return decideOnRecord(now);
    case 'ScheduleOralHearing':
      return schedule(now);
    case 'RecordProprietaryExclusion':
      return exclude(hearingId, begun());
    case 'RecordOralHearingAbsence':
      return absence(hearingId, begun());
    case 'ReportAbsenceReason':
      return reportReason(hearingId, now);
    case 'ResolveOralHearingAbsence':
      return proceed(hearingId, now);
    default:
      throw new Error(`${action.command} is not a command of the Panelist's proceedings`);
  }
}

/** Listed ⇒ accepted: each listed action, taken with a valid command at `now`, is accepted by the decider. */
function expectListedAccepted(events: CaseEvent[], now: string): void {
  const state = stateOf(events);
  for (const action of actionsOf(events)) {
    const command = commandFor(action, state, now);
    expect(() => given(caseDecider, events).when(command)).not.toThrow();
  }
}

/** Not listed ⇒ refused: the command is absent from the list and the decider refuses it as a conflict. */
function expectRefused(events: CaseEvent[], command: CaseCommand, rule?: string): void {
  expect(listed(events)).not.toContain(keyOfCommand(command));
  expect(() => given(caseDecider, events).when(command)).toThrow(expect.objectContaining({ kind: 'conflict', ...(rule ? { rule } : {}) }));
}

const CHOICES = ['DecideWithoutOralHearing', 'RequestPanelistInformation', 'ScheduleOralHearing'];

describe('next actions of the Panelist proceedings: requests for information (BBB-4.5.1)', () => {
  it('BBB-4.5, BBB-4.5.1, BBB-4.5.2: a Panelist just appointed may ask for information, decide on the record or schedule an oral hearing', () => {
    const events = withPanelist();
    expect(listed(events)).toEqual(CHOICES);
    expect(actionsOf(events).every((action) => action.by === 'panelist' && !action.awaited)).toBe(true);
    expect(actionsOf(events).map((action) => action.rule).sort()).toEqual(['BBB-4.5.1', 'BBB-4.5.2', 'BBB-4.5.2']);
    expectListedAccepted(events, ASKED);
  });

  it('BBB-4.5: before a Panelist is appointed nothing of this part is allowed', () => {
    const events = appointed();
    expect(actionsOf(events)).toEqual([]);
    expectRefused(events, ask(), 'BBB-4.5');
    expectRefused(events, schedule(ASKED), 'BBB-4.5');
    expectRefused(events, decideOnRecord(ASKED), 'BBB-4.5');
  });

  it('BBB-4.5.1: a request sent to both Parties awaits, for each, the record of its receipt and the answer', () => {
    const events = run(withPanelist(), ask(['complainant', 'respondent']));
    expect(listed(events)).toEqual([
      ...CHOICES,
      'RecordProceedingsDelivery panelist-request-1 request',
      'RecordProceedingsDelivery panelist-request-2 request',
      'SubmitPanelistInformationAnswer panelist-request-1',
      'SubmitPanelistInformationAnswer panelist-request-2',
    ].sort());
    const answers = actionsOf(events).filter((action) => action.command === 'SubmitPanelistInformationAnswer');
    // The CBBB records each Party's answer (the route is staff's: the access policy).
    expect(answers.map(({ by, awaited, deadlineId }) => ({ by, awaited, deadlineId }))).toEqual([
      { by: 'administrator', awaited: true, deadlineId: undefined },
      { by: 'administrator', awaited: true, deadlineId: undefined },
    ]);
    expectListedAccepted(events, '2026-09-03T15:00:00.000Z');
    expectRefused(events, deliver(REQUEST_1, 'answer', '2026-09-03T15:00:00.000Z'), 'BBB-4.5.1');
    expectRefused(events, deliver(REQUEST_1, 'default-notice', '2026-09-03T15:00:00.000Z'), 'BBB-4.5.1');
    expectRefused(events, comment(REQUEST_1, '2026-09-03T15:00:00.000Z'), 'BBB-4.5.1');
  });

  it('BBB-4.5.1: once the request is received, the answer meets the period running for it', () => {
    const events = run(withPanelist(), ask(), deliver(REQUEST_1, 'request', '2026-09-04T15:00:00.000Z'));
    expect(listed(events)).toEqual([...CHOICES, 'SubmitPanelistInformationAnswer panelist-request-1'].sort());
    expect(actionsOf(events).find((action) => action.command === 'SubmitPanelistInformationAnswer')).toMatchObject({ by: 'administrator', awaited: true, deadlineId: 'panelist-information-answer-1', rule: 'BBB-4.5.1' });
    expectListedAccepted(events, '2026-09-08T15:00:00.000Z');
    expectRefused(events, deliver(REQUEST_1, 'request', '2026-09-08T15:00:00.000Z'), 'BBB-4.5.1');
    expectRefused(events, comment(REQUEST_1, '2026-09-08T15:00:00.000Z'), 'BBB-4.5.1');
  });

  const answered = () => run(withPanelist(), ask(), deliver(REQUEST_1, 'request', '2026-09-04T15:00:00.000Z'), answer(REQUEST_1, '2026-09-10T15:00:00.000Z'));

  it('BBB-4.5.1: an answer is forwarded; its receipt is to be recorded and the other Party may already respond', () => {
    const events = answered();
    expect(listed(events)).toEqual([...CHOICES, 'CommentOnPanelistAnswer panelist-request-1', 'RecordProceedingsDelivery panelist-request-1 answer'].sort());
    expect(actionsOf(events).find((action) => action.command === 'CommentOnPanelistAnswer')).toMatchObject({ by: 'administrator', awaited: false });
    expectListedAccepted(events, '2026-09-11T15:00:00.000Z');
    expectRefused(events, answer(REQUEST_1, '2026-09-11T15:00:00.000Z'), 'BBB-4.5.1');
    expectRefused(events, deliver(REQUEST_1, 'request', '2026-09-11T15:00:00.000Z'), 'BBB-4.5.1');

    // Responded to before the forwarded answer's receipt was recorded: the decider still takes that receipt, but nothing waits for it.
    const responded = run(events, comment(REQUEST_1, '2026-09-11T15:00:00.000Z'));
    expect(listed(responded)).toEqual([...CHOICES, 'RecordProceedingsDelivery panelist-request-1 answer'].sort());
    expect(actionsOf(responded).find((action) => action.command === 'RecordProceedingsDelivery')).toMatchObject({ by: 'administrator', awaited: false });
    expectListedAccepted(responded, '2026-09-12T15:00:00.000Z');
  });

  it('BBB-4.5.1: the forwarded answer received, the other Party has 10 business days to respond', () => {
    const events = run(answered(), deliver(REQUEST_1, 'answer', '2026-09-11T15:00:00.000Z'));
    expect(listed(events)).toEqual([...CHOICES, 'CommentOnPanelistAnswer panelist-request-1'].sort());
    expect(actionsOf(events).find((action) => action.command === 'CommentOnPanelistAnswer')).toMatchObject({ by: 'administrator', awaited: true, deadlineId: 'panelist-information-comment-1' });
    expectListedAccepted(events, '2026-09-15T15:00:00.000Z');
    expectRefused(events, deliver(REQUEST_1, 'answer', '2026-09-15T15:00:00.000Z'), 'BBB-4.5.1');
    expectRefused(events, answer(REQUEST_1, '2026-09-15T15:00:00.000Z'), 'BBB-4.5.1');

    const commented = run(events, comment(REQUEST_1, '2026-09-15T15:00:00.000Z'));
    expect(listed(commented)).toEqual(CHOICES);
    expectRefused(commented, comment(REQUEST_1, '2026-09-16T15:00:00.000Z'), 'BBB-4.5.1');
  });

  it('BBB-4.5.1, BBB-4.5.4: no response within its period is no default, but a late response is refused', () => {
    const forwarded = run(answered(), deliver(REQUEST_1, 'answer', '2026-09-11T15:00:00.000Z'));
    const due = stateOf(forwarded).deadlines['panelist-information-comment-1']!.dueAt;
    const events = run(forwarded, lapse('panelist-information-comment-1', periodEndedAt(due)));
    expect(listed(events)).toEqual(CHOICES);
    expectRefused(events, comment(REQUEST_1, '2026-09-20T15:00:00.000Z'), 'BBB-4.5.4');
  });

  const defaulted = () => {
    const received = run(withPanelist(), ask(), deliver(REQUEST_1, 'request', '2026-09-04T15:00:00.000Z'));
    return run(received, lapse('panelist-information-answer-1', periodEndedAt(stateOf(received).deadlines['panelist-information-answer-1']!.dueAt)));
  };

  it('BBB-4.5.1: no answer in time: the default notice is to be received, and the answer is still awaited', () => {
    const events = defaulted();
    expect(listed(events)).toEqual([...CHOICES, 'RecordProceedingsDelivery panelist-request-1 default-notice', 'SubmitPanelistInformationAnswer panelist-request-1'].sort());
    expectListedAccepted(events, '2026-09-24T15:00:00.000Z');
    expectRefused(events, deliver(REQUEST_1, 'request', '2026-09-24T15:00:00.000Z'), 'BBB-4.5.1');

    const noticed = run(events, deliver(REQUEST_1, 'default-notice', '2026-09-24T15:00:00.000Z'));
    expect(listed(noticed)).toEqual([...CHOICES, 'SubmitPanelistInformationAnswer panelist-request-1'].sort());
    expect(actionsOf(noticed).find((action) => action.command === 'SubmitPanelistInformationAnswer')).toMatchObject({ awaited: true, deadlineId: 'panelist-information-after-default-1' });
    expectListedAccepted(noticed, '2026-09-30T15:00:00.000Z');
    expectRefused(noticed, deliver(REQUEST_1, 'default-notice', '2026-09-30T15:00:00.000Z'), 'BBB-4.5.1');
  });

  it('BBB-4.5.1: answered before the receipt of the request or default notice was recorded: that receipt no longer starts anything', () => {
    const early = run(withPanelist(), ask(), answer(REQUEST_1, '2026-09-03T15:00:00.000Z'));
    expect(listed(early)).toEqual([...CHOICES, 'CommentOnPanelistAnswer panelist-request-1', 'RecordProceedingsDelivery panelist-request-1 answer'].sort());
    expectRefused(early, deliver(REQUEST_1, 'request', '2026-09-04T15:00:00.000Z'), 'BBB-4.5.1');

    const afterDefault = run(defaulted(), answer(REQUEST_1, '2026-09-23T15:00:00.000Z'));
    expect(listed(afterDefault)).toEqual([...CHOICES, 'CommentOnPanelistAnswer panelist-request-1', 'RecordProceedingsDelivery panelist-request-1 answer'].sort());
    expectListedAccepted(afterDefault, '2026-09-24T15:00:00.000Z');
    expectRefused(afterDefault, deliver(REQUEST_1, 'default-notice', '2026-09-24T15:00:00.000Z'), 'BBB-4.5.1');
  });

  it('BBB-4.5.1, BBB-4.5.4: still no answer after the default notice: the Panelist proceeds and the answer is no longer taken', () => {
    const noticed = run(defaulted(), deliver(REQUEST_1, 'default-notice', '2026-09-24T15:00:00.000Z'));
    const events = run(noticed, lapse('panelist-information-after-default-1', periodEndedAt(stateOf(noticed).deadlines['panelist-information-after-default-1']!.dueAt)));
    expect(listed(events)).toEqual(CHOICES);
    expectRefused(events, answer(REQUEST_1, '2026-10-12T15:00:00.000Z'), 'BBB-4.5.4');
  });
});

describe('next actions of the Panelist proceedings: the oral hearing (BBB-4.5.2, BBB-4.5.3)', () => {
  const scheduled = () => run(withPanelist(), schedule(ASKED, HEARING_AT));

  it('BBB-4.5.2, BBB-4.5.3: a hearing scheduled: exclusion and absence may be recorded once it begins; no other hearing, no decision on the record', () => {
    const events = scheduled();
    expect(listed(events)).toEqual(['RecordOralHearingAbsence oral-hearing-1', 'RecordProprietaryExclusion oral-hearing-1', 'RequestPanelistInformation']);
    expect(actionsOf(events).filter((action) => action.about).every((action) => action.by === 'panelist' && !action.awaited)).toBe(true);
    expectListedAccepted(events, DURING_HEARING);
    expectRefused(events, schedule(DURING_HEARING), 'BBB-4.5.2');
    expectRefused(events, decideOnRecord(DURING_HEARING), 'BBB-4.5.2');
    expectRefused(events, reportReason('oral-hearing-1', DURING_HEARING), 'BBB-4.5.3');
    expectRefused(events, proceed('oral-hearing-1', DURING_HEARING), 'BBB-4.5.3');
  });

  const absent = () => run(scheduled(), absence('oral-hearing-1', DURING_HEARING));

  it('BBB-4.5.3: an absence recorded: the CBBB is asked for any known reason before anything else', () => {
    const events = absent();
    expect(listed(events)).toEqual(['ReportAbsenceReason oral-hearing-1', 'RequestPanelistInformation']);
    expect(actionsOf(events).find((action) => action.command === 'ReportAbsenceReason')).toMatchObject({ by: 'administrator', awaited: true, rule: 'BBB-4.5.3' });
    expectListedAccepted(events, '2026-09-25T14:00:00.000Z');
    expectRefused(events, proceed('oral-hearing-1', '2026-09-25T14:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, absence('oral-hearing-1', '2026-09-25T14:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, exclude('oral-hearing-1', '2026-09-25T14:00:00.000Z'), 'BBB-4.5.2');
    expectRefused(events, schedule('2026-09-25T14:00:00.000Z'), 'BBB-4.5.2');
    expectRefused(events, decideOnRecord('2026-09-25T14:00:00.000Z'), 'BBB-4.5.2');
  });

  const reported = () => run(absent(), reportReason('oral-hearing-1', '2026-09-25T14:00:00.000Z'));

  it('BBB-4.5.3: the reason reported: the Panelist reschedules or proceeds with the Party present', () => {
    const events = reported();
    expect(listed(events)).toEqual(['RequestPanelistInformation', 'ResolveOralHearingAbsence oral-hearing-1']);
    expect(actionsOf(events).find((action) => action.command === 'ResolveOralHearingAbsence')).toMatchObject({ by: 'panelist', awaited: true, rule: 'BBB-4.5.3' });
    expectListedAccepted(events, '2026-09-25T15:00:00.000Z');
    expect(() => given(caseDecider, events).when(reschedule('oral-hearing-1', '2026-09-25T15:00:00.000Z'))).not.toThrow();
    expectRefused(events, reportReason('oral-hearing-1', '2026-09-25T15:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, schedule('2026-09-25T15:00:00.000Z'), 'BBB-4.5.2');
    expectRefused(events, decideOnRecord('2026-09-25T15:00:00.000Z'), 'BBB-4.5.2');
  });

  it('BBB-4.5.2, BBB-4.5.3: proceeding with the Party present: exclusion still possible, the absence is settled', () => {
    const events = run(reported(), proceed('oral-hearing-1', '2026-09-25T15:00:00.000Z'));
    expect(listed(events)).toEqual([...CHOICES, 'RecordProprietaryExclusion oral-hearing-1'].sort());
    expectListedAccepted(events, '2026-09-28T15:00:00.000Z');
    expectRefused(events, absence('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, proceed('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, reportReason('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.3');
  });

  it('BBB-4.5.3: rescheduled: the new hearing takes the old one\'s place', () => {
    const events = run(reported(), reschedule('oral-hearing-1', '2026-09-25T15:00:00.000Z'));
    expect(listed(events)).toEqual(['RecordOralHearingAbsence oral-hearing-2', 'RecordProprietaryExclusion oral-hearing-2', 'RequestPanelistInformation']);
    expectListedAccepted(events, '2026-09-28T15:00:00.000Z');
    expectRefused(events, proceed('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.3');
    expectRefused(events, exclude('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.2');
    expectRefused(events, absence('oral-hearing-1', '2026-09-28T15:00:00.000Z'), 'BBB-4.5.3');
  });

  it('BBB-4.5.2: decided without an oral hearing: only more information may be asked for', () => {
    const events = run(withPanelist(), decideOnRecord(ASKED));
    expect(listed(events)).toEqual(['RequestPanelistInformation']);
    expectListedAccepted(events, '2026-09-03T15:00:00.000Z');
    expectRefused(events, decideOnRecord('2026-09-03T15:00:00.000Z'), 'BBB-4.5.2');
    expectRefused(events, schedule('2026-09-03T15:00:00.000Z'), 'BBB-4.5.2');
  });
});

describe('next actions of the Panelist proceedings: closed cases and other rulebooks', () => {
  it('BBB-6: a case closed by withdrawal allows none of them, and the decider refuses each (409 BBB-6)', () => {
    const history = run(withPanelist(), ask(), deliver(REQUEST_1, 'request', '2026-09-04T15:00:00.000Z'), schedule(ASKED, HEARING_AT));
    const events = run(history, { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: '2026-09-08T15:00:00.000Z' });
    expect(stateOf(events).status).toBe('closed');
    expect(actionsOf(events)).toEqual([]);
    const now = DURING_HEARING;
    const refused: CaseCommand[] = [ask(['respondent'], now), deliver(REQUEST_1, 'request', now), answer(REQUEST_1, now), comment(REQUEST_1, now), decideOnRecord(now), schedule(now), exclude('oral-hearing-1', now), absence('oral-hearing-1', now), reportReason('oral-hearing-1', now), proceed('oral-hearing-1', now),
      { kind: 'FurnishInvestigativeAnalysis', caseId: 'case-1', facts: [{ fact: 'kept the data', finding: 'valid', analysis: 'the logs' }], issuedAt: now }];
    expect(refused.map((command) => command.kind).sort()).toEqual([...PANELIST_PROCEEDINGS_COMMAND_KINDS].sort());
    for (const command of refused) expectRefused(events, command, 'BBB-6');
  });

  it('a rulebook without these proceedings contributes nothing; VeraSafe composes them for its hearing officer (VS-8.4a)', () => {
    const verasafe = currentRulebook('verasafe-2016')!;
    expect(verasafe.panelistProceedings).toMatchObject({ stage: 'hearing-officer-appointed', information: { rule: 'VS-8.4a' } });
    const without: Rulebook = { ...bbb(), panelistProceedings: undefined };
    expect(actionsOf(withPanelist(), without)).toEqual([]);
  });

  it('BBB-4.5.1, BBB-4.5.2: stages and rule ids are read from the rulebook', () => {
    const rules = bbb().panelistProceedings!;
    const renamed: Rulebook = { ...bbb(), panelistProceedings: { ...rules, information: { ...rules.information, rule: 'X-1' }, oralHearing: { ...rules.oralHearing!, rule: 'X-2' } } };
    expect(actionsOf(withPanelist(), renamed).map((action) => action.rule).sort()).toEqual(['X-1', 'X-2', 'X-2']);
    const elsewhere: Rulebook = { ...bbb(), panelistProceedings: { ...rules, stage: 'another-stage' } };
    expect(actionsOf(withPanelist(), elsewhere)).toEqual([]);
  });
});
