import { type CommandProcessor, type Principal } from '@pdr/application';
import type { Role } from '@pdr/event-sourcing';
import { caseDecider, caseStream } from '@pdr/procedures';
import type { AccessRule } from './access-policy';
import type { RequestAccess } from './access.guard';

const PARTY_ROLES: ReadonlySet<Role> = new Set(['complainant', 'respondent', 'representative']);
const ADJUDICATORS: ReadonlySet<Role> = new Set(['panelist', 'hearing-officer']);

export const isPartyRole = (role: Role): boolean => PARTY_ROLES.has(role);
export const isAdjudicator = (role: Role): boolean => ADJUDICATORS.has(role);

/**
 * Why `role` may not act on `caseId` under `rule`, or undefined when it may. A Panelist's appointment is read from the
 * case's own stream (not a read model) so a replaced or disqualified Panelist loses access with the event itself.
 */
export async function caseAccessRefusal(processor: CommandProcessor, principal: Principal, role: Role, rule: AccessRule, caseId: string): Promise<string | undefined> {
  if (isPartyRole(role)) {
    if (principal.case?.caseId !== caseId) return 'a Party acts only on its own case';
    if (!rule.sides?.includes(principal.case.side)) return `this step is not the ${principal.case.side}'s`;
    return undefined;
  }
  if (isAdjudicator(role)) {
    const { state } = await processor.state(caseStream(caseId), caseDecider);
    const appointed = state.status === 'none' ? undefined : state.panel?.panelistId;
    return appointed !== undefined && appointed === principal.panelistId ? undefined : 'a Panelist acts only on the cases they are appointed to';
  }
  return undefined;
}

/** The slice of the case list a reader sees, by the same rule as one case: staff and compliance all, others their own. */
export function caseListScope(access: RequestAccess): { panelistId: string } | { caseId: string } | undefined {
  const { principal, role } = access;
  if (!principal || !role) return { caseId: '' };
  if (isPartyRole(role)) return { caseId: principal.case?.caseId ?? '' };
  if (isAdjudicator(role)) return { panelistId: principal.panelistId ?? '' };
  return undefined;
}

/** Who reads a case's audit trail or record: staff and compliance see everything, the Panelist and Parties their own view. */
export function caseViewer(access: RequestAccess): 'staff' | 'panelist' | 'complainant' | 'respondent' {
  const { principal, role } = access;
  if (role && isAdjudicator(role)) return 'panelist';
  if (role && isPartyRole(role)) return principal?.case?.side ?? 'complainant';
  return 'staff';
}
