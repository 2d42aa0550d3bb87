import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import { closedOutcome } from './appeal-window';

/**
 * A closure that opens an appeal (VS-5.5(a)): the Party the outcome names may appeal while its window runs; an appeal
 * made awaits the administrator's decision. A closure with no appeal, or final, offers nothing here.
 */
export const outcomeNextActions: NextActionsOf = (state) => {
  const closed = closedOutcome(state);
  if (!closed || state.closure?.final) return [];
  const { outcome, appeal } = closed;
  if (state.closureAppeals?.some((record) => record.status === 'pending')) {
    return [{ command: 'DecideClosureAppeal', by: 'administrator', rule: appeal.rule, description: `Decide the appeal of "${outcome.label}": uphold it, or grant it and reopen the case`, awaited: true }];
  }
  const window = Object.values(state.deadlines).filter((deadline) => deadline.kind === appeal.window.kind).at(-1);
  if (window?.status !== 'pending') return [];
  const action: NextAction = {
    command: 'AppealClosure', by: appeal.by, rule: appeal.rule, description: `Appeal "${outcome.label}": ${appeal.requires.map((requirement) => requirement.description).join('; ')}`,
    awaited: false, deadlineId: window.deadlineId,
  };
  return [action];
};
