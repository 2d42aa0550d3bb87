import type { OpenCase } from './case.state';
import { performanceCured } from './conciliation/performance';
import { decisionCertificationCured, noticeOfIntentCured } from './decision/compliance';
import { defaultCured } from './hearing/decisions/default-cured';
import type { Cure, CureResumer, Resumption } from './referral/cure';

/**
 * BBB-8.8: what a cure within the period supplies, by the kind of deadline whose lapse raised the referral question.
 * The kinds are the procedure's own; what each part records is read from the rulebook.
 */
const RESUMERS: Readonly<Record<string, CureResumer>> = {
  'performance-certification': performanceCured,
  'rebuttal-after-default': defaultCured,
  'notice-of-intent': noticeOfIntentCured,
  'decision-certification': decisionCertificationCured,
};

/** The case after a cure: the missed step supplied, or, for a question no step of which lapsed, back where it arose. */
export function resumeAfterCure(open: OpenCase, cure: Cure): Resumption {
  const arose = open.referral?.arose;
  const lapsed = arose ? open.deadlines[arose.deadlineId] : undefined;
  const resumed = lapsed ? RESUMERS[lapsed.kind]?.(open, lapsed, cure) : undefined;
  return resumed ?? { stage: arose?.fromStage ?? open.stage, events: [] };
}
