import { given } from '@pdr/event-sourcing';
import { bbbEuSafeHarbor } from '../rulebooks/bbb-eu-safe-harbor';
import { currentRulebook } from '../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../rulebooks/registry.testing';
import { UnknownRulebookVersion } from '../rulebooks/require-rulebook';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent, ComplaintFiled } from './case.events';
import { after, calendar, docketedBbb, run, stateOf } from './case-history.testing';
import { nextActions } from './next-actions/next-actions';

// Issue 10: a case decides, evolves and is projected under the rulebook version it was filed under. Registering a new
// version (changed rules are a new version, never an edit of one in use) changes only the cases filed after it.

const V1 = bbbEuSafeHarbor;
const { informationRequest, eligibility, conciliation } = V1;

/** A revision of the BBB rules as data: 20 business days for information, its own closure label, stage and notice names. */
const V2 = revisedRulebook(V1, '2', {
  informationRequest: {
    deadline: { ...informationRequest.deadline, count: 20 },
    onLapse: { ...informationRequest.onLapse, closure: { ...informationRequest.onLapse.closure, label: 'Requested information not received within 20 business days (BBB-2.4b, 2nd version)' } },
  },
  eligibility: { ...eligibility, docketing: { ...eligibility.docketing, nextStage: 'conciliation-and-settlement' } },
  conciliation: { ...conciliation!, stage: 'conciliation-and-settlement', exchanges: { ...conciliation!.exchanges, forwardingNoticeKind: 'facts-sent-to-respondent' } },
});

const file: CaseCommand = {
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
};
// Tuesday 2 June 2026, 14:00 in New York.
const request: CaseCommand = { kind: 'RequestInformation', caseId: 'case-1', requested: 'the emails', channel: 'email', calendar, issuedAt: '2026-06-02T18:00:00.000Z' };
// Well after either period has ended.
const lapse: CaseCommand = { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'information-response-1', issuedAt: '2026-07-15T16:00:00.000Z' };
const obtainFacts: CaseCommand = { kind: 'ObtainComplainantFacts', caseId: 'case-1', summary: 'what happened', obtainedAt: '2026-06-04T09:00:00Z', actorId: 'staff-1', issuedAt: '2026-06-04T10:00:00Z' };
const forwardFacts: CaseCommand = { kind: 'ForwardFactsToRespondent', caseId: 'case-1', channel: 'email', actorId: 'staff-1', issuedAt: '2026-06-04T11:00:00Z' };

/** The same history, its complaint naming version 0 of the BBB rules. */
const filedUnderVersion0 = ([filed, ...rest]: readonly CaseEvent[]): CaseEvent[] => {
  const complaint = filed as ComplaintFiled;
  return [{ ...complaint, data: { ...complaint.data, rulebook: { id: 'bbb-eu-safe-harbor', version: '0' } } }, ...rest];
};
const versionOf = (history: readonly CaseEvent[]) => (history[0] as ComplaintFiled).data.rulebook;
const deadlineSet = (events: readonly CaseEvent[]) => events.find((event) => event.type === 'DeadlineSet')?.data;
const closed = (events: readonly CaseEvent[]) => events.find((event) => event.type === 'CaseClosed')?.data;

