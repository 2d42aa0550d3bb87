import type { PanelistProfile } from '../../board/panelist-profile';
import { designatingRulebook } from '../../rulebooks/designation.testing';
import { currentRulebook } from '../../rulebooks/registry';
import { withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { nextActions } from '../next-actions/next-actions';
import { after, docketedBbb, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const LATER = '2026-08-03T15:00:00.000Z';

/** BBB's hearing flow with its decision-maker appointed as VeraSafe's appellate officer (VS-8.1, VS-8.3, VS-9.3). */
const DESIGNATING = designatingRulebook(currentRulebook('bbb-eu-safe-harbor')!);
const under = <T>(fn: () => T): T => withRegisteredRulebook(DESIGNATING, fn);

/** Given the written phase is over: the record awaits its decision-maker. */
const awaiting = (): CaseEvent[] => [
  ...docketedBbb(),
  { type: 'HearingRequested', data: { caseId: 'case-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'hearing-position', remedies: [{ kind: 'suppress-personal-data' }], conciliationEnded: true, requestedAt: AT } },
  { type: 'HearingRecordSentToPanelist', data: { caseId: 'case-1', stage: 'awaiting-panelist', rule: 'BBB-4.4.2', reason: 'no-reply', sentAt: AT } },
];

const member = (panelistId: string, qualifications: string[], overrides: Partial<PanelistProfile> = {}): PanelistProfile => ({
  panelistId, employer: `Independent Practice ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true, qualifications, ...overrides,
});
const POOL: PanelistProfile[] = [
  member('p-cipp', ['CIPP']),
  member('p-jd-bar', ['JD', 'bar-license', 'CIPT']),
  member('p-cipt', ['CIPT']),
  member('p-none', []),
  member('p-ada', ['CIPM'], { relationships: [{ with: 'Ada Example', kind: 'representation' }] }),
  member('p-acme', ['CIPP'], { employer: 'ACME ANALYTICS, LLC' }),
  member('p-heard', ['CIPP']),
];

const designate = (panelistId: string, panelists: PanelistProfile[] = POOL): CaseCommand => ({ kind: 'DesignateDecisionMaker', caseId: 'case-1', panelistId, panelists, issuedAt: AT });
const refusal = (rule: string, message: RegExp) => expect.objectContaining({ name: 'RuleViolation', kind: 'conflict', rule, field: 'panelistId', message: expect.stringMatching(message) });

describe('case decider: designating the decision-maker (VS-8.1, VS-8.3, VS-9.3)', () => {
  it('VS-8.1 VS-8.3 designates a qualified officer free of conflict: the credentials relied on are recorded, the Case Record forwarded', () =>
    under(() => {
      const events = after(awaiting(), designate('p-jd-bar'));
      expect(events.map((e) => e.type)).toEqual(['DecisionMakerDesignated', 'NoticeSent']);
      expect(events[0]!.data).toEqual({
        caseId: 'case-1', panelistId: 'p-jd-bar', role: 'appellate officer', rule: 'VS-9.3', designationRule: 'VS-8.1',
        // CIPT is held but is no VS-8.3 credential: not relied on.
        credentials: [{ credential: 'JD', rule: 'VS-8.3' }, { credential: 'bar-license', rule: 'VS-8.3' }],
        parties: { respondentName: 'Acme Analytics Inc.', respondentBusinessId: 'biz-1', complainantName: 'Ada Example' },
        setAside: [], stage: 'panelist-appointed', designatedAt: AT,
      });
      expect(events[1]!.data).toMatchObject({ kind: 'case-record-forwarded', recipient: 'panelist', sentAt: AT });
      expect(stateOf([...awaiting(), ...events])).toMatchObject({ stage: 'panelist-appointed', panel: { panelistId: 'p-jd-bar', appointments: [{ panelistId: 'p-jd-bar', appointedAt: AT }] } });
    }));

  it('VS-8.3 refuses to designate a person without a current CIPP or CIPM, a JD or a licence to practise law (409, naming VS-8.3)', () =>
    under(() => {
      expect(() => after(awaiting(), designate('p-cipt'))).toThrow(refusal('VS-8.3', /p-cipt cannot be designated appellate officer: holds none of a current CIPP/));
      expect(() => after(awaiting(), designate('p-none'))).toThrow(refusal('VS-8.3', /holds none of/));
    }));

  it('VS-8.3 refuses to designate a person who is not impartial: a conflict with either Party (409, naming VS-8.3)', () =>
    under(() => {
      expect(() => after(awaiting(), designate('p-ada'))).toThrow(refusal('VS-8.3', /representation relationship with Ada Example, a Party/));
      expect(() => after(awaiting(), designate('p-acme'))).toThrow(refusal('VS-8.3', /employer .* is the Respondent/));
    }));

  it('VS-9.3 refuses to designate the officer who heard the case (the Decision in its history is theirs); another qualified officer is designated', () =>
    under(() => {
      // An appeal awaiting its officer: the hearing officer's Decision is in the case's history, no one is appointed.
      const appeal: CaseEvent[] = [
        ...awaiting(),
        { type: 'DecisionIssued', data: { caseId: 'case-1', rule: 'VS-8.4c', stage: 'awaiting-panelist', panelistId: 'p-heard', findings: 'no violation', correctiveActionNecessary: false, issuedAt: AT } },
      ];
      expect(() => after(appeal, designate('p-heard'))).toThrow(refusal('VS-9.3', /heard this case/));
      expect(after(appeal, designate('p-cipp'))[0]!.data).toMatchObject({ panelistId: 'p-cipp', credentials: [{ credential: 'CIPP', rule: 'VS-8.3' }] });
      // Before any Decision, the same person is no one's excluded officer.
      expect(after(awaiting(), designate('p-heard'))[0]!.data).toMatchObject({ panelistId: 'p-heard' });
    }));

  it('VS-8.1 refuses a person who is not an active member of the pool, and a designation when the case does not await one', () =>
    under(() => {
      expect(() => after(awaiting(), designate('p-stranger'))).toThrow(refusal('VS-8.1', /not an active member of the pool/));
      expect(() => after(awaiting(), designate('p-cipp', [member('p-cipp', ['CIPP'], { active: false })]))).toThrow(refusal('VS-8.1', /withdrawn/));
      expect(() => after(docketedBbb(), designate('p-cipp'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-9.3' }));
      expect(() => after(run(awaiting(), designate('p-cipp')), designate('p-jd-bar'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-9.3' }));
    }));

  it('VS-8.1 BBB-4.2 a rulebook that designates refuses a draw; one that draws (BBB) refuses a designation (409, each naming its choice rule)', () => {
    under(() => {
      expect(() => after(awaiting(), { kind: 'AppointPanelist', caseId: 'case-1', panelists: POOL, seed: 'seed-1', issuedAt: AT })).toThrow(
        expect.objectContaining({ kind: 'conflict', rule: 'VS-8.1', message: expect.stringMatching(/designated by the administrator, not drawn/) }),
      );
    });
    expect(() => after(awaiting(), designate('p-cipp'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.2', message: expect.stringMatching(/Panelist is drawn at random .*, not designated/) }));
  });

  it('VS-8.1 the case awaiting its officer offers the designation, not the draw; once designated, the objections and self-disqualification', () =>
    under(() => {
      const appointing = (events: CaseEvent[]) => nextActions(stateOf(events)).filter((a) => a.command === 'DesignateDecisionMaker' || a.command === 'AppointPanelist');
      expect(appointing(awaiting()).map((a) => [a.command, a.rule, a.by, a.awaited])).toEqual([['DesignateDecisionMaker', 'VS-9.3', 'administrator', true]]);
      const designated = run(awaiting(), designate('p-cipp'));
      expect(nextActions(stateOf(designated)).filter((a) => a.rule === 'VS-8.3').map((a) => a.command)).toEqual(['DisqualifyPanelist', 'RaisePanelistObjection', 'RaisePanelistObjection']);
    }));

  it('VS-8.3 an objection upheld sets the officer aside with no draw: the case awaits a new designation, which names whom it replaces and refuses the one set aside', () =>
    under(() => {
      const history = run(
        awaiting(),
        designate('p-cipp'),
        { kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId: 'p-cipp', raisedBy: 'respondent', ground: 'relationship-with-party', details: 'advised the Complainant', issuedAt: LATER },
      );
      expect(() => after(history, { kind: 'RaisePanelistObjection', caseId: 'case-1', panelistId: 'p-cipp', raisedBy: 'complainant', ground: 'represents-direct-competitor', details: 'x', issuedAt: LATER })).toThrow(
        expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.3', field: 'ground' }),
      );
      const decided = after(history, { kind: 'DecidePanelistObjection', caseId: 'case-1', objectionId: 'objection-1', upheld: true, reason: 'documented', panelists: POOL, seed: 'unused', issuedAt: LATER });
      expect(decided.map((e) => e.type)).toEqual(['ObjectionDecided']);
      expect(decided[0]!.data).toMatchObject({ outcome: 'upheld', rule: 'VS-8.3', stage: 'awaiting-panelist' });
      const setAside = [...history, ...decided];
      expect(stateOf(setAside).panel).toMatchObject({ setAside: [{ panelistId: 'p-cipp', reason: 'objection-upheld' }] });
      expect(stateOf(setAside).panel!.panelistId).toBeUndefined();
      expect(() => after(setAside, designate('p-cipp'))).toThrow(refusal('VS-8.3', /set aside for this case/));
      expect(after(setAside, designate('p-jd-bar'))[0]!.data).toMatchObject({ panelistId: 'p-jd-bar', replaces: 'p-cipp', setAside: ['p-cipp'] });
    }));

  it('VS-8.3 the officer disqualifies themselves: set aside, no draw, the designation is awaited again', () =>
    under(() => {
      const history = run(awaiting(), designate('p-cipp'));
      const events = after(history, { kind: 'DisqualifyPanelist', caseId: 'case-1', panelistId: 'p-cipp', reason: 'my firm advises Acme', panelists: POOL, seed: 'unused', issuedAt: LATER });
      expect(events.map((e) => e.type)).toEqual(['PanelistSelfDisqualified']);
      expect(nextActions(stateOf([...history, ...events])).map((a) => a.command)).toContain('DesignateDecisionMaker');
    }));
});
