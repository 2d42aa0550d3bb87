import type { DeadlineRule } from '../deadlines/deadline-rule';
import type { Rulebook } from '../rulebooks/rulebook';
import { rulebookOf } from './case-guards';
import type { OpenCase } from './case.state';
import { performanceCured } from './conciliation/performance';
import { decisionCertificationCured, noticeOfIntentCured } from './decision/compliance';
import { curedByLateFiling, curablePeriods } from './exchange/exchange-cure';
import type { Cure, CureResumer, Resumption } from './referral/cure';

/**
 * BBB-8.8: what a cure within the period supplies, by the period whose lapse raised the referral question, as the
 * case's own rulebook declares it (a kind name alone never picks a part). What each part records is read from the rulebook.
 */
const RESUMERS: readonly { readonly periods: (rulebook: Rulebook) => readonly (DeadlineRule | undefined)[]; readonly resume: CureResumer }[] = [
  { periods: (rulebook) => [rulebook.conciliation?.performance.deadline], resume: performanceCured },
  { periods: curablePeriods, resume: curedByLateFiling },
  { periods: (rulebook) => [rulebook.decision?.noticeOfIntent.deadline], resume: noticeOfIntentCured },
  { periods: (rulebook) => [rulebook.decision?.certification.deadline], resume: decisionCertificationCured },
];

/** The case after a cure: the missed step supplied, or, for a question no step of which lapsed, back where it arose. */
export function resumeAfterCure(open: OpenCase, cure: Cure): Resumption {
  const arose = open.referral?.arose;
  const lapsed = arose ? open.deadlines[arose.deadlineId] : undefined;
  const resumer = lapsed ? RESUMERS.find((candidate) => candidate.periods(rulebookOf(open)).some((period) => period?.kind === lapsed.kind)) : undefined;
  const resumed = lapsed && resumer ? resumer.resume(open, lapsed, cure) : undefined;
  return resumed ?? { stage: arose?.fromStage ?? open.stage, events: [] };
}
