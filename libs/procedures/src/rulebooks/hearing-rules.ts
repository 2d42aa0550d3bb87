import type { ExchangeRules } from './exchange-rules';

/** A remedy a hearing request may name, by kind (BBB-4.1). */
export interface RemedyKind {
  readonly kind: string;
  readonly description: string;
}

/**
 * A hearing, as data: who may ask for it and when, what may be sought, and its written phase as an exchange of
 * submissions (BBB-4.1, BBB-4.4 to BBB-4.4.3), each slot with its period and what its silence means.
 */
export interface HearingRules {
  /** The rule under which a hearing is requested, and the stages a request may come from (Conciliation having failed). */
  readonly requestRule: string;
  readonly requestableStages: readonly string[];
  /** Who may request it; either Party when absent (BBB-4.1; VS-7.4(iv): the Complainant). */
  readonly requesters?: readonly ('complainant' | 'respondent')[];
  /** The request includes the requester's brief (VS-8.2), under this rule. */
  readonly brief?: { readonly rule: string };
  /** The kind of the period a request meets, when one runs for it (VS-7.4(iv): within ten business days of no Settlement). */
  readonly requestPeriod?: string;
  readonly remedies: readonly RemedyKind[];
  /** Remedies that may not be sought or ordered: a request naming one is refused. */
  readonly refusedRemedies: readonly RemedyKind[];
  /** The written phase; the request opens it. */
  readonly exchange: ExchangeRules;
}
