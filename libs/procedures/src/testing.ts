// Tests only: rulebook versions registered for a while and test compositions of the parts. Never imported by
// production code (the library's public API is index.ts); specs outside this library import it as @pdr/procedures/testing.
export { revisedRulebook, withRegisteredRulebook } from './rulebooks/registry.testing';
export { designatingRulebook } from './rulebooks/designation.testing';
export { MEDIATION_EXCHANGE, mediationExchangeRulebook } from './rulebooks/exchange.testing';
export { VERASAFE_FILING } from './cases/case-history.testing';
