import type { DeadlineState } from '../../deadlines/deadline.state';
import type { ExchangeRules, ExchangeSlot, Silence } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notedForReport } from '../effects/noted-for-report';
import { notice } from '../effects/notices';
import { exchangesOf, silenceOfPeriod } from './exchange-slots';

/** What the slot's silence means, as its rulebook declares it (see `Silence`). */
function silenceFollows(state: OpenCase, rules: ExchangeRules, slot: ExchangeSlot, silence: Silence, lapsed: DeadlineState, at: string): CaseEvent[] {
  switch (silence.then) {
    case 'close':
      return [notice(state, silence.notice, slot.by, at), ...closeCase(state, silence.closure, at, lapsed.deadlineId)];
    case 'default-notice':
      return [
        { type: 'DefaultNoticeIssued', data: { caseId: state.caseId, stage: silence.stage, rule: silence.notice.rule, recipient: slot.by, lapsedDeadlineId: lapsed.deadlineId, sentAt: at } },
        notice(state, silence.notice, slot.by, at),
      ];
    case 'refer':
      return [
        { type: 'RespondentDefaultNoted', data: { caseId: state.caseId, rule: lapsed.rule, report: 'next-procedure-report', deadlineId: lapsed.deadlineId, notedAt: at } },
        ...notedForReport(state, silence.noted, at, lapsed.deadlineId),
        {
          type: 'ReferralDecisionRequired',
          data: { caseId: state.caseId, rule: silence.referralRule, reason: silence.reason, deadlineId: lapsed.deadlineId, deadlineRule: lapsed.rule, stage: rules.referralStage, requiredAt: at },
        },
      ];
    case 'end':
      return [{ type: 'HearingRecordSentToPanelist', data: { caseId: state.caseId, stage: rules.endStage, rule: lapsed.rule, reason: silence.reason, sentAt: at } }];
  }
}

/**
 * A slot's period lapsed with nothing filed (BBB-4.4 to 4.4.3): the consequence is the silence its rulebook declares
 * for that period, in the exchange that declares it.
 */
export function exchangeLapse(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  for (const rules of exchangesOf(rulebookOf(state))) {
    const found = silenceOfPeriod(rules, lapsed.kind);
    if (found) return silenceFollows(state, rules, found.slot, found.silence, lapsed, at);
  }
  return [];
}
