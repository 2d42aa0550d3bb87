import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { withRegisteredRulebook } from '../../rulebooks/registry.testing';
import { mediationExchangeRulebook } from '../../rulebooks/exchange.testing';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { nextActions } from '../next-actions/next-actions';
import { after, calendar, docketedBbb, run, stateOf } from '../case-history.testing';

// The exchange part composed differently from BBB's written phase: VeraSafe's consultative mediation (VS-7.1 to 7.3)
// as two slots filed with FileSubmission (rulebooks/exchange.testing.ts), proving the part runs on data alone.
const BBB = currentRulebook('bbb-eu-safe-harbor')!;
const composed = mediationExchangeRulebook(BBB);

const OPENED = '2026-07-01T15:00:00.000Z';
const open = (): CaseEvent[] => run(docketedBbb(), { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: OPENED });
const file = (slot: string, filedBy: 'complainant' | 'respondent', receivedAt: string): CaseCommand => ({ kind: 'FileSubmission', caseId: 'case-1', slot, filedBy, receivedAt, summary: `${slot} text`, ...(slot === 'response-to-complaint' ? { submissionKind: 'dispute' } : {}), issuedAt: receivedAt });
const deliver = (document: string, deliveredAt: string): CaseCommand => ({ kind: 'RecordHearingDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt: deliveredAt });
const lapse = (events: CaseEvent[], deadlineId: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: periodEndedAt(stateOf(events).deadlines[deadlineId]!.dueAt) });
const types = (events: CaseEvent[]) => events.map((event) => event.type);

describe('exchange part: slots as rulebook data', () => {
  it('VS-7.1 opening the exchange asks for the opening slot with its notice and runs its period from now', () =>
    withRegisteredRulebook(composed, () => {
      const events = open();
      expect(stateOf(events).stage).toBe('awaiting-response');
      expect(events.filter((event) => event.type === 'NoticeSent').at(-1)).toMatchObject({ data: { kind: 'complaint-forwarded', rule: 'VS-7.1', recipient: 'respondent' } });
      expect(stateOf(events).deadlines['response-to-complaint-1']).toMatchObject({ rule: 'VS-7.1', status: 'pending' });
      expect(nextActions(stateOf(events)).find((action) => action.command === 'FileSubmission')).toMatchObject({ by: 'respondent', rule: 'VS-7.1', awaited: true, about: { slot: 'response-to-complaint' } });
    }));

  it('VS-7.1 VS-7.3 a filing is recorded as SubmissionFiled naming its slot, meets its period and is forwarded; its receipt starts the next slot', () =>
    withRegisteredRulebook(composed, () => {
      const history = open();
      const filed = after(history, file('response-to-complaint', 'respondent', '2026-07-10T15:00:00.000Z'));
      expect(types(filed)).toEqual(['SubmissionFiled', 'DeadlineMet', 'NoticeSent']);
      expect(filed[0]).toMatchObject({ data: { slot: 'response-to-complaint', by: 'respondent', stage: 'awaiting-teleconference-request', rule: 'VS-7.1', afterDefault: false } });
      const received = after([...history, ...filed], deliver('response-to-complaint', '2026-07-13T15:00:00.000Z'));
      expect(received.find((event) => event.type === 'DeadlineSet')).toMatchObject({ data: { kind: 'teleconference-request', rule: 'VS-7.3', basis: { event: 'ExchangeDocumentDelivered', at: '2026-07-13T15:00:00.000Z' } } });
    }));

  it('VS-7.3 a filing by the other Party, or of a slot the stage does not await, is refused naming the rule and field', () =>
    withRegisteredRulebook(composed, () => {
      const history = open();
      expect(() => after(history, file('response-to-complaint', 'complainant', '2026-07-10T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-7.1', field: 'filedBy' }));
      expect(() => after(history, file('teleconference-request', 'complainant', '2026-07-10T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.3' }));
      expect(() => after(history, file('no-such-slot', 'complainant', '2026-07-10T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'slot' }));
    }));

  it('VS-7.2 silence on the opening slot: the default is noted for the report and referral is for staff', () =>
    withRegisteredRulebook(composed, () => {
      const history = open();
      const lapsed = after(history, lapse(history, 'response-to-complaint-1'));
      expect(types(lapsed)).toEqual(['DeadlineLapsed', 'RespondentDefaultNoted', 'NotedForReport', 'ReferralDecisionRequired']);
      expect(lapsed.at(-1)).toMatchObject({ data: { rule: 'VS-7.2', reason: 'no-timely-response', stage: 'referral-decision' } });
    }));

  it('VS-7.3 no request in time after receipt of the Response: the Complainant is told and the case is "Closed by Default"', () =>
    withRegisteredRulebook(composed, () => {
      const history = run(open(), file('response-to-complaint', 'respondent', '2026-07-10T15:00:00.000Z'), deliver('response-to-complaint', '2026-07-13T15:00:00.000Z'));
      const lapsed = after(history, lapse(history, 'teleconference-request-1'));
      expect(lapsed.find((event) => event.type === 'NoticeSent')).toMatchObject({ data: { kind: 'outcome-closed-by-default', recipient: 'complainant' } });
      expect(lapsed.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } });
    }));

  it('VS-7.3 the last slot filed ends the exchange: the case moves to the stage after it', () =>
    withRegisteredRulebook(composed, () => {
      const history = run(open(), file('response-to-complaint', 'respondent', '2026-07-10T15:00:00.000Z'), deliver('response-to-complaint', '2026-07-13T15:00:00.000Z'));
      const filed = after(history, file('teleconference-request', 'complainant', '2026-07-20T15:00:00.000Z'));
      expect(types(filed)).toEqual(['SubmissionFiled', 'DeadlineMet', 'ExchangeEnded']);
      expect(filed.at(-1)).toMatchObject({ data: { stage: 'awaiting-panelist', reason: 'teleconference-requested' } });
      expect(stateOf([...history, ...filed]).stage).toBe('awaiting-panelist');
    }));

  it('BBB-4.4 the BBB written phase is this part with four slots: the data names each fact in the procedure\'s words', () => {
    expect(BBB.hearing!.exchange.slots.map((slot) => [slot.id, slot.by, slot.recordedAs])).toEqual([
      ['position', 'complainant', 'PositionSubmitted'],
      ['rebuttal', 'respondent', 'RebuttalSubmitted'],
      ['reply', 'complainant', 'ReplySubmitted'],
      ['response', 'respondent', 'ResponseSubmitted'],
    ]);
  });
});
