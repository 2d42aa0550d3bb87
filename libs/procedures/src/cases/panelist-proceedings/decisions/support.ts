import { RuleViolation } from '@pdr/event-sourcing';
import type { NoticeSent } from '../../case.events';
import { requireOpenCase, rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import type { ProceedingsDocument, ProceedingsParty } from '../panelist-proceedings.events';
import type { PanelistProceedingsRules } from '../../../rulebooks/panelist-proceedings-rules';
import type { DeadlineRule } from '../../../deadlines/deadline-rule';
import { type InformationRequestState, initialPanelistProceedings, type PanelistProceedingsState } from '../panelist-proceedings.state';

export interface Proceedings {
  readonly open: OpenCase;
  readonly rules: PanelistProceedingsRules;
  readonly proceedings: PanelistProceedingsState;
}

export function rulesOf(open: OpenCase): PanelistProceedingsRules | undefined {
  return rulebookOf(open).panelistProceedings;
}

/**
 * The open case with a Panelist appointed under a rulebook that has these proceedings; with `panelistId`, it must be that
 * Panelist. Who is appointed is the panel's business: refusals name its appointment rule (BBB-4.5), and a rulebook
 * without panel rules appoints no Panelist to hold these proceedings.
 */
export function requireProceedings(state: CaseState, caseId: string, panelistId?: string): Proceedings {
  const open = requireOpenCase(state, caseId);
  const rules = rulesOf(open);
  const panel = rulebookOf(open).panel;
  if (!rules || !panel) throw new RuleViolation('conflict', 'PANELIST-PROCEEDINGS-NOT-PROVIDED', `${open.rulebook.id} has no Panelist proceedings`);
  if (open.stage !== rules.stage || !open.panel?.panelistId) {
    throw new RuleViolation('conflict', panel.appointmentRule, `the Panelist acts once appointed; the case is in ${open.stage}`);
  }
  if (panelistId !== undefined && panelistId !== open.panel.panelistId) {
    throw new RuleViolation('conflict', panel.appointmentRule, `${panelistId} is not the Panelist appointed on this case`, 'panelistId');
  }
  return { open, rules, proceedings: open.panelistProceedings ?? initialPanelistProceedings };
}

export const otherParty = (party: ProceedingsParty): ProceedingsParty => (party === 'complainant' ? 'respondent' : 'complainant');

export function notice(open: OpenCase, kind: string, rule: string, recipient: NoticeSent['data']['recipient'], at: string, earlier = 0): NoticeSent {
  return { type: 'NoticeSent', data: { caseId: open.caseId, noticeId: `notice-${open.noticesSent + earlier + 1}`, kind, rule, recipient, channel: 'email', sentAt: at } };
}

export function requireText(text: string | undefined, rule: string, field: string): string {
  if (typeof text !== 'string' || !text.trim()) throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text;
}

/**
 * The period the receipt of each document starts, if the rules send that document: the answer's after the request (its
 * count the request's time limit where the request set one, VS-8.4a); the response's after the forwarded answer, where
 * the other Party may respond (BBB-4.5.1); the last period after the default notice, where there is one (BBB-4.5.1).
 */
export function periodAfter(rules: PanelistProceedingsRules, request: InformationRequestState, document: ProceedingsDocument): DeadlineRule | undefined {
  const { answer, comment, afterDefault, forward, defaultNotice } = rules.information;
  if (document === 'request') return request.timeLimitBusinessDays === undefined ? answer : { ...answer, count: request.timeLimitBusinessDays };
  if (document === 'answer') return forward ? comment : undefined;
  return defaultNotice ? afterDefault : undefined;
}

/** The decision-maker in the rulebook's words (the Panelist, the hearing officer), for messages. */
export const decisionMakerOf = (open: OpenCase): string => rulebookOf(open).panel?.role ?? 'decision-maker';
