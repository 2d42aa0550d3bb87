import type { ChecklistFinding } from './enrolment.events';

/** Fields every enrolment command carries: the business, the programme it enrols in, and the decider's "now". */
interface EnrolmentCommandBase {
  readonly businessId: string;
  readonly programmeId: string;
  readonly issuedAt: string;
}

/** CASRO-1. */
export interface ApplyForEnrolment extends EnrolmentCommandBase {
  readonly kind: 'ApplyForEnrolment';
  readonly appliedAt: string;
}

/** CASRO-2: findings for one or more checklist items. */
export interface RecordPolicyChecklistFindings extends EnrolmentCommandBase {
  readonly kind: 'RecordPolicyChecklistFindings';
  readonly reviewedAt: string;
  readonly findings: readonly { readonly itemId: string; readonly finding: ChecklistFinding; readonly note: string }[];
}

/** CASRO-3: a signature or the draft policy received. */
export interface RecordEnrolmentDocument extends EnrolmentCommandBase {
  readonly kind: 'RecordEnrolmentDocument';
  readonly documentId: string;
  readonly receivedAt: string;
}

/** CASRO-3: the programme asks for more information. */
export interface RequestEnrolmentInformation extends EnrolmentCommandBase {
  readonly kind: 'RequestEnrolmentInformation';
  readonly requested: string;
  readonly requestedAt: string;
}

/** CASRO-3: the business's answer. */
export interface RecordEnrolmentInformation extends EnrolmentCommandBase {
  readonly kind: 'RecordEnrolmentInformation';
  readonly requestId: string;
  readonly note: string;
  readonly receivedAt: string;
}

/** CASRO-3: acceptance, with its email notification. */
export interface AcceptEnrolment extends EnrolmentCommandBase {
  readonly kind: 'AcceptEnrolment';
  readonly acceptedAt: string;
}

/** CASRO-4: self-certification for one framework or more, each recorded on its own. */
export interface RecordSelfCertification extends EnrolmentCommandBase {
  readonly kind: 'RecordSelfCertification';
  readonly frameworks: readonly string[];
  readonly recourseMechanism: string;
  readonly certifiedAt: string;
  /** The renewal due date the Department of Commerce recorded (YYYY-MM-DD); absent: `validFor` after certification. */
  readonly renewalDueOn?: string;
}

/** CASRO-4: a renewal of one framework's certification (after a lapse it makes the framework current again). */
export interface RecordCertificationRenewal extends EnrolmentCommandBase {
  readonly kind: 'RecordCertificationRenewal';
  readonly framework: string;
  readonly renewedAt: string;
  readonly renewalDueOn?: string;
}

/** A deadline on the business's stream whose time has come (the deadline engine's timer, reconciliation or clock). */
export interface RecordEnrolmentDeadlineLapse {
  readonly kind: 'RecordEnrolmentDeadlineLapse';
  readonly businessId: string;
  readonly deadlineId: string;
  readonly issuedAt: string;
}

export type EnrolmentCommand =
  | ApplyForEnrolment
  | RecordPolicyChecklistFindings
  | RecordEnrolmentDocument
  | RequestEnrolmentInformation
  | RecordEnrolmentInformation
  | AcceptEnrolment
  | RecordSelfCertification
  | RecordCertificationRenewal
  | RecordEnrolmentDeadlineLapse;
