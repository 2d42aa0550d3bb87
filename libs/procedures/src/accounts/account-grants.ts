import { RuleViolation } from '@pdr/event-sourcing';
import { ACCOUNT_ROLES, ADJUDICATOR_ROLES, type AccountBinding, type AccountKind, type AccountRole, PARTY_ROLES } from './account-roles';

const refuse = (message: string, field: string) => new RuleViolation('unprocessable', 'ACCOUNT-ROLES', message, field);

/**
 * Which roles go together, and what each must be bound to: a Party's credential is for one side of one case
 * and holds no other role; a Panelist's is bound to their Board record; a service holds only `reporting`.
 */
export function assertGrantsConsistent(kind: AccountKind, roles: readonly AccountRole[], binding: AccountBinding | undefined): void {
  if (roles.length === 0) throw refuse('an account holds at least one role', 'roles');
  if (new Set(roles).size !== roles.length) throw refuse('a role is listed twice', 'roles');
  const unknown = roles.find((role) => !(ACCOUNT_ROLES as readonly string[]).includes(role));
  if (unknown) throw refuse(`unknown role; roles are ${ACCOUNT_ROLES.join(', ')}`, 'roles');
  if (kind === 'service') {
    if (roles.some((role) => role !== 'reporting') || binding) throw refuse('a service account holds only the reporting role, bound to nothing', 'roles');
    return;
  }
  const party = roles.filter((role) => PARTY_ROLES.includes(role));
  if (party.length > 0) {
    if (roles.length !== 1) throw refuse("a Party's credential holds one role and no other", 'roles');
    if (binding?.kind !== 'party') throw refuse("a Party's credential is bound to one case and one side", 'binding');
    const [role] = party;
    if (role !== 'representative' && role !== binding.side) throw refuse(`the ${role} role acts on the ${role}'s side only`, 'binding.side');
    return;
  }
  const adjudicating = roles.some((role) => ADJUDICATOR_ROLES.includes(role));
  if (adjudicating && binding?.kind !== 'panelist') throw refuse('a Panelist or hearing officer is bound to their Board record', 'binding');
  if (!adjudicating && binding) throw refuse('only Panelists and Parties are bound', 'binding');
}
