import { VERASAFE_FILING } from '../case-history.testing';
import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

/** A docketed BBB case in Conciliation. */
const docketed = (): CaseEvent[] =>
  run(
    [],
    {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
      allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
    },
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

// Wednesday 1 July 2026, 11:00 in New York.
const REQUESTED_AT = '2026-07-01T15:00:00.000Z';
const requestHearing = (extra: Partial<Extract<CaseCommand, { kind: 'RequestHearing' }>> = {}): CaseCommand => ({
  kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data', details: 'delete my profile' }], calendar, issuedAt: REQUESTED_AT, ...extra,
});
const submit = (kind: 'SubmitPosition' | 'SubmitRebuttal' | 'SubmitReply' | 'SubmitResponse', receivedAt: string, issuedAt = receivedAt): CaseCommand => ({ kind, caseId: 'case-1', receivedAt, summary: `${kind} text`, issuedAt });
const deliver = (document: 'position' | 'default-notice' | 'rebuttal' | 'reply', deliveredAt: string, issuedAt = deliveredAt): CaseCommand => ({ kind: 'RecordHearingDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt });
const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });
const deadline = (events: CaseEvent[], id: string) => stateOf(events).deadlines[id];

const POSITION_AT = '2026-07-10T14:00:00.000Z';
const POSITION_DELIVERED = '2026-07-14T16:00:00.000Z';
/** Hearing requested, Position filed and delivered to the Respondent by courier four days later. */
const positionDelivered = () => run(docketed(), requestHearing(), submit('SubmitPosition', POSITION_AT), deliver('position', POSITION_DELIVERED));

describe('case decider: the written phase of the hearing', () => {
  it('BBB-4.1 a Party requests a hearing after Conciliation failed, with the remedies sought; the request ends Conciliation', () => {
    const events = after(docketed(), requestHearing({ requestedBy: 'respondent' }));
    expect(events[0]).toEqual({
      type: 'HearingRequested',
      data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'respondent', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data', details: 'delete my profile' }], conciliationEnded: true, requestedAt: REQUESTED_AT },
    });
    expect(stateOf([...docketed(), ...events])).toMatchObject({ stage: 'hearing-position', hearing: { requestedBy: 'respondent' } });
  });

  it.each(['monetary-damages', 'action-violating-legal-obligations', 'punitive-fine'])('BBB-4.1 refuses a hearing request seeking "%s" (422 on remedies)', (kind) => {
    expect(() => after(docketed(), requestHearing({ remedies: [{ kind: 'correct-personal-data' }, { kind }] }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.1', field: 'remedies' }));
  });

  it('BBB-4.1 refuses a hearing before the case is docketed in Conciliation', () => {
    const filed = docketed().filter((e) => e.type !== 'CaseDocketed');
    expect(() => after(filed, requestHearing())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.1' }));
  });

  it('BBB-4.4 asks the Complainant for a Position within 30 business days of the request', () => {
    const events = after(docketed(), requestHearing());
    expect(events.slice(1)).toEqual([
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'position-requested', rule: 'BBB-4.4', recipient: 'complainant' }) }),
      {
        type: 'DeadlineSet',
        data: expect.objectContaining({
          deadlineId: 'position-1', kind: 'position', rule: 'BBB-4.4', count: 30, unit: 'business-days', basis: { event: 'HearingRequested', at: REQUESTED_AT },
          // 30 business days from Wed 1 July, skipping Friday 3 July (Independence Day observed): Thursday 13 August.
          dueOn: '2026-08-13',
        }),
      },
    ]);
  });

  it('BBB-4.4 accepts the original complaint as the Position: no Position is asked for and it is forwarded at once', () => {
    const events = after(docketed(), requestHearing({ acceptComplaintAsPosition: true }));
    expect(events.map((e) => e.type)).toEqual(['HearingRequested', 'PositionSubmitted', 'NoticeSent']);
    expect(events[1].data).toMatchObject({ fromComplaint: true });
    expect(events[2].data).toMatchObject({ kind: 'position-forwarded', recipient: 'respondent' });
    expect(stateOf([...docketed(), ...events]).stage).toBe('hearing-rebuttal');
  });

  it("BBB-4.4 the original complaint is accepted as the Position only at the Complainant's request: a Respondent's hearing request cannot make it so (422 on acceptComplaintAsPosition)", () => {
    const history = docketed();
    expect(() => given(caseDecider, history).when(requestHearing({ requestedBy: 'respondent', acceptComplaintAsPosition: true }))).toThrow(
      expect.objectContaining({ name: 'RuleViolation', kind: 'unprocessable', rule: 'BBB-4.4', field: 'acceptComplaintAsPosition' }),
    );
    // The Respondent's request itself stands: the Complainant is asked for a Position, and may then ask that the complaint be it.
    const requested = run(history, requestHearing({ requestedBy: 'respondent' }));
    expect(stateOf(requested)).toMatchObject({ stage: 'hearing-position', hearing: { requestedBy: 'respondent' } });
    const accepted = given(caseDecider, requested).when({ kind: 'SubmitPosition', caseId: 'case-1', receivedAt: POSITION_AT, acceptComplaintAsPosition: true, issuedAt: POSITION_AT });
    expect(accepted[0]).toMatchObject({ type: 'PositionSubmitted', data: { fromComplaint: true } });
  });

  it('BBB-4.4 a Position meets its deadline and is forwarded to the Respondent', () => {
    const history = run(docketed(), requestHearing());
    const events = after(history, submit('SubmitPosition', POSITION_AT));
    expect(events).toEqual([
      { type: 'PositionSubmitted', data: { caseId: 'case-1', stage: 'hearing-rebuttal', rule: 'BBB-4.4', receivedAt: POSITION_AT, summary: 'SubmitPosition text', fromComplaint: false } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'position-1', metAt: POSITION_AT } },
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'position-forwarded', rule: 'BBB-4.4', recipient: 'respondent' }) }),
    ]);
  });

  it('BBB-4.4 no Position in time: the Complainant is told and the case closes (BBB-6 (11))', () => {
    const history = run(docketed(), requestHearing());
    const due = deadline(history, 'position-1').dueAt;
    expect(after(history, lapse('position-1', '2026-08-13T20:00:00.000Z'))).toEqual([]);
    // In its last millisecond the Position is still on time: the period ends after it.
    expect(after(history, lapse('position-1', due))).toEqual([]);
    const events = after(history, lapse('position-1', periodEndedAt(due)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'NoticeSent', 'CaseClosed']);
    expect(events.at(-1)!.data).toMatchObject({ reason: 'refused-party-conduct', rule: 'BBB-6' });
    expect(stateOf([...history, ...events]).status).toBe('closed');
  });

  it('BBB-4.4 the Rebuttal is due 30 business days after RECEIPT of the Position, not its sending', () => {
    const history = run(docketed(), requestHearing(), submit('SubmitPosition', POSITION_AT));
    expect(Object.values(stateOf(history).deadlines).some((d) => d.kind === 'rebuttal')).toBe(false);
    const events = after(history, deliver('position', POSITION_DELIVERED));
    expect(events[0]).toEqual({ type: 'HearingDocumentDelivered', data: { caseId: 'case-1', document: 'position', recipient: 'respondent', rule: 'BBB-4.4', deliveredAt: POSITION_DELIVERED } });
    expect(events[1].data).toMatchObject({ deadlineId: 'rebuttal-1', kind: 'rebuttal', rule: 'BBB-4.4', basis: { event: 'HearingDocumentDelivered', at: POSITION_DELIVERED }, ...calendar.addBusinessDays(POSITION_DELIVERED, 30) });
    // From Tuesday 14 July (courier; sent 10 July): 13 business days in July, the 17th in August is Tuesday 25 August.
    expect(events[1].data).toMatchObject({ dueOn: '2026-08-25' });
    expect(() => after([...history, ...events], deliver('position', POSITION_DELIVERED))).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('BBB-4.4.1 no Rebuttal in time: a written default notice goes to the Respondent; 15 business days run from its receipt', () => {
    const history = positionDelivered();
    const lapsed = run(history, lapse('rebuttal-1', periodEndedAt(deadline(history, 'rebuttal-1').dueAt)));
    const events = lapsed.slice(history.length);
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'DefaultNoticeIssued', 'NoticeSent']);
    expect(events[2].data).toMatchObject({ kind: 'default-notice', rule: 'BBB-4.4.1', recipient: 'respondent' });
    expect(stateOf(lapsed)).toMatchObject({ status: 'open', stage: 'hearing-default' });
    const received = '2026-08-31T15:00:00.000Z';
    const delivered = after(lapsed, deliver('default-notice', received));
    expect(delivered[1].data).toMatchObject({ deadlineId: 'rebuttal-after-default-1', kind: 'rebuttal-after-default', rule: 'BBB-4.4.1', count: 15, ...calendar.addBusinessDays(received, 15) });
  });

  it('BBB-4.4.1 a Rebuttal within the default notice period is accepted and forwarded; the case moves on', () => {
    const history = positionDelivered();
    const defaulted = run(history, lapse('rebuttal-1', periodEndedAt(deadline(history, 'rebuttal-1').dueAt)), deliver('default-notice', '2026-08-31T15:00:00.000Z'));
    const events = after(defaulted, submit('SubmitRebuttal', '2026-09-10T15:00:00.000Z'));
    expect(events[0]).toMatchObject({ type: 'RebuttalSubmitted', data: { rule: 'BBB-4.4.1', afterDefault: true } });
    expect(events[1]).toEqual({ type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'rebuttal-after-default-1', metAt: '2026-09-10T15:00:00.000Z' } });
    expect(events[2].data).toMatchObject({ kind: 'rebuttal-forwarded', recipient: 'complainant' });
    expect(stateOf([...defaulted, ...events]).stage).toBe('hearing-reply');
  });

  it('BBB-4.4.1 still no Rebuttal: the default is noted for the next Procedure report and a referral decision is required (BBB-8.8)', () => {
    const history = positionDelivered();
    const defaulted = run(history, lapse('rebuttal-1', periodEndedAt(deadline(history, 'rebuttal-1').dueAt)), deliver('default-notice', '2026-08-31T15:00:00.000Z'));
    const due = deadline(defaulted, 'rebuttal-after-default-1').dueAt;
    const events = after(defaulted, lapse('rebuttal-after-default-1', periodEndedAt(due)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'RespondentDefaultNoted', 'NotedForReport', 'ReferralDecisionRequired']);
    expect(events[1].data).toMatchObject({ rule: 'BBB-4.4.1', report: 'next-procedure-report' });
    expect(events[3].data).toMatchObject({ rule: 'BBB-8.8', deadlineId: 'rebuttal-after-default-1', deadlineRule: 'BBB-4.4.1', stage: 'referral-decision' });
    const state = stateOf([...defaulted, ...events]);
    expect(state).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect(() => after([...defaulted, ...events], submit('SubmitRebuttal', due, '2026-10-01T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4' }));
  });

  it('BBB-4.4.1 / BBB-7.1 given a default notice unanswered, when its period lapses, then the default is noted for the next report (NotedForReport, matter respondent-default)', () => {
    const history = positionDelivered();
    const defaulted = run(history, lapse('rebuttal-1', periodEndedAt(deadline(history, 'rebuttal-1').dueAt)), deliver('default-notice', '2026-08-31T15:00:00.000Z'));
    const at = periodEndedAt(deadline(defaulted, 'rebuttal-after-default-1').dueAt);
    const events = after(defaulted, lapse('rebuttal-after-default-1', at));
    expect(events.filter((e) => e.type === 'NotedForReport')).toEqual([
      { type: 'NotedForReport', data: { caseId: 'case-1', matter: 'respondent-default', rule: 'BBB-4.4.1', reportRule: 'BBB-7.1', deadlineId: 'rebuttal-after-default-1', notedAt: at } },
    ]);
    expect(stateOf([...defaulted, ...events]).stage).toBe('referral-decision');
  });

  const rebuttalDelivered = () => {
    const history = positionDelivered();
    return run(history, submit('SubmitRebuttal', '2026-08-03T15:00:00.000Z'), deliver('rebuttal', '2026-08-05T15:00:00.000Z'));
  };

  it('BBB-4.4.2 the Rebuttal is forwarded to the Complainant, who may reply within 10 business days after receipt', () => {
    const events = rebuttalDelivered();
    expect(events.find((e) => e.type === 'NoticeSent' && e.data.kind === 'rebuttal-forwarded')!.data).toMatchObject({ recipient: 'complainant', rule: 'BBB-4.4.2' });
    expect(stateOf(events).deadlines['reply-1']).toMatchObject({ kind: 'reply', rule: 'BBB-4.4.2', status: 'pending', ...calendar.addBusinessDays('2026-08-05T15:00:00.000Z', 10) });
    expect(stateOf(events).deadlines['rebuttal-1'].status).toBe('met');
  });

  it('BBB-4.4.2 no reply is not a default: the Position and Rebuttal go to the Panelist', () => {
    const history = rebuttalDelivered();
    const events = after(history, lapse('reply-1', periodEndedAt(deadline(history, 'reply-1').dueAt)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'HearingRecordSentToPanelist']);
    expect(events[1].data).toMatchObject({ rule: 'BBB-4.4.2', reason: 'no-reply' });
    expect(stateOf([...history, ...events])).toMatchObject({ status: 'open', stage: 'awaiting-panelist' });
  });

  it('BBB-4.4.2 a reply becomes an addendum to the Position and is forwarded to the Respondent', () => {
    const history = rebuttalDelivered();
    const events = after(history, submit('SubmitReply', '2026-08-10T15:00:00.000Z'));
    expect(events[0]).toMatchObject({ type: 'ReplySubmitted', data: { addendumTo: 'position', rule: 'BBB-4.4.2' } });
    expect(events[1]).toMatchObject({ type: 'DeadlineMet', data: { deadlineId: 'reply-1' } });
    expect(events[2].data).toMatchObject({ kind: 'reply-forwarded', recipient: 'respondent', rule: 'BBB-4.4.3' });
  });

  it('BBB-4.4.3 the Respondent may respond within 10 business days after receipt of the reply; the response is an addendum to the Rebuttal and the record goes to the Panelist', () => {
    const history = run(rebuttalDelivered(), submit('SubmitReply', '2026-08-10T15:00:00.000Z'), deliver('reply', '2026-08-11T15:00:00.000Z'));
    expect(stateOf(history).deadlines['response-1']).toMatchObject({ kind: 'response', rule: 'BBB-4.4.3', ...calendar.addBusinessDays('2026-08-11T15:00:00.000Z', 10) });
    const events = after(history, submit('SubmitResponse', '2026-08-20T15:00:00.000Z'));
    expect(events.map((e) => e.type)).toEqual(['ResponseSubmitted', 'DeadlineMet', 'HearingRecordSentToPanelist']);
    expect(events[0].data).toMatchObject({ addendumTo: 'rebuttal' });
    expect(events[2].data).toMatchObject({ rule: 'BBB-4.4.3', reason: 'response-received' });
    expect(stateOf([...history, ...events]).stage).toBe('awaiting-panelist');
  });

  it('BBB-4.4.3 BBB-8.5 given a reply, when the response is received, then the hearing state records it (what a designation in it needs); no response, none recorded', () => {
    const history = run(rebuttalDelivered(), submit('SubmitReply', '2026-08-10T15:00:00.000Z'), deliver('reply', '2026-08-11T15:00:00.000Z'));
    expect(stateOf(history).exchange?.filed['response']).toBeUndefined();
    const responded = run(history, submit('SubmitResponse', '2026-08-20T15:00:00.000Z'));
    expect(stateOf(responded).exchange).toMatchObject({ filed: { response: '2026-08-20T15:00:00.000Z' } });
    expect(stateOf(responded).hearing).toMatchObject({ recordSentAt: '2026-08-20T15:00:00.000Z' });
    const lapsed = run(history, lapse('response-1', periodEndedAt(deadline(history, 'response-1').dueAt)));
    expect(stateOf(lapsed).exchange?.filed['response']).toBeUndefined();
  });

  it('BBB-4.4.3 at the end of the response period the record goes to the Panelist', () => {
    const history = run(rebuttalDelivered(), submit('SubmitReply', '2026-08-10T15:00:00.000Z'), deliver('reply', '2026-08-11T15:00:00.000Z'));
    const events = after(history, lapse('response-1', periodEndedAt(deadline(history, 'response-1').dueAt)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'HearingRecordSentToPanelist']);
    expect(events[1].data).toMatchObject({ rule: 'BBB-4.4.3', reason: 'response-period-ended' });
    expect(stateOf([...history, ...events]).stage).toBe('awaiting-panelist');
  });

  it('BBB-4.5.4 a Rebuttal received after its time limit is refused (409), unless the period was first extended for good cause', () => {
    const history = positionDelivered();
    const due = deadline(history, 'rebuttal-1').dueAt;
    const late = new Date(Date.parse(due) + 86_400_000).toISOString();
    expect(() => after(history, submit('SubmitRebuttal', late))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4', field: 'receivedAt' }));
    const extended = run(history, { kind: 'ExtendDeadline', caseId: 'case-1', deadlineId: 'rebuttal-1', count: 5, unit: 'business-days', reason: 'counsel ill', grantedBy: 'staff-1', calendar, issuedAt: '2026-08-20T15:00:00.000Z' });
    expect(after(extended, submit('SubmitRebuttal', late))[0]).toMatchObject({ type: 'RebuttalSubmitted', data: { afterDefault: false } });
  });

  it('BBB-4.5.4 a reply after the record went to the Panelist is refused (409)', () => {
    const history = rebuttalDelivered();
    const closed = run(history, lapse('reply-1', periodEndedAt(deadline(history, 'reply-1').dueAt)));
    expect(() => after(closed, submit('SubmitReply', '2026-09-30T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5.4' }));
  });

  it('refuses hearing commands under a rulebook without a hearing procedure', () => {
    const vs = run([], {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' }, allegation: 'x', outcomesSought: ['y'], issuedAt: '2026-06-01T10:00:00Z',
    });
    expect(() => after(vs, requestHearing())).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });
});
