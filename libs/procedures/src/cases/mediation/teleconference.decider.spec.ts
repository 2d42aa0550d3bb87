import { periodEndedAt } from '../../deadlines/period-end';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { calendar } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';
import { afterVs, docketedVeraSafe, runVs, stateOfVs } from '../verasafe-history.testing';

// VS-7.4: the Mediation Teleconference after the Complainant asked for it (VS-7.3(a)).

const NOTICED = '2026-06-20T15:00:00.000Z';
const HELD = '2026-07-06T15:00:00.000Z';
const awaitingTeleconference = () =>
  runVs(
    docketedVeraSafe('2026-06-03T15:00:00.000Z'),
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'response-to-complaint', filedBy: 'respondent', receivedAt: '2026-06-10T15:00:00.000Z', summary: 'we defend', submissionKind: 'defend', issuedAt: '2026-06-10T15:00:00.000Z' },
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'teleconference-request', filedBy: 'complainant', receivedAt: '2026-06-15T15:00:00.000Z', summary: 'a teleconference, please', issuedAt: '2026-06-15T15:00:00.000Z' },
  );
const appoint: CaseCommand = { kind: 'AppointMediator', caseId: 'case-1', mediatorName: 'Mira Mediator', issuedAt: '2026-06-16T15:00:00.000Z' };
const schedule = (scheduledFor = HELD, issuedAt = NOTICED): CaseCommand => ({ kind: 'ScheduleMediationTeleconference', caseId: 'case-1', scheduledFor, issuedAt });
const outcome = (kind: Extract<CaseCommand, { kind: 'RecordMediationOutcome' }>['outcome'], terms?: string): CaseCommand => ({ kind: 'RecordMediationOutcome', caseId: 'case-1', outcome: kind, ...(terms ? { terms } : {}), calendar, issuedAt: '2026-07-06T18:00:00.000Z' });
const scheduled = () => runVs(awaitingTeleconference(), appoint, schedule());
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);
const commands = (events: CaseEvent[]) => nextActions(stateOfVs(events)).map((action) => action.command);

describe('VeraSafe Mediation Teleconference (VS-7.4)', () => {
  it('VS-7.4 a mediator is appointed first, then the teleconference is set and both Parties noticed', () => {
    const history = awaitingTeleconference();
    expect(stateOfVs(history).stage).toBe('mediation-teleconference');
    expect(commands(history)).toContain('AppointMediator');
    expect(() => afterVs(history, schedule())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.4' }));
    const appointed = runVs(history, appoint);
    expect(stateOfVs(appointed).mediation).toEqual({ mediator: 'Mira Mediator' });
    const set = afterVs(appointed, schedule());
    expect(types(set)).toEqual(['MediationTeleconferenceScheduled', 'NoticeSent', 'NoticeDelivered', 'NoticeSent', 'NoticeDelivered']);
    expect(set.filter((event) => event.type === 'NoticeSent').map((event) => event.data.recipient)).toEqual(['complainant', 'respondent']);
    expect(stateOfVs([...appointed, ...set]).stage).toBe('teleconference-scheduled');
  });

  it('VS-7.4 the Parties are noticed at least fifteen days before: a teleconference set sooner is refused (422 scheduledFor)', () => {
    const appointed = runVs(awaitingTeleconference(), appoint);
    expect(() => afterVs(appointed, schedule('2026-07-05T14:59:59.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-7.4', field: 'scheduledFor' }));
    expect(afterVs(appointed, schedule('2026-07-05T15:00:00.000Z'))[0]).toMatchObject({ type: 'MediationTeleconferenceScheduled' });
  });

  it('VS-7.4 its outcome is recorded only once it was held', () => {
    expect(() => afterVs(scheduled(), { ...outcome('no-settlement'), issuedAt: '2026-07-01T15:00:00.000Z' } as CaseCommand)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-7.4' }));
  });

  it('VS-7.4(i) the Complainant absent: "Closed by Default", the Parties notified', () => {
    const events = afterVs(scheduled(), outcome('complainant-absent'));
    expect(events[0]).toMatchObject({ type: 'MediationOutcomeRecorded', data: { outcome: 'complainant-absent', heldAt: HELD } });
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => event.data.recipient)).toEqual(['complainant', 'respondent']);
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-default', rule: 'VS-7.4', label: 'Closed by Default' } });
  });

  it('VS-7.4(ii) the Participant absent: noted for the next Annual Procedure Report and referred (VS-13)', () => {
    const events = afterVs(scheduled(), outcome('participant-absent'));
    expect(types(events)).toEqual(expect.arrayContaining(['MediationOutcomeRecorded', 'RespondentDefaultNoted', 'ReferralDecisionRequired']));
    expect(events.find((event) => event.type === 'ReferralDecisionRequired')).toMatchObject({ data: { rule: 'VS-7.4', stage: 'referral-decision' } });
  });

  it('VS-7.4(iii) a Settlement: its terms recorded, and sent to both Parties within five business days; its performance is then monitored', () => {
    expect(() => afterVs(scheduled(), outcome('settlement'))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'terms' }));
    const settled = runVs(scheduled(), outcome('settlement', 'Acme deletes the profile within 30 days'));
    const state = stateOfVs(settled);
    expect(state.stage).toBe('settlement-terms');
    expect(state.deadlines['settlement-terms-1']).toMatchObject({ rule: 'VS-7.4', status: 'pending', dueOn: '2026-07-13' });
    expect(commands(settled)).toContain('SendSettlementTerms');
    const sent = afterVs(settled, { kind: 'SendSettlementTerms', caseId: 'case-1', issuedAt: '2026-07-08T15:00:00.000Z' });
    expect(types(sent)).toEqual(['SettlementTermsSent', 'DeadlineMet', 'NoticeSent', 'NoticeDelivered', 'NoticeSent', 'NoticeDelivered']);
    expect(stateOfVs([...settled, ...sent]).stage).toBe('settlement-performance');
  });

  it('VS-7.4(iv) VS-7.4(v) no Settlement: a hearing may be requested within ten business days; none in time: "Closed by Default"', () => {
    const failed = runVs(scheduled(), outcome('no-settlement'));
    const state = stateOfVs(failed);
    expect(state.stage).toBe('awaiting-hearing-request');
    expect(state.deadlines['hearing-request-1']).toMatchObject({ rule: 'VS-7.4', status: 'pending', dueOn: '2026-07-20' });
    const lapsed = afterVs(failed, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'hearing-request-1', issuedAt: periodEndedAt(state.deadlines['hearing-request-1']!.dueAt) });
    expect(lapsed.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'closed-by-default', rule: 'VS-7.4', label: 'Closed by Default' } });
  });
});
