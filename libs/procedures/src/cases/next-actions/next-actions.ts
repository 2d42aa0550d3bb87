import { rulebookOf } from '../case-guards';
import type { CaseState } from '../case.state';
import { conciliationNextActions } from '../conciliation/conciliation.next-actions';
import { decisionNextActions } from '../decision/decision.next-actions';
import { documentsNextActions } from '../documents/documents.next-actions';
import { hearingNextActions } from '../hearing/hearing.next-actions';
import { mediationNextActions } from '../mediation/mediation.next-actions';
import { performanceNextActions } from '../performance/performance.next-actions';
import { panelNextActions } from '../panel/panel.next-actions';
import { panelistProceedingsNextActions } from '../panelist-proceedings/panelist-proceedings.next-actions';
import { referralNextActions } from '../referral/referral.next-actions';
import { caseNextActions } from './case.next-actions';
import { outcomeNextActions } from '../outcomes/outcome.next-actions';
import { appellateHearingNextActions, hearingDecisionNextActions } from '../hearing-decision/hearing-decision.next-actions';
import type { NextAction, NextActionsOf } from './next-action';

/** Every part of the procedure, in the order a case meets them. */
const PARTS: readonly NextActionsOf[] = [
  caseNextActions,
  conciliationNextActions,
  mediationNextActions,
  hearingNextActions,
  panelNextActions,
  panelistProceedingsNextActions,
  decisionNextActions,
  // A Hearing Decision that orders or closes (VS-8.4(c), VS-9.4).
  hearingDecisionNextActions,
  // An appeal heard by another officer (VS-9).
  appellateHearingNextActions,
  // Performance of a Settlement or Reparation Order (VS-12).
  performanceNextActions,
  referralNextActions,
  documentsNextActions,
  // Appeals of a closure (VS-5.5(a)): the only procedure steps a closed case offers.
  outcomeNextActions,
];

/** What the case's state allows next, awaited actions first (a pure function of the decider's state). */
export function nextActions(state: CaseState): NextAction[] {
  if (state.status === 'none') return [];
  const rulebook = rulebookOf(state);
  const actions = PARTS.flatMap((part) => part(state, rulebook));
  return [...actions.filter((action) => action.awaited), ...actions.filter((action) => !action.awaited)];
}
