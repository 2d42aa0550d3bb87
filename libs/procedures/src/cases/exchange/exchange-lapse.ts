import type { DeadlineState } from '../../deadlines/deadline.state';
import type { ExchangeParty, ExchangeRules, Silence } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { closeCase } from '../effects/close-case';
import { notedForReport } from '../effects/noted-for-report';
import { notice } from '../effects/notices';
import { exchangeEnded } from './exchange-facts';
import { exchangesOf, silenceOfPeriod } from './exchange-slots';

/**
 * What follows a silence (a period lapsed), a waiver or an outcome, as its rulebook declares it (see `Silence`): `by` is the
 * Party whose filing or attendance was awaited; `rules` the exchange whose stages it leads to.
 */
export function silenceFollows(state: OpenCase, rules: ExchangeRules, by: ExchangeParty, silence: Silence, cause: { rule: string; deadlineId?: string }, at: string): CaseEvent[] {
  switch (silence.then) {
    case 'close': {
      const told = (silence.recipients ?? [by]).map((recipient, index) => notice(state, silence.notice, recipient, at, index));
      return [...told, ...closeCase(state, silence.closure, at, cause.deadlineId)];
    }
    case 'default-notice':
      return [
        { type: 'DefaultNoticeIssued', data: { caseId: state.caseId, stage: silence.stage, rule: silence.notice.rule, recipient: by, lapsedDeadlineId: cause.deadlineId ?? '', sentAt: at } },
        notice(state, silence.notice, by, at),
      ];
    case 'refer':
      return [
        { type: 'RespondentDefaultNoted', data: { caseId: state.caseId, rule: cause.rule, report: 'next-procedure-report', deadlineId: cause.deadlineId ?? '', notedAt: at } },
        ...notedForReport(state, silence.noted, at, cause.deadlineId),
        {
          type: 'ReferralDecisionRequired',
          data: { caseId: state.caseId, rule: silence.referralRule, reason: silence.reason, deadlineId: cause.deadlineId ?? '', deadlineRule: cause.rule, stage: rules.referralStage, requiredAt: at },
        },
      ];
    case 'end':
      return [exchangeEnded(rules, state.caseId, cause.rule, silence.reason, at)];
  }
}

/**
 * A slot's period lapsed with nothing filed (BBB-4.4 to 4.4.3, VS-7.2, VS-7.3(c)): the consequence is the silence its
 * rulebook declares for that period, in the exchange that declares it.
 */
export function exchangeLapse(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  for (const rules of exchangesOf(rulebookOf(state))) {
    const found = silenceOfPeriod(rules, lapsed.kind);
    if (found) return silenceFollows(state, rules, found.slot.by, found.silence, { rule: lapsed.rule, deadlineId: lapsed.deadlineId }, at);
  }
  return [];
}
