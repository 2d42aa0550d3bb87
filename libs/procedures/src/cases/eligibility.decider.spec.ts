import { findCalendar } from '@pdr/calendar';
import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../rulebooks/registry';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { participation, run } from './case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const filedBbb: CaseEvent[] = [
  ...given(caseDecider).when({
    kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
    complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme Analytics' },
    allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
  }),
];

const assess = (condition: string, met = true, extra: Partial<Extract<CaseCommand, { kind: 'AssessEligibilityCondition' }>> = {}): CaseCommand => ({
  kind: 'AssessEligibilityCondition', caseId: 'case-1', condition, met, note: `${condition} checked`, issuedAt: AT, ...extra,
});

/** Every BBB-2.3 condition found met, identity verified, Respondent identified: ready to docket. */
const eligible = () =>
  run(
    filedBbb,
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Analytics Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!.eligibility.conditions
      .filter((c) => c.id !== 'identity-verified')
      .map((c) => assess(c.id, true, c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote to privacy@acme twice' } : {})),
  );

describe('case decider: eligibility review and docketing', () => {
  it('BBB-2.3 records each condition one by one, with its note and rule', () => {
    const [event] = given(caseDecider, filedBbb).when(assess('not-in-litigation'));
    expect(event).toEqual({ type: 'EligibilityConditionAssessed', data: { caseId: 'case-1', condition: 'not-in-litigation', rule: 'BBB-2.3', met: true, note: 'not-in-litigation checked' } });
  });

  it('BBB-2.3 finds the Respondent a Participating Business only with the registry\'s evidence that participation was current at filing', () => {
    expect(() => given(caseDecider, filedBbb).when(assess('participating-business', true, { participation }))).toThrow(expect.objectContaining({ rule: 'BBB-2.3', field: 'participation' }));
    const identified = run(filedBbb, { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme' }, issuedAt: AT });
    expect(() => given(caseDecider, identified).when(assess('participating-business', true, { participation: { ...participation, currentAtFiling: false, lapsedAt: '2026-01-01T00:00:00.000Z' } }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-2.3', field: 'met' }),
    );
    const [event] = given(caseDecider, identified).when(assess('participating-business', true, { participation }));
    expect(event).toMatchObject({ data: { met: true, evidence: { participation: { businessId: 'biz-1', currentAtFiling: true } } } });
  });

  it('BBB-2.3.2 records the Complainant\'s account of the good-faith attempt', () => {
    const [event] = given(caseDecider, filedBbb).when(assess('good-faith-attempt', true, { account: 'emailed the DPO on 3 May' }));
    expect(event).toMatchObject({ data: { rule: 'BBB-2.3.2', account: 'emailed the DPO on 3 May' } });
  });

  it('BBB-2.3.2 without a prior attempt: asks the Complainant to try first, advises re-filing, and closes as not eligible', () => {
    const events = run(filedBbb, assess('good-faith-attempt', false), { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'good-faith-attempt', reason: 'never contacted Acme', issuedAt: AT });
    expect(events.slice(-3)).toEqual([
      { type: 'ComplaintFoundIneligible', data: { caseId: 'case-1', condition: 'good-faith-attempt', rule: 'BBB-2.3.2', reason: 'never contacted Acme', refilingAllowed: true } },
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'try-respondent-first', rule: 'BBB-2.3.2', recipient: 'complainant' }) }),
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'not-eligible', rule: 'BBB-6' }) }),
    ]);
  });

  it('BBB-2.3.1 the CBBB, sole judge of completeness, records the information as insufficient and closes the complaint on it', () => {
    const events = run(filedBbb, assess('supporting-information', false, { note: 'no account of what data was processed; the Respondent could not answer' }), {
      kind: 'DetermineIneligible', caseId: 'case-1', condition: 'supporting-information', reason: 'information too incomplete to evaluate and answer', issuedAt: AT,
    });
    expect(events.find((e) => e.type === 'EligibilityConditionAssessed')).toMatchObject({ data: { condition: 'supporting-information', rule: 'BBB-2.3.1', met: false } });
    expect(events.find((e) => e.type === 'ComplaintFoundIneligible')).toMatchObject({ data: { condition: 'supporting-information', rule: 'BBB-2.3.1', refilingAllowed: true } });
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'not-eligible' } });
  });

  it('BBB-2.4c closes an ineligible complaint without prejudice, with the reason and another agency with jurisdiction', () => {
    const events = run(filedBbb, assess('eligible-complainant', false), {
      kind: 'DetermineIneligible', caseId: 'case-1', condition: 'eligible-complainant', reason: 'data collected in Canada', otherAgency: { name: 'Office of the Privacy Commissioner of Canada', address: '30 Victoria Street, Gatineau QC' }, issuedAt: AT,
    });
    expect(events.slice(-3)[0]).toMatchObject({ type: 'ComplaintFoundIneligible', data: { rule: 'BBB-2.2', refilingAllowed: true, otherAgency: { name: 'Office of the Privacy Commissioner of Canada' } } });
    expect(events.slice(-2)[0]).toMatchObject({ data: { kind: 'cannot-proceed', rule: 'BBB-2.4c' } });
  });

  it('BBB-2.2.1 declines to open a Case when the Complainant\'s identity is not verified', () => {
    const events = run(filedBbb, { kind: 'DetermineIneligible', caseId: 'case-1', condition: 'identity-verified', reason: 'documents did not match', issuedAt: AT });
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'not-eligible' } });
    expect(() => given(caseDecider, filedBbb).when(assess('identity-verified', true))).toThrow(expect.objectContaining({ rule: 'BBB-2.2.1' }));
  });

  it('refuses an ineligibility determination on a condition not found unmet, and an unknown condition', () => {
    expect(() => given(caseDecider, filedBbb).when({ kind: 'DetermineIneligible', caseId: 'case-1', condition: 'not-in-litigation', reason: 'r', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict', field: 'condition' }));
    expect(() => given(caseDecider, filedBbb).when(assess('moon-phase'))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'condition' }));
  });

  it('BBB-2.4a dockets an eligible and complete Complaint as a Case, which enters Conciliation', () => {
    const events = run(eligible(), { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT });
    expect(events.at(-1)).toEqual({ type: 'CaseDocketed', data: { caseId: 'case-1', rule: 'BBB-2.4a', docketedAt: AT, stage: 'conciliation' } });
    expect(given(caseDecider, events).state).toMatchObject({ docketed: true, stage: 'conciliation' });
  });

  it('BBB-2.4a refuses to docket while a condition is unmet or unassessed, naming them', () => {
    const missingOne = eligible().filter((e) => !(e.type === 'EligibilityConditionAssessed' && e.data.condition === 'not-in-litigation'));
    expect(() => given(caseDecider, missingOne).when({ kind: 'DocketCase', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.4a', message: expect.stringContaining('not-in-litigation (BBB-2.3)') }));
    const unverified = eligible().filter((e) => e.type !== 'ComplainantIdentityVerified');
    expect(() => given(caseDecider, unverified).when({ kind: 'DocketCase', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ message: expect.stringContaining('identity-verified (BBB-2.2.1)') }));
  });

  it('BBB-8.1 records each Party\'s acknowledgement once the Case opens, once per Party', () => {
    const docketed = run(eligible(), { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT });
    expect(() => given(caseDecider, eligible()).when({ kind: 'AcknowledgeWaiver', caseId: 'case-1', party: 'complainant', issuedAt: AT })).toThrow(expect.objectContaining({ rule: 'BBB-8.1' }));
    const acknowledged = run(docketed, { kind: 'AcknowledgeWaiver', caseId: 'case-1', party: 'complainant', issuedAt: AT });
    expect(acknowledged.at(-1)).toEqual({ type: 'WaiverAcknowledged', data: { caseId: 'case-1', party: 'complainant', rule: 'BBB-8.1', acknowledgedAt: AT } });
    expect(() => given(caseDecider, acknowledged).when({ kind: 'AcknowledgeWaiver', caseId: 'case-1', party: 'complainant', issuedAt: AT })).toThrow(expect.objectContaining({ field: 'party' }));
  });

  it('BBB-2.5 lets either Party designate a representative after the Case opens, not before', () => {
    const designate: CaseCommand = { kind: 'DesignateRepresentative', caseId: 'case-1', party: 'respondent', name: 'Lex Counsel', email: 'lex@firm.example', organisation: 'Firm LLP', issuedAt: AT };
    expect(() => given(caseDecider, filedBbb).when(designate)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.5' }));
    const events = run(eligible(), { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT }, designate);
    expect(events.at(-1)).toMatchObject({ type: 'RepresentativeDesignated', data: { party: 'respondent', rule: 'BBB-2.5', email: 'lex@firm.example' } });
  });

  it.each([
    ['under eligibility review', () => filedBbb],
    ['awaiting requested information', () => run(filedBbb, { kind: 'RequestInformation', caseId: 'case-1', requested: 'x', channel: 'email', calendar: findCalendar('us-federal')!, issuedAt: AT })],
    ['in conciliation', () => run(eligible(), { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT })],
  ])('BBB-6 the Complainant withdraws %s: running deadlines are cancelled and the case closes as withdrawn', (_, history) => {
    const past = history();
    const events = run(past, { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'settled privately', issuedAt: AT }).slice(past.length);
    expect(events[0]).toMatchObject({ type: 'ComplaintWithdrawn', data: { rule: 'BBB-6', reason: 'settled privately' } });
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: 'withdrawn', rule: 'BBB-6' } });
    const pendingBefore = past.filter((e) => e.type === 'DeadlineSet').length;
    expect(events.filter((e) => e.type === 'DeadlineCancelled')).toHaveLength(pendingBefore);
    expect(given(caseDecider, [...past, ...events]).state).toMatchObject({ status: 'closed' });
  });
});
