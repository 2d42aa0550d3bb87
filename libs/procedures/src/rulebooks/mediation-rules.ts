import type { DeadlineRule, NoticeRule } from '../deadlines/deadline-rule';
import type { ExchangeRules, Silence } from './exchange-rules';

/** What an outcome of the teleconference leads to when it ends the mediation: a closure, or a referral question (VS-7.4 (i), (ii)). */
export type MediationConsequence = Extract<Silence, { then: 'close' | 'refer' }>;

/**
 * The Mediation Teleconference, as data (VS-7.4): a mediator appointed, the Parties noticed at least so long before, and
 * what each of its outcomes leads to.
 */
export interface TeleconferenceRules {
  readonly rule: string;
  /** Where the case waits for its mediator and teleconference (the exchange's end stage), and once it is scheduled. */
  readonly stage: string;
  readonly scheduledStage: string;
  /** The Parties are noticed at least this long before the teleconference ("at least fifteen (15) days": calendar days). */
  readonly minimumNotice: { readonly count: number; readonly unit: 'calendar-days' };
  readonly notice: NoticeRule;
  readonly outcomes: {
    readonly complainantAbsent: MediationConsequence;
    readonly participantAbsent: MediationConsequence;
    /** (iii) Settlement: its terms recorded and sent to both Parties within the period; then its performance is monitored. */
    readonly settlement: { readonly terms: { readonly deadline: DeadlineRule; readonly notice: NoticeRule }; readonly stage: string; readonly performanceStage: string };
    /** (iv) No Settlement: the Complainant may request a hearing within the period; (v) none in time: the consequence. */
    readonly noSettlement: { readonly hearingRequest: { readonly deadline: DeadlineRule; readonly stage: string; readonly silence: MediationConsequence } };
  };
}

/**
 * Consultative mediation, as data (VS-7): opened when the complaint is docketed, its exchange forwards the complaint to
 * the Participant for a Response, forwards the Response to the Complainant, and awaits the Complainant's request for a
 * Mediation Teleconference (or satisfaction, or silence); the teleconference follows.
 */
export interface MediationRules {
  /** Opened at docketing: its opening slots are asked for then. */
  readonly exchange: ExchangeRules;
  readonly teleconference: TeleconferenceRules;
}
