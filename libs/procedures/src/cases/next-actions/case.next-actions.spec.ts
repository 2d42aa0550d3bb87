import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand } from '../case.commands';
import { caseDecider } from '../case.decider';
import type { CaseEvent } from '../case.events';
import { caseNextActions } from './case.next-actions';
import type { NextAction } from './next-action';
import { nextActions } from './next-actions';
import { calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const BBB = currentRulebook('bbb-eu-safe-harbor')!;

const actionsOf = (events: CaseEvent[]) => caseNextActions(stateOf(events), BBB);
const commandsOf = (actions: readonly NextAction[]) => [...new Set(actions.map((action) => action.command))].sort();
const assess = (condition: string, met = true): CaseCommand => ({
  kind: 'AssessEligibilityCondition', caseId: 'case-1', condition, met, note: 'checked', issuedAt: AT,
  ...(condition === 'participating-business' ? { participation } : condition === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
});

const filed = run([], {
  kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});
const eligible = run(
  filed,
  { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
  { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: AT },
  ...BBB.eligibility.conditions.filter((c) => c.id !== 'identity-verified').map((c) => assess(c.id)),
);

describe('next actions: eligibility review and what any case allows', () => {
  it('BBB-2.2.1, BBB-2.3: a filed complaint awaits identity, the Respondent\'s identification and each condition', () => {
    const actions = actionsOf(filed);
    expect(actions.filter((action) => action.awaited).map((action) => action.about?.condition ?? action.command)).toEqual([
      'VerifyComplainantIdentity', 'IdentifyRespondent', 'eligible-complainant', 'participating-business', 'alleges-non-compliance',
      'supporting-information', 'good-faith-attempt', 'not-previously-resolved', 'not-in-litigation',
    ]);
    expect(commandsOf(actions)).toEqual(['AssessEligibilityCondition', 'DetermineIneligible', 'IdentifyRespondent', 'RequestInformation', 'VerifyComplainantIdentity', 'WithdrawComplaint']);
    // The unverified identity may close the case, but the procedure is not waiting for that.
    expect(actions.find((action) => action.command === 'DetermineIneligible')).toMatchObject({ awaited: false, about: { condition: 'identity-verified' } });
  });

  it('BBB-2.4b, BBB-4.5.4: while a request for information runs, its answer is awaited against that deadline; no second request, and no extension of it, is offered', () => {
    const requested = run(filed, { kind: 'RequestInformation', caseId: 'case-1', requested: 'dates', channel: 'email', calendar, issuedAt: AT });
    const actions = actionsOf(requested);
    expect(actions.find((action) => action.command === 'ReceiveRequestedInformation')).toMatchObject({ awaited: true, by: 'administrator', rule: 'BBB-2.4b', deadlineId: 'information-response-1' });
    expect(commandsOf(actions)).not.toContain('RequestInformation');
    expect(commandsOf(actions)).not.toContain('ExtendDeadline');
    expect(() => given(caseDecider, requested).when({ kind: 'RequestInformation', caseId: 'case-1', requested: 'more', channel: 'email', calendar, issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('BBB-2.4c: a condition found unmet awaits the determination of ineligibility', () => {
    const unmet = run(filed, assess('not-in-litigation', false));
    expect(actionsOf(unmet).find((action) => action.about?.condition === 'not-in-litigation' && action.command === 'DetermineIneligible')).toMatchObject({ awaited: true, rule: 'BBB-2.4c' });
    expect(() => given(caseDecider, unmet).when({ kind: 'DetermineIneligible', caseId: 'case-1', condition: 'not-in-litigation', reason: 'in court', issuedAt: AT })).not.toThrow();
  });

  it('BBB-2.4a: docketing is offered only when every condition is found met', () => {
    expect(commandsOf(actionsOf(filed))).not.toContain('DocketCase');
    expect(() => given(caseDecider, filed).when({ kind: 'DocketCase', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.4a' }));
    expect(actionsOf(eligible).find((action) => action.command === 'DocketCase')).toMatchObject({ awaited: true, rule: 'BBB-2.4a' });
    expect(() => given(caseDecider, eligible).when({ kind: 'DocketCase', caseId: 'case-1', issuedAt: AT })).not.toThrow();
  });

  it('BBB-8.1, BBB-2.5: an opened Case awaits each Party\'s acknowledgement and allows representatives; review actions are gone', () => {
    const docketed = run(eligible, { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT }, { kind: 'AcknowledgeWaiver', caseId: 'case-1', party: 'complainant', issuedAt: AT });
    const actions = actionsOf(docketed);
    expect(commandsOf(actions)).toEqual(['AcknowledgeWaiver', 'DesignateRepresentative', 'WithdrawComplaint']);
    expect(actions.find((action) => action.command === 'AcknowledgeWaiver')).toMatchObject({ by: 'administrator', about: { party: 'respondent' }, awaited: true });
    for (const refused of [{ kind: 'AcknowledgeWaiver', caseId: 'case-1', party: 'complainant', issuedAt: AT }, { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT }, assess('not-in-litigation')] as CaseCommand[]) {
      expect(() => given(caseDecider, docketed).when(refused)).toThrow(expect.objectContaining({ kind: 'conflict' }));
    }
  });

  it('BBB-6, BBB-8.7: a closed case offers only the deliveries of its notices still unrecorded', () => {
    const withdrawn = run(filed, { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: AT });
    expect(actionsOf(withdrawn)).toEqual([expect.objectContaining({ command: 'RecordNoticeDelivery', rule: 'BBB-8.7', about: { noticeId: 'notice-1' } })]);
    const delivered = run(withdrawn, { kind: 'RecordNoticeDelivery', caseId: 'case-1', noticeId: 'notice-1', deliveredAt: AT, calendar, issuedAt: AT });
    expect(actionsOf(delivered)).toEqual([]);
    expect(() => given(caseDecider, withdrawn).when({ kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('lists the awaited actions first, and nothing for a case never filed', () => {
    const actions = nextActions(stateOf(filed));
    const firstOptional = actions.findIndex((action) => !action.awaited);
    expect(actions.slice(firstOptional).every((action) => !action.awaited)).toBe(true);
    expect(nextActions({ status: 'none' })).toEqual([]);
  });
});

