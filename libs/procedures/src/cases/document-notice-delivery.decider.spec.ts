import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../deadlines/period-end';
import { currentRulebook } from '../rulebooks/registry';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { after, calendar, docketedBbb, run, stateOf } from './case-history.testing';

// Issue 10 (continued): a document that travels as a notice reaches its recipient once. Its receipt recorded through the
// document's own route delivers the notice that sent it, and the notice's delivery recorded first records the document's
// receipt; whichever comes first, the other is refused. Neither can precede the notice's sending (BBB-8.7).

const BBB = currentRulebook('bbb-eu-safe-harbor')!;
/** BBB-8.7, read from the rulebook: how notices reach their recipients. */
const TRANSMITTAL = BBB.transmittal.rule;
const KIND = {
  decision: BBB.decision!.sent.kind,
  amended: BBB.decision!.amendedSent.kind,
  noticeOfIntent: BBB.decision!.noticeOfIntent.notice.kind,
  request: BBB.panelistProceedings!.information.request.kind,
  forward: BBB.panelistProceedings!.information.forward!.kind,
  defaultNotice: BBB.panelistProceedings!.information.defaultNotice!.kind,
  referral: BBB.referral!.notice.kind,
  position: BBB.hearing!.exchange.slots.find((slot) => slot.id === 'position')!.forward!.notice.kind,
};

const lapse = (events: CaseEvent[], deadlineId: string): CaseEvent[] =>
  run(events, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: periodEndedAt(stateOf(events).deadlines[deadlineId]!.dueAt) });
const hours = (at: string, count: number) => new Date(Date.parse(at) + count * 3_600_000).toISOString();

/** The ids of the notices of this kind sent to the recipient, in sending order. */
const noticesOf = (events: CaseEvent[], kind: string, recipient: 'complainant' | 'respondent' = 'respondent') =>
  Object.entries(stateOf(events).notices)
    .filter(([, notice]) => notice.kind === kind && notice.recipient === recipient)
    .map(([noticeId]) => noticeId);
const noticeDelivery = (noticeId: string, deliveredAt: string, issuedAt = deliveredAt): CaseCommand => ({ kind: 'RecordNoticeDelivery', caseId: 'case-1', noticeId, deliveredAt, calendar, issuedAt });
const deliveredNotices = (events: CaseEvent[]) => events.filter((event) => event.type === 'NoticeDelivered');
const noticeDelivered = (noticeId: string, kind: string, recipient: 'complainant' | 'respondent', deliveredAt: string): CaseEvent => ({
  type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId, kind, recipient, rule: TRANSMITTAL, deliveredAt },
});
const beforeItsNotice = expect.objectContaining({ kind: 'unprocessable', rule: TRANSMITTAL, field: 'deliveredAt' });
const alreadyDelivered = expect.objectContaining({ kind: 'conflict', rule: TRANSMITTAL, field: 'noticeId' });

/** The written hearing done (the complaint stood as the Position, a Rebuttal, no reply), Panelist panelist-1 appointed. */
function panelistAppointed(): CaseEvent[] {
  const rebutted = run(
    docketedBbb(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-01T15:00:00.000Z', calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'SubmitRebuttal', caseId: 'case-1', receivedAt: '2026-07-10T14:00:00.000Z', summary: 'r', issuedAt: '2026-07-10T14:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'rebuttal', deliveredAt: '2026-07-14T16:00:00.000Z', calendar, issuedAt: '2026-07-14T16:00:00.000Z' },
  );
  return run(lapse(rebutted, 'reply-1'), {
    kind: 'AppointPanelist', caseId: 'case-1', seed: 'seed-1', issuedAt: '2026-08-25T15:00:00.000Z',
    panelists: [{ panelistId: 'panelist-1', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true }],
  });
}

const ISSUED_AT = '2026-09-01T15:00:00.000Z';
const action = { description: 'delete the profile', remedies: [{ kind: 'suppress-personal-data' }], performBy: '2026-10-30T16:00:00.000Z' };
/** BBB-4.6.1: a Decision with corrective action, sent to both Parties as notices. */
const decisionSent = (): CaseEvent[] =>
  run(panelistAppointed(), { kind: 'IssueDecision', caseId: 'case-1', panelistId: 'panelist-1', findings: 'kept the data', correctiveActionNecessary: true, correctiveAction: action, calendar, issuedAt: ISSUED_AT });
