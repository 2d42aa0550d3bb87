import { periodEndedAt } from '../../deadlines/period-end';
import type { CaseEvent } from '../case.events';
import { nextActions } from '../next-actions/next-actions';
import { afterVs, runVs, stateOfVs } from '../verasafe-history.testing';
import { designate, hearingRequest, noSettlement } from './verasafe-hearing.testing';

// VeraSafe's Data Privacy Hearing (VS-7.4(iv), VS-8.1 to 8.3): the hearing, exchange and appointment parts composed by
// rulebooks/verasafe-hearing.ts.

const requested = () => runVs(noSettlement(), request());
const request = hearingRequest;
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);

describe('VeraSafe Data Privacy Hearing (VS-8)', () => {
  it('VS-7.4(iv) VS-8.2 the Complainant requests the hearing within ten business days, with a brief and Permitted Outcomes; it goes to the Participant, whose rebuttal is due ten business days after', () => {
    const events = afterVs(noSettlement(), request());
    expect(types(events)).toEqual(['HearingRequested', 'DeadlineMet', 'NoticeSent', 'NoticeDelivered', 'DeadlineSet']);
    expect(events[0]).toMatchObject({ data: { rule: 'VS-7.4', requestedBy: 'complainant', stage: 'hearing-rebuttal', brief: 'Acme kept profiling me after my objection; the logs show it' } });
    expect(events[2]).toMatchObject({ data: { kind: 'hearing-request-forwarded', rule: 'VS-8.2', recipient: 'respondent' } });
    const state = stateOfVs([...noSettlement(), ...events]);
    expect(state.stage).toBe('hearing-rebuttal');
    // Wednesday 8 July + 10 business days: Wednesday 22 July.
    expect(state.deadlines['participant-rebuttal-1']).toMatchObject({ rule: 'VS-8.2', status: 'pending', dueOn: '2026-07-22' });
    expect(nextActions(state)).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'FileSubmission', by: 'respondent', rule: 'VS-8.2', about: { slot: 'participant-rebuttal' } })]));
  });

  it('VS-7.4(iv) VS-8.2 VS-4.1 only the Complainant requests it; without a brief, or seeking more than the Permitted Outcomes, it is refused', () => {
    const history = noSettlement();
    expect(() => afterVs(history, request({ requestedBy: 'respondent' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-7.4', field: 'requestedBy' }));
    expect(() => afterVs(history, request({ brief: '  ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.2', field: 'brief' }));
    expect(() => afterVs(history, request({ remedies: [{ kind: 'punitive-damages' }] }))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'remedies' }));
  });

  it('VS-8.2 the rebuttal in time, or none: the hearing goes on to the officer\'s designation', () => {
    const history = requested();
    const rebutted = afterVs(history, { kind: 'FileSubmission', caseId: 'case-1', slot: 'participant-rebuttal', filedBy: 'respondent', receivedAt: '2026-07-20T15:00:00.000Z', summary: 'our rebuttal', issuedAt: '2026-07-20T15:00:00.000Z' });
    expect(rebutted.at(-1)).toMatchObject({ type: 'ExchangeEnded', data: { stage: 'awaiting-hearing-officer', reason: 'rebuttal-received' } });
    const silent = afterVs(history, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'participant-rebuttal-1', issuedAt: periodEndedAt(stateOfVs(history).deadlines['participant-rebuttal-1']!.dueAt) });
    expect(silent.at(-1)).toMatchObject({ type: 'ExchangeEnded', data: { stage: 'awaiting-hearing-officer', reason: 'no-rebuttal' } });
  });

  it('VS-8.1 VS-8.3 the hearing officer is designated, qualified and impartial; the credentials relied on are recorded; one without them is refused', () => {
    const history = runVs(requested(), { kind: 'FileSubmission', caseId: 'case-1', slot: 'participant-rebuttal', filedBy: 'respondent', receivedAt: '2026-07-20T15:00:00.000Z', summary: 'our rebuttal', issuedAt: '2026-07-20T15:00:00.000Z' });
    expect(nextActions(stateOfVs(history))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'DesignateDecisionMaker', by: 'administrator' })]));
    expect(() => afterVs(history, designate('officer-2'))).toThrow(expect.objectContaining({ rule: 'VS-8.3' }));
    const designated = afterVs(history, designate('officer-1'));
    expect(designated[0]).toMatchObject({ type: 'DecisionMakerDesignated' });
    expect(JSON.stringify(designated[0])).toContain('CIPP');
    expect(stateOfVs([...history, ...designated]).stage).toBe('hearing-officer-appointed');
  });
});
