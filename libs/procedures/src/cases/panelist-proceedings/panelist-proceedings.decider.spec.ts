import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { after, calendar, docketedBbb, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

/** Given a docketed BBB case whose record went to the CBBB and Panelist p-a was appointed (stage 'panelist-appointed'). */
const appointed = (): CaseEvent[] =>
docketedBbb()
    .concat([
      { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: AT } },
      { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: AT } },
    ]);

const withPanelist = (): CaseEvent[] =>
  run(appointed(), { kind: 'AppointPanelist', caseId: 'case-1', panelists: [{ panelistId: 'p-a', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true }], seed: 's', issuedAt: AT });

// Wednesday 2 September 2026, 11:00 in New York; Monday 7 September is Labor Day.
const ASKED = '2026-09-02T15:00:00.000Z';
const ask = (parties: ('complainant' | 'respondent')[] = ['respondent'], extra: Partial<Extract<CaseCommand, { kind: 'RequestPanelistInformation' }>> = {}): CaseCommand => ({
  kind: 'RequestPanelistInformation', caseId: 'case-1', panelistId: 'p-a', parties, question: 'Which vendors received the data?', issuedAt: ASKED, ...extra,
});
const deliver = (requestId: string, document: 'request' | 'answer' | 'default-notice', deliveredAt: string): CaseCommand => ({ kind: 'RecordProceedingsDelivery', caseId: 'case-1', requestId, document, deliveredAt, calendar, issuedAt: deliveredAt });
const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });
const answer = (requestId: string, receivedAt: string): CaseCommand => ({ kind: 'SubmitPanelistInformationAnswer', caseId: 'case-1', requestId, receivedAt, summary: 'vendors A and B', issuedAt: receivedAt });
const dl = (events: CaseEvent[], id: string) => stateOf(events).deadlines[id]!;

