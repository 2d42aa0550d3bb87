import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../../../deadlines/compute-due';
import type { DeadlineCancelled, DeadlineSet } from '../../../deadlines/deadline.events';
import { type DeadlineState, nextDeadlineId, pendingDeadlines } from '../../../deadlines/deadline.state';
import { periodHasEnded } from '../../../deadlines/period-end';
import { assertReceivedNotInFuture } from '../../../shared/instants';
import type { CaseEvent } from '../../case.events';
import { rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import type { CommentOnPanelistAnswer, RecordProceedingsDelivery, RequestPanelistInformation, SubmitPanelistInformationAnswer } from '../panelist-proceedings.commands';
import type { ProceedingsDocument, ProceedingsParty } from '../panelist-proceedings.events';
import type { PanelistProceedingsRules } from '../../../rulebooks/panelist-proceedings-rules';
import type { InformationRequestState } from '../panelist-proceedings.state';
import { requireNoObjectionPending } from '../../panel/objection-pending';
import { deliveryOfNoticeThatSent, noticeThatSent, type SendingNotice } from '../../effects/document-notice';
import { decisionMakerOf, notice, otherParty, periodAfter, type Proceedings, requireProceedings, requireText, rulesOf } from './support';

const PARTIES: readonly ProceedingsParty[] = ['complainant', 'respondent'];

/**
 * The answer's time limit a request sets, where the rules let it (VS-8.4a: "the specified time limits"): a whole number
 * of business days from 1 to the rules' most. Where the rules fix the period (BBB-4.5.1), a request sets none.
 */
function requestedTimeLimit(rules: PanelistProceedingsRules, given: number | undefined): number | undefined {
  const { rule, answer, timeLimitSetByRequest } = rules.information;
  const field = 'timeLimitBusinessDays';
  if (!timeLimitSetByRequest) {
    if (given !== undefined) throw new RuleViolation('unprocessable', rule, `the answer is due ${answer.count} ${answer.unit} after receipt of the request: a request sets no time limit of its own`, field);
    return undefined;
  }
  if (answer.unit !== 'business-days') throw new Error(`a request sets its time limit in business days, but the ${answer.kind} period counts ${answer.unit}`);
  if (given === undefined || given === null) throw new RuleViolation('unprocessable', rule, 'the request specifies the time limit for the answer, in business days', field);
  if (typeof given !== 'number' || !Number.isInteger(given) || given < 1 || given > answer.count) {
    throw new RuleViolation('unprocessable', rule, `the time limit is a whole number of business days from 1 to ${answer.count}`, field);
  }
  return given;
}

/**
 * BBB-4.5.1, VS-8.4(a): the decision-maker asks either or both Parties; each request is sent to its Party, with the
 * answer's time limit where the request sets it. Not while an objection to them is pending (BBB-4.2.1).
 */
export function requestPanelistInformation(command: RequestPanelistInformation, state: CaseState): CaseEvent[] {
  const { open, rules, proceedings } = requireProceedings(state, command.caseId, command.panelistId);
  requireNoObjectionPending(open, 'asking the Parties for information');
  const rule = rules.information.rule;
  const parties = [...new Set(command.parties)];
  if (parties.length === 0 || parties.some((p) => !PARTIES.includes(p))) throw new RuleViolation('unprocessable', rule, 'ask either or both Parties (complainant, respondent)', 'parties');
  requireText(command.question, rule, 'question');
  const timeLimit = requestedTimeLimit(rules, command.timeLimitBusinessDays);
  const first = Object.keys(proceedings.requests).length;
  return parties.flatMap((party, i): CaseEvent[] => [
    {
      type: 'PanelistInformationRequested',
      data: {
        caseId: open.caseId, requestId: `panelist-request-${first + i + 1}`, panelistId: command.panelistId, party, question: command.question, rule, requestedAt: command.issuedAt,
        ...(timeLimit !== undefined ? { timeLimitBusinessDays: timeLimit } : {}),
      },
    },
    notice(open, rules.information.request.kind, rule, party, command.issuedAt, i),
  ]);
}

function requireRequest(p: Proceedings, requestId: string): InformationRequestState {
  const request = p.proceedings.requests[requestId];
  if (!request) throw new RuleViolation('not-found', p.rules.information.rule, `no information request ${requestId} on this case`, 'requestId');
  return request;
}

/** The deadline of this kind running for this request (the latest whose basis is this request's document). */
function deadlineFor(open: OpenCase, deadlineId: string | undefined): DeadlineState | undefined {
  return deadlineId ? open.deadlines[deadlineId] : undefined;
}

/** Who receives each document: the request and its default notice go to the Party asked, the answer to the other Party. */
function recipientOf(request: InformationRequestState, document: ProceedingsDocument): ProceedingsParty {
  return document === 'answer' ? otherParty(request.party) : request.party;
}

/** The notice that sent the document (rulebook data): the first of its kind to its recipient after the document. None for a document the rules do not send (an answer not forwarded, VS-8.4a). */
function sendingNotice(rules: PanelistProceedingsRules, request: InformationRequestState, document: ProceedingsDocument): SendingNotice | undefined {
  const sent = request.documents[document];
  if (!sent || !periodAfter(rules, request, document)) return undefined;
  const sending = document === 'request' ? rules.information.request : document === 'answer' ? rules.information.forward : rules.information.defaultNotice;
  return sending ? { kind: sending.kind, recipient: recipientOf(request, document), after: sent.noticesBefore } : undefined;
}

/** Whether the period after receipt of the document still applies: the request unanswered, the default notice not yet past; a forwarded answer always. */
function periodStillRuns(request: InformationRequestState, document: ProceedingsDocument): boolean {
  return document === 'request' ? request.status === 'requested' : document === 'default-notice' ? request.status === 'defaulted' : true;
}

const DOCUMENTS: readonly ProceedingsDocument[] = ['request', 'answer', 'default-notice'];

/**
 * The request, forwarded answer or default notice a notice sent whose receipt the Panelist's proceedings still await
 * (the Panelist appointed, its period after receipt not yet running): recording the notice's delivery records it.
 */
export function proceedingsDocumentAwaitedBy(open: OpenCase, noticeId: string): { readonly requestId: string; readonly document: ProceedingsDocument } | undefined {
  const rules = rulesOf(open);
  if (open.status !== 'open' || !rules || open.stage !== rules.stage || !open.panel?.panelistId) return undefined;
  for (const [requestId, request] of Object.entries(open.panelistProceedings?.requests ?? {})) {
    const document = DOCUMENTS.find((candidate) => {
      const sending = sendingNotice(rules, request, candidate);
      return sending && !request.documents[candidate]?.deliveredAt && periodStillRuns(request, candidate) && noticeThatSent(open, sending) === noticeId;
    });
    if (document) return { requestId, document };
  }
  return undefined;
}

/**
 * The request, forwarded answer or default notice reached its recipient: the period after receipt is set (BBB-4.5.1, BBB-8.7).
 * The document travelled as a notice: that notice is delivered with it, once, and not before it was sent (BBB-8.7).
 */
export function recordProceedingsDelivery(command: RecordProceedingsDelivery, state: CaseState): CaseEvent[] {
  const p = requireProceedings(state, command.caseId);
  const { open, rules } = p;
  const request = requireRequest(p, command.requestId);
  const period = periodAfter(rules, request, command.document);
  if (!period) throw new RuleViolation('conflict', rules.information.rule, `these proceedings send no ${command.document} whose receipt starts a period`, 'document');
  const doc = request.documents[command.document];
  if (!doc) throw new RuleViolation('conflict', period.rule, `no ${command.document} has been sent for ${command.requestId}`, 'document');
  if (doc.deliveredAt) throw new RuleViolation('conflict', period.rule, `the ${command.document} was already delivered at ${doc.deliveredAt}`, 'document');
  if (!periodStillRuns(request, command.document)) throw new RuleViolation('conflict', period.rule, `${command.requestId} has moved on (${request.status}): the period after receipt of the ${command.document} no longer applies`, 'document');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  const sending = sendingNotice(rules, request, command.document);
  const noticeDelivered = sending ? deliveryOfNoticeThatSent(open, sending, command.deliveredAt) : [];
  if (Date.parse(command.deliveredAt) < Date.parse(doc.sentAt)) throw new RuleViolation('unprocessable', period.rule, `deliveredAt ${command.deliveredAt} is before the ${command.document} was sent (${doc.sentAt})`, 'deliveredAt');
  if (command.calendar.id !== rulebookOf(open).calendarId) throw new Error(`${open.rulebook.id} counts in calendar ${rulebookOf(open).calendarId}, not ${command.calendar.id}`);
  const recipient = recipientOf(request, command.document);
  const deadlineId = nextDeadlineId(open.deadlines, period.kind);
  const set: DeadlineSet = {
    type: 'DeadlineSet',
    data: {
      caseId: open.caseId, deadlineId, kind: period.kind, rule: period.rule,
      basis: { event: 'ProceedingsDocumentDelivered', at: command.deliveredAt }, calendarId: command.calendar.id, count: period.count, unit: period.unit,
      ...computeDue(command.calendar, command.deliveredAt, period),
    },
  };
  return [{ type: 'ProceedingsDocumentDelivered', data: { caseId: open.caseId, requestId: command.requestId, document: command.document, recipient, rule: period.rule, deliveredAt: command.deliveredAt, deadlineId } }, set, ...noticeDelivered];
}

/** A submission against its running period: after the period ended it is refused (BBB-4.5.4, VS-8.4a) unless extended first. */
function meet(open: OpenCase, rules: PanelistProceedingsRules, deadline: DeadlineState | undefined, receivedAt: string, issuedAt: string): CaseEvent[] {
  assertReceivedNotInFuture(receivedAt, issuedAt);
  if (!deadline) return [];
  if (deadline.status !== 'pending' || periodHasEnded(deadline.dueAt, receivedAt)) {
    throw new RuleViolation('conflict', rules.lateRule, `received after its time limit (${deadline.rule}, due ${deadline.dueAt}): not given to the ${decisionMakerOf(open)} unless the period is extended for good cause first`, 'receivedAt');
  }
  return [{ type: 'DeadlineMet', data: { caseId: open.caseId, deadlineId: deadline.deadlineId, metAt: receivedAt } }];
}

/** BBB-4.5.1: the answer, in time or within the default notice's period; forwarded at once to the other Party. */
export function submitPanelistInformationAnswer(command: SubmitPanelistInformationAnswer, state: CaseState): CaseEvent[] {
  const p = requireProceedings(state, command.caseId);
  const { open, rules } = p;
  const request = requireRequest(p, command.requestId);
  const rule = rules.information.rule;
  if (request.status === 'answered') throw new RuleViolation('conflict', rule, `${command.requestId} was already answered`, 'requestId');
  if (request.status === 'proceeded-without-answer') throw new RuleViolation('conflict', rules.lateRule, `${command.requestId}: its time limit has passed and the ${decisionMakerOf(open)} proceeded without the answer`, 'requestId');
  requireText(command.summary, rule, 'summary');
  const deadline = request.afterDefault
    ? deadlineFor(open, request.documents['default-notice']?.deadlineId)
    : deadlineFor(open, request.documents.request?.deadlineId);
  const met = meet(open, rules, deadline, command.receivedAt, command.issuedAt);
  // Forwarded where the other Party may respond to it (BBB-4.5.1); otherwise it goes to the decision-maker only (VS-8.4a).
  const forward = periodAfter(rules, request, 'answer') ? rules.information.forward : undefined;
  return [
    { type: 'PanelistInformationAnswered', data: { caseId: open.caseId, requestId: command.requestId, party: request.party, rule, receivedAt: command.receivedAt, summary: command.summary, afterDefault: request.afterDefault } },
    ...met,
    ...(forward ? [notice(open, forward.kind, rule, otherParty(request.party), command.issuedAt)] : []),
  ];
}

/** BBB-4.5.1: the other Party's response to the forwarded answer, within its period after receipt. */
export function commentOnPanelistAnswer(command: CommentOnPanelistAnswer, state: CaseState): CaseEvent[] {
  const p = requireProceedings(state, command.caseId);
  const { open, rules } = p;
  const request = requireRequest(p, command.requestId);
  const rule = rules.information.rule;
  if (!periodAfter(rules, request, 'answer')) throw new RuleViolation('conflict', rule, `under ${open.rulebook.id} the other Party is not sent the answer to respond to`, 'requestId');
  if (request.status !== 'answered') throw new RuleViolation('conflict', rule, `${command.requestId} has no answer to respond to`, 'requestId');
  if (request.commentedAt) throw new RuleViolation('conflict', rule, `the response on ${command.requestId} was already received`, 'requestId');
  requireText(command.summary, rule, 'summary');
  const met = meet(open, rules, deadlineFor(open, request.documents.answer?.deadlineId), command.receivedAt, command.issuedAt);
  return [{ type: 'PanelistAnswerCommented', data: { caseId: open.caseId, requestId: command.requestId, party: otherParty(request.party), rule, receivedAt: command.receivedAt, summary: command.summary } }, ...met];
}

/**
 * The Panelist's proceedings end when the case leaves the Panelist's stage (the Decision issued): the periods still
 * running for an answer, a response to a forwarded answer or after a default notice (BBB-4.5.1) are cancelled, the
 * reason saying why (`because`). Nothing under a rulebook without these proceedings.
 */
export function cancelProceedingsPeriods(open: OpenCase, because: string): DeadlineCancelled[] {
  const rules = rulesOf(open);
  if (!rules) return [];
  const { answer, comment, afterDefault } = rules.information;
  const kinds = [answer.kind, comment?.kind, afterDefault?.kind].filter((kind): kind is string => kind !== undefined);
  const reason = `${because}: the Panelist's proceedings (${rules.information.rule}) have ended`;
  return pendingDeadlines(open.deadlines)
    .filter((deadline) => kinds.includes(deadline.kind))
    .map((deadline) => ({ type: 'DeadlineCancelled', data: { caseId: open.caseId, deadlineId: deadline.deadlineId, reason } }));
}

/**
 * Lapses (BBB-4.5.1): no answer → a default notice; still none → the Panelist proceeds and weighs the silence; no
 * response → nothing. Rules without a default notice (VS-8.4a): no answer → the officer proceeds at once on the other
 * submissions; nothing is sent and nothing closes. Once the case has left the Panelist's stage (a Decision issued, or the Panelist set aside with no
 * replacement) no Panelist acts on the request, so a lapse has no consequence beyond itself.
 */
export function panelistProceedingsLapse(open: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rules = rulesOf(open);
  if (!rules || open.stage !== rules.stage) return [];
  const entry = Object.entries(open.panelistProceedings?.requests ?? {}).find(([, r]) =>
    r.documents.request?.deadlineId === lapsed.deadlineId || r.documents['default-notice']?.deadlineId === lapsed.deadlineId,
  );
  if (!entry) return [];
  const [requestId, request] = entry;
  const { rule, answer, afterDefault, defaultNotice } = rules.information;
  const proceeds: CaseEvent = { type: 'PanelistProceedsWithoutAnswer', data: { caseId: open.caseId, requestId, party: request.party, rule, deadlineId: lapsed.deadlineId, silenceWeighed: rules.information.silenceWeighed ?? true, at } };
  if (lapsed.kind === answer.kind && request.status === 'requested') {
    // No default notice in the rules (VS-8.4a): the decision-maker proceeds at once on the other submissions.
    if (!defaultNotice || !afterDefault) return [proceeds];
    return [
      { type: 'PanelistDefaultNoticeIssued', data: { caseId: open.caseId, requestId, party: request.party, rule, lapsedDeadlineId: lapsed.deadlineId, sentAt: at } },
      notice(open, defaultNotice.kind, rule, request.party, at),
    ];
  }
  if (afterDefault && lapsed.kind === afterDefault.kind && request.status === 'defaulted') return [proceeds];
  return [];
}
