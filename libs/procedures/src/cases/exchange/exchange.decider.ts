import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../case.events';
import { requireOpenCase, rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import type { ExchangeCommand, FileSubmission, WaiveSubmission } from './exchange.commands';
import { silenceFollows } from './exchange-lapse';
import { fileSubmission, requireAwaited } from './file-submission';
import { findSlot } from './exchange-slots';

/** The slot a command names, filed with FileSubmission/WaiveSubmission by its filer: 422 naming the field otherwise. */
function requireSlot(state: CaseState, command: FileSubmission | WaiveSubmission, party: string) {
  const open = requireOpenCase(state, command.caseId);
  const found = findSlot(rulebookOf(open), command.slot);
  if (!found || found.slot.command !== 'FileSubmission') {
    throw new RuleViolation('unprocessable', 'SLOT-UNKNOWN', `slot: ${open.rulebook.id} has no submission "${command.slot}" filed through /submissions`, 'slot');
  }
  if (party !== found.slot.by) {
    const field = command.kind === 'FileSubmission' ? 'filedBy' : 'waivedBy';
    throw new RuleViolation('unprocessable', found.slot.period.rule, `${field}: ${found.slot.name} is the ${found.slot.by}'s, not the ${party}'s`, field);
  }
  return { open, ...found };
}

/** VS-7.3(b): the filer declines the slot; what follows is the slot's waiver (a closure, the exchange's end…). */
function waiveSubmission(command: WaiveSubmission, state: CaseState): CaseEvent[] {
  const { open, rules, slot } = requireSlot(state, command, command.waivedBy);
  if (!slot.waiver) throw new RuleViolation('conflict', slot.period.rule, `${slot.name} cannot be declined`, 'slot');
  requireAwaited(open, rules, slot);
  const running = Object.values(open.deadlines).find((deadline) => deadline.status === 'pending' && deadline.kind === slot.period.kind);
  const waived: CaseEvent = { type: 'SubmissionWaived', data: { caseId: open.caseId, slot: slot.id, by: slot.by, rule: slot.waiver.rule, ...(command.reason ? { reason: command.reason } : {}), waivedAt: command.issuedAt } };
  const met: CaseEvent[] = running ? [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: running.deadlineId, metAt: command.issuedAt } }] : [];
  return [waived, ...met, ...silenceFollows(open, rules, slot.by, slot.waiver.follows, { rule: slot.waiver.rule }, command.issuedAt)];
}

/** Filings and waivers of slots that have no command of their own, in whichever exchange of the rulebook declares them. */
export function decideExchange(command: ExchangeCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'FileSubmission': {
      const { open, rules, slot } = requireSlot(state, command, command.filedBy);
      return fileSubmission(open, rules, slot, { receivedAt: command.receivedAt, summary: command.summary, ...(command.submissionKind ? { kind: command.submissionKind } : {}), issuedAt: command.issuedAt });
    }
    case 'WaiveSubmission':
      return waiveSubmission(command, state);
  }
}
