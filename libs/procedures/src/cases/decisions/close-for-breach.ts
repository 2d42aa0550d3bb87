import { RuleViolation } from '@pdr/event-sourcing';
import type { CloseForComplainantBreach } from '../case.commands';
import type { CaseEvent, ComplainantBreachFound } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notice } from '../effects/notices';

/**
 * VS-6.1: the Complainant breached the procedure in a material way; the administrator closes the complaint with the
 * rulebook's closure ("Closed by Default"), its reasons recorded, and notifies the Parties: the Complainant, and the
 * Participant once the complaint was forwarded to it (docketed). A rulebook without the section refuses it.
 */
export function closeForComplainantBreach(command: CloseForComplainantBreach, state: CaseState): CaseEvent[] {
  const open = requireOpenCase(state, command.caseId);
  const rules = rulebookOf(open).complainantBreach;
  if (!rules) throw new RuleViolation('conflict', 'BREACH-CLOSURE-NOT-PROVIDED', `${open.rulebook.id} provides no closure for the Complainant's breach of the procedure`);
  const reasons = command.reasons?.trim();
  if (!reasons) throw new RuleViolation('unprocessable', rules.rule, 'the closure states the material breach it is for', 'reasons');
  const found: ComplainantBreachFound = { type: 'ComplainantBreachFound', data: { caseId: open.caseId, rule: rules.rule, reasons: command.reasons, stage: open.stage, foundAt: command.issuedAt } };
  const recipients = open.docketed ? (['complainant', 'respondent'] as const) : (['complainant'] as const);
  const notices = recipients.map((recipient, index) => notice(open, rules.notice, recipient, command.issuedAt, index));
  return [found, ...notices, ...closeCase(open, rules.closure, command.issuedAt)];
}
