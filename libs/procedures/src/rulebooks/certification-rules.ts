/**
 * A business's participation in a recourse program, as data: it self-certifies with the Department of Commerce for one
 * or more frameworks, keeps the certification current (renewals are tracked) and loses good standing when it lapses.
 * The registry of participating businesses (`businesses/`) serves every program, so it reads these rules rather than
 * one program's rule ids.
 */
export interface CertificationRules {
  /** The rule a self-certification's frameworks and a renewal of a current certification are checked under. */
  readonly rule: string;
}

/** The CASRO Safe Harbor Program's enrolment (CASRO-4): self-certification, renewal, lapse. */
export const SELF_CERTIFICATION: CertificationRules = { rule: 'CASRO-4' };
