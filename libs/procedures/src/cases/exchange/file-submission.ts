import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import type { ExchangeRules, ExchangeSlot } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { notice } from '../effects/notices';
import { meetDeadline, requireText, setDeadline } from '../effects/periods';
import { recordFiling } from './exchange-facts';
import { awaitedIn, followerOf, openingSlots } from './exchange-slots';

/** A Party's filing as the command brings it. */
export interface Submission {
  readonly receivedAt: string;
  readonly summary?: string;
  /** The original complaint stands as the filing (BBB-4.4), where the slot allows it. */
  readonly fromComplaint?: boolean;
  readonly issuedAt: string;
}

/**
 * The filing recorded, and what follows from the slot's data: forwarded to the other Party (whose receipt starts the
 * next slot's period), or, with no slot following it, the exchange ends and the record goes on.
 */
function recorded(open: OpenCase, rules: ExchangeRules, slot: ExchangeSlot, filing: { rule: string; receivedAt: string; summary: string; fromComplaint: boolean; afterDefault: boolean; at: string }, met: CaseEvent[]): CaseEvent[] {
  const follower = followerOf(rules, slot);
  const ends = !follower && slot.whenFiled;
  const stage = follower ? follower.stage : ends ? undefined : rules.endStage;
  const fact = recordFiling({ caseId: open.caseId, slot, ...(stage !== undefined ? { stage } : {}), rule: filing.rule, receivedAt: filing.receivedAt, summary: filing.summary, fromComplaint: filing.fromComplaint, afterDefault: filing.afterDefault });
  const forwarded = slot.forward ? [notice(open, slot.forward.notice, slot.forward.to, filing.at)] : [];
  const end: CaseEvent[] = ends
    ? [{ type: 'HearingRecordSentToPanelist', data: { caseId: open.caseId, stage: rules.endStage, rule: filing.rule, reason: ends.reason, sentAt: filing.at } }]
    : [];
  return [fact, ...met, ...forwarded, ...end];
}

/**
 * A Party files the slot the case's stage awaits (BBB-4.4 to 4.4.3): in its period, or in the further period of a
 * default notice (BBB-4.4.1), refused under the exchange's late rule once its time has passed (BBB-4.5.4). Once the
 * record has gone on, or a default awaits a referral decision, every filing is late.
 */
export function fileSubmission(open: OpenCase, rules: ExchangeRules, slot: ExchangeSlot, submission: Submission): CaseEvent[] {
  const awaited = awaitedIn(rules, open.stage);
  if (!awaited || awaited.slot.id !== slot.id) {
    const over = [rules.endStage, rules.referralStage].includes(open.stage);
    throw new RuleViolation('conflict', over ? rules.lateRule : slot.period.rule, over ? `${slot.name}: its time limit has passed (the case is in ${open.stage})` : `${slot.name} is not expected while the case is in ${open.stage}`);
  }
  const fromComplaint = submission.fromComplaint === true;
  if (fromComplaint && !slot.complaintMayStand) throw new RuleViolation('unprocessable', slot.period.rule, `the complaint cannot stand as ${slot.name}`, 'acceptComplaintAsPosition');
  const { period, afterDefault } = awaited;
  const summary = fromComplaint && slot.complaintMayStand ? (submission.summary ?? slot.complaintMayStand.summary) : requireText(submission.summary, period.rule);
  const met = meetDeadline(open, rules.lateRule, period.kind, submission.receivedAt, submission.issuedAt);
  return recorded(open, rules, slot, { rule: period.rule, receivedAt: submission.receivedAt, summary, fromComplaint, afterDefault, at: submission.issuedAt }, met);
}

/**
 * The exchange opens (a hearing requested): each opening slot is asked for with its notice and its period runs from
 * now; an opening slot whose filer asked that the complaint stand as it is filed at once and forwarded (BBB-4.4).
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
