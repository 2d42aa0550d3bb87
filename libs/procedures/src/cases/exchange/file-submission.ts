import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import type { ExchangeRules, ExchangeSlot } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { notice } from '../effects/notices';
import { meetDeadline, requireText, setDeadline } from '../effects/periods';
import { exchangeEnded, recordFiling } from './exchange-facts';
import { awaitedIn, followerOf, openingSlots } from './exchange-slots';

/** A Party's filing as the command brings it. */
export interface Submission {
  readonly receivedAt: string;
  readonly summary?: string;
  /** The original complaint stands as the filing (BBB-4.4), where the slot allows it. */
  readonly fromComplaint?: boolean;
  /** One of the kinds the slot lists (VS-7.1). */
  readonly kind?: string;
  readonly issuedAt: string;
}

interface Recorded {
  readonly rule: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly fromComplaint: boolean;
  readonly afterDefault: boolean;
  readonly kind?: string;
  readonly at: string;
}

/**
 * The filing recorded, and what follows from the slot's data: forwarded to the other Party (whose receipt starts the
 * next slot's period), or, with no slot following it, the exchange ends and the record goes on.
 */
function recorded(open: OpenCase, rules: ExchangeRules, slot: ExchangeSlot, filing: Recorded, met: CaseEvent[]): CaseEvent[] {
  const follower = followerOf(rules, slot);
  const ends = !follower && slot.whenFiled;
  const stage = follower ? follower.stage : ends ? undefined : rules.endStage;
  const fact = recordFiling({ caseId: open.caseId, slot, ...(stage !== undefined ? { stage } : {}), rule: filing.rule, receivedAt: filing.receivedAt, summary: filing.summary, fromComplaint: filing.fromComplaint, afterDefault: filing.afterDefault, ...(filing.kind ? { kind: filing.kind } : {}) });
  const forwarded = slot.forward ? [notice(open, slot.forward.notice, slot.forward.to, filing.at)] : [];
  const end = ends ? [exchangeEnded(rules, open.caseId, filing.rule, ends.reason, filing.at)] : [];
  return [fact, ...met, ...forwarded, ...end];
}

/** The stage must await this slot; once the record has gone on, or a default awaits a referral decision, it is late. */
export function requireAwaited(open: OpenCase, rules: ExchangeRules, slot: ExchangeSlot) {
  const awaited = awaitedIn(rules, open.stage);
  if (awaited && awaited.slot.id === slot.id) return awaited;
  const over = [rules.endStage, rules.referralStage].includes(open.stage);
  throw new RuleViolation('conflict', over ? (slot.lateRule ?? rules.lateRule) : slot.period.rule, over ? `${slot.name}: its time limit has passed (the case is in ${open.stage})` : `${slot.name} is not expected while the case is in ${open.stage}`);
}

/** A filing's kind, when the slot lists kinds: one of them (422, submissionKind, the slot's rule). */
function kindOf(slot: ExchangeSlot, kind: string | undefined): string | undefined {
  if (!slot.kinds) return undefined;
  if (!kind || !slot.kinds.options.some((option) => option.id === kind)) {
    throw new RuleViolation('unprocessable', slot.kinds.rule, `submissionKind: ${slot.name} must be one of ${slot.kinds.options.map((option) => option.id).join(', ')}`, 'submissionKind');
  }
  return kind;
}

/**
 * A Party files the slot the case's stage awaits (BBB-4.4 to 4.4.3, VS-7.1): in its period, or in the further period
 * of a default notice (BBB-4.4.1), refused under the exchange's late rule once its time has passed (BBB-4.5.4, VS-8.4a).
 */
export function fileSubmission(open: OpenCase, rules: ExchangeRules, slot: ExchangeSlot, submission: Submission): CaseEvent[] {
  const { period, afterDefault } = requireAwaited(open, rules, slot);
  const fromComplaint = submission.fromComplaint === true;
  if (fromComplaint && !slot.complaintMayStand) throw new RuleViolation('unprocessable', slot.period.rule, `the complaint cannot stand as ${slot.name}`, 'acceptComplaintAsPosition');
  const summary = fromComplaint && slot.complaintMayStand ? (submission.summary ?? slot.complaintMayStand.summary) : requireText(submission.summary, period.rule);
  const kind = kindOf(slot, submission.kind);
  const met = meetDeadline(open, slot.lateRule ?? rules.lateRule, period.kind, submission.receivedAt, submission.issuedAt);
  return recorded(open, rules, slot, { rule: period.rule, receivedAt: submission.receivedAt, summary, fromComplaint, afterDefault, ...(kind ? { kind } : {}), at: submission.issuedAt }, met);
}

/**
 * The exchange opens (a hearing requested, a complaint docketed): each opening slot is asked for with its notice and its
 * period runs from now; an opening slot whose filer asked that the complaint stand as it is filed at once and forwarded (BBB-4.4).
 */
export function openExchange(open: OpenCase, rules: ExchangeRules, calendar: BusinessCalendar, opened: { event: string; at: string; complaintStands: boolean }): CaseEvent[] {
  return openingSlots(rules).flatMap((slot, index): CaseEvent[] => {
    if (opened.complaintStands && slot.complaintMayStand) {
      const filing = { rule: slot.period.rule, receivedAt: opened.at, summary: slot.complaintMayStand.summary, fromComplaint: true, afterDefault: false, at: opened.at };
      return recorded(open, rules, slot, filing, []);
    }
    const asked = 'opening' in slot.startsOn ? [notice(open, slot.startsOn.opening, slot.by, opened.at, index)] : [];
    return [...asked, setDeadline(open, calendar, slot.period, { event: opened.event, at: opened.at })];
  });
}
