import type { DeadlineRule } from '../../deadlines/deadline-rule';
import type { ExchangeSlot } from '../../rulebooks/exchange-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import { notice } from '../effects/notices';
import type { CureResumer } from '../referral/cure';
import { recordFiling } from './exchange-facts';
import { defaultNoticeOf, exchangesOf, followerOf } from './exchange-slots';

/** The periods whose silence is a referral question, with their slot: the slot's own (VS-7.2) or its default notice's (BBB-4.4.1). */
function referredPeriods(rulebook: Rulebook): readonly { slot: ExchangeSlot; period: DeadlineRule; afterDefault: boolean }[] {
  return exchangesOf(rulebook).flatMap((rules) =>
    rules.slots.flatMap((slot) => {
      const own = slot.silence.then === 'refer' ? [{ slot, period: slot.period, afterDefault: false }] : [];
      const afterDefault = defaultNoticeOf(slot);
      const defaulted = afterDefault?.silence.then === 'refer' ? [{ slot, period: afterDefault.period, afterDefault: true }] : [];
      return [...own, ...defaulted];
    }),
  );
}

/** The periods a cure within a referral's cure period can answer: those whose silence raised the referral question. */
export function curablePeriods(rulebook: Rulebook): readonly DeadlineRule[] {
  return referredPeriods(rulebook).map(({ period }) => period);
}

/**
 * BBB-8.8 cure of BBB-4.4.1, VS-13.2 cure of VS-7.2: the cure of a default is the filing itself, late but within the
 * cure period. It is recorded and forwarded as the slot's filing would have been, and the next period runs from its
 * receipt (on transmission under VS-3.3).
 */
export const curedByLateFiling: CureResumer = (open, lapsed, cure) => {
  const rulebook = rulebookOf(open);
  const found = referredPeriods(rulebook).find(({ period }) => period.kind === lapsed.kind);
  const rules = found && exchangesOf(rulebook).find((candidate) => candidate.slots.includes(found.slot));
  if (!found || !rules) return undefined;
  const { slot, afterDefault } = found;
  const stage = followerOf(rules, slot)?.stage ?? rules.endStage;
  const filed = recordFiling({ caseId: open.caseId, slot, stage, rule: lapsed.rule, receivedAt: cure.receivedAt, summary: cure.actionTaken, fromComplaint: false, afterDefault });
  const forwarded: CaseEvent[] = slot.forward ? [notice(open, slot.forward.notice, slot.forward.to, cure.at)] : [];
  return { stage, events: [filed, ...forwarded] };
};
