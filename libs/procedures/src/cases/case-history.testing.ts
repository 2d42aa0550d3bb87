import { BusinessCalendar, US_FEDERAL } from '@pdr/calendar';
import { given } from '@pdr/event-sourcing';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { OpenCase } from './case.state';
import { currentRulebook } from '../rulebooks/registry';

/** What the case decider's specs share: histories are built by deciding commands, never by writing events by hand. */

export const calendar = new BusinessCalendar(US_FEDERAL);

/**
 * What VeraSafe's complaint must carry beyond every complaint's fields (VS-1.1's framework, VS-3.1 (a)–(i), VS-5.1's
 * age): spread into a FileComplaint under verasafe-2016.
 */
export const VERASAFE_FILING = {
  framework: 'eu-us-privacy-shield',
  outcomeKinds: ['delete-personal-data'],
  facts: 'objected by email; the newsletters kept coming',
  harm: 'distress, no financial loss',
  consentToShare: true,
  documentation: ['the objection email'],
  perjuryDeclaration: true,
  complainantAge: { dateOfBirth: '1990-04-17' },
} as const;

/** The registry's evidence that the Respondent's participation was current at filing (BBB-2.3). */
export const participation = { businessId: 'biz-1', program: 'bbb-eu-safe-harbor', currentAtFiling: true, since: '2020-01-01T00:00:00.000Z' };

/** The history after deciding each command in turn. */
export function run(history: readonly CaseEvent[], ...commands: readonly CaseCommand[]): CaseEvent[] {
  const events = [...history];
  for (const command of commands) events.push(...given(caseDecider, events).when(command));
  return events;
}

export const stateOf = (events: readonly CaseEvent[]): OpenCase => given(caseDecider, [...events]).state as OpenCase;

/** The events one command adds to a history. */
export const after = (history: readonly CaseEvent[], command: CaseCommand): CaseEvent[] => [...given(caseDecider, [...history]).when(command)];

const REVIEWED_AT = '2026-06-03T15:00:00.000Z';

/** A BBB complaint by Ada Example against Acme (registry: Acme Analytics Inc., biz-1), every condition met, docketed. */
export function docketedBbb(): CaseEvent[] {
  const conditions = currentRulebook('bbb-eu-safe-harbor')!.eligibility.conditions.filter((condition) => condition.id !== 'identity-verified');
  return run(
    [],
    {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
      allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
    },
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: REVIEWED_AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Analytics Inc.' }, issuedAt: REVIEWED_AT },
    ...conditions.map((condition): CaseCommand => ({
      kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: condition.id, met: true, note: 'ok', issuedAt: REVIEWED_AT,
      ...(condition.id === 'participating-business' ? { participation } : condition.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
    })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: REVIEWED_AT },
  );
}