describe('rulebook versions are pinned: a case keeps the version it was filed under (issue 10)', () => {
  it('BBB-2.4b: a case filed under version 1 still gets 15 business days for information once version 2 (20 days) is registered; a case filed after gets 20', () => {
    // Given a case filed under version 1, the current version.
    const running = run([], file);
    expect(versionOf(running)).toEqual({ id: 'bbb-eu-safe-harbor', version: '1' });

    withRegisteredRulebook(V2, () => {
      // When version 2 is registered, it is the version new complaints are filed under...
      expect(currentRulebook('bbb-eu-safe-harbor')).toBe(V2);
      const filedAfter = run([], file);
      expect(versionOf(filedAfter)).toEqual({ id: 'bbb-eu-safe-harbor', version: '2' });

      // ...then the running case's next request still runs 15 business days (to Wednesday 24 June, Juneteenth skipped),
      expect(deadlineSet(after(running, request))).toMatchObject({ rule: 'BBB-2.4b', count: 15, unit: 'business-days', dueOn: '2026-06-24' });
      // and the case filed after gets version 2's 20 (to Wednesday 1 July).
      expect(deadlineSet(after(filedAfter, request))).toMatchObject({ rule: 'BBB-2.4b', count: 20, unit: 'business-days', dueOn: '2026-07-01' });
    });
  });

  it('BBB-2.4b, BBB-6: a lapse closes each case with its own version\'s closure label', () => {
    const running = run([], file, request);
    withRegisteredRulebook(V2, () => {
      const filedAfter = run([], file, request);
      expect(closed(after(running, lapse))).toMatchObject({ reason: 'requested-information-not-received', label: 'Requested information not received (BBB-2.4b)' });
      expect(closed(after(filedAfter, lapse))).toMatchObject({ reason: 'requested-information-not-received', label: 'Requested information not received within 20 business days (BBB-2.4b, 2nd version)' });
    });
  });

  it('BBB-2.3, BBB-3.2: stage names written into the events still match the rules the running case is decided and folded under', () => {
    // Given a case docketed under version 1, its facts obtained and forwarded to the Respondent (notice kind 'complainant-facts-forwarded').
    const running = run(docketedBbb(), obtainFacts, forwardFacts);
    expect(stateOf(running)).toMatchObject({ stage: 'conciliation', conciliation: { factsForwarded: true } });

    withRegisteredRulebook(V2, () => {
      // Evolve reads the case's version: the forwarding notice is still recognised though version 2 names it otherwise.
      const state = stateOf(running);
      expect(state).toMatchObject({ rulebook: { version: '1' }, stage: 'conciliation', conciliation: { factsForwarded: true } });
      // The running case is still in conciliation as version 1 names it: its steps are offered and decided.
      expect(nextActions(state).map((action) => action.command)).toContain('ReceiveRespondentResponse');
      expect(after(running, { kind: 'ReceiveRespondentResponse', caseId: 'case-1', summary: 'we deleted it', receivedAt: '2026-06-10T09:00:00Z', actorId: 'staff-1', issuedAt: '2026-06-10T10:00:00Z' }))
        .toEqual([expect.objectContaining({ type: 'RespondentResponseReceived' })]);

      // A case docketed under version 2 enters version 2's stage, and its forwarding notice is version 2's.
      const filedAfter = run(docketedBbb(), obtainFacts, forwardFacts);
      expect(filedAfter.find((event) => event.type === 'CaseDocketed')?.data).toMatchObject({ stage: 'conciliation-and-settlement' });
      expect(filedAfter.at(-1)).toMatchObject({ type: 'NoticeSent', data: { kind: 'facts-sent-to-respondent' } });
      expect(stateOf(filedAfter)).toMatchObject({ rulebook: { version: '2' }, stage: 'conciliation-and-settlement', conciliation: { factsForwarded: true } });
    });
  });

  it('refuses loudly to decide, fold or list next actions for a stored case naming a version the service does not have, never falling back to the current one', () => {
    // Given a stored history whose complaint names version 0 of the BBB rules, which this service never had.
    const unknown = filedUnderVersion0(run([], file));
    const refusal = /bbb-eu-safe-harbor version 0 is not registered \(registered: 1\)/;

    expect(() => given(caseDecider, unknown).when(request)).toThrow(UnknownRulebookVersion);
    expect(() => given(caseDecider, unknown).when(request)).toThrow(refusal);
    expect(() => nextActions(stateOf(unknown))).toThrow(refusal);
    // Folding needs the rules too (which notice forwards the facts, BBB-3.2).
    expect(() => stateOf(filedUnderVersion0(run(docketedBbb(), obtainFacts, forwardFacts)))).toThrow(refusal);
  });

  it('a case filed under a version that is no longer registered cannot be decided: the registration was only for a while', () => {
    const filedUnderV2 = withRegisteredRulebook(V2, () => run([], file));
    expect(versionOf(filedUnderV2)).toEqual({ id: 'bbb-eu-safe-harbor', version: '2' });
    expect(currentRulebook('bbb-eu-safe-harbor')).toBe(V1);
    expect(() => after(filedUnderV2, request)).toThrow(UnknownRulebookVersion);
  });
});
