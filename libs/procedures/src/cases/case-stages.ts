/**
 * The stages every rulebook shares, before docketing and after closing; the stages between are each rulebook's own
 * (its data names them). The read side takes these from here, so no projection re-derives the stage machine.
 */
export const CASE_STAGES = {
  /** Filed, under the administrator's eligibility review. */
  eligibilityReview: 'eligibility-review',
  /** Waiting for the Complainant's answer to a request for information. */
  awaitingInformation: 'awaiting-information',
  closed: 'closed',
} as const;

/** The stages of eligibility review, where identity, conditions and requests for information are decided. */
export const REVIEW_STAGES: ReadonlySet<string> = new Set([CASE_STAGES.eligibilityReview, CASE_STAGES.awaitingInformation]);
