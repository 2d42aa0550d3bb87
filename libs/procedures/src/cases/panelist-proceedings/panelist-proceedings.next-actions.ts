import type { DeadlineState } from '../../deadlines/deadline.state';
import type { PanelistProceedingsRules } from '../../rulebooks/panelist-proceedings-rules';
import type { OpenCase } from '../case.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import { otherParty, periodAfter } from './decisions/support';
import type { ProceedingsDocument } from './panelist-proceedings.events';
import { pendingObjectionTo } from '../panel/panel.state';
import { initialPanelistProceedings, type InformationRequestState, type OralHearingState, type PanelistProceedingsState } from './panelist-proceedings.state';

/** The open case, its rules and its proceedings: what every command of this part needs (see `requireProceedings`). */
interface Proceedings {
  readonly open: OpenCase;
  readonly rules: PanelistProceedingsRules;
  readonly proceedings: PanelistProceedingsState;
}

/** The deadline a document's receipt set, if its delivery was recorded. */
const deadlineOf = (open: OpenCase, deadlineId: string | undefined): DeadlineState | undefined => (deadlineId ? open.deadlines[deadlineId] : undefined);

/** A submission is refused once the period set for it has ended (BBB-4.5.4); with no period set yet, any time is in time. */
const stillInTime = (deadline: DeadlineState | undefined): boolean => !deadline || deadline.status === 'pending';

/**
 * The decision-maker may always ask either or both Parties for more (BBB-4.5.1, VS-8.4a; with the answer's time limit
 * where the request sets it); deciding the mode of hearing is the Panelist's choice (BBB-4.5.2), where the rules hold
 * an oral hearing.
 */
function panelistChoices({ rules, proceedings }: Proceedings): NextAction[] {
  const { answer, timeLimitSetByRequest } = rules.information;
  const description = timeLimitSetByRequest ? `Ask either or both Parties for information, with the time limit for the answer (at most ${answer.count} business days)` : 'Ask either or both Parties for information';
  const actions: NextAction[] = [{ command: 'RequestPanelistInformation', by: 'panelist', rule: rules.information.rule, description, awaited: false }];
  // A hearing scheduled, or awaiting the outcome of an absence, blocks both choices; so does having decided on the written record.
  const hearingPending = Object.values(proceedings.hearings).some((hearing) => hearing.status === 'scheduled' || hearing.status === 'absence');
  if (!rules.oralHearing || proceedings.decidedWithoutOralHearing || hearingPending) return actions;
  const rule = rules.oralHearing.rule;
  return [
    ...actions,
    { command: 'DecideWithoutOralHearing', by: 'panelist', rule, description: 'Decide on the written record, without an oral hearing', awaited: false },
    { command: 'ScheduleOralHearing', by: 'panelist', rule, description: `Schedule an oral hearing, with written notice to all Parties ${rules.oralHearing.noticeBusinessDays} business days before it`, awaited: false },
  ];
}

/**
 * Documents sent whose receipt is not yet recorded, while their period still matters: the request while unanswered,
 * the default notice while the Party is in default, the forwarded answer at any time (the decider's guards).
 */
function deliveries(rules: PanelistProceedingsRules, requestId: string, request: InformationRequestState): NextAction[] {
  const stillRuns: Record<ProceedingsDocument, boolean> = { request: request.status === 'requested', answer: true, 'default-notice': request.status === 'defaulted' };
  return (Object.keys(stillRuns) as ProceedingsDocument[])
    // Only documents the rules send with a period after their receipt (an answer not forwarded starts none, VS-8.4a).
    .filter((document) => request.documents[document] && !request.documents[document]!.deliveredAt && stillRuns[document] && periodAfter(rules, request, document))
    .map((document): NextAction => {
      const recipient = document === 'answer' ? otherParty(request.party) : request.party;
      // The period after receipt cannot start without it; a forwarded answer already responded to starts nothing useful.
      const awaited = document !== 'answer' || !request.commentedAt;
      return { command: 'RecordProceedingsDelivery', by: 'administrator', rule: periodAfter(rules, request, document)!.rule, description: `Record when the ${document} reached the ${recipient}`, awaited, about: { requestId, document } };
    });
}

/** The answer, while the request or its default notice is open and its period, if set, has not ended (BBB-4.5.1, BBB-4.5.4). */
function answer(open: OpenCase, rules: PanelistProceedingsRules, requestId: string, request: InformationRequestState): NextAction[] {
  if (request.status !== 'requested' && request.status !== 'defaulted') return [];
  const deadline = deadlineOf(open, request.afterDefault ? request.documents['default-notice']?.deadlineId : request.documents.request?.deadlineId);
  if (!stillInTime(deadline)) return [];
  const description = `Record the ${request.party}'s answer to the Panelist's request${request.afterDefault ? ' after the default notice' : ''}`;
  return [{ command: 'SubmitPanelistInformationAnswer', by: 'administrator', rule: rules.information.rule, description, awaited: true, ...(deadline ? { deadlineId: deadline.deadlineId } : {}), about: { requestId } }];
}

