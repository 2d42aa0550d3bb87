import type { Programme } from '../programme-rules';

/**
 * The BBB EU Safe Harbor Program, run by the CBBB under its own rules. Its id is the rulebook's, under which
 * participation was recorded before programmes were their own concept. Participation is recorded by staff.
 */
export const BBB_EU_SAFE_HARBOR_PROGRAM: Programme = {
  id: 'bbb-eu-safe-harbor',
  name: 'BBB EU Safe Harbor Program',
  administrator: 'Council of Better Business Bureaus',
  rulebookId: 'bbb-eu-safe-harbor',
  frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'],
  frameworkOfComplaint: { byCountry: { CH: 'us-swiss-safe-harbor' }, otherwise: 'us-eu-safe-harbor' },
  publicIntake: { rule: 'BBB-2.1' },
};
