import { RuleViolation } from '@pdr/event-sourcing';
import type { DeadlineRule } from '../../../deadlines/deadline-rule';
import type { HearingRules } from '../../../rulebooks/hearing-rules';
import type { CaseEvent } from '../../case.events';
import { rulebookOf } from '../../case-guards';
import type { CaseState, OpenCase } from '../../case.state';
import { deliveryOfNoticeThatSent, noticeThatSent, type SendingNotice } from '../../effects/document-notice';
import type { RecordHearingDelivery } from '../hearing.commands';
import type { HearingDocument, HearingParty } from '../hearing.events';
import { requireHearingRules, setDeadline } from './hearing-support';

/** Which period the receipt of each forwarded document starts, who receives it, and in which stage it counts. */
export function periodAfterReceipt(rules: HearingRules, document: HearingDocument): { deadline: DeadlineRule; recipient: HearingParty; stage: string } {
  switch (document) {
    case 'position':
      return { deadline: rules.rebuttal.deadline, recipient: 'respondent', stage: rules.stages.rebuttal };
    case 'default-notice':
      return { deadline: rules.default.deadline, recipient: 'respondent', stage: rules.stages.default };
    case 'rebuttal':
      return { deadline: rules.reply.deadline, recipient: 'complainant', stage: rules.stages.reply };
    case 'reply':
      return { deadline: rules.response.deadline, recipient: 'respondent', stage: rules.stages.response };
  }
}

/** The notice that sends each document to its recipient (rulebook data): the forwarding notice, or the default notice itself (the latest of its kind to them). */
function sendingNotice(rules: HearingRules, document: HearingDocument): SendingNotice {
  const { recipient } = periodAfterReceipt(rules, document);
  switch (document) {
    case 'position':
      return { kind: rules.position.forward.kind, recipient };
    case 'default-notice':
      return { kind: rules.default.notice.kind, recipient };
    case 'rebuttal':
      return { kind: rules.rebuttal.forward.kind, recipient };
    case 'reply':
      return { kind: rules.reply.forward.kind, recipient };
  }
}

const DOCUMENTS: readonly HearingDocument[] = ['position', 'default-notice', 'rebuttal', 'reply'];

/** The id of the notice that sent the document to its recipient, if one was sent. */
function noticeOfDocument(open: OpenCase, rules: HearingRules, document: HearingDocument): string | undefined {
  return noticeThatSent(open, sendingNotice(rules, document));
}

/** The written-phase document a notice sent, if it sent one the case holds. */
function documentOfNotice(open: OpenCase, rules: HearingRules, noticeId: string): HearingDocument | undefined {
  return DOCUMENTS.find((document) => open.hearing?.documents[document] && noticeOfDocument(open, rules, document) === noticeId);
}

/** The document a notice sent whose receipt the hearing still awaits (its period after receipt not yet running): recording the notice's delivery records it. */
export function hearingDocumentAwaitedBy(open: OpenCase, noticeId: string): HearingDocument | undefined {
  const rules = open.status === 'open' ? rulebookOf(open).hearing : undefined;
  const document = rules ? documentOfNotice(open, rules, noticeId) : undefined;
  if (!rules || !document || open.hearing?.documents[document]?.deliveredAt || open.stage !== periodAfterReceipt(rules, document).stage) return undefined;
  return document;
}

/**
 * The forwarded document reached the other Party (BBB-8.7: by courier delivery can come days after sending). The
 * next period runs "after receipt" (BBB-4.4, 4.4.1, 4.4.2, 4.4.3), so it is set from the recorded delivery time.
 * The document travelled as a notice: that notice is delivered with it, once (its delivery may already be on record),
 * and the document cannot have arrived before that notice was sent (BBB-8.7).
 */
export function recordHearingDelivery(command: RecordHearingDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  const { deadline, recipient, stage } = periodAfterReceipt(rules, command.document);
  const sent = open.hearing?.documents[command.document];
  if (!sent) throw new RuleViolation('conflict', deadline.rule, `no ${command.document} has been sent on this case`, 'document');
  if (sent.deliveredAt) throw new RuleViolation('conflict', deadline.rule, `the ${command.document} was already delivered at ${sent.deliveredAt}`, 'document');
  if (open.stage !== stage) throw new RuleViolation('conflict', deadline.rule, `the case has moved on to ${open.stage}: the period after receipt of the ${command.document} no longer applies`, 'document');
  if (Date.parse(command.deliveredAt) > Date.parse(command.issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `deliveredAt ${command.deliveredAt} is later than now (${command.issuedAt})`, 'deliveredAt');
  }
  const noticeDelivered = deliveryOfNoticeThatSent(open, sendingNotice(rules, command.document), command.deliveredAt);
  if (Date.parse(command.deliveredAt) < Date.parse(sent.receivedAt)) {
    throw new RuleViolation('unprocessable', deadline.rule, `deliveredAt ${command.deliveredAt} is before the ${command.document} existed (${sent.receivedAt})`, 'deliveredAt');
  }
  return [
    { type: 'HearingDocumentDelivered', data: { caseId: command.caseId, document: command.document, recipient, rule: deadline.rule, deliveredAt: command.deliveredAt } },
    setDeadline(open, command.calendar, deadline, { event: 'HearingDocumentDelivered', at: command.deliveredAt }),
    ...noticeDelivered,
  ];
}
