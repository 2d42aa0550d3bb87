import { periodEndedAt } from '../../deadlines/period-end';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { calendar } from '../case-history.testing';
import { afterVs, docketedVeraSafe, runVs, stateOfVs } from '../verasafe-history.testing';
import { nextActions } from '../next-actions/next-actions';

// VeraSafe's consultative mediation (VS-7.1 to 7.3): the exchange part composed by verasafe-mediation.ts.

const DOCKETED = '2026-06-03T15:00:00.000Z';
const RESPONDED = '2026-06-10T15:00:00.000Z';
const respond = (kind = 'dispute', receivedAt = RESPONDED): CaseCommand => ({ kind: 'FileSubmission', caseId: 'case-1', slot: 'response-to-complaint', filedBy: 'respondent', receivedAt, summary: 'We dispute the facts; logs attached', submissionKind: kind, issuedAt: receivedAt });
const requestTeleconference = (receivedAt: string): CaseCommand => ({ kind: 'FileSubmission', caseId: 'case-1', slot: 'teleconference-request', filedBy: 'complainant', receivedAt, summary: 'Not satisfied: I ask for a Mediation Teleconference', issuedAt: receivedAt });
const lapse = (events: CaseEvent[], deadlineId: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: periodEndedAt(stateOfVs(events).deadlines[deadlineId]!.dueAt) });
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);
const responded = () => runVs(docketedVeraSafe(DOCKETED), respond());