/** The other Party's optional response to the forwarded answer, once, within its period after receipt (BBB-4.5.1, BBB-4.5.4). */
function comment(open: OpenCase, rules: PanelistProceedingsRules, requestId: string, request: InformationRequestState): NextAction[] {
  if (request.status !== 'answered' || request.commentedAt || !periodAfter(rules, request, 'answer')) return [];
  const deadline = deadlineOf(open, request.documents.answer?.deadlineId);
  if (!stillInTime(deadline)) return [];
  const party = otherParty(request.party);
  // Optional, but once the forwarded answer is received a period runs for it.
  return [{ command: 'CommentOnPanelistAnswer', by: 'administrator', rule: rules.information.rule, description: `Record the ${party}'s response to the forwarded answer`, awaited: deadline !== undefined, ...(deadline ? { deadlineId: deadline.deadlineId } : {}), about: { requestId } }];
}

function informationActions({ open, rules, proceedings }: Proceedings): NextAction[] {
  return Object.entries(proceedings.requests).flatMap(([requestId, request]) => [
    ...deliveries(rules, requestId, request),
    ...answer(open, rules, requestId, request),
    ...comment(open, rules, requestId, request),
  ]);
}

/**
 * One hearing's actions. Exclusion and absence need the hearing to have begun: that depends on when the command is
 * issued, not on the state, so they are listed for every hearing that may take place (BBB-4.5.2, BBB-4.5.3).
 */
function hearingActions(rules: Required<Pick<PanelistProceedingsRules, 'oralHearing' | 'absence'>>, hearingId: string, hearing: OralHearingState): NextAction[] {
  const about = { hearingId };
  const actions: NextAction[] = [];
  if (hearing.status === 'scheduled' || hearing.status === 'proceeded') {
    actions.push({ command: 'RecordProprietaryExclusion', by: 'panelist', rule: rules.oralHearing.rule, description: `Exclude a Party while the other's Proprietary Information is discussed (from ${hearing.hearingAt})`, awaited: false, about });
  }
  if (hearing.status === 'scheduled') {
    actions.push({ command: 'RecordOralHearingAbsence', by: 'panelist', rule: rules.absence.rule, description: `Record a Party absent from the hearing (from ${hearing.hearingAt})`, awaited: false, about });
  }
  if (hearing.status === 'absence' && !hearing.reasonReported) {
    actions.push({ command: 'ReportAbsenceReason', by: 'administrator', rule: rules.absence.rule, description: `Tell the Panelist any known reason for the ${hearing.absentParty}'s absence`, awaited: true, about });
  }
  if (hearing.status === 'absence' && hearing.reasonReported) {
    actions.push({ command: 'ResolveOralHearingAbsence', by: 'panelist', rule: rules.absence.rule, description: `Reschedule the hearing or proceed with the ${otherParty(hearing.absentParty!)}`, awaited: true, about });
  }
  return actions;
}

/**
 * VS-8.4(b): the administrator's investigative analysis, awaited until furnished (the Hearing Decision is taken on the
 * submissions it joins). Not offered while it is on record, nor under rules without it.
 */
function analysisActions({ rules, proceedings }: Proceedings): NextAction[] {
  const analysis = rules.investigativeAnalysis;
  if (!analysis || proceedings.investigativeAnalysis) return [];
  return [{ command: 'FurnishInvestigativeAnalysis', by: 'administrator', rule: analysis.rule, description: 'Furnish the investigative analysis of each essential fact in the submissions', awaited: true }];
}

/** The Panelist's proceedings (BBB-4.5.1 to BBB-4.5.3; VS-8.4(a), (b)): open once a Panelist is appointed, under a rulebook that has them. */
export const panelistProceedingsNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.panelistProceedings;
  // Closed cases accept none of these commands; neither does a case with no Panelist appointed.
  if (!rules || open.status !== 'open' || open.stage !== rules.stage || !open.panel?.panelistId) return [];
  const p: Proceedings = { open, rules, proceedings: open.panelistProceedings ?? initialPanelistProceedings };
  const challenged = pendingObjectionTo(open.panel, open.panel.panelistId) !== undefined;
  const panelistActs = new Set(['RequestPanelistInformation', 'DecideWithoutOralHearing', 'ScheduleOralHearing', 'ResolveOralHearingAbsence']);
  return [
    ...panelistChoices(p),
    ...informationActions(p),
    ...(rules.oralHearing && rules.absence ? Object.entries(p.proceedings.hearings).flatMap(([hearingId, hearing]) => hearingActions({ oralHearing: rules.oralHearing!, absence: rules.absence! }, hearingId, hearing)) : []),
    ...analysisActions(p),
  ].filter((action) => !challenged || !panelistActs.has(action.command));
};
