import { docketedBbb } from './case-history.testing';
import { caseDecider, foldCase } from './case.decider';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';
import { docketedVeraSafe } from './verasafe-history.testing';
import { awaitingHearingOfficer, hearingOfficerAppointed } from './hearing/verasafe-hearing.testing';

/** mulberry32: the same walks on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The reference: reducing with the decider's pure `evolve`, one copy per event. */
const reduced = (events: readonly CaseEvent[], from: CaseState = caseDecider.initialState): CaseState => events.reduce(caseDecider.evolve, from);

/** A random walk over the events whose collections grow with a long case: deadlines, notices, findings, designations, … */
function randomWalk(seed: number, length: number): CaseEvent[] {
  const rnd = random(seed);
  const at = (i: number) => new Date(Date.UTC(2026, 5, 1) + i * 3_600_000).toISOString();
  const id = (prefix: string, i: number) => `${prefix}-${Math.floor(rnd() * Math.max(1, i / 3))}`;
  const [filed] = docketedBbb();
  const events: CaseEvent[] = [filed!];
  for (let i = 0; i < length; i++) {
    const roll = rnd();
    const deadlineId = id('d', i);
    const noticeId = id('n', i);
    const event =
      roll < 0.2 ? { type: 'DeadlineSet', data: { caseId: 'case-1', deadlineId, kind: 'k', rule: 'BBB-3.2', basis: { event: 'x', at: at(i) }, calendarId: 'us-federal', count: 10, unit: 'business-days', dueOn: '2026-07-01', dueAt: `2026-07-01T23:59:59.999-05:00#${i}` } }
      : roll < 0.27 ? { type: 'DeadlineExtended', data: { caseId: 'case-1', deadlineId, dueOn: '2026-08-01', dueAt: `ext-${i}` } }
      : roll < 0.34 ? { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId, metAt: at(i) } }
      : roll < 0.38 ? { type: 'DeadlineCancelled', data: { caseId: 'case-1', deadlineId } }
      : roll < 0.42 ? { type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId, lapsedAt: at(i) } }
      : roll < 0.6 ? { type: 'NoticeSent', data: { caseId: 'case-1', noticeId, kind: 'notice', rule: 'BBB-3.2', recipient: 'respondent', sentAt: at(i) } }
      : roll < 0.72 ? { type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId, deliveredAt: at(i) } }
      : roll < 0.78 ? { type: 'EligibilityConditionAssessed', data: { caseId: 'case-1', condition: id('c', i), met: rnd() < 0.5 } }
      : roll < 0.82 ? { type: 'WaiverAcknowledged', data: { caseId: 'case-1', party: rnd() < 0.5 ? 'complainant' : 'respondent' } }
      : roll < 0.88 ? { type: 'ProprietaryInformationDesignated', data: { caseId: 'case-1', designationId: id('p', i), party: 'respondent', documentId: `doc-${i}` } }
      : roll < 0.92 ? { type: 'ProprietaryDesignationAccepted', data: { caseId: 'case-1', designationId: id('p', i) } }
      : roll < 0.96 ? { type: 'LanguageAssistanceRecorded', data: { caseId: 'case-1', party: 'complainant', language: 'de', kind: 'translation' } }
      : { type: 'ComplainantIdentityVerified', data: { caseId: 'case-1', method: 'passport', verifiedAt: at(i) } };
    events.push(event as unknown as CaseEvent);
  }
  return events;
}

const HISTORIES: ReadonlyArray<readonly [string, () => CaseEvent[]]> = [
  ['a docketed BBB case', docketedBbb],
  ['a docketed VeraSafe case', docketedVeraSafe],
  ['a VeraSafe case awaiting its Hearing Officer', awaitingHearingOfficer],
  ['a VeraSafe case with its Hearing Officer appointed', hearingOfficerAppointed],
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed) => [`random walk ${seed}`, () => randomWalk(seed, 40 + seed * 60)] as const),
];

describe('foldCase: a linear fold, the same as reducing with evolve', () => {
  it.each(HISTORIES)('gives the state reduce gives, for %s', (_name, history) => {
    const events = history();
    expect(foldCase(events)).toStrictEqual(reduced(events));
  });

  it.each(HISTORIES)('gives it from any state folded earlier, without changing that state, for %s', (_name, history) => {
    const events = history();
    for (let split = 0; split <= events.length; split += Math.max(1, Math.floor(events.length / 7))) {
      const earlier = foldCase(events.slice(0, split));
      const before = JSON.stringify(earlier);
      expect(foldCase(events.slice(split), earlier)).toStrictEqual(reduced(events));
      // Twice from the same state: the first fold wrote nothing into it.
      expect(foldCase(events.slice(split), earlier)).toStrictEqual(reduced(events));
      expect(JSON.stringify(earlier)).toBe(before);
    }
  });

  it('leaves evolve pure: a state it returns never changes under a later evolve', () => {
    const events = randomWalk(42, 200);
    const states: CaseState[] = [caseDecider.initialState];
    for (const event of events) states.push(caseDecider.evolve(states[states.length - 1]!, event));
    const snapshots = states.map((state) => JSON.stringify(state));
    foldCase(events, states[1]);
    states.forEach((state, index) => expect(JSON.stringify(state)).toBe(snapshots[index]));
  });
});
