import { VERASAFE_FILING } from './case-history.testing';
import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../rulebooks/registry';
import type { CaseCommand } from './case.commands';
import { caseDeciderWith } from './case.decider';
import type { CaseEvent } from './case.events';
import type { OpenCase } from './case.state';
import { calendar } from './case-history.testing';

/** What VeraSafe's specs share: a decider with the case's calendar (VS-3.3: periods after receipt start on transmission). */
export const verasafeDecider = caseDeciderWith(calendar);

export function runVs(history: readonly CaseEvent[], ...commands: readonly CaseCommand[]): CaseEvent[] {
  return commands.reduce<CaseEvent[]>((events, command) => [...events, ...given(verasafeDecider, events).when(command)], [...history]);
}
export const afterVs = (history: readonly CaseEvent[], command: CaseCommand): CaseEvent[] => [...given(verasafeDecider, [...history]).when(command)];
export const stateOfVs = (events: readonly CaseEvent[]): OpenCase => given(verasafeDecider, [...events]).state as OpenCase;

const REVIEWED_AT = '2026-06-03T15:00:00.000Z';
export const VS_PARTICIPATION = { businessId: 'biz-1', program: 'verasafe-2016', currentAtFiling: true, since: '2020-01-01T00:00:00.000Z' };

/** The complaint as filed under VeraSafe (VS-1.1's Framework, VS-3.1's elements from VERASAFE_FILING), before review. */
export function verasafeComplaint(overrides: Partial<Extract<CaseCommand, { kind: 'FileComplaint' }>> = {}): CaseCommand {
  return {
    kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'verasafe-2016', ...VERASAFE_FILING, receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
    complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
    allegation: 'Acme kept my data after I objected', outcomesSought: ['delete my data'],
    issuedAt: '2026-06-01T10:00:00Z',
    ...overrides,
  } as CaseCommand;
}

/** A VeraSafe complaint, every condition found met, docketed: the Complaint forwarded to the Participant (VS-7.1). */
export function docketedVeraSafe(docketedAt = REVIEWED_AT): CaseEvent[] {
  const conditions = currentRulebook('verasafe-2016')!.eligibility.conditions;
  return runVs(
    [],
    verasafeComplaint(),
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Analytics Inc.' }, issuedAt: REVIEWED_AT },
    ...conditions.map((condition): CaseCommand => ({
      kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: condition.id, met: true, note: 'ok', issuedAt: REVIEWED_AT,
      ...(condition.id === currentRulebook('verasafe-2016')!.eligibility.participationCondition ? { participation: VS_PARTICIPATION } : condition.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
    })),
    { kind: 'DocketCase', caseId: 'case-1', calendar, issuedAt: docketedAt },
  );
}
