import { RuleViolation } from '@pdr/event-sourcing';
import { requireRulebookVersion } from '../rulebooks/require-rulebook';
import type { Rulebook } from '../rulebooks/rulebook';
import { findProgramme } from '../programmes/programme-registry';
import { withProgramme } from '../programmes/programme-rulebook';
import type { CaseState, OpenCase } from './case.state';

/** The case a command acts on, open or closed: for the few commands a closed case still takes (erasure, BBB-8.3, BBB-8.7). */
export function requireCase(state: CaseState, caseId: string): OpenCase {
  if (state.status === 'none') throw new RuleViolation('not-found', 'CASE-UNKNOWN', `no case ${caseId}`, 'caseId');
  return state;
}

/** The case a command acts on: it must exist and not be closed. Every command but those taking `requireCase`. */
export function requireOpenCase(state: CaseState, caseId: string): OpenCase {
  const known = requireCase(state, caseId);
  if (known.status === 'closed') throw new RuleViolation('conflict', known.closure?.rule ?? 'CASE-CLOSED', `case ${caseId} is closed (${known.closure?.reason})`);
  return known;
}

/**
 * The rules a case is decided, evolved and projected under: the exact version it was filed under, never the current
 * one (a new version does not change a running case). A version the service lacks throws UnknownRulebookVersion.
 */
export function rulebookOf(state: OpenCase): Rulebook {
  const rulebook = requireRulebookVersion(state.rulebook);
  // Issue 12: a programme's own conditions and closures (CASRO-5) join its rulebook's for the cases filed under it.
  return state.programme ? withProgramme(rulebook, findProgramme(state.programme.id)) : rulebook;
}
