import type { CaseCommand } from '../cases/case.commands';
import type { CaseEvent } from '../cases/case.events';
import { after, run, stateOf } from '../cases/case-history.testing';
import { nextActions } from '../cases/next-actions/next-actions';

// Programmes (issue 12): a complaint names the programme its Respondent participates in; the programme's rulebook
// decides it, with the programme's own conditions and closures added (CASRO-5).

type Filing = Extract<CaseCommand, { kind: 'FileComplaint' }>;
const file = (extra: Partial<Filing> = {}): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', programmeId: 'casro-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'my data was kept', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z', ...extra,
});
const filed = (events: readonly CaseEvent[]) => events.find((event) => event.type === 'ComplaintFiled')!.data as Extract<CaseEvent, { type: 'ComplaintFiled' }>['data'];
const finding = (events: readonly CaseEvent[], condition: string) =>
  events.find((event) => event.type === 'EligibilityConditionAssessed' && event.data.condition === condition)?.data as { met: boolean; rule: string; note: string } | undefined;

describe('programmes: a complaint under the programme its Respondent participates in (issue 12)', () => {
  it('CASRO-6 a complaint to the CASRO Safe Harbor Program follows the BBB procedure: its rulebook, the programme and the framework checked recorded', () => {
    const events = run([], file());
    expect(filed(events)).toMatchObject({ rulebook: { id: 'bbb-eu-safe-harbor' }, programme: { id: 'casro-safe-harbor', standingFramework: 'us-eu-safe-harbor' } });
    expect(stateOf(events)).toMatchObject({ stage: 'eligibility-review', programme: { id: 'casro-safe-harbor' } });
    // CASRO-4: data collected in Switzerland: good standing under the Swiss framework, certified separately.
    expect(filed(run([], file({ complainant: { name: 'Urs Example', email: 'urs@example.ch', country: 'CH', filingAs: 'data-subject' } })))).toMatchObject({ programme: { standingFramework: 'us-swiss-safe-harbor' } });
  });

  it('CASRO-6 a programme whose complaints follow another rulebook is refused (422 programmeId); an unknown one too', () => {
    expect(() => run([], file({ programmeId: 'verasafe' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'programmeId' }));
    expect(() => run([], file({ programmeId: 'no-such-programme' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'PROGRAMME-UNKNOWN', field: 'programmeId' }));
  });

  it('CASRO-5 a complaint about the business\'s transfer of its own human-resources data: found unmet at filing; the determination points the Complainant to the competent authority', () => {
    const events = run([], file({ ownHumanResourcesData: true }));
    expect(finding(events, 'not-own-human-resources-data')).toMatchObject({ met: false, rule: 'CASRO-5' });
    const closed = after(events, { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'not-own-human-resources-data', reason: 'employee data', issuedAt: '2026-06-02T10:00:00Z' });
    expect(closed).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'refer-to-competent-authority', rule: 'CASRO-5', recipient: 'complainant' }) }),
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'ineligible', rule: 'CASRO-5', label: expect.stringContaining('data protection authority') }) }),
    ]));
  });

  it('CASRO-5 not stated: staff judge it, and docketing waits for the finding; the condition is the CASRO programme\'s only', () => {
    const events = run([], file());
    expect(finding(events, 'not-own-human-resources-data')).toBeUndefined();
    expect(nextActions(stateOf(events))).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'AssessEligibilityCondition', rule: 'CASRO-5', about: { condition: 'not-own-human-resources-data' } })]));
    expect(finding(run([], file({ ownHumanResourcesData: false })), 'not-own-human-resources-data')).toMatchObject({ met: true });
    // The BBB EU Safe Harbor Program takes no such condition: a complaint under it names no CASRO-5 finding.
    const bbb = run([], file({ programmeId: 'bbb-eu-safe-harbor', ownHumanResourcesData: true }));
    expect(finding(bbb, 'not-own-human-resources-data')).toBeUndefined();
    expect(nextActions(stateOf(bbb)).map((action) => action.rule)).not.toContain('CASRO-5');
  });
});
