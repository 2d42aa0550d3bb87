import { revisedRulebook } from './registry.testing';
import type { Rulebook } from './rulebook';
import { VS_APPELLATE_OFFICER } from './verasafe-officers';

/**
 * Tests only: `base` (BBB's hearing flow, its stages and Case Record notice) with its decision-maker appointed as
 * VeraSafe appoints its appellate officer: designation (VS-8.1), VS-8.3 qualifications and impartiality, and not the
 * officer who heard the case (VS-9.3). The appointment part composed from data, no code of its own.
 */
export function designatingRulebook(base: Rulebook, version = 'designating-test'): Rulebook {
  const flow = base.panel!;
  return revisedRulebook(base, version, { panel: { ...VS_APPELLATE_OFFICER, stages: flow.stages, recordForwarded: flow.recordForwarded } });
}
