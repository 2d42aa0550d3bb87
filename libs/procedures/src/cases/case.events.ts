import type { DomainEvent, RulebookRef } from '@pdr/event-sourcing';
import type { DeadlineEvent } from '../deadlines/deadline.events';
import type { Channel } from '../shared/channels';
import type { ConciliationEvent } from './conciliation/conciliation.events';
import type { HearingEvent } from './hearing/hearing.events';
import type { ExchangeEvent } from './exchange/exchange.events';
import type { MediationEvent } from './mediation/mediation.events';
import type { PerformanceEvent } from './performance/performance.events';
import type { DecisionEvent } from './decision/decision.events';
import type { ReferralEvent } from './referral/referral.events';
import type { PanelEvent } from './panel/panel.events';
import type { PanelistProceedingsEvent } from './panelist-proceedings/panelist-proceedings.events';
import type { DocumentsEvent } from './documents/documents.events';
import type { NotedMatter } from '../rulebooks/report-rules';
import type { OutcomeEvent } from './outcomes/outcome.events';
import type { HearingDecisionEvent } from './hearing-decision/hearing-decision.events';

export interface Complainant {
  readonly name: string;
  readonly email: string;
  /** ISO 3166-1 alpha-2 country where the Personal Data was collected. */
  readonly country: string;
  /** BBB-2.2 / VS-5.1: the data subject, or the parent or legal guardian filing for a child. */
  readonly filingAs: 'data-subject' | 'parent-or-guardian';
  readonly preferredLanguage?: string;
}

/** VS-5.1: a person's date of birth (YYYY-MM-DD), from which the age at filing is computed, or the age at filing as stated. */
export interface AgeAtFiling {
  readonly dateOfBirth?: string;
  readonly age?: number;
}

/** VS-5.2: whether the Complaint was filed before, and on what basis it is filed again. */
export interface FilingHistory {
  readonly filedBefore: boolean;
  /** A re-filing the rules allow: it alleges failure to comply with a previous Settlement Agreement, or follows the direct attempt VS-5.3 asked for. */
  readonly basis?: 'settlement-noncompliance' | 'after-direct-attempt';
}

/** The elements of a complaint some rulebooks require (VS-3.1 (c)–(i), VS-5.1, VS-5.2): optional on every complaint. */
export interface ComplaintElements {
  /** VS-3.1(c), VS-4.1: for each outcome sought, in order, the Permitted Outcome it asks for (any other id is outside them). */
  readonly outcomeKinds?: readonly string[];
  /** VS-3.1(d): the fullest account of the facts. */
  readonly facts?: string;
  /** VS-3.1(e): any harm or damages alleged, with details. */
  readonly harm?: string;
  /** VS-3.1(g): consent to share the Complaint with the Participant. */
  readonly consentToShare?: boolean;
  /** VS-3.1(h): the documentation available, described (an empty list: none). */
  readonly documentation?: readonly string[];
  /** VS-3.1(i): the information is declared true under penalty of perjury. */
  readonly perjuryDeclaration?: boolean;
  /** VS-5.1: the Complainant's age at filing. */
  readonly complainantAge?: AgeAtFiling;
  /** VS-5.1: the age at filing of the data subject a parent or guardian files for. */
  readonly dataSubjectAge?: AgeAtFiling;
  readonly filingHistory?: FilingHistory;
  /** CASRO-5: the complaint is about the Respondent's transfer of its own human-resources data (the Complainant's as its employee). */
  readonly ownHumanResourcesData?: boolean;
}

/**
 * The programme a complaint is filed under (issue 12), and the framework the Respondent's good standing is checked for
 * (the complaint's own under VeraSafe, VS-3.1(b); under a Safe Harbor programme, the EU or Swiss one by where the data
 * was collected, CASRO-4). Absent on complaints filed before programmes: the rulebook's own programme.
 */
export interface ComplaintProgramme {
  readonly id: string;
  readonly standingFramework?: string;
}

export interface Respondent {
  readonly name: string;
  /** The business's id in the participating-business registry, when staff matched it. */
  readonly businessId?: string;
}

/** A Complaint arrived and was filed under a rulebook; eligibility review starts (BBB-2.1, VS-3.1). */
export interface ComplaintFiledData extends ComplaintElements {
  readonly caseId: string;
  readonly rulebook: RulebookRef;
  readonly programme?: ComplaintProgramme;
  readonly framework: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly contactId?: string;
  readonly complainant: Complainant;
  readonly respondent: Respondent;
  readonly allegation: string;
  readonly outcomesSought: readonly string[];
}

