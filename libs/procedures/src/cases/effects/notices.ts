import type { NoticeRule } from '../../deadlines/deadline-rule';
import type { NoticeSent } from '../case.events';
import type { OpenCase } from '../case.state';

// A leaf: commands and lapses alike notify the Complainant, so this imports no decider and no lapse or cure registry (issue 10).

/** A notice to the Complainant: electronic correspondence to the address on the complaint (BBB-8.7, VS-3.3). */
export function noticeToComplainant(state: OpenCase, notice: NoticeRule, at: string): NoticeSent {
  return {
    type: 'NoticeSent',
    data: { caseId: state.caseId, noticeId: `notice-${state.noticesSent + 1}`, kind: notice.kind, rule: notice.rule, recipient: 'complainant', channel: 'email', sentAt: at },
  };
}
