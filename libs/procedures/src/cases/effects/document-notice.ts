import { RuleViolation } from '@pdr/event-sourcing';
import type { NoticeDelivered } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase, SentNotice } from '../case.state';

// A leaf: every part that records a document's receipt (the written hearing, the Decision, the Panelist's proceedings,
// the referral) and the notice route share it, so it imports no decider (issue 10).

/** How a document travelled: as the notice of this kind to this recipient (rulebook data). */
export interface SendingNotice {
  readonly kind: string;
  readonly recipient: SentNotice['recipient'];
  /**
   * How many notices the case had sent before the document: its notice is the first of its kind to its recipient after
   * them (a part that sends several such documents). Without it, the latest such notice (a document sent once, or
   * replaced by the one sent after it).
   */
  readonly after?: number;
}

/** The id of the notice that sent the document, if one was sent (a case decided before it was sent as a notice has none). */
export function noticeThatSent(open: OpenCase, sending: SendingNotice): string | undefined {
  const sent = Object.entries(open.notices).map(([noticeId, notice], index) => ({ noticeId, notice, index }));
  const matching = sent.filter(({ notice }) => notice.kind === sending.kind && notice.recipient === sending.recipient);
  const found = sending.after === undefined ? matching.at(-1) : matching.find(({ index }) => index >= sending.after!);
  return found?.noticeId;
}

/**
 * BBB-8.7: a document's receipt is the delivery of the notice that sent it. A receipt before that notice was sent is
 * refused (422, deliveredAt, the rulebook's transmittal rule). Returns the notice's delivery to record with the
 * document's, unless it is already on record (recorded through the notice first) or sending is receiving under the
 * rulebook (VS-3.3).
 */
export function deliveryOfNoticeThatSent(open: OpenCase, sending: SendingNotice, deliveredAt: string): NoticeDelivered[] {
  const noticeId = noticeThatSent(open, sending);
  const notice = noticeId ? open.notices[noticeId] : undefined;
  if (!noticeId || !notice) return [];
  const { transmittal } = rulebookOf(open);
  if (Date.parse(deliveredAt) < Date.parse(notice.sentAt)) {
    throw new RuleViolation('unprocessable', transmittal.rule, `deliveredAt ${deliveredAt} is before the ${notice.kind} notice was sent (${notice.sentAt})`, 'deliveredAt');
  }
  if (notice.deliveredAt || transmittal.receipt !== 'recorded') return [];
  return [{ type: 'NoticeDelivered', data: { caseId: open.caseId, noticeId, kind: notice.kind, recipient: notice.recipient, rule: transmittal.rule, deliveredAt } }];
}
