import type { ExchangeRules } from './exchange-rules';
import { VERASAFE_MEDIATION } from './verasafe-mediation';
import { revisedRulebook } from './registry.testing';
import type { Rulebook } from './rulebook';

/**
 * Tests only: VeraSafe's consultative mediation exchange (VS-7.1 to 7.3) as the written phase of a BBB hearing, ending
 * with the record sent on: the part runs on the slots' data whichever part opens it.
 */
export const MEDIATION_EXCHANGE: ExchangeRules = { ...VERASAFE_MEDIATION.exchange, endStage: 'awaiting-panelist' };

/** `base` with its hearing's written phase replaced by the mediation exchange above. */
export function mediationExchangeRulebook(base: Rulebook, version = 'exchange-test'): Rulebook {
  return revisedRulebook(base, version, { hearing: { ...base.hearing!, exchange: MEDIATION_EXCHANGE } });
}
