import type { Programme } from '../rulebooks/programme-rules';

/**
 * The framework a complaint's Respondent must be in good standing for: the complaint's own when the programme covers
 * it (VS-3.1(b)); otherwise the one the programme assigns by where the data was collected (CASRO-4: the EU and Swiss
 * frameworks are certified separately); none when the programme says nothing (any good standing counts).
 */
export function standingFramework(programme: Programme, complaintFramework: string, country: string): string | undefined {
  if ((programme.frameworks as readonly string[]).includes(complaintFramework)) return complaintFramework;
  const assigned = programme.frameworkOfComplaint;
  if (!assigned) return undefined;
  return assigned.byCountry[country.toUpperCase()] ?? assigned.otherwise;
}
