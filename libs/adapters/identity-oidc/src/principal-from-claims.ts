import { AuthenticationError, type ClaimNames, type Principal } from '@pdr/application';
import { ROLES, type Role } from '@pdr/event-sourcing';
import type { JWTPayload } from 'jose';

const SIDES = ['complainant', 'respondent'] as const;
/** Roles a token may grant: `system` exists only inside the process (deadline timers), never from a client. */
const GRANTABLE: ReadonlySet<string> = new Set(ROLES.filter((role) => role !== 'system'));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined);

/**
 * The grants a verified token carries. Unknown roles are ignored (a provider may hold roles for other
 * applications); a Party role without its case binding, or a Panelist without their Board id, grants nothing.
 */
export function principalFromClaims(payload: JWTPayload, claims: ClaimNames): Principal {
  const subject = text(payload.sub);
  if (!subject) throw new AuthenticationError('the token names no subject');
  const raw = payload[claims.roles];
  const listed = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(' ') : [];
  const panelistId = text(payload[claims.panelist]);
  const caseId = text(payload[claims.caseId]);
  const side = text(payload[claims.side]);
  const binding = caseId && side && (SIDES as readonly string[]).includes(side) ? { caseId, side: side as (typeof SIDES)[number] } : undefined;
  const roles = listed
    .filter((role): role is Role => typeof role === 'string' && GRANTABLE.has(role))
    .filter((role) => {
      if (role === 'panelist' || role === 'hearing-officer') return panelistId !== undefined;
      if (role === 'complainant' || role === 'respondent') return binding?.side === role;
      if (role === 'representative') return binding !== undefined;
      return true;
    });
  return {
    subject,
    roles: [...new Set(roles)],
    ...(panelistId && roles.some((role) => role === 'panelist' || role === 'hearing-officer') ? { panelistId } : {}),
    ...(binding && roles.some((role) => role === 'complainant' || role === 'respondent' || role === 'representative') ? { case: binding } : {}),
    expiresAt: typeof payload.exp === 'number' ? payload.exp : 0,
  };
}
