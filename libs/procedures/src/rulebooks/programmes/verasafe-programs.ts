import type { Programme } from '../programme-rules';

/**
 * VeraSafe's Programs: complaints follow VeraSafe's Dispute Resolution Procedure; a complaint names its Framework
 * (VS-1.1), and good standing is checked for it (VS-3.1(b)). Participation was recorded under the rulebook's id before
 * programmes were their own concept.
 */
export const VERASAFE_PROGRAMS: Programme = {
  id: 'verasafe',
  name: "VeraSafe's Programs",
  administrator: 'VeraSafe',
  rulebookId: 'verasafe-2016',
  frameworks: ['eu-us-privacy-shield', 'us-eu-safe-harbor', 'us-swiss-safe-harbor'],
  // VS-3.1, VS-3.3: complaints are submitted electronically, through VeraSafe's complaint form.
  publicIntake: { rule: 'VS-3.1' },
  formerIds: ['verasafe-2016'],
};
