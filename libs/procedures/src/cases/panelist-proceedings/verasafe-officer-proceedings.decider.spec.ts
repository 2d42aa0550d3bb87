import { periodEndedAt } from '../../deadlines/period-end';
import { EVENT_CLASSIFICATION } from '../../classification/event-classification';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { after, calendar, docketedBbb, run, stateOf } from '../case-history.testing';
import { nextActions } from '../next-actions/next-actions';
import { afterVs, runVs, stateOfVs } from '../verasafe-history.testing';
import { awaitingHearingOfficer, hearingOfficerAppointed } from '../hearing/verasafe-hearing.testing';
import { investigativeAnalysisOnRecord } from './index';

// VeraSafe's Data Privacy Hearing administration (VS-8.4(a), VS-8.4(b)): the Panelist-proceedings part with
// rulebooks/verasafe-officer-proceedings.ts as its data, for the hearing officer VeraSafe designates (VS-8.1).

// Tuesday 28 July 2026, 11:00 in New York.
const ASKED = '2026-07-28T15:00:00.000Z';

const awaitingOfficer = awaitingHearingOfficer;
const appointed = hearingOfficerAppointed;

const ask = (extra: Partial<Extract<CaseCommand, { kind: 'RequestPanelistInformation' }>> = {}): CaseCommand => ({
  kind: 'RequestPanelistInformation', caseId: 'case-1', panelistId: 'officer-1', parties: ['respondent'], question: 'Which vendors received the profile?', timeLimitBusinessDays: 5, issuedAt: ASKED, ...extra,
});
const answer = (receivedAt: string, requestId = 'panelist-request-1'): CaseCommand => ({ kind: 'SubmitPanelistInformationAnswer', caseId: 'case-1', requestId, receivedAt, summary: 'vendors A and B', issuedAt: receivedAt });
const FACTS = [
  { fact: 'Acme kept profiling the Complainant after the objection', finding: 'valid', analysis: 'The processing logs show profiling runs through June' },
  { fact: 'The Complainant consented to profiling', finding: 'not-established', analysis: 'No consent record was produced' },
] as const;
const furnish = (facts: unknown = FACTS, issuedAt = '2026-07-29T15:00:00.000Z'): CaseCommand => ({ kind: 'FurnishInvestigativeAnalysis', caseId: 'case-1', facts, issuedAt }) as CaseCommand;
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);
const commandsOf = (events: readonly CaseEvent[]) => nextActions(stateOfVs(events)).map((action) => action.command);

