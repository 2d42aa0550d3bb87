import type { ExchangeParty, ExchangeRules, ExchangeSlot } from '../../rulebooks/exchange-rules';
import type { CaseEvent } from '../case.events';

/** A filing of a slot, as received: the fact its rulebook records it as is built from this. */
export interface Filing {
  readonly caseId: string;
  readonly slot: ExchangeSlot;
  /** The stage the case enters; absent when the filing ends the exchange. */
  readonly stage?: string;
  /** The rule of the period the filing meets (the default notice's after a default). */
  readonly rule: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly fromComplaint: boolean;
  readonly afterDefault: boolean;
  /** The kind of filing, when the slot lists kinds. */
  readonly kind?: string;
}

/**
 * The fact a filing is recorded as, by the slot's `recordedAs`. The named facts keep the shape their stored events
 * have always had (a stored event is never changed); `SubmissionFiled` names its slot.
 */
export function recordFiling(filing: Filing): CaseEvent {
  const { caseId, slot, stage, rule, receivedAt, summary } = filing;
  const entered = stage !== undefined ? { stage } : {};
  switch (slot.recordedAs) {
    case 'PositionSubmitted':
      return { type: 'PositionSubmitted', data: { caseId, stage: stage ?? slot.stage, rule, receivedAt, summary, fromComplaint: filing.fromComplaint } };
    case 'RebuttalSubmitted':
      return { type: 'RebuttalSubmitted', data: { caseId, stage: stage ?? slot.stage, rule, receivedAt, summary, afterDefault: filing.afterDefault } };
    case 'ReplySubmitted':
      return { type: 'ReplySubmitted', data: { caseId, stage: stage ?? slot.stage, rule, receivedAt, summary, addendumTo: slot.addendumTo ?? '' } };
    case 'ResponseSubmitted':
      return { type: 'ResponseSubmitted', data: { caseId, rule, receivedAt, summary, addendumTo: slot.addendumTo ?? '' } };
    case 'SubmissionFiled':
      return { type: 'SubmissionFiled', data: { caseId, slot: slot.id, by: slot.by, ...entered, rule, receivedAt, summary, ...(filing.kind ? { kind: filing.kind } : {}), afterDefault: filing.afterDefault } };
  }
}

/** A document of the exchange reached its recipient, as the exchange's facts record it. */
export function documentDelivered(rules: ExchangeRules, data: { caseId: string; document: string; recipient: ExchangeParty; rule: string; deliveredAt: string }): CaseEvent {
  return rules.facts === 'hearing' ? { type: 'HearingDocumentDelivered', data } : { type: 'ExchangeDocumentDelivered', data };
}

/** The exchange ended and the case moves to its end stage, as the exchange's facts record it. */
export function exchangeEnded(rules: ExchangeRules, caseId: string, rule: string, reason: string, at: string): CaseEvent {
  return rules.facts === 'hearing'
    ? { type: 'HearingRecordSentToPanelist', data: { caseId, stage: rules.endStage, rule, reason, sentAt: at } }
    : { type: 'ExchangeEnded', data: { caseId, stage: rules.endStage, rule, reason, endedAt: at } };
}
