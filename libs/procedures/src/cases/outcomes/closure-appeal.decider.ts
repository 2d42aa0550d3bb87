import { RuleViolation } from '@pdr/event-sourcing';
import { periodHasEnded } from '../../deadlines/period-end';
import { assertReceivedNotInFuture } from '../../shared/instants';
import type { CaseEvent } from '../case.events';
import type { CaseState, OpenCase } from '../case.state';
import { closureFinal } from './appeal-window';
import type { AppealClosure, DecideClosureAppeal, OutcomeCommand } from './outcome.commands';
import type { ClosureAppealRecord } from './outcome.state';
import type { ClosureAppeal } from '../../rulebooks/outcome-rules';
import { rulebookOf } from '../case-guards';
import { openExchange } from '../exchange/file-submission';
import { requireAppealableClosure } from './outcome-guards';

const pendingAppeal = (closed: OpenCase): ClosureAppealRecord | undefined => closed.closureAppeals?.find((record) => record.status === 'pending');

/** The window of the case's current closure: the latest of its kind (an earlier closure's window was met or lapsed). */
const windowOf = (closed: OpenCase, kind: string) => Object.values(closed.deadlines).filter((deadline) => deadline.kind === kind).at(-1);

/** VS-5.5(a): by the Party the outcome names, within the window after receipt of the notice, with what the rules require. */
function appealClosure(command: AppealClosure, state: CaseState): CaseEvent[] {
  const { closed, outcome, appeal } = requireAppealableClosure(state, command.caseId);
  if (command.party !== appeal.by) throw new RuleViolation('unprocessable', appeal.rule, `only the ${appeal.by} may appeal "${outcome.label}"`, 'party');
  if (pendingAppeal(closed)) throw new RuleViolation('conflict', appeal.rule, `an appeal of "${outcome.label}" awaits its decision`);
  if (closed.closure?.final) throw new RuleViolation('conflict', appeal.rule, `"${outcome.label}" is final: its appeal window has passed or its appeal was decided`, 'receivedAt');
  assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
  const window = windowOf(closed, appeal.window.kind);
  if (!window || window.status !== 'pending' || periodHasEnded(window.dueAt, command.receivedAt)) {
    throw new RuleViolation('conflict', appeal.rule, `the appeal is due within ${appeal.window.count} ${appeal.window.unit} of receipt of the closure${window ? ` (by ${window.dueAt})` : ''}`, 'receivedAt');
  }
  for (const requirement of appeal.requires) {
    if (!command[requirement.field]?.trim()) throw new RuleViolation('unprocessable', appeal.rule, `the appeal must include ${requirement.description.toLowerCase()}`, requirement.field);
  }
  return [
    {
      type: 'ClosureAppealed',
      data: {
        caseId: closed.caseId, rule: appeal.rule, reason: outcome.reason, party: command.party, grounds: command.grounds?.trim() ?? '',
        ...(command.evidence?.trim() ? { evidence: command.evidence } : {}), receivedAt: command.receivedAt,
      },
    },
    { type: 'DeadlineMet', data: { caseId: closed.caseId, deadlineId: window.deadlineId, metAt: command.receivedAt } },
  ];
}

/** Upheld: the closure stands and is final. Granted: the case reopens where the outcome's appeal says (VS-5.5(a): re-examination). */
function decideClosureAppeal(command: DecideClosureAppeal, state: CaseState): CaseEvent[] {
  const { closed, outcome, appeal } = requireAppealableClosure(state, command.caseId);
  if (!pendingAppeal(closed)) throw new RuleViolation('conflict', appeal.rule, `no appeal of "${outcome.label}" awaits a decision`);
  if (!command.reasons?.trim()) throw new RuleViolation('unprocessable', appeal.rule, 'the decision on the appeal states its reasons', 'reasons');
  const decided: CaseEvent = {
    type: 'ClosureAppealDecided',
    data: { caseId: closed.caseId, rule: appeal.rule, decision: command.decision, reasons: command.reasons, decidedBy: command.decidedBy, decidedAt: command.issuedAt },
  };
  if (command.decision === 'upheld') return [decided, closureFinal(closed, outcome, 'appeal-upheld', command.issuedAt)];
  const reopened: CaseEvent = { type: 'CaseReopened', data: { caseId: closed.caseId, rule: appeal.rule, reason: outcome.reason, stage: appeal.reopensAt, reopenedAt: command.issuedAt } };
  return [decided, reopened, ...appellateHearingOpened(closed, appeal, command)];
}

/** VS-9.2: an appeal accepted for an appellate hearing opens its exchange: the appeal brief forwarded, the rebuttal period running. */
function appellateHearingOpened(closed: OpenCase, appeal: ClosureAppeal, command: DecideClosureAppeal): CaseEvent[] {
  if (appeal.opens !== 'appellate-hearing') return [];
  const hearing = rulebookOf(closed).appellateHearing;
  if (!hearing) throw new RuleViolation('conflict', appeal.rule, `${closed.rulebook.id} composes no appellate hearing for the appeal to be heard in`);
  if (!command.calendar) throw new Error(`an appeal heard by an appellate hearing (${appeal.rule}) starts its rebuttal period: the command must carry the case's calendar`);
  const reopened: OpenCase = { ...closed, status: 'open', stage: appeal.reopensAt };
  return openExchange(reopened, hearing.exchange, command.calendar, { event: 'CaseReopened', at: command.issuedAt, complaintStands: false });
}

/** Appeals of closures (VS-5.5(a)): the only commands a closed case takes besides erasure and notice deliveries. */
export function decideOutcomes(command: OutcomeCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'AppealClosure':
      return appealClosure(command, state);
    case 'DecideClosureAppeal':
      return decideClosureAppeal(command, state);
  }
}
