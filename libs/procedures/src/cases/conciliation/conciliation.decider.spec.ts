import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import type { CaseCommand, FileComplaint } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import type { ConciliationCommand } from './conciliation.commands';
import { calendar } from '../case-history.testing';

const AT = '2026-07-01T14:00:00Z';

const file = (rulebookId: 'bbb-eu-safe-harbor' | 'verasafe-2016'): FileComplaint => ({
  kind: 'FileComplaint',
  caseId: 'case-1',
  rulebookId,
  ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}),
  receivedAt: '2026-06-01T09:00:00Z',
  channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' },
  respondent: { name: 'Acme' },
  allegation: 'x',
  outcomesSought: ['y'],
  issuedAt: '2026-06-01T10:00:00Z',
});

const docketed = (rulebookId: 'bbb-eu-safe-harbor' | 'verasafe-2016' = 'bbb-eu-safe-harbor', stage = 'conciliation'): CaseEvent[] => [
  ...given(caseDecider).when(file(rulebookId)),
  { type: 'CaseDocketed', data: { caseId: 'case-1', rule: 'BBB-2.4a', docketedAt: '2026-06-20T12:00:00Z', stage } },
];
const underReview = (): CaseEvent[] => [...given(caseDecider).when(file('bbb-eu-safe-harbor'))];

type Body<K extends ConciliationCommand['kind']> = Omit<Extract<ConciliationCommand, { kind: K }>, 'kind' | 'caseId' | 'actorId' | 'issuedAt'>;
const cmd = <K extends ConciliationCommand['kind']>(kind: K, body: Body<K>, issuedAt = AT): CaseCommand =>
  ({ kind, caseId: 'case-1', actorId: 'staff-1', issuedAt, ...body }) as unknown as CaseCommand;

const facts = cmd('ObtainComplainantFacts', { summary: 'kept emailing after opt-out', obtainedAt: '2026-06-30T10:00:00Z' });
const forward = cmd('ForwardFactsToRespondent', { channel: 'email' });
const response = cmd('ReceiveRespondentResponse', { summary: 'a bug in the unsubscribe job', receivedAt: '2026-07-01T10:00:00Z' });
const settle = (correctiveAction?: { description: string; performBy: string }) => cmd('ReachSettlement', { terms: 'remove Ada from all lists', ...(correctiveAction ? { correctiveAction } : {}) });
const letter = (at = AT) => cmd('CirculateSettlementLetter', { calendar }, at);
const WITH_ACTION = { description: 'fix the unsubscribe job', performBy: '2026-07-31' };

/** history, then each command in turn, returning every new event. */
function run(history: CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] {
  const events = [...history];
  for (const command of commands) events.push(...given(caseDecider, events).when(command));
  return events.slice(history.length);
}
const stateAfter = (history: CaseEvent[], ...commands: CaseCommand[]) => given(caseDecider, [...history, ...run(history, ...commands)]).state;

