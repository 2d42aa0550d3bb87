import { ROLES, type Role } from '@pdr/event-sourcing';
import type { NextAction } from '@pdr/procedures';
import { accessRuleFor } from '../../access/access-policy';
import { ACTION_ROUTES } from './action-routes';

const SIDES: readonly string[] = ['complainant', 'respondent'];

/** The access policy's name for the operation that takes a next action: `POST /cases/:caseId/…`. */
export function actionOperation(command: NextAction['command']): { method: 'POST'; route: string } {
  return { method: 'POST', route: `/cases/:caseId/${ACTION_ROUTES[command].replace(/\{(\w+)\}/g, ':$1')}` };
}

/**
 * Why the role a next action names (`by`) could not take it through the API, or undefined when it can. The role
 * must be one of ROLES that the access policy lets call the action's route; a Party only from a side the route is
 * open to, and acting for itself (the Party the action is about, if it names one).
 */
export function takerMismatch(action: NextAction): string | undefined {
  const { method, route } = actionOperation(action.command);
  const rule = accessRuleFor(method, route);
  const by: string = action.by;
  const what = `${action.command} (${action.rule}) by ${by}`;
  if (!rule) return `${what}: ${method} ${route} is not in the access policy`;
  if (!(ROLES as readonly string[]).includes(by)) return `${what}: "${by}" is no role the API knows (${ROLES.join(', ')})`;
  if (!rule.public && !rule.roles.includes(by as Role)) return `${what}: ${method} ${route} is open to ${rule.roles.join(', ')} only`;
  if (SIDES.includes(by)) {
    if (!rule.sides?.includes(by as 'complainant' | 'respondent')) return `${what}: ${method} ${route} is not open to the ${by}'s side`;
    const party = action.about?.['party'];
    if (party !== undefined && party !== by) return `${what}: the ${by} cannot act for the ${party}`;
  }
  return undefined;
}