describe('VeraSafe consultative mediation (VS-7.1 to 7.3)', () => {
  it('VS-7.1 VS-3.3 docketing forwards the Complaint to the Participant, delivered on transmission; its Response is due 20 business days after', () => {
    const events = docketedVeraSafe(DOCKETED);
    const state = stateOfVs(events);
    expect(state.stage).toBe('awaiting-response');
    const forwarded = events.filter((event) => event.type === 'NoticeSent').at(-1);
    expect(forwarded).toMatchObject({ data: { kind: 'complaint-forwarded', rule: 'VS-7.1', recipient: 'respondent', sentAt: DOCKETED } });
    expect(Object.values(state.notices).every((notice) => notice.deliveredAt === notice.sentAt)).toBe(true);
    // Wednesday 3 June 2026 + 20 business days (Juneteenth and Independence Day observed skipped): Thursday 2 July.
    expect(state.deadlines['response-to-complaint-1']).toMatchObject({ rule: 'VS-7.1', status: 'pending', dueOn: '2026-07-02' });
    expect(nextActions(state)).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'FileSubmission', by: 'respondent', rule: 'VS-7.1', awaited: true, about: { slot: 'response-to-complaint' } })]));
  });

  it('VS-7.1 the Response is one of the three kinds: defend, dispute with documentation, admit fault; anything else is refused (422 submissionKind)', () => {
    const history = docketedVeraSafe(DOCKETED);
    expect(() => afterVs(history, respond('apologise'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-7.1', field: 'submissionKind' }));
    for (const kind of ['defend', 'dispute', 'admit-fault']) expect(afterVs(history, respond(kind))[0]).toMatchObject({ type: 'SubmissionFiled', data: { slot: 'response-to-complaint', kind } });
  });

  it('VS-7.3 VS-3.3 the Response is forwarded to the Complainant on transmission; the request for a Mediation Teleconference is due 10 business days after', () => {
    const events = afterVs(docketedVeraSafe(DOCKETED), respond());
    expect(types(events)).toEqual(['SubmissionFiled', 'DeadlineMet', 'NoticeSent', 'ExchangeDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[2]).toMatchObject({ data: { kind: 'response-forwarded', recipient: 'complainant' } });
    expect(events[4]).toMatchObject({ data: { kind: 'teleconference-request', rule: 'VS-7.3', basis: { event: 'ExchangeDocumentDelivered', at: RESPONDED } } });
    expect(stateOfVs(responded()).stage).toBe('awaiting-teleconference-request');
  });

  it('VS-7.2 no timely Response: the default is noted and the referral question goes to staff (VS-13)', () => {
    const history = docketedVeraSafe(DOCKETED);
    const lapsed = afterVs(history, lapse(history, 'response-to-complaint-1'));
    expect(types(lapsed)).toEqual(expect.arrayContaining(['DeadlineLapsed', 'RespondentDefaultNoted', 'ReferralDecisionRequired']));
    expect(lapsed.find((event) => event.type === 'ReferralDecisionRequired')).toMatchObject({ data: { rule: 'VS-7.2', reason: 'no-timely-response', stage: 'referral-decision' } });
    expect(() => afterVs([...history, ...lapsed], respond('dispute', '2026-07-06T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.2' }));
  });

  it('VS-7.3(b) the Complainant satisfied with the Response: "Closed by Default", both Parties notified', () => {
    const history = responded();
    expect(nextActions(stateOfVs(history))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'WaiveSubmission', by: 'complainant', rule: 'VS-7.3', about: { slot: 'teleconference-request' } })]));
    const satisfied = afterVs(history, { kind: 'WaiveSubmission', caseId: 'case-1', slot: 'teleconference-request', waivedBy: 'complainant', reason: 'satisfied', issuedAt: '2026-06-12T15:00:00.000Z' });
    expect(satisfied[0]).toMatchObject({ type: 'SubmissionWaived', data: { slot: 'teleconference-request', by: 'complainant', rule: 'VS-7.3' } });
    expect(satisfied.filter((event) => event.type === 'NoticeSent').map((event) => event.data.recipient)).toEqual(['complainant', 'respondent']);
    expect(satisfied.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } });
    expect(() => afterVs(history, { kind: 'WaiveSubmission', caseId: 'case-1', slot: 'teleconference-request', waivedBy: 'respondent', issuedAt: '2026-06-12T15:00:00.000Z' })).toThrow(expect.objectContaining({ field: 'waivedBy' }));
  });

  it('VS-7.3(c) no request for a Mediation Teleconference in time: "Closed by Default", both Parties notified; a late request is refused naming VS-7.3', () => {
    const history = responded();
    const lapsed = afterVs(history, lapse(history, 'teleconference-request-1'));
    expect(lapsed.filter((event) => event.type === 'NoticeSent').map((event) => event.data.recipient)).toEqual(['complainant', 'respondent']);
    expect(lapsed.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-default', rule: 'VS-7.3', label: 'Closed by Default' } });
    const late = periodEndedAt(stateOfVs(history).deadlines['teleconference-request-1']!.dueAt);
    expect(() => afterVs(history, requestTeleconference(new Date(Date.parse(late) + 1).toISOString()))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.3', field: 'receivedAt' }));
  });

  it('VS-7.3(a) a request in time ends the exchange: the case awaits its mediator and teleconference (VS-7.4); the Participant cannot file it', () => {
    const history = responded();
    expect(() => afterVs(history, { ...requestTeleconference('2026-06-15T15:00:00.000Z'), filedBy: 'respondent' } as CaseCommand)).toThrow(expect.objectContaining({ field: 'filedBy' }));
    const requested = afterVs(history, requestTeleconference('2026-06-15T15:00:00.000Z'));
    expect(types(requested)).toEqual(['SubmissionFiled', 'DeadlineMet', 'ExchangeEnded']);
    expect(requested.at(-1)).toMatchObject({ data: { stage: 'mediation-teleconference', rule: 'VS-7.3', reason: 'teleconference-requested' } });
    expect(stateOfVs([...history, ...requested]).stage).toBe('mediation-teleconference');
  });
});

describe('VeraSafe consultative mediation: a cure of VS-7.2 (VS-13.2)', () => {
  it('VS-7.2 VS-13.2 the Response filed within the cure period is the cure: forwarded on transmission, the request period runs from it', () => {
    const history = docketedVeraSafe(DOCKETED);
    const lapsed = runVs(history, lapse(history, 'response-to-complaint-1'));
    const referred = runVs(lapsed, { kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'FTC' }, respondentName: 'Acme Analytics Inc.', nature: 'no Response', summary: 'no Response to Complaint', reason: 'VS-7.2', decidedBy: 'staff-1', issuedAt: '2026-07-06T15:00:00.000Z' });
    const cured = afterVs(referred, { kind: 'CureReferral', caseId: 'case-1', actionTaken: 'Our Response: we dispute the facts', receivedAt: '2026-07-08T15:00:00.000Z', calendar, issuedAt: '2026-07-08T15:00:00.000Z' });
    expect(cured.find((event) => event.type === 'SubmissionFiled')).toMatchObject({ data: { slot: 'response-to-complaint', summary: 'Our Response: we dispute the facts' } });
    const state = stateOfVs([...referred, ...cured]);
    expect(state.stage).toBe('awaiting-teleconference-request');
    expect(Object.values(state.deadlines).find((deadline) => deadline.kind === 'teleconference-request')).toMatchObject({ status: 'pending' });
  });
});
