import { VERASAFE_FILING } from './case-history.testing';
import { given } from '@pdr/event-sourcing';
import type { CaseCommand, FileComplaint } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { calendar, stateOf } from './case-history.testing';
import { periodEndedAt, periodHasEnded } from '../deadlines/period-end';
import { currentRulebook } from '../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../rulebooks/registry.testing';

const filed = (rulebookId: 'bbb-eu-safe-harbor' | 'verasafe-2016'): CaseEvent[] => {
  const command: FileComplaint = {
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
  };
  return [...given(caseDecider).when(command)];
};

// Tuesday 2 June 2026, 14:00 in New York.
const REQUESTED_AT = '2026-06-02T18:00:00.000Z';
const request = (at = REQUESTED_AT): CaseCommand => ({ kind: 'RequestInformation', caseId: 'case-1', requested: 'the emails', channel: 'email', calendar, issuedAt: at });
const lapse = (at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'information-response-1', issuedAt: at });

/** history, then each command in turn, returning every event. */
function run(history: CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] {
  const events = [...history];
  for (const command of commands) events.push(...given(caseDecider, events).when(command));
  return events.slice(history.length);
}

describe('case decider: deadlines', () => {
  it('BBB-2.4b asks for information and sets its deadline 15 business days after the request, skipping Juneteenth and 3 July', () => {
    const events = given(caseDecider, filed('bbb-eu-safe-harbor')).when(request());
    expect(events).toEqual([
      { type: 'InformationRequested', data: { caseId: 'case-1', requestId: 'information-response-1', rule: 'BBB-2.4b', requested: 'the emails', recipient: 'complainant', channel: 'email', sentAt: REQUESTED_AT } },
      {
        type: 'DeadlineSet',
        data: {
          caseId: 'case-1',
          deadlineId: 'information-response-1',
          kind: 'information-response',
          rule: 'BBB-2.4b',
          basis: { event: 'InformationRequested', at: REQUESTED_AT },
          calendarId: 'us-federal',
          count: 15,
          unit: 'business-days',
          // 3–30 June has 20 weekdays; minus Juneteenth (Fri 19 June) the 15th business day is Wednesday 24 June.
          dueOn: '2026-06-24',
          dueAt: '2026-06-25T03:59:59.999Z',
        },
      },
    ]);
  });

  it('BBB-2.4b refuses a second request while one awaits an answer', () => {
    expect(() => run(filed('bbb-eu-safe-harbor'), request(), request())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.4b' }));
  });

  it('BBB-2.4b meets the deadline when the answer arrives in time, and review goes on', () => {
    const events = run(filed('bbb-eu-safe-harbor'), request(), { kind: 'ReceiveRequestedInformation', caseId: 'case-1', receivedAt: '2026-06-10T12:00:00Z', summary: 'emails attached', issuedAt: '2026-06-10T13:00:00Z' });
    expect(events.slice(2).map((e) => e.type)).toEqual(['RequestedInformationReceived', 'DeadlineMet']);
    expect(given(caseDecider, [...filed('bbb-eu-safe-harbor'), ...events]).state).toMatchObject({ stage: 'eligibility-review', deadlines: { 'information-response-1': { status: 'met' } } });
  });

  it('BBB-2.4b closes the complaint, telling the Complainant the CBBB cannot proceed, when the deadline lapses (BBB-6 reason 2)', () => {
    // The period ends once its last day (Wednesday 24 June in New York) is over: the lapse is dated on Thursday 25 June.
    const events = run(filed('bbb-eu-safe-harbor'), request(), lapse('2026-06-25T04:00:00.000Z'));
    expect(events.slice(2)).toEqual([
      { type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId: 'information-response-1', dueAt: '2026-06-25T03:59:59.999Z', observedAt: '2026-06-25T04:00:00.000Z' } },
      { type: 'NoticeSent', data: { caseId: 'case-1', noticeId: 'notice-1', kind: 'cannot-proceed', rule: 'BBB-2.4b', recipient: 'complainant', channel: 'email', sentAt: '2026-06-25T04:00:00.000Z' } },
      { type: 'CaseClosed', data: { caseId: 'case-1', reason: 'requested-information-not-received', rule: 'BBB-6', label: 'Requested information not received (BBB-2.4b)', closedAt: '2026-06-25T04:00:00.000Z' } },
    ]);
  });

  it('BBB-2.4b: information received at exactly dueAt (the last millisecond of the last day) is on time', () => {
    const history = [...filed('bbb-eu-safe-harbor'), ...run(filed('bbb-eu-safe-harbor'), request())];
    const dueAt = '2026-06-25T03:59:59.999Z';
    const events = given(caseDecider, history).when({ kind: 'ReceiveRequestedInformation', caseId: 'case-1', receivedAt: dueAt, summary: 'emails attached', issuedAt: '2026-06-25T13:00:00Z' });
    expect(events).toEqual([
      { type: 'RequestedInformationReceived', data: { caseId: 'case-1', requestId: 'information-response-1', receivedAt: dueAt, summary: 'emails attached' } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'information-response-1', metAt: dueAt } },
    ]);
    // One millisecond later the period has ended: refused unless extended first.
    expect(() => given(caseDecider, history).when({ kind: 'ReceiveRequestedInformation', caseId: 'case-1', receivedAt: periodEndedAt(dueAt), summary: 's', issuedAt: '2026-06-25T13:00:00Z' })).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.4b', field: 'receivedAt' }),
    );
  });

  it('BBB-2.4b: the lapse is not recorded at dueAt, while a submission is still on time, but at dueAt + 1 ms, dated on the next day', () => {
    const history = [...filed('bbb-eu-safe-harbor'), ...run(filed('bbb-eu-safe-harbor'), request())];
    const { dueAt } = stateOf(history).deadlines['information-response-1']!;
    expect(dueAt).toBe('2026-06-25T03:59:59.999Z');
    expect(periodHasEnded(dueAt, dueAt)).toBe(false);
    expect(given(caseDecider, history).when(lapse(dueAt))).toEqual([]);

    const endedAt = periodEndedAt(dueAt);
    expect(endedAt).toBe('2026-06-25T04:00:00.000Z');
    const lapsed = given(caseDecider, history).when(lapse(endedAt));
    expect(lapsed[0]).toEqual({ type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId: 'information-response-1', dueAt, observedAt: endedAt } });
    // Dated on Thursday 25 June in New York, the day after the last day (Wednesday 24 June).
    expect(calendar.localDateOf(dueAt)).toBe('2026-06-24');
    expect(calendar.localDateOf(endedAt)).toBe('2026-06-25');
    expect(lapsed.map((event) => event.type)).toEqual(['DeadlineLapsed', 'NoticeSent', 'CaseClosed']);
    expect(lapsed.find((event) => event.type === 'CaseClosed')).toMatchObject({ data: { closedAt: '2026-06-25T04:00:00.000Z' } });
  });

  it('VS-5.4 closes as "Ineligible" and notifies the Complainant when requested information is not received within 15 business days', () => {
    const events = run(filed('verasafe-2016'), request(), lapse('2026-06-26T12:00:00Z'));
    expect(events.slice(3)).toEqual([
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'outcome-ineligible', rule: 'VS-5.4' }) }),
      // VS-3.3: delivered on transmission.
      expect.objectContaining({ type: 'NoticeDelivered', data: expect.objectContaining({ kind: 'outcome-ineligible', rule: 'VS-3.3' }) }),
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'ineligible', label: 'Ineligible', rule: 'VS-5.4' }) }),
    ]);
  });

  it('VS-5.4: a lapse follows the part whose rules declare the period in the case\'s rulebook, never a kind name alone (a VeraSafe period named like a BBB hearing period still closes as "Ineligible")', () => {
    const verasafe = currentRulebook('verasafe-2016')!;
    const { informationRequest } = verasafe;
    // Only the name of the period differs: under a global registry of kind names, `rebuttal` ran BBB's hearing lapse.
    const renamed = revisedRulebook(verasafe, 'rebuttal-named-request', { informationRequest: { ...informationRequest, deadline: { ...informationRequest.deadline, kind: 'rebuttal' } } });
    withRegisteredRulebook(renamed, () => {
      const history = [...filed('verasafe-2016'), ...run(filed('verasafe-2016'), request())];
      expect(stateOf(history).deadlines['rebuttal-1']).toMatchObject({ kind: 'rebuttal', rule: 'VS-5.4', status: 'pending' });
      const lapsed = given(caseDecider, history).when({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'rebuttal-1', issuedAt: '2026-06-26T12:00:00Z' });
      expect(lapsed.map((event) => event.type)).toEqual(['DeadlineLapsed', 'NoticeSent', 'NoticeDelivered', 'CaseClosed']);
      expect(lapsed[3]).toMatchObject({ data: { reason: 'ineligible', label: 'Ineligible', rule: 'VS-5.4' } });
    });
  });

  it('ignores a timer that fires early, twice, or after the deadline was met (the decider re-checks the state)', () => {
    const requested = run(filed('bbb-eu-safe-harbor'), request());
    const history = [...filed('bbb-eu-safe-harbor'), ...requested];
    expect(given(caseDecider, history).when(lapse('2026-06-24T12:00:00Z'))).toEqual([]);
    const lapsedOnce = run(history, lapse('2026-06-25T04:00:00Z'));
    expect(given(caseDecider, [...history, ...lapsedOnce]).when(lapse('2026-06-25T04:00:01Z'))).toEqual([]);
    const met = run(history, { kind: 'ReceiveRequestedInformation', caseId: 'case-1', receivedAt: '2026-06-05T12:00:00Z', summary: 's', issuedAt: '2026-06-05T12:00:00Z' });
    expect(given(caseDecider, [...history, ...met]).when(lapse('2026-07-01T00:00:00Z'))).toEqual([]);
  });

  it('BBB-4.5.4 extends a running deadline for good cause, recording who granted it and why, from its current end (a version marking the period extendable)', () => {
    // BBB v1 does not let the CBBB extend the BBB-2.4b period (extensions.decider.spec.ts); a version that did would extend it so.
    const bbb = currentRulebook('bbb-eu-safe-harbor')!;
    const extendable = revisedRulebook(bbb, 'extendable-request', { informationRequest: { ...bbb.informationRequest, deadline: { ...bbb.informationRequest.deadline, extendable: true } } });
    withRegisteredRulebook(extendable, () => {
      const history = [...filed('bbb-eu-safe-harbor'), ...run(filed('bbb-eu-safe-harbor'), request())];
      const [extended] = given(caseDecider, history).when({
        kind: 'ExtendDeadline', caseId: 'case-1', deadlineId: 'information-response-1', count: 5, unit: 'business-days', reason: 'Complainant in hospital', grantedBy: 'staff-9', calendar, issuedAt: '2026-06-20T12:00:00Z',
      });
      // Five business days after Wednesday 24 June: 25, 26, 29, 30 June and 1 July.
      expect(extended).toEqual({
        type: 'DeadlineExtended',
        data: { caseId: 'case-1', deadlineId: 'information-response-1', grantedBy: 'staff-9', reason: 'Complainant in hospital', previousDueAt: '2026-06-25T03:59:59.999Z', count: 5, unit: 'business-days', dueOn: '2026-07-01', dueAt: '2026-07-02T03:59:59.999Z' },
      });
      // The old due time has no effect any more.
      expect(given(caseDecider, [...history, extended]).when(lapse('2026-06-26T12:00:00Z'))).toEqual([]);
    });
  });

  it('VS-8.4a names an unknown deadline; VS-5.4 refuses a late answer, offering no extension (the period is not one VS-8.4a extends)', () => {
    const history = [...filed('verasafe-2016'), ...run(filed('verasafe-2016'), request())];
    expect(() => given(caseDecider, history).when({ kind: 'ExtendDeadline', caseId: 'case-1', deadlineId: 'nope', count: 1, unit: 'business-days', reason: 'r', grantedBy: 's', calendar, issuedAt: '2026-06-20T12:00:00Z' })).toThrow(
      expect.objectContaining({ kind: 'not-found', field: 'deadlineId' }),
    );
    expect(() => given(caseDecider, history).when({ kind: 'ReceiveRequestedInformation', caseId: 'case-1', receivedAt: '2026-06-30T12:00:00Z', summary: 's', issuedAt: '2026-06-30T13:00:00Z' })).toThrow(
      expect.objectContaining({ rule: 'VS-5.4', field: 'receivedAt', message: expect.not.stringContaining('VS-8.4a') }),
    );
  });

  it('refuses any action on a closed case, naming the closure rule', () => {
    const history = [...filed('bbb-eu-safe-harbor'), ...run(filed('bbb-eu-safe-harbor'), request(), lapse('2026-07-01T00:00:00Z'))];
    expect(() => given(caseDecider, history).when({ kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'm', issuedAt: '2026-07-02T00:00:00Z' })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-6' }));
  });
});
