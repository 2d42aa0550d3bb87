import type { PanelistProfile } from '../../board/panelist-profile';
import { selectPanelist } from '../../board/panelist-selection';
import { DATA_PRIVACY_BOARD } from '../../rulebooks/board-rules';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import type { PanelistAppointed } from './panel.events';
import { after, docketedBbb, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const LATER = '2026-08-03T15:00:00.000Z';

/** A docketed BBB case against Acme (registry: Acme Analytics Inc., biz-1), filed by Ada Example. */
const docketed = (): CaseEvent[] =>
docketedBbb();

/** Given the written phase is over: the Position and Rebuttal went to the CBBB for the Panelist (BBB-4.4.2). */
const awaitingPanelist = (): CaseEvent[] => [
  ...docketed(),
  { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: AT } },
  { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: AT } },
];

const panelist = (panelistId: string, overrides: Partial<PanelistProfile> = {}): PanelistProfile => ({
  panelistId, employer: `Independent Practice ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true, ...overrides,
});
const BOARD: PanelistProfile[] = [
  panelist('p-a'),
  panelist('p-b'),
  panelist('p-c'),
  panelist('p-acme', { employer: 'ACME ANALYTICS, LLC' }),
  panelist('p-ada', { relationships: [{ with: 'Ada Example', kind: 'representation' }] }),
  panelist('p-biz', { relationships: [{ with: 'Acme EU', businessId: 'biz-1', kind: 'business' }] }),
];

const appoint = (seed = 'seed-1', panelists: PanelistProfile[] = BOARD): CaseCommand => ({ kind: 'AppointPanelist', caseId: 'case-1', panelists, seed, issuedAt: AT });
const appointedEvent = (events: CaseEvent[]) => events.filter((e): e is PanelistAppointed => e.type === 'PanelistAppointed').at(-1)!;
const objection = (panelistId: string, extra: Partial<Extract<CaseCommand, { kind: 'RaisePanelistObjection' }>> = {}): CaseCommand => ({
  kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId, raisedBy: 'respondent', ground: 'relationship-with-party', details: 'consulted for the Complainant last year', issuedAt: LATER, ...extra,
});
const decide = (upheld: boolean, seed = 'seed-2', extra: Partial<Extract<CaseCommand, { kind: 'DecidePanelistObjection' }>> = {}): CaseCommand => ({
  kind: 'DecidePanelistObjection', caseId: 'case-1', objectionId: 'objection-1', upheld, reason: 'the consultancy is documented', panelists: BOARD, seed, issuedAt: LATER, ...extra,
});

describe('case decider: appointing the Panelist (BBB-4.2, BBB-4.2.1, BBB-4.3, BBB-4.5)', () => {
  it('BBB-4.5 BBB-4.2 appoints one Panelist drawn from the eligible with the recorded seed; the case has a Panelist', () => {
    const events = after(awaitingPanelist(), appoint('seed-1'));
    expect(events.map((e) => e.type)).toEqual(['PanelistAppointed', 'NoticeSent']);
    const { data } = appointedEvent(events);
    expect(data).toMatchObject({ caseId: 'case-1', rule: 'BBB-4.5', selectionRule: 'BBB-4.2', seed: 'seed-1', eligible: ['p-a', 'p-b', 'p-c'], setAside: [], stage: 'panelist-appointed', appointedAt: AT });
    expect(data.parties).toEqual({ respondentName: 'Acme Analytics Inc.', respondentBusinessId: 'biz-1', complainantName: 'Ada Example' });
    expect(data.eligible).toContain(data.panelistId);
    // Reproducible: the recorded seed, eligible list and case facts re-derive the same Panelist.
    expect(selectPanelist({ board: DATA_PRIVACY_BOARD, panelists: BOARD, case: data.parties, exclude: data.setAside, seed: data.seed }).selected).toEqual({ panelistId: data.panelistId });
    expect(stateOf([...awaitingPanelist(), ...events])).toMatchObject({ stage: 'panelist-appointed', panel: { panelistId: data.panelistId, appointments: [{ panelistId: data.panelistId, seed: 'seed-1' }] } });
  });

  it('BBB-4.2.1 excludes conflicted Panelists from the draw and records each exclusion with its rule', () => {
    const { data } = appointedEvent(after(awaitingPanelist(), appoint()));
    expect(data.excluded).toEqual([
      { panelistId: 'p-acme', rule: 'BBB-4.2.1', reason: expect.stringMatching(/employer .* is the Respondent/) },
      { panelistId: 'p-ada', rule: 'BBB-4.2.1', reason: expect.stringMatching(/representation relationship with Ada Example, a Party/) },
      { panelistId: 'p-biz', rule: 'BBB-4.2.1', reason: expect.stringMatching(/business relationship/) },
    ]);
  });

  it('BBB-4.2 the draw is random over the eligible: different seeds pick different Panelists, the same seed the same one', () => {
    const picks = new Set(Array.from({ length: 30 }, (_, i) => appointedEvent(after(awaitingPanelist(), appoint(`seed-${i}`))).data.panelistId));
    expect([...picks].sort()).toEqual(['p-a', 'p-b', 'p-c']);
    expect(appointedEvent(after(awaitingPanelist(), appoint('fixed'))).data.panelistId).toBe(appointedEvent(after(awaitingPanelist(), appoint('fixed'))).data.panelistId);
  });

  it('BBB-4.3 the CBBB forwards the Case Record to the appointed Panelist', () => {
    const events = after(awaitingPanelist(), appoint());
    expect(events[1]).toEqual({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'case-record-forwarded', rule: 'BBB-4.3', recipient: 'panelist', sentAt: AT }) });
  });

  it('BBB-4.2.1 refuses the appointment (409) when no Panelist on the Board is eligible', () => {
    expect(() => after(awaitingPanelist(), appoint('seed-1', BOARD.filter((p) => ['p-acme', 'p-ada', 'p-biz'].includes(p.panelistId))))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1', message: expect.stringMatching(/no Panelist .* is eligible/) }),
    );
  });

  it('BBB-4.5 appoints only when the case awaits a Panelist, and only one', () => {
    expect(() => after(docketed(), appoint())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5' }));
    expect(() => after(run(awaitingPanelist(), appoint()), appoint('seed-9'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.5' }));
    expect(() => after(awaitingPanelist(), appoint(' '))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2', field: 'seed' }));
  });

  describe('self-disqualification', () => {
    it('BBB-4.2.1 the Panelist disqualifies themselves: set aside, and a replacement is drawn with the new seed, recorded', () => {
      const history = run(awaitingPanelist(), appoint());
      const first = appointedEvent(history).data.panelistId;
      const events = after(history, { kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId: first, reason: 'my firm now advises Acme', panelists: BOARD, seed: 'seed-replacement', issuedAt: LATER });
      expect(events.map((e) => e.type)).toEqual(['PanelistSelfDisqualified', 'PanelistAppointed', 'NoticeSent']);
      expect(events[0].data).toMatchObject({ panelistId: first, rule: 'BBB-4.2.1', stage: 'awaiting-panelist' });
      const replacement = appointedEvent(events).data;
      expect(replacement).toMatchObject({ seed: 'seed-replacement', replaces: first, setAside: [first], stage: 'panelist-appointed' });
      expect(replacement.panelistId).not.toBe(first);
      expect(replacement.excluded).toContainEqual({ panelistId: first, rule: 'BBB-4.2.1', reason: expect.stringMatching(/set aside/) });
      expect(stateOf([...history, ...events]).panel).toMatchObject({ panelistId: replacement.panelistId, setAside: [{ panelistId: first, reason: 'self-disqualified' }] });
    });

    it('BBB-4.2.1 only the appointed Panelist disqualifies themselves, with a reason', () => {
      const history = run(awaitingPanelist(), appoint());
      const first = appointedEvent(history).data.panelistId;
      const other = ['p-a', 'p-b', 'p-c'].find((id) => id !== first)!;
      const disqualify = (panelistId: string, reason: string): CaseCommand => ({ kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId, reason, panelists: BOARD, seed: 's', issuedAt: LATER });
      expect(() => after(history, disqualify(other, 'x'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1', field: 'panelistId' }));
      expect(() => after(history, disqualify(first, ''))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2.1', field: 'reason' }));
    });
  });

  describe('objections', () => {
    const appointed = () => run(awaitingPanelist(), appoint());
    const current = (events: CaseEvent[]) => appointedEvent(events).data.panelistId;

    it('BBB-4.2.1 a Party objects to the selected Panelist for a conflict of interest', () => {
      const history = appointed();
      const events = after(history, objection(current(history)));
      expect(events).toEqual([
        { type: 'PanelistObjectionRaised', data: { caseId: 'case-1', objectionId: 'objection-1', panelistId: current(history), raisedBy: 'respondent', ground: 'relationship-with-party', details: 'consulted for the Complainant last year', rule: 'BBB-4.2.1', raisedAt: LATER } },
      ]);
      expect(stateOf([...history, ...events]).stage).toBe('panelist-appointed');
    });

    it('BBB-4.2.1 refuses an objection on a ground that is not a conflict (422), to a Panelist not appointed (409), or raised twice (409)', () => {
      const history = appointed();
      const id = current(history);
      expect(() => after(history, objection(id, { ground: 'too-strict' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2.1', field: 'ground' }));
      expect(() => after(history, objection(id, { details: ' ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2.1', field: 'details' }));
      expect(() => after(history, objection('p-acme'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1' }));
      expect(() => after(awaitingPanelist(), objection('p-a'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1' }));
      expect(() => after(run(history, objection(id)), objection(id))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1' }));
    });

    it('BBB-4.2.1 upheld: the Panelist is set aside and a replacement is appointed by a new draw with a new seed, recorded; the record goes to them (BBB-4.3)', () => {
      const history = run(appointed(), objection(current(appointed())));
      const objected = current(history);
      const events = after(history, decide(true, 'seed-2'));
      expect(events.map((e) => e.type)).toEqual(['ObjectionDecided', 'PanelistAppointed', 'NoticeSent']);
      expect(events[0].data).toMatchObject({ objectionId: 'objection-1', panelistId: objected, outcome: 'upheld', rule: 'BBB-4.2.1', reason: 'the consultancy is documented' });
      const replacement = appointedEvent(events).data;
      expect(replacement).toMatchObject({ seed: 'seed-2', replaces: objected, setAside: [objected] });
      expect(replacement.panelistId).not.toBe(objected);
      expect(replacement.eligible).not.toContain(objected);
      expect(events[2].data).toMatchObject({ recipient: 'panelist', rule: 'BBB-4.3' });
      const state = stateOf([...history, ...events]);
      expect(state.stage).toBe('panelist-appointed');
      expect(state.panel).toMatchObject({ panelistId: replacement.panelistId, objections: { 'objection-1': { status: 'upheld' } }, setAside: [{ panelistId: objected, reason: 'objection-upheld' }] });
      expect(state.panel!.appointments.map((a) => a.seed)).toEqual(['seed-1', 'seed-2']);
    });

    it('BBB-4.2.1 rejected: the Panelist stays', () => {
      const history = run(appointed(), objection(current(appointed())));
      const events = after(history, decide(false));
      expect(events).toEqual([{ type: 'ObjectionDecided', data: expect.objectContaining({ outcome: 'rejected', stage: 'panelist-appointed' }) }]);
      expect(stateOf([...history, ...events]).panel).toMatchObject({ panelistId: current(history), setAside: [] });
    });

    it('BBB-4.2.1 the CBBB decides an objection once, acting reasonably (a reason is required)', () => {
      const history = run(appointed(), objection(current(appointed())));
      expect(() => after(history, decide(true, 's', { reason: '' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2.1', field: 'reason' }));
      expect(() => after(history, decide(true, 's', { objectionId: 'objection-9' }))).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'BBB-4.2.1' }));
      expect(() => after(run(history, decide(false)), decide(true))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2.1' }));
    });

    it('BBB-4.2.1 upheld with no eligible replacement: the case awaits a Panelist, and a later appointment still excludes the one set aside', () => {
      const small = [panelist('p-a'), panelist('p-acme', { employer: 'Acme Analytics' })];
      const history = run(awaitingPanelist(), appoint('seed-1', small), objection('p-a'));
      const events = after(history, decide(true, 'seed-2', { panelists: small }));
      expect(events.map((e) => e.type)).toEqual(['ObjectionDecided']);
      const waiting = [...history, ...events];
      expect(stateOf(waiting)).toMatchObject({ stage: 'awaiting-panelist', panel: { setAside: [{ panelistId: 'p-a' }] } });
      expect(stateOf(waiting).panel!.panelistId).toBeUndefined();
      expect(() => after(waiting, appoint('seed-3', small))).toThrow(expect.objectContaining({ rule: 'BBB-4.2.1' }));
      const later = after(waiting, appoint('seed-3', [...small, panelist('p-new')]));
      expect(appointedEvent(later).data).toMatchObject({ panelistId: 'p-new', setAside: ['p-a'] });
    });
  });
});
