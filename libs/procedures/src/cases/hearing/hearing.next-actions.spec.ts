import { VERASAFE_FILING } from '../case-history.testing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { NextAction } from '../next-actions/next-action';
import { hearingNextActions } from './hearing.next-actions';
import type { HearingDocument } from './hearing.events';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const fileComplaint = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});

/** A BBB case under eligibility review: identity verified, not yet docketed. */
const underReview = (): CaseEvent[] => run([], fileComplaint('bbb-eu-safe-harbor'), { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT });

/** A docketed BBB case in Conciliation. */
const docketed = (): CaseEvent[] =>
  run(
    underReview(),
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!
      .eligibility.conditions.filter((c) => c.id !== 'identity-verified')
      .map((c): CaseCommand => ({
        kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: c.id, met: true, note: 'ok', issuedAt: AT,
        ...(c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
      })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT },
  );

const REQUESTED_AT = '2026-07-01T15:00:00.000Z';
const requestHearing = (issuedAt = REQUESTED_AT, extra: Partial<Extract<CaseCommand, { kind: 'RequestHearing' }>> = {}): CaseCommand => ({
  kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data', details: 'delete my profile' }], calendar, issuedAt, ...extra,
});
type Submission = 'SubmitPosition' | 'SubmitRebuttal' | 'SubmitReply' | 'SubmitResponse';
const submit = (kind: Submission, receivedAt: string, issuedAt = receivedAt): CaseCommand => ({ kind, caseId: 'case-1', receivedAt, summary: `${kind} text`, issuedAt });
const deliver = (document: HearingDocument, deliveredAt: string, issuedAt = deliveredAt): CaseCommand => ({ kind: 'RecordHearingDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt });
/** The timer, once the period has ended (the millisecond after its last day). */
const lapse = (events: CaseEvent[], deadlineId: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: periodEndedAt(stateOf(events).deadlines[deadlineId].dueAt) });
const lapsed = (events: CaseEvent[], deadlineId: string) => run(events, lapse(events, deadlineId));

// The written phase, step by step (the dates of the hearing decider's spec).
const requested = () => run(docketed(), requestHearing());
const positionSubmitted = () => run(requested(), submit('SubmitPosition', '2026-07-10T14:00:00.000Z'));
const rebuttalDue = () => run(positionSubmitted(), deliver('position', '2026-07-14T16:00:00.000Z'));
const defaultNoticeIssued = () => lapsed(rebuttalDue(), 'rebuttal-1');
const defaultNoticeDelivered = () => run(defaultNoticeIssued(), deliver('default-notice', '2026-08-31T15:00:00.000Z'));
const rebuttalSubmitted = () => run(rebuttalDue(), submit('SubmitRebuttal', '2026-08-03T15:00:00.000Z'));
const replyDue = () => run(rebuttalSubmitted(), deliver('rebuttal', '2026-08-05T15:00:00.000Z'));
const replySubmitted = () => run(replyDue(), submit('SubmitReply', '2026-08-10T15:00:00.000Z'));
const responseDue = () => run(replySubmitted(), deliver('reply', '2026-08-11T15:00:00.000Z'));

const listed = (events: CaseEvent[]): readonly NextAction[] => {
  const state = stateOf(events);
  return hearingNextActions(state, rulebookOf(state));
};
/** What a test compares: everything but the wording. */
const shapes = (events: CaseEvent[]) => listed(events).map(({ description: _description, ...shape }) => shape);

/** A valid command taking the action at `now` (after the history, within any running period). */
function commandFor(action: NextAction, now: string): CaseCommand {
  switch (action.command) {
    case 'RequestHearing':
      return requestHearing(now);
    case 'SubmitPosition':
    case 'SubmitRebuttal':
    case 'SubmitReply':
    case 'SubmitResponse':
      return submit(action.command, now);
    case 'RecordHearingDelivery':
      return deliver(action.about!.document as HearingDocument, now);
    default:
      throw new Error(`not a hearing action: ${action.command}`);
  }
}

/** Listed ⇒ accepted: the decider takes every listed action. */
function expectAllAccepted(events: CaseEvent[], now: string): void {
  const actions = listed(events);
  for (const action of actions) expect(() => after(events, commandFor(action, now))).not.toThrow();
}

/** Not listed ⇒ refused as a conflict with the state. */
const expectRefused = (events: CaseEvent[], command: CaseCommand, rule: string) => expect(() => after(events, command)).toThrow(expect.objectContaining({ name: 'RuleViolation', kind: 'conflict', rule }));

describe('hearing next actions: the written phase of the hearing', () => {
  const rules = currentRulebook('bbb-eu-safe-harbor')!.hearing!;

  it('BBB-4.1: nothing of the hearing before the case is docketed; a request is refused', () => {
    const events = underReview();
    expect(shapes(events)).toEqual([]);
    expectRefused(events, requestHearing('2026-06-10T15:00:00.000Z'), 'BBB-4.1');
  });

  it('BBB-4.1: docketed in Conciliation, either Party may request a hearing (permitted, not awaited)', () => {
    const events = docketed();
    const now = '2026-06-10T15:00:00.000Z';
    expect(shapes(events)).toEqual([
      { command: 'RequestHearing', by: 'complainant', rule: 'BBB-4.1', awaited: false, about: { party: 'complainant' } },
      { command: 'RequestHearing', by: 'respondent', rule: 'BBB-4.1', awaited: false, about: { party: 'respondent' } },
    ]);
    expectAllAccepted(events, now);
    expectRefused(events, submit('SubmitPosition', now), 'BBB-4.4');
    expectRefused(events, deliver('position', now), 'BBB-4.4');
  });

  it('BBB-4.4: hearing requested, the Position is awaited against its running period', () => {
    const events = requested();
    const now = '2026-07-08T15:00:00.000Z';
    expect(shapes(events)).toEqual([{ command: 'SubmitPosition', by: 'complainant', rule: 'BBB-4.4', awaited: true, deadlineId: 'position-1' }]);
    expectAllAccepted(events, now);
    expectRefused(events, requestHearing(now), 'BBB-4.1');
    expectRefused(events, submit('SubmitRebuttal', now), 'BBB-4.4');
    expectRefused(events, deliver('position', now), 'BBB-4.4');
  });

  it('BBB-4.4 BBB-8.7: Position filed, delivery not recorded: its receipt is awaited; an early Rebuttal is accepted, not yet awaited', () => {
    const events = positionSubmitted();
    const now = '2026-07-13T15:00:00.000Z';
    expect(shapes(events)).toEqual([
      { command: 'SubmitRebuttal', by: 'respondent', rule: 'BBB-4.4', awaited: false },
      { command: 'RecordHearingDelivery', by: 'administrator', rule: 'BBB-4.4', awaited: true, about: { document: 'position' } },
    ]);
    expectAllAccepted(events, now);
    expectRefused(events, submit('SubmitPosition', now), 'BBB-4.4');
    expectRefused(events, submit('SubmitReply', now), 'BBB-4.4.2');
    expectRefused(events, deliver('rebuttal', now), 'BBB-4.4.2');
  });

  it('BBB-4.4: the original complaint accepted as the Position: its delivery and an early Rebuttal, as for a filed Position', () => {
    const events = run(docketed(), requestHearing(REQUESTED_AT, { acceptComplaintAsPosition: true }));
    expect(shapes(events)).toEqual([
      { command: 'SubmitRebuttal', by: 'respondent', rule: 'BBB-4.4', awaited: false },
      { command: 'RecordHearingDelivery', by: 'administrator', rule: 'BBB-4.4', awaited: true, about: { document: 'position' } },
    ]);
    expectAllAccepted(events, '2026-07-02T15:00:00.000Z');
  });

  it('BBB-4.4: Position delivered, the Rebuttal is due and meets the rebuttal deadline', () => {
    const events = rebuttalDue();
    const now = '2026-07-20T15:00:00.000Z';
    expect(shapes(events)).toEqual([{ command: 'SubmitRebuttal', by: 'respondent', rule: 'BBB-4.4', awaited: true, deadlineId: 'rebuttal-1' }]);
    expectAllAccepted(events, now);
    expectRefused(events, deliver('position', now), 'BBB-4.4');
    expectRefused(events, submit('SubmitReply', now), 'BBB-4.4.2');
  });

  it('BBB-4.4.1: default notice issued, not yet received: its receipt is awaited; a Rebuttal is still accepted', () => {
    const events = defaultNoticeIssued();
    const now = '2026-08-28T15:00:00.000Z';
    expect(stateOf(events).stage).toBe('hearing-default');
    expect(shapes(events)).toEqual([
      { command: 'SubmitRebuttal', by: 'respondent', rule: 'BBB-4.4.1', awaited: false },
      { command: 'RecordHearingDelivery', by: 'administrator', rule: 'BBB-4.4.1', awaited: true, about: { document: 'default-notice' } },
    ]);
    expectAllAccepted(events, now);
    expectRefused(events, deliver('position', now), 'BBB-4.4');
    expectRefused(events, submit('SubmitReply', now), 'BBB-4.4.2');
  });

  it('BBB-4.4.1: default notice received, the Rebuttal is awaited within its last period', () => {
    const events = defaultNoticeDelivered();
    const now = '2026-09-02T15:00:00.000Z';
    expect(shapes(events)).toEqual([{ command: 'SubmitRebuttal', by: 'respondent', rule: 'BBB-4.4.1', awaited: true, deadlineId: 'rebuttal-after-default-1' }]);
    expectAllAccepted(events, now);
    expectRefused(events, deliver('default-notice', now), 'BBB-4.4.1');
  });

  it('BBB-4.4.1 BBB-4.5.4: still no Rebuttal, referral is for staff: the hearing allows nothing more', () => {
    const events = lapsed(defaultNoticeDelivered(), 'rebuttal-after-default-1');
    const now = '2026-10-01T15:00:00.000Z';
    expect(stateOf(events).stage).toBe(rules.exchange.referralStage);
    expect(shapes(events)).toEqual([]);
    expectRefused(events, submit('SubmitRebuttal', stateOf(events).deadlines['rebuttal-after-default-1'].dueAt, now), 'BBB-4.5.4');
    expectRefused(events, requestHearing(now), 'BBB-4.1');
  });

  it('BBB-4.4.2: Rebuttal filed, delivery not recorded: its receipt is awaited; an early reply is accepted', () => {
    const events = rebuttalSubmitted();
    const now = '2026-08-04T15:00:00.000Z';
    expect(shapes(events)).toEqual([
      { command: 'SubmitReply', by: 'complainant', rule: 'BBB-4.4.2', awaited: false },
      { command: 'RecordHearingDelivery', by: 'administrator', rule: 'BBB-4.4.2', awaited: true, about: { document: 'rebuttal' } },
    ]);
    expectAllAccepted(events, now);
    expectRefused(events, submit('SubmitRebuttal', now), 'BBB-4.4');
    expectRefused(events, submit('SubmitResponse', now), 'BBB-4.4.3');
  });

  it('BBB-4.4.2: Rebuttal delivered, the reply is due and meets the reply deadline', () => {
    const events = replyDue();
    const now = '2026-08-07T15:00:00.000Z';
    expect(shapes(events)).toEqual([{ command: 'SubmitReply', by: 'complainant', rule: 'BBB-4.4.2', awaited: true, deadlineId: 'reply-1' }]);
    expectAllAccepted(events, now);
    expectRefused(events, deliver('rebuttal', now), 'BBB-4.4.2');
    expectRefused(events, submit('SubmitResponse', now), 'BBB-4.4.3');
  });

  it('BBB-4.4.3: reply filed, delivery not recorded: its receipt is awaited; an early response is accepted', () => {
    const events = replySubmitted();
    const now = '2026-08-10T18:00:00.000Z';
    expect(shapes(events)).toEqual([
      { command: 'SubmitResponse', by: 'respondent', rule: 'BBB-4.4.3', awaited: false },
      { command: 'RecordHearingDelivery', by: 'administrator', rule: 'BBB-4.4.3', awaited: true, about: { document: 'reply' } },
    ]);
    expectAllAccepted(events, now);
    expectRefused(events, submit('SubmitReply', now), 'BBB-4.4.2');
  });

  it('BBB-4.4.3: reply delivered, the response is due and meets the response deadline', () => {
    const events = responseDue();
    const now = '2026-08-13T15:00:00.000Z';
    expect(shapes(events)).toEqual([{ command: 'SubmitResponse', by: 'respondent', rule: 'BBB-4.4.3', awaited: true, deadlineId: 'response-1' }]);
    expectAllAccepted(events, now);
    expectRefused(events, deliver('reply', now), 'BBB-4.4.3');
    expectRefused(events, submit('SubmitReply', now), 'BBB-4.4.2');
  });

  it.each([
    ['a response', () => run(responseDue(), submit('SubmitResponse', '2026-08-20T15:00:00.000Z'))],
    ['no reply in time', () => lapsed(replyDue(), 'reply-1')],
  ])('BBB-4.4.2 BBB-4.4.3 BBB-4.5.4: the record is with the Panelist after %s: the written phase allows nothing more', (_why, history) => {
    const events = history();
    const now = '2026-09-30T15:00:00.000Z';
    expect(stateOf(events).stage).toBe(rules.exchange.endStage);
    expect(shapes(events)).toEqual([]);
    expectRefused(events, submit('SubmitReply', '2026-08-12T15:00:00.000Z', now), 'BBB-4.5.4');
    expectRefused(events, submit('SubmitResponse', '2026-08-12T15:00:00.000Z', now), 'BBB-4.5.4');
  });

  it('BBB-4.4 BBB-6: no Position in time closes the case: nothing is listed and every hearing command is refused', () => {
    const events = lapsed(requested(), 'position-1');
    const now = '2026-09-01T15:00:00.000Z';
    expect(stateOf(events).status).toBe('closed');
    expect(shapes(events)).toEqual([]);
    expectRefused(events, submit('SubmitPosition', '2026-08-01T15:00:00.000Z', now), 'BBB-6');
    expectRefused(events, requestHearing(now), 'BBB-6');
  });

  it('a rulebook without a hearing procedure lists none and refuses a request', () => {
    const { hearing: _hearing, ...withoutHearing } = currentRulebook('bbb-eu-safe-harbor')!;
    withRegisteredRulebook(revisedRulebook(withoutHearing, 'no-hearing', {}), () => {
      const events = run([], fileComplaint('bbb-eu-safe-harbor'));
      expect(rulebookOf(stateOf(events)).hearing).toBeUndefined();
      expect(shapes(events)).toEqual([]);
      expectRefused(events, requestHearing('2026-06-10T15:00:00.000Z'), 'HEARING-NOT-PROVIDED');
    });
  });
});
