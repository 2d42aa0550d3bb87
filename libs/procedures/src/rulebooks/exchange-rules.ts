import type { ClosureRule, DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';
import type { NotedMatter } from './report-rules';

/** A Party who files in an exchange, and to whom a filing is forwarded. */
export type ExchangeParty = 'complainant' | 'respondent';

/**
 * The facts an exchange can record a filing as. A rulebook names, per slot, the fact in its procedure's words
 * (BBB's Position is a `PositionSubmitted`); `SubmissionFiled` records a slot that has no fact of its own.
 */
export const EXCHANGE_FACTS = ['PositionSubmitted', 'RebuttalSubmitted', 'ReplySubmitted', 'ResponseSubmitted', 'SubmissionFiled'] as const;
export type ExchangeFact = (typeof EXCHANGE_FACTS)[number];

/** The commands a Party files a slot with: a named one, or `FileSubmission` naming the slot. */
export const EXCHANGE_COMMANDS = ['SubmitPosition', 'SubmitRebuttal', 'SubmitReply', 'SubmitResponse', 'FileSubmission'] as const;
export type ExchangeCommandKind = (typeof EXCHANGE_COMMANDS)[number];

/** The exchange ends: the record goes to the decision-maker, and why (a reason kept on the recorded fact). */
export interface ExchangeEnd {
  readonly then: 'end';
  readonly reason: string;
}

/**
 * What silence means when a slot's period ends with nothing filed:
 * - `close`: the filer is told, and the case closes with the outcome (BBB-4.4: no Position);
 * - `default-notice`: a written default notice to the filer, and a further period after its receipt in which the same
 *   filing is still accepted, with its own silence (BBB-4.4.1);
 * - `refer`: the default is noted for the report and staff decide on referral (BBB-4.4.1 → BBB-8.8);
 * - `end`: not a default: the exchange ends and the record goes on (BBB-4.4.2, 4.4.3).
 */
export type Silence =
  | { readonly then: 'close'; readonly notice: NoticeRule; readonly closure: ClosureRule; /** Who is told; the filer when absent (VS-7.3(c): the Parties). */ readonly recipients?: readonly ExchangeParty[] }
  | { readonly then: 'default-notice'; readonly notice: NoticeRule; readonly document: string; readonly period: DeadlineRule; readonly stage: string; readonly silence: Silence }
  | { readonly then: 'refer'; readonly referralRule: string; readonly reason: string; readonly noted: NotedMatter }
  | ExchangeEnd;

/**
 * One submission of an exchange, as data: who files it, against which period, starting when, in which stage it is
 * awaited, to whom it is forwarded, and what silence means. The order of the exchange is which slot's receipt starts
 * which: a slot with no successor ends the exchange once filed (`whenFiled`).
 */
export interface ExchangeSlot {
  readonly id: string;
  /** In the procedure's words, for next actions and messages ("the Complainant's written Position"). */
  readonly name: string;
  readonly by: ExchangeParty;
  readonly command: ExchangeCommandKind;
  readonly recordedAs: ExchangeFact;
  readonly period: DeadlineRule;
  /** The period runs from the opening of the exchange (with a notice asking for the filing), or from receipt of another slot's filing. */
  readonly startsOn: { readonly opening: NoticeRule } | { readonly receiptOf: string };
  /** The stage the case is in while the slot is awaited. */
  readonly stage: string;
  /** Forwarded to the other Party as a notice; its receipt starts the slots that follow it. */
  readonly forward?: { readonly to: ExchangeParty; readonly notice: NoticeRule };
  /** The filing this one is an addendum to (BBB-4.4.2: the reply to the Position). */
  readonly addendumTo?: string;
  /** The filer may ask that the original complaint stand as this filing (BBB-4.4), recorded with this summary. */
  readonly complaintMayStand?: { readonly summary: string };
  /** Filed, with no slot following it: the exchange ends. */
  readonly whenFiled?: ExchangeEnd;
  /** The rule a late filing of this slot is refused under, when not the exchange's. */
  readonly lateRule?: string;
  /** The kinds a filing must be one of, when the rules list them (VS-7.1: defend, dispute with documentation, admit fault). */
  readonly kinds?: { readonly rule: string; readonly options: readonly { readonly id: string; readonly description: string }[] };
  /** The filer may decline the slot instead (VS-7.3(b): satisfied with the Response), with this consequence. */
  readonly waiver?: { readonly rule: string; readonly follows: Silence };
  readonly silence: Silence;
}

/** An exchange of written submissions, as data (the written phase of a hearing, a response to a complaint). */
export interface ExchangeRules {
  /**
   * The facts a document's receipt and the exchange's end are recorded as: 'hearing' for BBB's written phase, recorded
   * since its first version as `HearingDocumentDelivered` and `HearingRecordSentToPanelist`; 'exchange' for any other
   * (`ExchangeDocumentDelivered`, `ExchangeEnded`).
   */
  readonly facts: 'hearing' | 'exchange';
  readonly slots: readonly ExchangeSlot[];
  /** Where the case goes when the exchange ends (the record with the decision-maker). */
  readonly endStage: string;
  /** Where a default waits for staff's referral decision. */
  readonly referralStage: string;
  /** A filing after its period is refused unless the period was extended for good cause first. */
  readonly lateRule: string;
}
