import type { ExchangeRules } from '../../rulebooks/exchange-rules';
import type { OpenCase } from '../case.state';
import type { NextAction } from '../next-actions/next-action';
import { latestDeadline } from '../effects/periods';
import { awaitedIn, receiptDocuments } from './exchange-slots';

/**
 * The one filing the stage awaits (BBB-4.4 to 4.4.3). Its period may not run yet (the previous document's receipt is
 * not recorded): an early filing is accepted but not yet awaited. A period met, lapsed or cancelled refuses it (BBB-4.5.4).
 */
function filingAction(open: OpenCase, rules: ExchangeRules): NextAction[] {
  const awaited = awaitedIn(rules, open.stage);
  if (!awaited) return [];
  const { slot, period, afterDefault } = awaited;
  const running = latestDeadline(open, period.kind);
  if (running && running.status !== 'pending') return [];
  const what = afterDefault ? `${slot.name} after the default notice` : slot.name;
  return [
    {
      command: slot.command,
      by: slot.by,
      rule: period.rule,
      description: running ? `File ${what} (due ${running.dueOn})` : `File ${what} (its period has not started)`,
      awaited: running !== undefined,
      ...(running ? { deadlineId: running.deadlineId } : {}),
      ...(slot.command === 'FileSubmission' ? { about: { slot: slot.id } } : {}),
    },
    ...(slot.waiver ? [{ command: 'WaiveSubmission' as const, by: slot.by, rule: slot.waiver.rule, description: `Decline ${what}`, awaited: false, about: { slot: slot.id } }] : []),
  ];
}

/** BBB-8.7: a document sent but not yet recorded as received; the next period runs from its receipt, so the case waits on it. */
function receiptActions(open: OpenCase, rules: ExchangeRules): NextAction[] {
  return receiptDocuments(rules).flatMap((document): NextAction[] => {
    const sent = open.exchange?.documents[document.id];
    // Once the case has moved past the stage, the period after this receipt no longer applies.
    if (!sent || sent.deliveredAt || open.stage !== document.stage) return [];
    return [{ command: 'RecordHearingDelivery', by: 'administrator', rule: document.period.rule, description: `Record when the ${document.id} reached the ${document.recipient}`, awaited: true, about: { document: document.id } }];
  });
}

/** What an exchange awaits: the filing its stage expects, and receipts that start the next period. */
export function exchangeNextActions(open: OpenCase, rules: ExchangeRules): NextAction[] {
  return [...filingAction(open, rules), ...receiptActions(open, rules)];
}