describe('case decider: conciliation and settlement (BBB Part 3, Part 5)', () => {
  it('BBB-3.2 records the exchanges: facts obtained, forwarded to the Respondent as a notice, the response, an offer presented to the Complainant', () => {
    const events = run(docketed(), facts, forward, response, cmd('PresentSettlementOffer', { offeredBy: 'respondent', terms: 'delete all data' }));
    expect(events).toEqual([
      { type: 'ComplainantFactsObtained', data: { caseId: 'case-1', rule: 'BBB-3.2', summary: 'kept emailing after opt-out', obtainedBy: 'staff-1', obtainedAt: '2026-06-30T10:00:00Z' } },
      { type: 'NoticeSent', data: { caseId: 'case-1', noticeId: 'notice-1', kind: 'complainant-facts-forwarded', rule: 'BBB-3.2', recipient: 'respondent', channel: 'email', sentAt: AT } },
      { type: 'RespondentResponseReceived', data: { caseId: 'case-1', rule: 'BBB-3.2', summary: 'a bug in the unsubscribe job', receivedAt: '2026-07-01T10:00:00Z', recordedBy: 'staff-1' } },
      {
        type: 'SettlementOfferPresented',
        data: { caseId: 'case-1', rule: 'BBB-3.2', offerId: 'offer-1', offeredBy: 'respondent', presentedTo: 'complainant', terms: 'delete all data', presentedBy: 'staff-1', presentedAt: AT },
      },
    ]);
  });

  it('BBB-3.2 forwards only facts obtained, and takes a response only to facts forwarded', () => {
    expect(() => run(docketed(), forward)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.2' }));
    expect(() => run(docketed(), facts, response)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.2' }));
  });

  it('BBB-3.2 refuses exchanges before the Case is docketed into conciliation (409)', () => {
    expect(() => run(underReview(), facts)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.2' }));
  });

  it('BBB-3.1 the CBBB is an impartial facilitator: it presents the Parties\' offers and never makes its own (422)', () => {
    expect(() => run(docketed(), cmd('PresentSettlementOffer', { offeredBy: 'cbbb', terms: 'split the difference' }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-3.1', field: 'offeredBy' }),
    );
    expect(run(docketed(), cmd('PresentSettlementOffer', { offeredBy: 'respondent', terms: 'an apology' }))[0]).toMatchObject({ type: 'SettlementOfferPresented', data: { offeredBy: 'respondent' } });
  });

  it('BBB-3.3 schedules a settlement teleconference only once both Parties agreed', () => {
    const schedule = cmd('ScheduleTeleconference', { scheduledFor: '2026-07-08T15:00:00Z' });
    expect(() => run(docketed(), schedule)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.3' }));
    const complainantOnly = run(docketed(), cmd('AgreeToTeleconference', { party: 'complainant' }));
    expect(complainantOnly).toEqual([{ type: 'TeleconferenceAgreed', data: { caseId: 'case-1', rule: 'BBB-3.3', party: 'complainant', agreedAt: AT } }]);
    expect(() => run([...docketed(), ...complainantOnly], cmd('AgreeToTeleconference', { party: 'complainant' }), schedule)).toThrow(expect.objectContaining({ rule: 'BBB-3.3', message: expect.stringContaining('respondent') }));
    const events = run([...docketed(), ...complainantOnly], cmd('AgreeToTeleconference', { party: 'respondent' }), schedule);
    expect(events.map((e) => e.type)).toEqual(['TeleconferenceAgreed', 'TeleconferenceScheduled']);
    expect(events[1]!.data).toEqual({ caseId: 'case-1', rule: 'BBB-3.3', scheduledFor: '2026-07-08T15:00:00Z', scheduledBy: 'staff-1', scheduledAt: AT });
  });

  it('BBB-3.4 a Settlement is not effective until the CBBB circulates the letter: the case waits for it', () => {
    const events = run(docketed(), settle());
    expect(events).toEqual([{ type: 'SettlementReached', data: { caseId: 'case-1', rule: 'BBB-3.4', terms: 'remove Ada from all lists', reachedAt: AT, stage: 'settlement-letter' } }]);
    expect(given(caseDecider, [...docketed(), ...events]).state).toMatchObject({ status: 'open', stage: 'settlement-letter' });
    // No letter before a Settlement; no further exchanges or second Settlement once one is reached.
    expect(() => run(docketed(), letter())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.4' }));
    expect(() => run(docketed(), settle(), settle())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.4' }));
    expect(() => run(docketed(), settle(), facts)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-3.2' }));
  });

  it('BBB-6 (5), BBB-3.4 the letter for a Settlement without corrective action goes to each Party as a notice and closes the Case', () => {
    const events = run(docketed(), settle(), letter());
    expect(events.slice(1)).toEqual([
      {
        type: 'SettlementLetterCirculated',
        data: { caseId: 'case-1', rule: 'BBB-3.4', terms: 'remove Ada from all lists', circulatedTo: ['complainant', 'respondent'], draftedBy: 'staff-1', circulatedAt: AT },
      },
      { type: 'NoticeSent', data: { caseId: 'case-1', noticeId: 'notice-1', kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'complainant', channel: 'email', sentAt: AT } },
      { type: 'NoticeSent', data: { caseId: 'case-1', noticeId: 'notice-2', kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'respondent', channel: 'email', sentAt: AT } },
      { type: 'CaseClosed', data: { caseId: 'case-1', reason: 'settlement-without-corrective-action', rule: 'BBB-6', label: 'Settlement without corrective action (BBB-3.4)', closedAt: AT } },
    ]);
  });

  it('BBB-5 the letter for a Settlement with corrective action sets the certification deadline 30 business days after the time set for performance', () => {
    const events = run(docketed(), settle(WITH_ACTION), letter());
    expect(events[1]).toMatchObject({ type: 'SettlementLetterCirculated', data: { correctiveAction: WITH_ACTION, stage: 'performance-verification' } });
    // BBB-3.4: the letter goes to each Party as a notice.
    expect(events.slice(2, 4).map((event) => event.type === 'NoticeSent' && [event.data.kind, event.data.recipient])).toEqual([['settlement-letter', 'complainant'], ['settlement-letter', 'respondent']]);
    expect(events[4]).toEqual({
      type: 'DeadlineSet',
      data: {
        caseId: 'case-1',
        deadlineId: 'performance-certification-1',
        kind: 'performance-certification',
        rule: 'BBB-5',
        basis: { event: 'SettlementLetterCirculated', at: '2026-07-31' },
        calendarId: 'us-federal',
        count: 30,
        unit: 'business-days',
        // From Friday 31 July: 30 business days, skipping Labor Day (7 Sept), end on Monday 14 September.
        dueOn: '2026-09-14',
        dueAt: '2026-09-15T03:59:59.999Z',
      },
    });
    expect(events).toHaveLength(5);
  });

  it('BBB-5 refuses a time for performance that is not a date, or already past (422)', () => {
    expect(() => run(docketed(), settle({ description: 'x', performBy: '31/07/2026' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-5', field: 'correctiveAction.performBy' }));
    expect(() => run(docketed(), settle({ description: 'x', performBy: '2026-06-01' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-5' }));
  });

  it('BBB-5 the Respondent certifies (meeting the deadline), the CBBB may ask for substantiation, and verification closes the Case (BBB-6 reason 4)', () => {
    const history = [...docketed(), ...run(docketed(), settle(WITH_ACTION), letter())];
    expect(() => run(history, cmd('VerifyPerformance', { note: 'checked' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-5' }));
    expect(() => run(history, cmd('RequestSubstantiation', { requested: 'logs' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-5' }));
    const certify = cmd('CertifyPerformance', { statement: 'job fixed on 28 July' }, '2026-08-03T14:00:00Z');
    const events = run(history, certify, cmd('RequestSubstantiation', { requested: 'job logs' }, '2026-08-04T14:00:00Z'), cmd('VerifyPerformance', { note: 'logs show no mail after opt-out' }, '2026-08-10T14:00:00Z'));
    expect(events).toEqual([
      { type: 'PerformanceCertified', data: { caseId: 'case-1', rule: 'BBB-5', deadlineId: 'performance-certification-1', statement: 'job fixed on 28 July', certifiedAt: '2026-08-03T14:00:00Z' } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'performance-certification-1', metAt: '2026-08-03T14:00:00Z' } },
      { type: 'SubstantiationRequested', data: { caseId: 'case-1', rule: 'BBB-5', requested: 'job logs', requestedBy: 'staff-1', requestedAt: '2026-08-04T14:00:00Z' } },
      { type: 'PerformanceVerified', data: { caseId: 'case-1', rule: 'BBB-5', note: 'logs show no mail after opt-out', verifiedBy: 'staff-1', verifiedAt: '2026-08-10T14:00:00Z' } },
      { type: 'CaseClosed', data: { caseId: 'case-1', reason: 'settlement-corrective-action-verified', rule: 'BBB-6', label: 'Settlement with corrective action, action verified (BBB-5)', closedAt: '2026-08-10T14:00:00Z' } },
    ]);
    expect(() => run(history, certify, certify)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-5' }));
  });

  it('BBB-5 refuses certification outside verification of performance (409)', () => {
    expect(() => run(docketed(), cmd('CertifyPerformance', { statement: 'done' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-5' }));
  });

  it('BBB-5 / BBB-8.8 given a Settlement with corrective action, when no certification comes in time, then it is recorded as not certified, the noncompliance is noted for the next report, and a staff decision on referral is required', () => {
    const history = [...docketed(), ...run(docketed(), settle(WITH_ACTION), letter())];
    const lapse = (at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'performance-certification-1', issuedAt: at });
    expect(run(history, lapse('2026-09-14T20:00:00Z'))).toEqual([]);
    // In the last millisecond of Monday 14 September a certification is still on time; the period ends after it.
    expect(run(history, lapse('2026-09-15T03:59:59.999Z'))).toEqual([]);
    const events = run(history, lapse('2026-09-15T04:00:00.000Z'));
    expect(events).toEqual([
      { type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId: 'performance-certification-1', dueAt: '2026-09-15T03:59:59.999Z', observedAt: '2026-09-15T04:00:00.000Z' } },
      { type: 'PerformanceNotCertified', data: { caseId: 'case-1', rule: 'BBB-5', deadlineId: 'performance-certification-1', dueAt: '2026-09-15T03:59:59.999Z', observedAt: '2026-09-15T04:00:00.000Z' } },
      // BBB-5: "shall report its determination of noncompliance in the next Procedure report" (BBB-7.1).
      { type: 'NotedForReport', data: { caseId: 'case-1', matter: 'noncompliance', rule: 'BBB-5', reportRule: 'BBB-7.1', deadlineId: 'performance-certification-1', notedAt: '2026-09-15T04:00:00.000Z' } },
      {
        type: 'ReferralDecisionRequired',
        data: { caseId: 'case-1', rule: 'BBB-8.8', reason: 'corrective-action-not-certified', deadlineId: 'performance-certification-1', deadlineRule: 'BBB-5', stage: 'referral-decision', requiredAt: '2026-09-15T04:00:00.000Z' },
      },
    ]);
    expect(given(caseDecider, [...history, ...events]).state).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect(() => run([...history, ...events], cmd('CertifyPerformance', { statement: 'late' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-5' }));
  });

  it('keeps the conciliation slice in the state', () => {
    expect(stateAfter(docketed(), facts, forward, cmd('AgreeToTeleconference', { party: 'respondent' }))).toMatchObject({
      stage: 'conciliation',
      conciliation: { factsObtained: true, factsForwarded: true, responseReceived: false, teleconferenceAgreedBy: ['respondent'] },
    });
  });

  it('refuses conciliation under a rulebook without it (409)', () => {
    expect(() => run(docketed('verasafe-2016', 'conciliation'), facts)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'verasafe-2016' }));
  });
});
