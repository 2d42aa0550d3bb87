import { rulebookOf } from '../../case-guards';
import type { CureResumer } from '../../referral/cure';
import { notice } from './hearing-support';

/**
 * BBB-8.8 cure of BBB-4.4.1: the cure of a default is the Rebuttal itself, late but within the cure period. It is
 * forwarded to the Complainant, and the reply period runs once its receipt is recorded, as for any Rebuttal (BBB-4.4.2).
 */
export const defaultCured: CureResumer = (open, _lapsed, cure) => {
  const rules = rulebookOf(open).hearing;
  if (!rules) return undefined;
  return {
    stage: rules.stages.reply,
    events: [
      { type: 'RebuttalSubmitted', data: { caseId: open.caseId, stage: rules.stages.reply, rule: rules.default.deadline.rule, receivedAt: cure.receivedAt, summary: cure.actionTaken, afterDefault: true } },
      notice(open, rules.rebuttal.forward, 'complainant', cure.at),
    ],
  };
};