describe('case decider: the Panelist requests information (BBB-4.5.1)', () => {
  it('BBB-4.5.1 the Panelist asks both Parties: one request and one notice each; only the appointed Panelist may ask', () => {
    const history = withPanelist();
    expect(stateOf(history).stage).toBe('panelist-appointed');
    const events = after(history, ask(['complainant', 'respondent']));
    expect(events.map((e) => e.type)).toEqual(['PanelistInformationRequested', 'NoticeSent', 'PanelistInformationRequested', 'NoticeSent']);
    expect(events[0]!.data).toMatchObject({ requestId: 'panelist-request-1', party: 'complainant', rule: 'BBB-4.5.1' });
    expect(events[3]!.data).toMatchObject({ kind: 'panelist-information-request', recipient: 'respondent', rule: 'BBB-4.5.1' });
    expect(() => after(history, ask(['respondent'], { panelistId: 'p-z' }))).toThrow(expect.objectContaining({ kind: 'conflict', field: 'panelistId' }));
    expect(() => after(appointed(), ask())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5' }));
    expect(() => after(history, ask([]))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.1', field: 'parties' }));
  });

  it('BBB-4.5.1 the answer is due 10 business days after RECEIPT of the request (not its sending)', () => {
    const history = run(withPanelist(), ask());
    expect(Object.keys(stateOf(history).deadlines)).toHaveLength(0);
    const received = '2026-09-04T15:00:00.000Z';
    const events = after(history, deliver('panelist-request-1', 'request', received));
    expect(events[0]).toMatchObject({ type: 'ProceedingsDocumentDelivered', data: { document: 'request', recipient: 'respondent', rule: 'BBB-4.5.1' } });
    // From Friday 4 Sept: Labor Day (7 Sept) skipped, ten business days end Monday 21 September.
    expect(events[1]!.data).toMatchObject({ kind: 'panelist-information-answer', rule: 'BBB-4.5.1', count: 10, unit: 'business-days', dueOn: '2026-09-21', dueAt: calendar.addBusinessDays(received, 10).dueAt });
  });

  it('BBB-4.5.1 an answer is forwarded at once to the other Party, who may respond within 10 business days after receipt', () => {
    const history = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    const events = after(history, answer('panelist-request-1', '2026-09-10T15:00:00.000Z'));
    expect(events.map((e) => e.type)).toEqual(['PanelistInformationAnswered', 'DeadlineMet', 'NoticeSent']);
    expect(events[2]!.data).toMatchObject({ kind: 'panelist-answer-forwarded', recipient: 'complainant', rule: 'BBB-4.5.1', sentAt: '2026-09-10T15:00:00.000Z' });
    const forwarded = run([...history, ...events], deliver('panelist-request-1', 'answer', '2026-09-11T15:00:00.000Z'));
    const comment = Object.values(stateOf(forwarded).deadlines).find((d) => d.kind === 'panelist-information-comment')!;
    expect(comment).toMatchObject({ status: 'pending', rule: 'BBB-4.5.1', ...calendar.addBusinessDays('2026-09-11T15:00:00.000Z', 10) });
    const commented = after(forwarded, { kind: 'CommentOnPanelistAnswer', caseId: 'case-1', requestId: 'panelist-request-1', receivedAt: '2026-09-15T15:00:00.000Z', summary: 'B is not a vendor', issuedAt: '2026-09-15T15:00:00.000Z' });
    expect(commented[0]).toMatchObject({ type: 'PanelistAnswerCommented', data: { party: 'complainant' } });
    expect(commented[1]).toMatchObject({ type: 'DeadlineMet', data: { deadlineId: comment.deadlineId } });
  });

  it('BBB-4.5.1 no answer: a default notice gives 10 business days more after its receipt; still none: the Panelist proceeds and weighs the silence, the case stays open', () => {
    const history = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    const due = dl(history, 'panelist-information-answer-1').dueAt;
    expect(after(history, lapse('panelist-information-answer-1', '2026-09-21T20:00:00.000Z'))).toEqual([]);
    const lapsed = run(history, lapse('panelist-information-answer-1', periodEndedAt(due)));
    const events = lapsed.slice(history.length);
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'PanelistDefaultNoticeIssued', 'NoticeSent']);
    expect(events[2]!.data).toMatchObject({ kind: 'panelist-information-default-notice', recipient: 'respondent', rule: 'BBB-4.5.1' });
    const noticeReceived = '2026-09-24T15:00:00.000Z';
    const defaulted = run(lapsed, deliver('panelist-request-1', 'default-notice', noticeReceived));
    const last = Object.values(stateOf(defaulted).deadlines).find((d) => d.kind === 'panelist-information-after-default')!;
    expect(last).toMatchObject({ rule: 'BBB-4.5.1', status: 'pending', ...calendar.addBusinessDays(noticeReceived, 10) });
    const end = after(defaulted, lapse(last.deadlineId, periodEndedAt(last.dueAt)));
    expect(end.map((e) => e.type)).toEqual(['DeadlineLapsed', 'PanelistProceedsWithoutAnswer']);
    expect(end[1]!.data).toMatchObject({ requestId: 'panelist-request-1', party: 'respondent', rule: 'BBB-4.5.1', silenceWeighed: true });
    const state = stateOf([...defaulted, ...end]);
    expect(state).toMatchObject({ status: 'open', stage: 'panelist-appointed' });
    expect(() => after([...defaulted, ...end], answer('panelist-request-1', '2026-10-12T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4' }));
  });

  it('BBB-4.5.1 an answer within the default notice period is accepted and forwarded', () => {
    const history = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    const defaulted = run(history, lapse('panelist-information-answer-1', periodEndedAt(dl(history, 'panelist-information-answer-1').dueAt)), deliver('panelist-request-1', 'default-notice', '2026-09-24T15:00:00.000Z'));
    const events = after(defaulted, answer('panelist-request-1', '2026-09-30T15:00:00.000Z'));
    expect(events[0]).toMatchObject({ type: 'PanelistInformationAnswered', data: { afterDefault: true } });
    expect(events[1]).toMatchObject({ type: 'DeadlineMet', data: { deadlineId: 'panelist-information-after-default-1' } });
    expect(events[2]!.data).toMatchObject({ kind: 'panelist-answer-forwarded', recipient: 'complainant' });
  });

  it('BBB-4.5.4 an answer after its time limit is refused (409)', () => {
    const history = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    expect(() => after(history, answer('panelist-request-1', '2026-09-22T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4', field: 'receivedAt' }));
    // In the last millisecond of the last day it is on time; one millisecond later the period has ended.
    const due = dl(history, 'panelist-information-answer-1').dueAt;
    expect(after(history, answer('panelist-request-1', due)).map((e) => e.type)).toEqual(['PanelistInformationAnswered', 'DeadlineMet', 'NoticeSent']);
    expect(() => after(history, answer('panelist-request-1', periodEndedAt(due)))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4', field: 'receivedAt' }));
  });
});

describe("case decider: a lapse once the case has left the Panelist's stage (BBB-4.5.1)", () => {
  const PANELIST_A = { panelistId: 'p-a', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true };
  const issue = (issuedAt: string): CaseCommand => ({
    kind: 'IssueDecision', caseId: 'case-1', panelistId: 'p-a', findings: 'the Respondent kept the data', correctiveActionNecessary: true,
    correctiveAction: { description: 'delete the profile', remedies: [{ kind: 'suppress-personal-data' }], performBy: '2026-12-31T17:00:00.000Z' }, calendar, issuedAt,
  });
  /** The Respondent in default: the default notice received, its last period running. */
  const defaulted = () => {
    const history = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    return run(history, lapse('panelist-information-answer-1', periodEndedAt(dl(history, 'panelist-information-answer-1').dueAt)), deliver('panelist-request-1', 'default-notice', '2026-09-24T15:00:00.000Z'));
  };

  it('BBB-4.5.1 BBB-4.6.1 given the Respondent in default, when the Decision is issued, then the period after the default notice is cancelled with the reason', () => {
    const history = defaulted();
    expect(dl(history, 'panelist-information-after-default-1').status).toBe('pending');
    const events = after(history, issue('2026-09-28T15:00:00.000Z'));
    expect(events.filter((e) => e.type === 'DeadlineCancelled').map((e) => e.data)).toEqual([
      { caseId: 'case-1', deadlineId: 'panelist-information-after-default-1', reason: expect.stringContaining('BBB-4.5.1') },
    ]);
    expect(dl([...history, ...events], 'panelist-information-after-default-1').status).toBe('cancelled');
  });

  it('BBB-4.5.1 BBB-4.6.1 given a Decision recorded while the periods still ran (a stream from before the Decision cancelled them), when they lapse, then only the lapse is recorded: no default notice, no proceeding without an answer', () => {
    const asked = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    const decidedEarly = [...asked, ...after(asked, issue('2026-09-08T15:00:00.000Z')).filter((e) => e.type !== 'DeadlineCancelled')];
    expect(stateOf(decidedEarly)).toMatchObject({ stage: 'decision-compliance', deadlines: { 'panelist-information-answer-1': { status: 'pending' } } });
    expect(after(decidedEarly, lapse('panelist-information-answer-1', periodEndedAt(dl(asked, 'panelist-information-answer-1').dueAt))).map((e) => e.type)).toEqual(['DeadlineLapsed']);

    const history = defaulted();
    const decidedInDefault = [...history, ...after(history, issue('2026-09-28T15:00:00.000Z')).filter((e) => e.type !== 'DeadlineCancelled')];
    const last = dl(history, 'panelist-information-after-default-1');
    expect(after(decidedInDefault, lapse(last.deadlineId, periodEndedAt(last.dueAt))).map((e) => e.type)).toEqual(['DeadlineLapsed']);
  });

  it('BBB-4.5.1 BBB-4.2.1 given the Panelist set aside with no one eligible to replace them, when the answer period lapses, then no default notice is sent', () => {
    const asked = run(withPanelist(), ask(), deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    const setAside = run(asked, { kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId: 'p-a', reason: 'my firm now advises Acme', panelists: [PANELIST_A], seed: 's2', issuedAt: '2026-09-08T15:00:00.000Z' });
    expect(stateOf(setAside).stage).toBe('awaiting-panelist');
    expect(after(setAside, lapse('panelist-information-answer-1', periodEndedAt(dl(asked, 'panelist-information-answer-1').dueAt))).map((e) => e.type)).toEqual(['DeadlineLapsed']);
  });
});

const schedule = (hearingAt: string, extra: Partial<Extract<CaseCommand, { kind: 'ScheduleOralHearing' }>> = {}): CaseCommand => ({
  kind: 'ScheduleOralHearing', caseId: 'case-1', panelistId: 'p-a', hearingAt, means: 'teleconference', calendar, issuedAt: ASKED, ...extra,
});
// 15 business days after Wednesday 2 September (Labor Day skipped) is Thursday 24 September.
const HEARING_AT = '2026-09-24T14:00:00.000Z';

describe('case decider: the oral hearing (BBB-4.5.2, BBB-4.5.3)', () => {
  it('BBB-4.5.2 the Panelist may decide without an oral hearing', () => {
    const events = after(withPanelist(), { kind: 'DecideWithoutOralHearing', caseId: 'case-1', panelistId: 'p-a', issuedAt: ASKED });
    expect(events).toEqual([{ type: 'DecidedWithoutOralHearing', data: { caseId: 'case-1', panelistId: 'p-a', rule: 'BBB-4.5.2', decidedAt: ASKED } }]);
    expect(() => after([...withPanelist(), ...events], schedule(HEARING_AT))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.2' }));
  });

  it('BBB-4.5.2 written notice to all Parties 15 business days before: one day short (Labor Day counted out) is refused with 422', () => {
    expect(calendar.subtractBusinessDays('2026-09-23', 15)).toBe('2026-09-01');
    expect(() => after(withPanelist(), schedule('2026-09-23T14:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.2', field: 'hearingAt' }));
    const events = after(withPanelist(), schedule(HEARING_AT, { cbbbObserving: true }));
    expect(events.map((e) => e.type)).toEqual(['OralHearingScheduled', 'NoticeSent', 'NoticeSent']);
    expect(events[0]!.data).toMatchObject({ hearingId: 'oral-hearing-1', rule: 'BBB-4.5.2', means: 'teleconference', latestNoticeOn: '2026-09-02', cbbbMayObserve: true, cbbbObserving: true });
    expect(events.slice(1).map((e) => e.data)).toEqual([
      expect.objectContaining({ kind: 'oral-hearing-notice', recipient: 'complainant', rule: 'BBB-4.5.2' }),
      expect.objectContaining({ kind: 'oral-hearing-notice', recipient: 'respondent', rule: 'BBB-4.5.2' }),
    ]);
    expect(() => after(withPanelist(), schedule(HEARING_AT, { means: 'in-person' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.2', field: 'means' }));
  });

  it("BBB-4.5.2 a Party's exclusion while the other Party's Proprietary Information is discussed is recorded", () => {
    const history = run(withPanelist(), schedule(HEARING_AT));
    const events = after(history, { kind: 'RecordProprietaryExclusion', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', excludedParty: 'complainant', topic: 'scoring model', issuedAt: '2026-09-24T15:00:00.000Z' });
    expect(events[0]).toMatchObject({ type: 'PartyExcludedForProprietaryInformation', data: { excludedParty: 'complainant', informationOf: 'respondent', rule: 'BBB-4.5.2' } });
  });

  const absent = () =>
    run(withPanelist(), schedule(HEARING_AT), { kind: 'RecordOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', absentParty: 'respondent', issuedAt: '2026-09-24T15:00:00.000Z' });

  it('BBB-4.5.3 an absence from a properly noticed hearing: the Panelist asks the CBBB for any known reason before deciding what follows', () => {
    const history = absent();
    expect(history.at(-1)).toMatchObject({ type: 'OralHearingAbsenceRecorded', data: { absentParty: 'respondent', rule: 'BBB-4.5.3', reasonAskedOfCbbb: true } });
    const resolve: CaseCommand = { kind: 'ResolveOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', outcome: 'proceed', calendar, issuedAt: '2026-09-25T15:00:00.000Z' };
    expect(() => after(history, resolve)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.3' }));
    const reported = run(history, { kind: 'ReportAbsenceReason', caseId: 'case-1', hearingId: 'oral-hearing-1', issuedAt: '2026-09-25T14:00:00.000Z' });
    expect(reported.at(-1)).toMatchObject({ type: 'AbsenceReasonReported', data: { knownReason: null, rule: 'BBB-4.5.3' } });
    expect(after(reported, resolve)).toEqual([expect.objectContaining({ type: 'ProceededWithPartyPresent', data: expect.objectContaining({ presentParty: 'complainant', rule: 'BBB-4.5.3' }) })]);
  });

  it('BBB-4.5.3 rescheduling gives new written notice, again at least 15 business days ahead', () => {
    const reported = run(absent(), { kind: 'ReportAbsenceReason', caseId: 'case-1', hearingId: 'oral-hearing-1', knownReason: 'counsel hospitalised', issuedAt: '2026-09-25T14:00:00.000Z' });
    const reschedule = (hearingAt: string): CaseCommand => ({ kind: 'ResolveOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', outcome: 'reschedule', hearingAt, calendar, issuedAt: '2026-09-25T15:00:00.000Z' });
    expect(() => after(reported, reschedule('2026-10-08T14:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.2', field: 'hearingAt' }));
    const events = after(reported, reschedule('2026-10-19T14:00:00.000Z'));
    expect(events.map((e) => e.type)).toEqual(['OralHearingScheduled', 'NoticeSent', 'NoticeSent']);
    expect(events[0]!.data).toMatchObject({ hearingId: 'oral-hearing-2', reschedules: 'oral-hearing-1', rule: 'BBB-4.5.3' });
    expect(stateOf([...reported, ...events]).panelistProceedings!.hearings).toMatchObject({ 'oral-hearing-1': { status: 'rescheduled', knownReason: 'counsel hospitalised' }, 'oral-hearing-2': { status: 'scheduled' } });
  });
});

describe("case decider: the Panelist's acts while a Party's objection to them is pending (BBB-4.2.1)", () => {
  const object = (issuedAt = ASKED): CaseCommand => ({ kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId: 'p-a', raisedBy: 'complainant', ground: 'relationship-with-party', details: 'advised Acme in 2025', issuedAt });
  const decide = (upheld: boolean): CaseCommand => ({ kind: 'DecidePanelistObjection', caseId: 'case-1', objectionId: 'objection-1', upheld, reason: 'no relationship shown', panelists: [], seed: 's2', issuedAt: ASKED });
  const refusedByConflict = expect.objectContaining({ name: 'RuleViolation', kind: 'conflict', rule: 'BBB-4.2.1' });

  it("BBB-4.2.1 given a Party's objection to the Panelist pending, when the Panelist asks for information, schedules an oral hearing or decides without one, then each is refused (409) until the CBBB decides", () => {
    const objected = run(withPanelist(), object());
    for (const command of [ask(), schedule(HEARING_AT), { kind: 'DecideWithoutOralHearing', caseId: 'case-1', panelistId: 'p-a', issuedAt: ASKED } as CaseCommand]) {
      expect(() => given(caseDecider, objected).when(command)).toThrow(refusedByConflict);
    }
    // The objection rejected, the Panelist acts again.
    const rejected = run(objected, decide(false));
    expect(given(caseDecider, rejected).when(ask())[0]).toMatchObject({ type: 'PanelistInformationRequested' });
    expect(given(caseDecider, rejected).when(schedule(HEARING_AT))[0]).toMatchObject({ type: 'OralHearingScheduled' });
  });

  it("BBB-4.2.1 given an absence at a hearing noticed before the objection, when the objection is pending, then the Panelist may not resolve it (reschedule or proceed)", () => {
    const history = run(
      withPanelist(),
      schedule(HEARING_AT),
      { kind: 'RecordOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', absentParty: 'respondent', issuedAt: '2026-09-24T15:00:00.000Z' },
      { kind: 'ReportAbsenceReason', caseId: 'case-1', hearingId: 'oral-hearing-1', issuedAt: '2026-09-25T14:00:00.000Z' },
    );
    const objected = run(history, object('2026-09-25T14:30:00.000Z'));
    const resolve = (outcome: 'proceed' | 'reschedule'): CaseCommand => ({ kind: 'ResolveOralHearingAbsence', caseId: 'case-1', panelistId: 'p-a', hearingId: 'oral-hearing-1', outcome, ...(outcome === 'reschedule' ? { hearingAt: '2026-10-19T14:00:00.000Z' } : {}), calendar, issuedAt: '2026-09-25T15:00:00.000Z' });
    expect(() => given(caseDecider, objected).when(resolve('proceed'))).toThrow(refusedByConflict);
    expect(() => given(caseDecider, objected).when(resolve('reschedule'))).toThrow(refusedByConflict);
  });

  it('BBB-4.2.1 BBB-4.5.1 given a request made before the objection, while it is pending, then the CBBB records its delivery and the Party answers: only the Panelist is held back', () => {
    const objected = run(withPanelist(), ask(), object());
    const delivered = run(objected, deliver('panelist-request-1', 'request', '2026-09-04T15:00:00.000Z'));
    expect(given(caseDecider, delivered).when(answer('panelist-request-1', '2026-09-10T15:00:00.000Z')).map((e) => e.type)).toEqual(['PanelistInformationAnswered', 'DeadlineMet', 'NoticeSent']);
  });
});