export type ComplaintFiled = DomainEvent<'ComplaintFiled', ComplaintFiledData>;

/** The administrator verified that the Complainant is who they say they are (BBB-2.2.1). */
export type ComplainantIdentityVerified = DomainEvent<
  'ComplainantIdentityVerified',
  {
    readonly caseId: string;
    /** How identity was checked, in the case manager's words (document seen, call-back, ...). */
    readonly method: string;
    readonly verifiedAt: string;
  }
>;

/** The Complainant was asked for what the administrator needs to judge the Complaint (BBB-2.4b, VS-5.4). */
export type InformationRequested = DomainEvent<
  'InformationRequested',
  {
    readonly caseId: string;
    /** The id of the deadline the answer is due by. */
    readonly requestId: string;
    readonly rule: string;
    readonly requested: string;
    readonly recipient: 'complainant';
    readonly channel: Channel;
    readonly sentAt: string;
  }
>;

export type RequestedInformationReceived = DomainEvent<
  'RequestedInformationReceived',
  { readonly caseId: string; readonly requestId: string; readonly receivedAt: string; readonly summary: string }
>;

/** A notice the rules require went out: to whom, how and under which rule. */
export type NoticeSent = DomainEvent<
  'NoticeSent',
  {
    readonly caseId: string;
    readonly noticeId: string;
    readonly kind: string;
    readonly rule: string;
    /** 'panelist': the CBBB forwards the Case Record to the appointed Panelist (BBB-4.3). */
    readonly recipient: 'complainant' | 'respondent' | 'panelist';
    readonly channel: Channel;
    readonly sentAt: string;
  }
>;

/** BBB-8.7: the notice reached its recipient at this time (by courier this can be days after sending). */
export type NoticeDelivered = DomainEvent<
  'NoticeDelivered',
  { readonly caseId: string; readonly noticeId: string; readonly kind: string; readonly recipient: NoticeSent['data']['recipient']; readonly rule: string; readonly deliveredAt: string }
>;

/** The case closed for exactly one reason (BBB-6; VeraSafe's outcomes). */
export type CaseClosed = DomainEvent<
  'CaseClosed',
  { readonly caseId: string; readonly reason: string; readonly rule: string; readonly label: string; readonly closedAt: string }
>;

/** Staff matched the Respondent named on the complaint to a business in the registry (BBB-2.3). */
export type RespondentIdentified = DomainEvent<'RespondentIdentified', { readonly caseId: string; readonly businessId: string; readonly legalName: string }>;

/** What the registry said of the Respondent's participation when the complaint was filed. */
export interface ParticipationEvidence {
  readonly businessId: string;
  readonly program: string;
  /** Participation current at the instant the complaint was received. */
  readonly currentAtFiling: boolean;
  readonly since?: string;
  readonly lapsedAt?: string;
  /** Checked at filing (VS-3.1(b)): whether the registry holds the business at all. */
  readonly found?: boolean;
  /** The framework the complaint is brought under, and those the participation listed at filing. */
  readonly framework?: string;
  readonly frameworks?: readonly string[];
  /** Whether the participation current at filing listed the complaint's framework. */
  readonly frameworkListed?: boolean;
}

/** What a finding computed at filing was computed from (VS-5.1, VS-5.2, VS-3.1). */
export interface ComputedFinding {
  /** Computed from the complaint as filed (and the registry), not judged by staff. */
  readonly at: 'filing';
  /** VS-5.1: the Complainant's age at filing in whole years, and whence. */
  readonly ageAtFiling?: number;
  readonly ageFrom?: 'date-of-birth' | 'stated-age';
  /** VS-5.1: the data subject's age at filing, when a parent or guardian files. */
  readonly dataSubjectAgeAtFiling?: number;
  readonly filingAs?: 'data-subject' | 'parent-or-guardian';
  /** Whether the country where the Personal Data was collected is one the procedure covers. */
  readonly countryCovered?: boolean;
  /** VS-3.1: the elements present, by field. */
  readonly elements?: readonly string[];
  /** VS-5.2: outcomes sought outside the Permitted Outcomes, by their kind. */
  readonly outcomesOutside?: readonly string[];
  /** VS-5.2: the filing history as stated. */
  readonly filedBefore?: boolean;
  readonly refilingBasis?: 'settlement-noncompliance' | 'after-direct-attempt';
  /** CASRO-5: as the complaint stated it. */
  readonly ownHumanResourcesData?: boolean;
}

