import type { DeadlineRule, NoticeRule } from '../../deadlines/deadline-rule';
import type { ExchangeFact, ExchangeParty, ExchangeRules, ExchangeSlot, Silence } from '../../rulebooks/exchange-rules';
import type { Rulebook } from '../../rulebooks/rulebook';

/** Every exchange a rulebook composes: a mediation's (VS-7), a hearing's written phase (BBB-4.4, VS-8.2), an appeal's (VS-9.2). */
export function exchangesOf(rulebook: Rulebook): readonly ExchangeRules[] {
  return [rulebook.mediation?.exchange, rulebook.hearing?.exchange, rulebook.appellateHearing?.exchange].filter((rules): rules is ExchangeRules => rules !== undefined);
}

/** The slot of this id in any of the rulebook's exchanges, with its exchange (slot ids are unique across a rulebook). */
export function findSlot(rulebook: Rulebook, id: string): { rules: ExchangeRules; slot: ExchangeSlot } | undefined {
  for (const rules of exchangesOf(rulebook)) {
    const slot = slotById(rules, id);
    if (slot) return { rules, slot };
  }
  return undefined;
}

export function slotById(rules: ExchangeRules, id: string): ExchangeSlot | undefined {
  return rules.slots.find((slot) => slot.id === id);
}

/** The slot a recorded filing belongs to: by the slot it names, or by the fact its rulebook records the slot as. */
export function slotOfFact(rules: ExchangeRules, fact: ExchangeFact, slotId?: string): ExchangeSlot | undefined {
  return slotId !== undefined ? slotById(rules, slotId) : rules.slots.find((slot) => slot.recordedAs === fact);
}

/** The slots the opening of the exchange asks for. */
export function openingSlots(rules: ExchangeRules): readonly ExchangeSlot[] {
  return rules.slots.filter((slot) => 'opening' in slot.startsOn);
}

/** The slot whose period runs from receipt of this one's filing, if any. */
export function followerOf(rules: ExchangeRules, slot: ExchangeSlot): ExchangeSlot | undefined {
  return rules.slots.find((candidate) => 'receiptOf' in candidate.startsOn && candidate.startsOn.receiptOf === slot.id);
}

/** A default notice: a slot's silence that gives its filer a further period. */
export type DefaultNotice = Extract<Silence, { then: 'default-notice' }>;

export function defaultNoticeOf(slot: ExchangeSlot): DefaultNotice | undefined {
  return slot.silence.then === 'default-notice' ? slot.silence : undefined;
}

/** The slot a stage awaits, the period it is filed against, and whether that is the further period of a default notice. */
export interface AwaitedFiling {
  readonly slot: ExchangeSlot;
  readonly period: DeadlineRule;
  readonly afterDefault: boolean;
}

export function awaitedIn(rules: ExchangeRules, stage: string): AwaitedFiling | undefined {
  for (const slot of rules.slots) {
    if (slot.stage === stage) return { slot, period: slot.period, afterDefault: false };
    const afterDefault = defaultNoticeOf(slot);
    if (afterDefault?.stage === stage) return { slot, period: afterDefault.period, afterDefault: true };
  }
  return undefined;
}

/**
 * A document the exchange sends whose receipt starts a period: a forwarded filing (its follower's period) or a default
 * notice (its further period). Its id is the slot's, or the default notice's `document`.
 */
export interface ReceiptDocument {
  readonly id: string;
  readonly recipient: ExchangeParty;
  readonly notice: NoticeRule;
  readonly period: DeadlineRule;
  /** The stage in which the period after receipt applies. */
  readonly stage: string;
}

export function receiptDocuments(rules: ExchangeRules): readonly ReceiptDocument[] {
  return rules.slots.flatMap((slot): ReceiptDocument[] => {
    const follower = followerOf(rules, slot);
    const forwarded: ReceiptDocument[] = slot.forward && follower ? [{ id: slot.id, recipient: slot.forward.to, notice: slot.forward.notice, period: follower.period, stage: follower.stage }] : [];
    const defaultNotice = defaultNoticeOf(slot);
    const notice: ReceiptDocument[] = defaultNotice ? [{ id: defaultNotice.document, recipient: slot.by, notice: defaultNotice.notice, period: defaultNotice.period, stage: defaultNotice.stage }] : [];
    return [...forwarded, ...notice];
  });
}

/** Every period an exchange declares, by the slot and the silence it belongs to. */
export function silenceOfPeriod(rules: ExchangeRules, kind: string): { slot: ExchangeSlot; silence: Silence } | undefined {
  for (const slot of rules.slots) {
    if (slot.period.kind === kind) return { slot, silence: slot.silence };
    const afterDefault = defaultNoticeOf(slot);
    if (afterDefault?.period.kind === kind) return { slot, silence: afterDefault.silence };
  }
  return undefined;
}