const decisionDelivery = (document: 'decision' | 'amended-decision' | 'notice-of-intent', deliveredAt: string): CaseCommand => ({ kind: 'RecordDecisionDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt: deliveredAt });
const DECISION_RECEIVED = '2026-09-03T15:00:00.000Z';
/** BBB-4.6.4: the Decision received, no statement within BBB-4.6.2's period: the Notice of Intent is sent. */
const noticeOfIntentSent = (): CaseEvent[] => lapse(run(decisionSent(), decisionDelivery('decision', DECISION_RECEIVED)), 'compliance-statement-1');

describe('case decider: the Decision\'s and the Notice of Intent\'s receipt is their notice\'s delivery (BBB-4.6.2, BBB-4.6.4, BBB-8.7)', () => {
  it('BBB-4.6.2 BBB-8.7 given the Decision sent to the Respondent as a notice, when its receipt is recorded through the Decision, then that notice is delivered with it, once; the notice route then refuses (409)', () => {
    const history = decisionSent();
    const [toRespondent] = noticesOf(history, KIND.decision);
    const [toComplainant] = noticesOf(history, KIND.decision, 'complainant');
    const events = after(history, decisionDelivery('decision', DECISION_RECEIVED));
    expect(events.map((event) => event.type)).toEqual(['DecisionDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(deliveredNotices(events)).toEqual([noticeDelivered(toRespondent!, KIND.decision, 'respondent', DECISION_RECEIVED)]);
    const delivered = [...history, ...events];
    expect(stateOf(delivered).notices[toRespondent!]).toMatchObject({ deliveredAt: DECISION_RECEIVED });
    // The Complainant's copy is another notice, still awaiting its own delivery.
    expect(stateOf(delivered).notices[toComplainant!]!.deliveredAt).toBeUndefined();
    expect(() => after(delivered, noticeDelivery(toRespondent!, DECISION_RECEIVED))).toThrow(alreadyDelivered);
    expect(after(delivered, noticeDelivery(toComplainant!, DECISION_RECEIVED))).toEqual([noticeDelivered(toComplainant!, KIND.decision, 'complainant', DECISION_RECEIVED)]);
  });

  it('BBB-4.6.2 BBB-8.7 given the Decision sent, when its notice to the Respondent is recorded delivered first, then the Decision\'s receipt is recorded with it (the statement period starts); the Decision route then refuses (409)', () => {
    const history = decisionSent();
    const [toRespondent] = noticesOf(history, KIND.decision);
    const events = after(history, noticeDelivery(toRespondent!, DECISION_RECEIVED));
    expect(events.map((event) => event.type)).toEqual(['DecisionDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({ data: { document: 'decision', recipient: 'respondent', rule: 'BBB-4.6.2', deliveredAt: DECISION_RECEIVED } });
    expect(events[1]).toMatchObject({ data: { deadlineId: 'compliance-statement-1', basis: { event: 'DecisionDocumentDelivered', at: DECISION_RECEIVED } } });
    expect(deliveredNotices(events)).toEqual([noticeDelivered(toRespondent!, KIND.decision, 'respondent', DECISION_RECEIVED)]);
    expect(() => after([...history, ...events], decisionDelivery('decision', DECISION_RECEIVED))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.6.2', field: 'document' }));
  });

  it('BBB-4.6.4 BBB-8.7 given the Notice of Intent sent, when its receipt is recorded through the Decision, then the notice that carried it is delivered, once; the notice route then refuses (409)', () => {
    const history = noticeOfIntentSent();
    const [noticeId] = noticesOf(history, KIND.noticeOfIntent);
    const sentAt = stateOf(history).notices[noticeId!]!.sentAt;
    const at = hours(sentAt, 30);
    const events = after(history, decisionDelivery('notice-of-intent', at));
    expect(events.map((event) => event.type)).toEqual(['DecisionDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[1]).toMatchObject({ data: { kind: BBB.decision!.noticeOfIntent.deadline.kind, rule: 'BBB-4.6.4' } });
    expect(deliveredNotices(events)).toEqual([noticeDelivered(noticeId!, KIND.noticeOfIntent, 'respondent', at)]);
    expect(() => after([...history, ...events], noticeDelivery(noticeId!, at))).toThrow(alreadyDelivered);
  });

  it('BBB-4.6.4 BBB-8.7 given the Notice of Intent sent, when its notice is recorded delivered first, then the Notice of Intent\'s receipt is recorded (its last period starts); the Decision route then refuses (409)', () => {
    const history = noticeOfIntentSent();
    const [noticeId] = noticesOf(history, KIND.noticeOfIntent);
    const at = hours(stateOf(history).notices[noticeId!]!.sentAt, 30);
    const events = after(history, noticeDelivery(noticeId!, at));
    expect(events.map((event) => event.type)).toEqual(['DecisionDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({ data: { document: 'notice-of-intent', deliveredAt: at } });
    expect(() => after([...history, ...events], decisionDelivery('notice-of-intent', at))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.6.4', field: 'document' }));
  });

  it('BBB-4.6.3 BBB-8.7 given the Decision amended twice, when the amended Decision\'s receipt is recorded, then the latest amended-Decision notice to the Respondent is delivered', () => {
    let history = run(
      decisionSent(),
      decisionDelivery('decision', DECISION_RECEIVED),
      { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'respondent', grounds: 'backups', receivedAt: '2026-09-08T15:00:00.000Z', issuedAt: '2026-09-08T15:00:00.000Z' },
      { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'backup cycle', amendment: { ...action, performBy: '2026-12-15T17:00:00.000Z' }, calendar, issuedAt: '2026-09-15T15:00:00.000Z' },
    );
    history = run(
      history,
      { kind: 'ClaimImpossibility', caseId: 'case-1', party: 'respondent', grounds: 'still the backups', receivedAt: '2026-09-16T15:00:00.000Z', issuedAt: '2026-09-16T15:00:00.000Z' },
      { kind: 'RuleOnImpossibility', caseId: 'case-1', panelistId: 'panelist-1', confirmed: true, reason: 'longer cycle', amendment: { ...action, performBy: '2027-01-15T17:00:00.000Z' }, calendar, issuedAt: '2026-09-17T15:00:00.000Z' },
    );
    const [first, latest] = noticesOf(history, KIND.amended);
    const events = after(history, decisionDelivery('amended-decision', '2026-09-18T15:00:00.000Z'));
    expect(deliveredNotices(events)).toEqual([noticeDelivered(latest!, KIND.amended, 'respondent', '2026-09-18T15:00:00.000Z')]);
    expect(stateOf([...history, ...events]).notices[first!]!.deliveredAt).toBeUndefined();
  });

  it('BBB-8.7 given a history whose notice delivery was recorded without the Decision\'s (before this rule), when the Decision\'s receipt is recorded, then no second NoticeDelivered is recorded', () => {
    const history = decisionSent();
    const [noticeId] = noticesOf(history, KIND.decision);
    // Written by hand: only an earlier version of the service recorded the notice without the document.
    const earlier = noticeDelivered(noticeId!, KIND.decision, 'respondent', DECISION_RECEIVED);
    expect(after([...history, earlier], decisionDelivery('decision', DECISION_RECEIVED)).map((event) => event.type)).toEqual(['DecisionDocumentDelivered', 'DeadlineSet']);
  });

  it('BBB-8.7 given a Decision whose case closed without corrective action, when its notice is recorded delivered, then only the notice is (no Decision receipt awaited)', () => {
    const closed = run(panelistAppointed(), { kind: 'IssueDecision', caseId: 'case-1', panelistId: 'panelist-1', findings: 'no breach', correctiveActionNecessary: false, calendar, issuedAt: ISSUED_AT });
    expect(stateOf(closed).status).toBe('closed');
    const [noticeId] = noticesOf(closed, KIND.decision);
    expect(after(closed, noticeDelivery(noticeId!, DECISION_RECEIVED))).toEqual([noticeDelivered(noticeId!, KIND.decision, 'respondent', DECISION_RECEIVED)]);
  });
});

const ASKED = '2026-08-26T15:00:00.000Z';
const ask = (parties: ('complainant' | 'respondent')[], issuedAt = ASKED): CaseCommand => ({ kind: 'RequestPanelistInformation', caseId: 'case-1', panelistId: 'panelist-1', parties, question: 'Which vendors?', issuedAt });
const proceedingsDelivery = (requestId: string, document: 'request' | 'answer' | 'default-notice', deliveredAt: string, issuedAt = deliveredAt): CaseCommand => ({
  kind: 'RecordProceedingsDelivery', caseId: 'case-1', requestId, document, deliveredAt, calendar, issuedAt,
});
const answer = (requestId: string, receivedAt: string, issuedAt = receivedAt): CaseCommand => ({ kind: 'SubmitPanelistInformationAnswer', caseId: 'case-1', requestId, receivedAt, summary: 'vendors A and B', issuedAt });

describe('case decider: the receipt of the Panelist\'s request and of a forwarded answer is their notice\'s delivery (BBB-4.5.1, BBB-8.7)', () => {
  it('BBB-4.5.1 BBB-8.7 given a request to each Party, when the Respondent\'s is recorded received through the proceedings, then only the notice that sent it to the Respondent is delivered; the notice route then refuses (409)', () => {
    const history = run(panelistAppointed(), ask(['complainant', 'respondent']));
    const [toComplainant] = noticesOf(history, KIND.request, 'complainant');
    const [toRespondent] = noticesOf(history, KIND.request);
    const at = '2026-08-27T15:00:00.000Z';
    const events = after(history, proceedingsDelivery('panelist-request-2', 'request', at));
    expect(events.map((event) => event.type)).toEqual(['ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(deliveredNotices(events)).toEqual([noticeDelivered(toRespondent!, KIND.request, 'respondent', at)]);
    const delivered = [...history, ...events];
    expect(() => after(delivered, noticeDelivery(toRespondent!, at))).toThrow(alreadyDelivered);
    expect(stateOf(delivered).notices[toComplainant!]!.deliveredAt).toBeUndefined();
  });

  it('BBB-4.5.1 BBB-8.7 given two requests to the same Party, when the first is recorded received, then the notice that sent the first is delivered, not the later one', () => {
    const history = run(panelistAppointed(), ask(['respondent']), ask(['respondent'], '2026-08-27T15:00:00.000Z'));
    const [first, second] = noticesOf(history, KIND.request);
    const events = after(history, proceedingsDelivery('panelist-request-1', 'request', '2026-08-28T15:00:00.000Z'));
    expect(deliveredNotices(events)).toEqual([noticeDelivered(first!, KIND.request, 'respondent', '2026-08-28T15:00:00.000Z')]);
    expect(stateOf([...history, ...events]).notices[second!]!.deliveredAt).toBeUndefined();
  });

  it('BBB-4.5.1 BBB-8.7 given two answers forwarded in the reverse order of their requests, when each forwarded answer is recorded received, then each delivers the notice that forwarded it', () => {
    let history = run(panelistAppointed(), ask(['respondent']), ask(['respondent'], '2026-08-27T15:00:00.000Z'));
    history = run(
      history,
      proceedingsDelivery('panelist-request-1', 'request', '2026-08-28T15:00:00.000Z'),
      proceedingsDelivery('panelist-request-2', 'request', '2026-08-28T15:00:00.000Z'),
      answer('panelist-request-2', '2026-08-31T15:00:00.000Z'),
      answer('panelist-request-1', '2026-09-01T15:00:00.000Z'),
    );
    const [forwardedSecond, forwardedFirst] = noticesOf(history, KIND.forward, 'complainant');
    const events = after(history, proceedingsDelivery('panelist-request-2', 'answer', '2026-09-02T15:00:00.000Z'));
    expect(events[0]).toMatchObject({ type: 'ProceedingsDocumentDelivered', data: { requestId: 'panelist-request-2', document: 'answer', recipient: 'complainant' } });
    expect(deliveredNotices(events)).toEqual([noticeDelivered(forwardedSecond!, KIND.forward, 'complainant', '2026-09-02T15:00:00.000Z')]);
    // Its notice recorded delivered first: the first request's forwarded answer is received, its comment period starts.
    const reverse = after([...history, ...events], noticeDelivery(forwardedFirst!, '2026-09-02T16:00:00.000Z'));
    expect(reverse.map((event) => event.type)).toEqual(['ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(reverse[0]).toMatchObject({ data: { requestId: 'panelist-request-1', document: 'answer', deliveredAt: '2026-09-02T16:00:00.000Z' } });
    expect(reverse[1]).toMatchObject({ data: { kind: BBB.panelistProceedings!.information.comment!.kind, rule: 'BBB-4.5.1' } });
    expect(() => after([...history, ...events, ...reverse], proceedingsDelivery('panelist-request-1', 'answer', '2026-09-02T16:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.1', field: 'document' }));
  });

  it('BBB-4.5.1 BBB-8.7 given a request, when its notice is recorded delivered first, then the request\'s receipt is recorded (the answer period starts); the proceedings route then refuses (409)', () => {
    const history = run(panelistAppointed(), ask(['respondent']));
    const [noticeId] = noticesOf(history, KIND.request);
    const at = '2026-08-27T15:00:00.000Z';
    const events = after(history, noticeDelivery(noticeId!, at));
    expect(events.map((event) => event.type)).toEqual(['ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[1]).toMatchObject({ data: { kind: BBB.panelistProceedings!.information.answer.kind, basis: { event: 'ProceedingsDocumentDelivered', at } } });
    expect(() => after([...history, ...events], proceedingsDelivery('panelist-request-1', 'request', at))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.1', field: 'document' }));
  });

  it('BBB-4.5.1 BBB-8.7 given no answer and a default notice sent, when its receipt is recorded, then the default notice is delivered with it', () => {
    const requested = run(panelistAppointed(), ask(['respondent']), proceedingsDelivery('panelist-request-1', 'request', '2026-08-27T15:00:00.000Z'));
    const history = lapse(requested, 'panelist-information-answer-1');
    const [noticeId] = noticesOf(history, KIND.defaultNotice);
    const at = hours(stateOf(history).notices[noticeId!]!.sentAt, 24);
    const events = after(history, proceedingsDelivery('panelist-request-1', 'default-notice', at));
    expect(deliveredNotices(events)).toEqual([noticeDelivered(noticeId!, KIND.defaultNotice, 'respondent', at)]);
  });

  it('BBB-4.5.1 BBB-8.7 given the request answered, when the request\'s notice is recorded delivered late, then only the notice is (the answer period no longer applies)', () => {
    const history = run(panelistAppointed(), ask(['respondent']), answer('panelist-request-1', '2026-08-28T15:00:00.000Z'));
    const [noticeId] = noticesOf(history, KIND.request);
    expect(after(history, noticeDelivery(noticeId!, '2026-08-27T15:00:00.000Z', '2026-08-29T15:00:00.000Z'))).toEqual([noticeDelivered(noticeId!, KIND.request, 'respondent', '2026-08-27T15:00:00.000Z')]);
  });
});

const REFERRED_AT = '2026-10-01T15:00:00.000Z';
/** BBB-8.8: still no intent after the Notice of Intent: the CBBB decides to refer and notifies the Respondent first. */
function referralNoticeSent(): CaseEvent[] {
  const noticed = noticeOfIntentSent();
  const [noiNotice] = noticesOf(noticed, KIND.noticeOfIntent);
  const received = run(noticed, decisionDelivery('notice-of-intent', hours(stateOf(noticed).notices[noiNotice!]!.sentAt, 24)));
  return run(lapse(received, 'notice-of-intent-1'), {
    kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'kept data', summary: 'no intent to comply', reason: 'no intent after the Notice of Intent', decidedBy: 'admin-1', issuedAt: REFERRED_AT,
  } as CaseCommand);
}
const referralDelivery = (deliveredAt: string, issuedAt = deliveredAt): CaseCommand => ({ kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt, calendar, issuedAt });

describe('case decider: the referral notice\'s receipt is its notice\'s delivery (BBB-8.8, BBB-8.7)', () => {
  it('BBB-8.8 BBB-8.7 given the referral notice sent, when its receipt is recorded through the referral, then the notice is delivered with it, once; the notice route then refuses (409)', () => {
    const history = referralNoticeSent();
    expect(stateOf(history).stage).toBe(BBB.referral!.noticeStage);
    const [noticeId] = noticesOf(history, KIND.referral);
    const at = '2026-10-02T15:00:00.000Z';
    const events = after(history, referralDelivery(at));
    expect(events.map((event) => event.type)).toEqual(['ReferralNoticeDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(deliveredNotices(events)).toEqual([noticeDelivered(noticeId!, KIND.referral, 'respondent', at)]);
    expect(() => after([...history, ...events], noticeDelivery(noticeId!, at))).toThrow(alreadyDelivered);
  });

  it('BBB-8.8 BBB-8.7 given the referral notice sent, when the notice is recorded delivered first, then the referral notice\'s receipt is recorded (the cure period starts); the referral route then refuses (409)', () => {
    const history = referralNoticeSent();
    const [noticeId] = noticesOf(history, KIND.referral);
    const at = '2026-10-02T15:00:00.000Z';
    const events = after(history, noticeDelivery(noticeId!, at));
    expect(events.map((event) => event.type)).toEqual(['ReferralNoticeDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[1]).toMatchObject({ data: { kind: BBB.referral!.cure.deadline.kind, rule: 'BBB-8.8', basis: { event: 'ReferralNoticeDelivered', at } } });
    expect(stateOf([...history, ...events]).stage).toBe(BBB.referral!.cureStage);
    expect(() => after([...history, ...events], referralDelivery(at))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.8' }));
  });
});

describe('case decider: no document reaches its recipient before the notice that sent it (BBB-8.7)', () => {
  it('BBB-8.7 BBB-4.6.2 BBB-4.6.4 given the Decision and then the Notice of Intent sent, when a receipt earlier than its notice\'s sending is recorded, then it is refused (422, deliveredAt)', () => {
    expect(() => after(decisionSent(), decisionDelivery('decision', hours(ISSUED_AT, -1)))).toThrow(beforeItsNotice);
    const noticed = noticeOfIntentSent();
    const [noticeId] = noticesOf(noticed, KIND.noticeOfIntent);
    expect(() => after(noticed, decisionDelivery('notice-of-intent', hours(stateOf(noticed).notices[noticeId!]!.sentAt, -1)))).toThrow(beforeItsNotice);
  });

  it('BBB-8.7 BBB-4.5.1 given an answer received on one day and forwarded the next, when the forwarded answer is recorded received before it was forwarded, then it is refused (422, deliveredAt); from the forwarding on it is accepted', () => {
    const history = run(panelistAppointed(), ask(['respondent']), answer('panelist-request-1', '2026-08-28T15:00:00.000Z', '2026-08-29T15:00:00.000Z'));
    const [forwarded] = noticesOf(history, KIND.forward, 'complainant');
    expect(stateOf(history).notices[forwarded!]!.sentAt).toBe('2026-08-29T15:00:00.000Z');
    expect(() => after(history, proceedingsDelivery('panelist-request-1', 'answer', '2026-08-28T20:00:00.000Z', '2026-08-30T15:00:00.000Z'))).toThrow(beforeItsNotice);
    expect(after(history, proceedingsDelivery('panelist-request-1', 'answer', '2026-08-29T15:00:00.000Z', '2026-08-30T15:00:00.000Z')).map((event) => event.type)).toEqual([
      'ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered',
    ]);
    expect(() => after(run(panelistAppointed(), ask(['respondent'])), proceedingsDelivery('panelist-request-1', 'request', hours(ASKED, -1)))).toThrow(beforeItsNotice);
  });

  it('BBB-8.7 BBB-8.8 given the referral notice sent, when its receipt is recorded earlier than its sending, then it is refused (422, deliveredAt)', () => {
    expect(() => after(referralNoticeSent(), referralDelivery(hours(REFERRED_AT, -1), hours(REFERRED_AT, 1)))).toThrow(beforeItsNotice);
  });

  it('BBB-8.7 BBB-4.4 given a Position received on one day and forwarded later, when its receipt by the Respondent is recorded before the forwarding notice was sent, then it is refused (422, deliveredAt)', () => {
    const history = run(
      docketedBbb(),
      { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
      { kind: 'SubmitPosition', caseId: 'case-1', receivedAt: '2026-07-09T14:00:00.000Z', summary: 'my Position', issuedAt: '2026-07-10T14:00:00.000Z' },
    );
    const [forwarded] = noticesOf(history, KIND.position);
    expect(stateOf(history).notices[forwarded!]!.sentAt).toBe('2026-07-10T14:00:00.000Z');
    const hearingDelivery = (deliveredAt: string): CaseCommand => ({ kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt, calendar, issuedAt: '2026-07-11T14:00:00.000Z' });
    expect(() => after(history, hearingDelivery('2026-07-09T20:00:00.000Z'))).toThrow(beforeItsNotice);
    expect(deliveredNotices(after(history, hearingDelivery('2026-07-10T14:00:00.000Z')))).toHaveLength(1);
  });

  it('BBB-8.7 the notice route names the same rule for a delivery before sending', () => {
    const history = decisionSent();
    const [noticeId] = noticesOf(history, KIND.decision);
    expect(() => given(caseDecider, history).when(noticeDelivery(noticeId!, hours(ISSUED_AT, -1), hours(ISSUED_AT, 1)))).toThrow(beforeItsNotice);
  });
});
