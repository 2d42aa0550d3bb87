import { RuleViolation } from '@pdr/event-sourcing';
import { SELF_CERTIFICATION } from '../rulebooks/certification-rules';
import { findProgramme, PROGRAMME_IDS } from '../programmes/programme-registry';
import type { BusinessState, ParticipationPeriod, RegisteredBusiness } from './business.state';
import { CERTIFICATION_FRAMEWORKS } from './certification-frameworks';

export function requireBusiness(state: BusinessState, businessId: string): RegisteredBusiness {
  if (state.status === 'none') throw new RuleViolation('not-found', 'BUSINESS-UNKNOWN', `no business ${businessId}`, 'businessId');
  return state;
}

/** A program is a programme the service runs (a programme id: PROGRAMME_IDS), no longer a rulebook id. */
export function requireProgram(program: string, field: string): void {
  if (!findProgramme(program)) throw new RuleViolation('unprocessable', 'PROGRAM-UNKNOWN', `no programme "${program}": one of ${PROGRAMME_IDS.join(', ')}`, field);
}

/**
 * The instant in one canonical form (so the read side can compare instants as strings), refused when later than
 * the command: the registry records what happened, not what is expected to.
 */
export function pastInstant(value: string, issuedAt: string, field: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RuleViolation('unprocessable', 'INSTANT-INVALID', `"${value}" is not an ISO 8601 instant`, field);
  if (ms > Date.parse(issuedAt)) throw new RuleViolation('unprocessable', 'INSTANT-IN-FUTURE', `${field} ${value} is later than now (${issuedAt})`, field);
  return new Date(ms).toISOString();
}

/** CASRO-4: a self-certification names the EU framework, the Swiss framework or both (here: any known framework, at least one). */
export function requireFrameworks(frameworks: readonly string[]): string[] {
  const known = CERTIFICATION_FRAMEWORKS as readonly string[];
  const unknown = frameworks.filter((f) => !known.includes(f));
  if (frameworks.length === 0 || unknown.length > 0) {
    const problem = frameworks.length === 0 ? 'no framework named' : `unknown framework ${unknown.join(', ')}`;
    throw new RuleViolation('unprocessable', SELF_CERTIFICATION.rule, `${problem}; known: ${known.join(', ')}`, 'frameworks');
  }
  return [...new Set(frameworks)];
}

/** The program's period that has not lapsed, if any. */
export function openPeriod(business: RegisteredBusiness, program: string): ParticipationPeriod | undefined {
  const periods = business.participation[program] ?? [];
  const last = periods[periods.length - 1];
  return last && last.until === undefined ? last : undefined;
}

/** Names compared without case or surrounding space; duplicates and the legal name itself are dropped from aliases. */
export function distinctAliases(legalName: string, aliases: readonly string[]): string[] {
  const seen = new Set([legalName.toLowerCase()]);
  const kept: string[] = [];
  for (const alias of aliases.map((a) => a.trim())) {
    if (alias === '' || seen.has(alias.toLowerCase())) continue;
    seen.add(alias.toLowerCase());
    kept.push(alias);
  }
  return kept;
}