/** One eligibility condition judged, with the reasoning (BBB-2.3's conditions are recorded one by one). */
export type EligibilityConditionAssessed = DomainEvent<
  'EligibilityConditionAssessed',
  {
    readonly caseId: string;
    readonly condition: string;
    readonly rule: string;
    readonly met: boolean;
    readonly note: string;
    /** BBB-2.3.2: the Complainant's account of the attempt to resolve the Complaint directly. */
    readonly account?: string;
    readonly evidence?: { readonly participation: ParticipationEvidence };
    /** A finding computed at filing, with what it was computed from. */
    readonly computed?: ComputedFinding;
  }
>;

/** The complaint cannot proceed (BBB-2.4c, VS-5.5): the failing condition, the reason, and where else to turn. */
export type ComplaintFoundIneligible = DomainEvent<
  'ComplaintFoundIneligible',
  {
    readonly caseId: string;
    readonly condition: string;
    readonly rule: string;
    readonly reason: string;
    /** Without prejudice to re-filing on changed circumstances (BBB-2.4c). */
    readonly refilingAllowed: true;
    readonly otherAgency?: { readonly name: string; readonly address: string };
  }
>;

/** Eligible and complete: the Complaint becomes a Case (BBB-2.4a). */
export type CaseDocketed = DomainEvent<'CaseDocketed', { readonly caseId: string; readonly rule: string; readonly docketedAt: string; readonly stage: string; readonly note?: string }>;

/** BBB-8.1: a Party acknowledged the waiver of subpoena and liability. */
export type WaiverAcknowledged = DomainEvent<'WaiverAcknowledged', { readonly caseId: string; readonly party: 'complainant' | 'respondent'; readonly rule: string; readonly acknowledgedAt: string }>;

/** BBB-2.5: correspondence for this Party goes to its representative from now on. */
export type RepresentativeDesignated = DomainEvent<
  'RepresentativeDesignated',
  { readonly caseId: string; readonly party: 'complainant' | 'respondent'; readonly rule: string; readonly name: string; readonly email: string; readonly organisation?: string }
>;

/** VS-6.1: the Complainant breached the procedure in a material way; the complaint closes "Closed by Default". */
export type ComplainantBreachFound = DomainEvent<'ComplainantBreachFound', { readonly caseId: string; readonly rule: string; readonly reasons: string; readonly stage: string; readonly foundAt: string }>;

export type ComplaintWithdrawn = DomainEvent<'ComplaintWithdrawn', { readonly caseId: string; readonly rule: string; readonly withdrawnAt: string; readonly stage: string; readonly reason?: string }>;

/**
 * GDPR Art. 17: the Complainant's own data on this closed case was erased for an erasure request. Recording it
 * destroys the Complainant's data key (FORGETTING_EVENTS): their name, email, country, allegation and the like read
 * `[erased]` from then on; the Respondent's side and the case file stay until disposal (BBB-8.3).
 */
export type ComplainantDataErased = DomainEvent<'ComplainantDataErased', { readonly caseId: string; readonly requestId: string; readonly erasedAt: string }>;

/**
 * A matter a rule says "shall be noted in the next report" (BBB-4.4.1 default, BBB-4.6.4 refusal of corrective action,
 * BBB-5 noncompliance): which matter, the rule that notes it and the report's rule, both from the rulebook's report data
 * (`report.noted`). Emitted beside the event that records the fact itself; names no Party (BBB-7.1).
 */
export type NotedForReport = DomainEvent<
  'NotedForReport',
  {
    readonly caseId: string;
    readonly matter: NotedMatter;
    readonly rule: string;
    readonly reportRule: string;
    /** The lapse that occasioned it, when one did. */
    readonly deadlineId?: string;
    readonly notedAt: string;
  }
>;

export type CaseEvent =
  | ComplaintFiled
  | ComplainantIdentityVerified
  | InformationRequested
  | RequestedInformationReceived
  | NoticeSent
  | NoticeDelivered
  | CaseClosed
  | RespondentIdentified
  | EligibilityConditionAssessed
  | ComplaintFoundIneligible
  | CaseDocketed
  | WaiverAcknowledged
  | RepresentativeDesignated
  | ComplaintWithdrawn
  | ComplainantBreachFound
  | ComplainantDataErased
  | NotedForReport
  | DeadlineEvent
  | ConciliationEvent
  | HearingEvent
  | ExchangeEvent
  | MediationEvent
  | PerformanceEvent
  | HearingDecisionEvent
  | DecisionEvent
  | ReferralEvent
  | PanelEvent
  | PanelistProceedingsEvent
  | DocumentsEvent
  | OutcomeEvent;
