import type { NoticeRule } from '../../deadlines/deadline-rule';
import type { NoticeSent } from '../case.events';
import type { OpenCase, SentNotice } from '../case.state';

// A leaf: commands and lapses alike notify the Parties, so this imports no decider and no lapse or cure registry (issue 10).

/**
 * A written notice from the administrator to a Party (electronic correspondence, BBB-8.7, VS-3.3), numbered after those
 * already sent and `earlier` in the same decision.
 */
export function notice(open: OpenCase, rule: NoticeRule, recipient: SentNotice['recipient'], at: string, earlier = 0): NoticeSent {
  return {
    type: 'NoticeSent',
    data: { caseId: open.caseId, noticeId: `notice-${open.noticesSent + earlier + 1}`, kind: rule.kind, rule: rule.rule, recipient, channel: 'email', sentAt: at },
  };
}

/** A notice to the Complainant, to the address on the complaint. */
export function noticeToComplainant(state: OpenCase, rule: NoticeRule, at: string): NoticeSent {
  return notice(state, rule, 'complainant', at);
}
