import type { CertificationFramework } from '../businesses/certification-frameworks';
import type { EligibilityCondition } from './eligibility-rules';
import type { EnrolmentRules } from './enrolment-rules';
import type { OutcomeCatalogue } from './outcome-rules';

/**
 * A programme a business joins (issue 12): its complaints are handled under one rulebook, and it may add to that
 * rulebook's eligibility (CASRO-5) and outcomes, enrol businesses through its own steps (CASRO-1 to 4) and take
 * complaints through a public form (CASRO-6). Rulebooks stay the procedure; programmes are who runs it for whom.
 */
export interface Programme {
  /** Stable id, recorded on participation and on each complaint filed under the programme. */
  readonly id: string;
  readonly name: string;
  /** Who runs the programme (CASRO runs its programme with the CBBB, whose procedure handles its complaints). */
  readonly administrator: string;
  /** The rulebook its complaints follow (a case runs under the version current when it was filed). */
  readonly rulebookId: string;
  /** The frameworks a participant self-certifies to with the Department of Commerce, each in good standing separately. */
  readonly frameworks: readonly CertificationFramework[];
  /**
   * The framework a complaint's good standing is checked for, when the rulebook's own framework does not name one of
   * the programme's (BBB's "Safe Harbor"): by the country the Complainant's data was collected in, else `otherwise`.
   */
  readonly frameworkOfComplaint?: { readonly byCountry: Readonly<Record<string, CertificationFramework>>; readonly otherwise: CertificationFramework };
  /** Conditions added to the rulebook's, checked the same way (CASRO-5). */
  readonly eligibility?: readonly EligibilityCondition[];
  /** Closures the programme's own conditions lead to, added to the rulebook's catalogue. */
  readonly outcomes?: OutcomeCatalogue;
  /** How a business joins (CASRO-1 to 4); absent: staff record participation directly. */
  readonly enrolment?: EnrolmentRules;
  /** A public, unauthenticated complaints page (CASRO-6, VS-3.1, VS-3.3), under this rule. */
  readonly publicIntake?: { readonly rule: string };
  /** Ids participation was recorded under before programmes were their own concept (the rulebook's id). */
  readonly formerIds?: readonly string[];
}
