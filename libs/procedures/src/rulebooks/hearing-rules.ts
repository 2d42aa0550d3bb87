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
  readonly remedies: readonly RemedyKind[];
  /** Remedies that may not be sought or ordered: a request naming one is refused. */
  readonly refusedRemedies: readonly RemedyKind[];
  /** The written phase; the request opens it. */
  readonly exchange: ExchangeRules;
}
