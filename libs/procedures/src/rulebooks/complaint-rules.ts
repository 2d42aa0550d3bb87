import type { ClosureRule, NoticeRule } from '../deadlines/deadline-rule';

/**
 * A field of the complaint (FileComplaint / ComplaintFiled) a rulebook may require, by its path. Every complaint
 * carries the channel, the Complainant's name, email, country and capacity, the Respondent's name, the allegation and
 * the outcomes sought (FIELD-REQUIRED, whatever the rulebook); a rulebook's `complaint.elements` adds to that.
 */
export type ComplaintField =
  | 'allegation'
  | 'respondent.name'
  | 'outcomesSought'
  | 'outcomeKinds'
  | 'facts'
  | 'harm'
  | 'complainant.email'
  | 'complainantAge'
  | 'dataSubjectAge'
  | 'consentToShare'
  | 'documentation'
  | 'perjuryDeclaration';

/**
 * How an element is present: `text` a non-blank text; `texts` a non-empty list of texts; `list` a list, possibly empty
 * (documentation "available": none may be); `affirmed` the Complainant answered yes; `age` a date of birth or a
 * stated age at filing.
 */
export type ComplaintElementCheck = 'text' | 'texts' | 'list' | 'affirmed' | 'age';

/** One element a complaint must carry to be filed (VS-3.1 (a)–(i)), refused naming the field and the rule otherwise. */
export interface ComplaintElement {
  readonly field: ComplaintField;
  readonly rule: string;
  readonly description: string;
  readonly check: ComplaintElementCheck;
  /** Required only when the Complainant files in this capacity (VS-5.1: a parent or guardian gives the child's age). */
  readonly whenFilingAs?: 'data-subject' | 'parent-or-guardian';
}

/** One outcome a Complainant may seek (VS-4.1 (a)–(g)). */
export interface PermittedOutcome {
  readonly id: string;
  readonly description: string;
}

/** What a complaint under the rulebook must contain, and what it may seek. */
export interface ComplaintRules {
  readonly elements: readonly ComplaintElement[];
  /**
   * The only outcomes a complaint may seek (VS-4.1); each outcome sought is classed as one of them in `outcomeKinds`
   * (any other kind is outside them). Seeking one outside them makes a condition unmet, it does not refuse the filing.
   */
  readonly permittedOutcomes?: { readonly rule: string; readonly outcomes: readonly PermittedOutcome[] };
}

/**
 * An eligibility condition the complaint and the registry answer at filing: the finding is recorded with its evidence
 * when the complaint is filed, and staff may revise it (the latest finding counts).
 * - `complainant-age`: older than `olderThan` at filing, the Personal Data collected in a covered country, and, for a
 *   parent or guardian, the data subject under `guardianOfUnder` at filing (VS-5.1);
 * - `participant-standing`: the Participant named by its registry id was in good standing in the program at filing and
 *   listed the complaint's framework (VS-3.1(b));
 * - `complaint-elements`: every element of `complaint.elements` is present (filing is refused otherwise);
 * - `permitted-outcomes`: every outcome sought is one of `complaint.permittedOutcomes` (VS-5.2, VS-4.1);
 * - `filing-history`: filed for the first time, or a re-filing the rules allow (VS-5.2).
 */
export type ConditionComputation =
  | { readonly kind: 'complainant-age'; readonly olderThan: number; readonly guardianOfUnder: number }
  | { readonly kind: 'participant-standing' }
  | { readonly kind: 'complaint-elements' }
  | { readonly kind: 'permitted-outcomes' }
  | { readonly kind: 'filing-history'; readonly refilingAllowedFor: readonly ('settlement-noncompliance' | 'after-direct-attempt')[] }
  // CASRO-5: from the complaint's statement that it concerns the Respondent's own human-resources data; unstated, staff judge.
  | { readonly kind: 'not-own-human-resources-data' };

/** VS-6.1: the Complainant's material breach of the procedure lets the administrator close the complaint. */
export interface ComplainantBreachRules {
  readonly rule: string;
  readonly closure: ClosureRule;
  /** Sent to the Complainant, and to the Participant once the complaint was forwarded to it (docketed). */
  readonly notice: NoticeRule;
}

/** Translation for a Party who needs it (VS-11.1; BBB-8.9 is the documents part's `languageRule`). */
export interface LanguageAssistanceRules {
  readonly rule: string;
  /** The language the procedure is conducted in. */
  readonly language: string;
  readonly parties: readonly ('complainant' | 'respondent')[];
  readonly kinds: readonly ('translation' | 'interpretation')[];
}
