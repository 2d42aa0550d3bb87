import type { DocketCase } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { docketCase } from '../decisions/eligibility';
import { openExchange } from '../exchange/file-submission';

/**
 * Docketing opens the rulebook's mediation, when it composes one (VS-7.1: the eligible Complaint is forwarded to the
 * Participant, whose Response period runs from its receipt). The docketing decision is made first; its refusals stand.
 */
export function docketAndOpenMediation(command: DocketCase, state: CaseState): CaseEvent[] {
  const docketed: CaseEvent[] = docketCase(command, state);
  if (state.status === 'none') return docketed;
  const mediation = rulebookOf(state).mediation;
  if (!mediation) return docketed;
  if (!command.calendar) throw new Error(`${state.rulebook.id} opens its mediation at docketing: DocketCase must carry the case's calendar`);
  return [...docketed, ...openExchange(state, mediation.exchange, command.calendar, { event: 'CaseDocketed', at: command.issuedAt, complaintStands: false })];
}
