import type { DeadlineRule } from '../../deadlines/deadline-rule';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { CaseEvent } from '../case.events';
import { rulebookOf } from '../case-guards';
import { notice } from '../effects/notices';
import type { CureResumer } from '../referral/cure';
import { recordFiling } from './exchange-facts';
import { defaultNoticeOf, exchangesOf, followerOf } from './exchange-slots';

/** The further periods of default notices whose silence is a referral question: the periods a cure can answer. */
export function defaultPeriods(rulebook: Rulebook): readonly DeadlineRule[] {
  return exchangesOf(rulebook).flatMap((rules) => rules.slots.flatMap((slot) => {
    const afterDefault = defaultNoticeOf(slot);
    return afterDefault?.silence.then === 'refer' ? [afterDefault.period] : [];
  }));
}

/**
 * BBB-8.8 cure of BBB-4.4.1: the cure of a default is the filing itself, late but within the cure period. It is
 * recorded and forwarded as the slot's filing would have been, and the next period runs once its receipt is recorded.
 */
export const defaultCured: CureResumer = (open, lapsed, cure) => {
  for (const rules of exchangesOf(rulebookOf(open))) {
    const slot = rules.slots.find((candidate) => defaultNoticeOf(candidate)?.period.kind === lapsed.kind);
    if (!slot) continue;
    const stage = followerOf(rules, slot)?.stage ?? rules.endStage;
    const filed = recordFiling({ caseId: open.caseId, slot, stage, rule: lapsed.rule, receivedAt: cure.receivedAt, summary: cure.actionTaken, fromComplaint: false, afterDefault: true });
    const forwarded: CaseEvent[] = slot.forward ? [notice(open, slot.forward.notice, slot.forward.to, cure.at)] : [];
    return { stage, events: [filed, ...forwarded] };
  }
  return undefined;
};
