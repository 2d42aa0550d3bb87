import type { DomainEvent } from '@pdr/event-sourcing';

/**
 * A business's enrolment in a programme (CASRO-1 to CASRO-4), as past-tense facts on the business's own stream. Every
 * event names the programme and the rule it was recorded under (from the programme's `enrolment` data).
 */

/** CASRO-1: the business applied to the programme. */
export type EnrolmentApplied = DomainEvent<'EnrolmentApplied', { readonly businessId: string; readonly programmeId: string; readonly rule: string; readonly appliedAt: string }>;

export const CHECKLIST_FINDINGS = ['met', 'not-met'] as const;
export type ChecklistFinding = (typeof CHECKLIST_FINDINGS)[number];

/** CASRO-2: one item of the privacy-policy review, recorded with its finding and a note (a later finding replaces it). */
export type PolicyChecklistItemReviewed = DomainEvent<
  'PolicyChecklistItemReviewed',
  {
    readonly businessId: string;
    readonly programmeId: string;
    readonly rule: string;
    readonly itemId: string;
    readonly finding: ChecklistFinding;
    readonly note: string;
    readonly reviewedAt: string;
  }
>;

/** CASRO-3: a signed agreement (by its id in the programme's data) or the draft privacy policy was received. */
export type EnrolmentDocumentReceived = DomainEvent<
  'EnrolmentDocumentReceived',
  { readonly businessId: string; readonly programmeId: string; readonly rule: string; readonly documentId: string; readonly receivedAt: string }
>;

/** CASRO-3: the programme asked the business for more information. */
export type EnrolmentInformationRequested = DomainEvent<
  'EnrolmentInformationRequested',
  { readonly businessId: string; readonly programmeId: string; readonly rule: string; readonly requestId: string; readonly requested: string; readonly requestedAt: string }
>;

/** CASRO-3: the business answered a request for more information. */
export type EnrolmentInformationReceived = DomainEvent<
  'EnrolmentInformationReceived',
  { readonly businessId: string; readonly programmeId: string; readonly rule: string; readonly requestId: string; readonly note: string; readonly receivedAt: string }
>;

/** CASRO-3: the review complete, the business was accepted and notified by email (the notice, by kind and rule). */
export type EnrolmentAccepted = DomainEvent<
  'EnrolmentAccepted',
  {
    readonly businessId: string;
    readonly programmeId: string;
    readonly rule: string;
    readonly acceptedAt: string;
    readonly notice: { readonly kind: string; readonly rule: string; readonly channel: 'email'; readonly sentAt: string };
  }
>;

/**
 * CASRO-4: the business self-certified with the Department of Commerce for one framework, naming the programme as its
 * recourse mechanism; the certification is current until its renewal is due (`renewalDueOn`, last instant `renewalDueAt`).
 */
export type SelfCertificationRecorded = DomainEvent<
  'SelfCertificationRecorded',
  {
    readonly businessId: string;
    readonly programmeId: string;
    readonly rule: string;
    readonly framework: string;
    readonly recourseMechanism: string;
    readonly certifiedAt: string;
    readonly renewalDueOn: string;
    readonly renewalDueAt: string;
  }
>;

/** CASRO-4: the certification for one framework was renewed; the next renewal is due as given. */
export type SelfCertificationRenewed = DomainEvent<
  'SelfCertificationRenewed',
  {
    readonly businessId: string;
    readonly programmeId: string;
    readonly rule: string;
    readonly framework: string;
    readonly renewedAt: string;
    readonly renewalDueOn: string;
    readonly renewalDueAt: string;
  }
>;

/** CASRO-4: the certification for one framework lapsed: good standing for it ends from `effectiveFrom`. */
export type CertificationLapsed = DomainEvent<
  'CertificationLapsed',
  { readonly businessId: string; readonly programmeId: string; readonly rule: string; readonly framework: string; readonly effectiveFrom: string; readonly reason: 'certification-lapsed' }
>;

/** A period on the business's stream (self-certification after acceptance, a certification's renewal), as the case's DeadlineSet. */
export type BusinessDeadlineSet = DomainEvent<
  'BusinessDeadlineSet',
  {
    readonly businessId: string;
    readonly deadlineId: string;
    readonly programmeId: string;
    /** The framework whose certification runs to this deadline; absent for the self-certification after acceptance. */
    readonly framework?: string;
    readonly kind: string;
    readonly rule: string;
    readonly basis: { readonly event: string; readonly at: string };
    readonly calendarId: string;
    readonly count: number;
    readonly unit: 'business-days' | 'calendar-days' | 'months' | 'years';
    readonly dueOn: string;
    readonly dueAt: string;
  }
>;

export type BusinessDeadlineMet = DomainEvent<'BusinessDeadlineMet', { readonly businessId: string; readonly deadlineId: string; readonly metAt: string }>;

/** The period ended with nothing to meet it; what follows (a certification lapse) is recorded beside it. */
export type BusinessDeadlineLapsed = DomainEvent<'BusinessDeadlineLapsed', { readonly businessId: string; readonly deadlineId: string; readonly dueAt: string; readonly observedAt: string }>;

export type EnrolmentEvent =
  | EnrolmentApplied
  | PolicyChecklistItemReviewed
  | EnrolmentDocumentReceived
  | EnrolmentInformationRequested
  | EnrolmentInformationReceived
  | EnrolmentAccepted
  | SelfCertificationRecorded
  | SelfCertificationRenewed
  | CertificationLapsed
  | BusinessDeadlineSet
  | BusinessDeadlineMet
  | BusinessDeadlineLapsed;