describe("VeraSafe: the hearing officer's requests for information (VS-8.4a)", () => {
  it("VS-8.4a: the officer asks the Participant with a time limit of 5 business days; the request is delivered on transmission (VS-3.3) and the answer period runs from its sending", () => {
    const history = appointed();
    expect(stateOfVs(history).stage).toBe('hearing-officer-appointed');
    const events = afterVs(history, ask());
    expect(types(events)).toEqual(['PanelistInformationRequested', 'NoticeSent', 'ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({ data: { requestId: 'panelist-request-1', party: 'respondent', rule: 'VS-8.4a', timeLimitBusinessDays: 5, requestedAt: ASKED } });
    expect(events[1]).toMatchObject({ data: { kind: 'officer-information-request', rule: 'VS-8.4a', recipient: 'respondent', sentAt: ASKED } });
    expect(events[2]).toMatchObject({ data: { document: 'request', recipient: 'respondent', deliveredAt: ASKED } });
    // From Tuesday 28 July, five business days: Tuesday 4 August.
    expect(events[3]).toMatchObject({ data: { kind: 'officer-information-answer', rule: 'VS-8.4a', count: 5, unit: 'business-days', dueOn: '2026-08-04', dueAt: calendar.addBusinessDays(ASKED, 5).dueAt } });
    const state = stateOfVs([...history, ...events]);
    expect(state.deadlines['officer-information-answer-1']).toMatchObject({ status: 'pending', dueOn: '2026-08-04' });
  });

  it('VS-8.4a: either or both Parties; each request carries the same time limit', () => {
    const events = afterVs(appointed(), ask({ parties: ['complainant', 'respondent'], timeLimitBusinessDays: 10 }));
    expect(types(events)).toEqual([
      'PanelistInformationRequested', 'NoticeSent', 'ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered',
      'PanelistInformationRequested', 'NoticeSent', 'ProceedingsDocumentDelivered', 'DeadlineSet', 'NoticeDelivered',
    ]);
    // From Tuesday 28 July, ten business days: Tuesday 11 August.
    expect(events.filter((e) => e.type === 'DeadlineSet').map((e) => [e.data.count, e.data.dueOn])).toEqual([[10, '2026-08-11'], [10, '2026-08-11']]);
    const state = stateOfVs([...appointed(), ...events]);
    expect(Object.values(state.panelistProceedings!.requests).map((r) => r.party)).toEqual(['complainant', 'respondent']);
  });

  it('VS-8.4a: the request specifies its time limit: a whole number of business days from 1 to 30 (422 naming timeLimitBusinessDays)', () => {
    const history = appointed();
    for (const timeLimitBusinessDays of [undefined, 0, -1, 2.5, 31, Number.NaN]) {
      const command = { ...ask(), timeLimitBusinessDays } as CaseCommand;
      expect(() => afterVs(history, command)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.4a', field: 'timeLimitBusinessDays' }));
    }
    expect(afterVs(history, ask({ timeLimitBusinessDays: 30 }))[0]).toMatchObject({ data: { timeLimitBusinessDays: 30 } });
    expect(() => afterVs(history, ask({ question: ' ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.4a', field: 'question' }));
    // Only the designated officer, once designated (VS-8.1).
    expect(() => afterVs(history, ask({ panelistId: 'officer-2' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.1', field: 'panelistId' }));
    expect(() => afterVs(awaitingOfficer(), ask())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.1' }));
  });

  it('VS-8.4a: an answer in time is met and goes to the officer; it is not forwarded, and the other Party takes no response', () => {
    const asked = runVs(appointed(), ask());
    const events = afterVs(asked, answer('2026-08-03T15:00:00.000Z'));
    expect(types(events)).toEqual(['PanelistInformationAnswered', 'DeadlineMet']);
    expect(events[0]).toMatchObject({ data: { requestId: 'panelist-request-1', party: 'respondent', rule: 'VS-8.4a', summary: 'vendors A and B' } });
    const answered = [...asked, ...events];
    expect(() => afterVs(answered, { kind: 'CommentOnPanelistAnswer', caseId: 'case-1', requestId: 'panelist-request-1', receivedAt: '2026-08-04T15:00:00.000Z', summary: 'not so', issuedAt: '2026-08-04T15:00:00.000Z' }))
      .toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4a' }));
    expect(() => afterVs(answered, answer('2026-08-04T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4a', field: 'requestId' }));
    expect(commandsOf(answered)).not.toEqual(expect.arrayContaining(['RecordProceedingsDelivery']));
    expect(commandsOf(answered)).not.toEqual(expect.arrayContaining(['CommentOnPanelistAnswer']));
  });

  it('VS-8.4a: an answer after the time limit is refused (409 VS-8.4a) unless VeraSafe extended the period for good cause first', () => {
    const asked = runVs(appointed(), ask());
    const due = stateOfVs(asked).deadlines['officer-information-answer-1']!.dueAt;
    expect(afterVs(asked, answer(due)).map((e) => e.type)).toEqual(['PanelistInformationAnswered', 'DeadlineMet']);
    const late = periodEndedAt(due);
    expect(() => afterVs(asked, answer(late))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4a', field: 'receivedAt' }));

    const extended = runVs(asked, {
      kind: 'ExtendDeadline', caseId: 'case-1', deadlineId: 'officer-information-answer-1', count: 3, unit: 'business-days', reason: 'the vendor list is with outside counsel', grantedBy: 'staff-1', calendar, issuedAt: '2026-08-03T15:00:00.000Z',
    });
    expect(extended.at(-1)).toMatchObject({ type: 'DeadlineExtended', data: { deadlineId: 'officer-information-answer-1' } });
    expect(types(afterVs(extended, answer(late)))).toEqual(['PanelistInformationAnswered', 'DeadlineMet']);
  });

  it('VS-8.4a: no answer by the time limit: the lapse is recorded and the officer proceeds on the other Procedure Submissions; no default notice is sent and nothing closes', () => {
    const asked = runVs(appointed(), ask());
    const due = stateOfVs(asked).deadlines['officer-information-answer-1']!.dueAt;
    const events = afterVs(asked, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'officer-information-answer-1', issuedAt: periodEndedAt(due) });
    expect(types(events)).toEqual(['DeadlineLapsed', 'PanelistProceedsWithoutAnswer']);
    expect(events[1]).toMatchObject({ data: { requestId: 'panelist-request-1', party: 'respondent', rule: 'VS-8.4a', deadlineId: 'officer-information-answer-1', silenceWeighed: false } });
    const lapsed = [...asked, ...events];
    expect(stateOfVs(lapsed)).toMatchObject({ status: 'open', stage: 'hearing-officer-appointed' });
    expect(stateOfVs(lapsed).panelistProceedings!.requests['panelist-request-1']).toMatchObject({ status: 'proceeded-without-answer' });
    expect(() => afterVs(lapsed, answer(periodEndedAt(due)))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4a' }));
    expect(commandsOf(lapsed)).not.toEqual(expect.arrayContaining(['SubmitPanelistInformationAnswer']));
  });

  it('VS-8.4: the officer holds no oral hearing here: scheduling one, or deciding without one, is refused (409) and never offered', () => {
    const history = appointed();
    expect(() => afterVs(history, { kind: 'ScheduleOralHearing', caseId: 'case-1', panelistId: 'officer-1', hearingAt: '2026-09-30T15:00:00.000Z', means: 'teleconference', calendar, issuedAt: ASKED }))
      .toThrow(expect.objectContaining({ kind: 'conflict', rule: 'ORAL-HEARING-NOT-PROVIDED' }));
    expect(() => afterVs(history, { kind: 'DecideWithoutOralHearing', caseId: 'case-1', panelistId: 'officer-1', issuedAt: ASKED })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'ORAL-HEARING-NOT-PROVIDED' }));
    expect(commandsOf(history)).not.toEqual(expect.arrayContaining(['ScheduleOralHearing']));
    expect(commandsOf(history)).not.toEqual(expect.arrayContaining(['DecideWithoutOralHearing']));
  });

  it('VS-8.4a: next actions: the officer may ask (with the time limit); once asked, the answer is awaited against its period', () => {
    const history = appointed();
    expect(nextActions(stateOfVs(history))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'RequestPanelistInformation', by: 'panelist', rule: 'VS-8.4a', awaited: false })]));
    const asked = runVs(history, ask());
    const actions = nextActions(stateOfVs(asked));
    expect(actions).toEqual(expect.arrayContaining([
      expect.objectContaining({ command: 'SubmitPanelistInformationAnswer', by: 'administrator', rule: 'VS-8.4a', awaited: true, deadlineId: 'officer-information-answer-1', about: { requestId: 'panelist-request-1' } }),
      expect.objectContaining({ command: 'ExtendDeadline', rule: 'VS-8.4a', deadlineId: 'officer-information-answer-1' }),
    ]));
    // Delivered on transmission: nothing to record.
    expect(actions.map((action) => action.command)).not.toContain('RecordProceedingsDelivery');
  });

  it('VS-8.4a BBB-4.5.1: under BBB the period is fixed: a request naming a time limit is refused (422), one without it runs ten business days', () => {
    const history = run(docketedBbb().concat([
      { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: ASKED } },
      { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: ASKED } },
    ]), { kind: 'AppointPanelist', caseId: 'case-1', panelists: [{ panelistId: 'p-a', employer: 'Independent', affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true }], seed: 's', issuedAt: ASKED });
    const bbbAsk = { ...ask(), panelistId: 'p-a' } as CaseCommand;
    expect(() => after(history, bbbAsk)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.1', field: 'timeLimitBusinessDays' }));
    const { timeLimitBusinessDays: _, ...fixed } = bbbAsk as Extract<CaseCommand, { kind: 'RequestPanelistInformation' }>;
    const events = after(history, fixed);
    expect(types(events)).toEqual(['PanelistInformationRequested', 'NoticeSent']);
    expect(events[0]!.data).not.toHaveProperty('timeLimitBusinessDays');
    // BBB-4.5.2, VS-8.4b: BBB keeps its oral-hearing choices and has no investigative analysis.
    const commands = nextActions(stateOf(history)).map((action) => action.command);
    expect(commands).toEqual(expect.arrayContaining(['ScheduleOralHearing', 'DecideWithoutOralHearing']));
    expect(commands).not.toContain('FurnishInvestigativeAnalysis');
    expect(() => after(history, furnish())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'INVESTIGATIVE-ANALYSIS-NOT-PROVIDED' }));
  });
});

describe("VeraSafe: the Program Administrator's investigative analysis (VS-8.4b)", () => {
  it('VS-8.4b: staff furnish the analysis of each essential fact; it is a Procedure Submission and is sent to the hearing officer', () => {
    const history = appointed();
    expect(investigativeAnalysisOnRecord(stateOfVs(history))).toBe(false);
    const events = afterVs(history, furnish());
    expect(types(events)).toEqual(['InvestigativeAnalysisFurnished', 'NoticeSent', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({ data: { caseId: 'case-1', rule: 'VS-8.4b', facts: FACTS, procedureSubmission: true, furnishedAt: '2026-07-29T15:00:00.000Z' } });
    expect(events[1]).toMatchObject({ data: { kind: 'investigative-analysis-furnished', rule: 'VS-8.4b', recipient: 'panelist' } });
    const state = stateOfVs([...history, ...events]);
    expect(investigativeAnalysisOnRecord(state)).toBe(true);
    expect(state.panelistProceedings!.investigativeAnalysis).toEqual({ furnishedAt: '2026-07-29T15:00:00.000Z', facts: 2 });
    expect(state).toMatchObject({ status: 'open', stage: 'hearing-officer-appointed' });
  });

  it('VS-8.4b: furnished once, and only while the hearing officer is appointed (409)', () => {
    const furnished = runVs(appointed(), furnish());
    expect(() => afterVs(furnished, furnish())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.4b' }));
    expect(() => afterVs(awaitingOfficer(), furnish())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-8.1' }));
  });

  it('VS-8.4b: every fact has its fact, a finding (valid, invalid, not-established) and its analysis: otherwise 422 naming the field', () => {
    const history = appointed();
    const refused: [unknown, string][] = [
      [[], 'facts'],
      [null, 'facts'],
      ['all valid', 'facts'],
      [['a fact'], 'facts[0]'],
      [[{ ...FACTS[0], fact: '  ' }], 'facts[0].fact'],
      [[FACTS[0], { ...FACTS[1], finding: 'probably' }], 'facts[1].finding'],
      [[FACTS[0], { fact: 'x', finding: 'invalid' }], 'facts[1].analysis'],
      [Array.from({ length: 201 }, () => FACTS[0]), 'facts'],
    ];
    for (const [facts, field] of refused) {
      expect(() => afterVs(history, furnish(facts))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.4b', field }));
    }
  });

  it('VS-8.4b: next actions: the analysis is awaited from staff until furnished', () => {
    const history = appointed();
    expect(nextActions(stateOfVs(history))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'FurnishInvestigativeAnalysis', by: 'administrator', rule: 'VS-8.4b', awaited: true })]));
    expect(commandsOf(awaitingOfficer())).not.toContain('FurnishInvestigativeAnalysis');
    expect(commandsOf(runVs(history, furnish()))).not.toContain('FurnishInvestigativeAnalysis');
  });

  it("VS-8.4b: the facts and the analysis are case-file content, encrypted as the submissions' text is", () => {
    expect(EVENT_CLASSIFICATION.InvestigativeAnalysisFurnished).toEqual({
      'facts[].fact': { kind: 'confidential', subject: 'case-file' },
      'facts[].analysis': { kind: 'confidential', subject: 'case-file' },
    });
    expect(EVENT_CLASSIFICATION.InvestigativeAnalysisFurnished['facts[].analysis']).toEqual(EVENT_CLASSIFICATION.PanelistInformationAnswered['summary']);
  });
});
