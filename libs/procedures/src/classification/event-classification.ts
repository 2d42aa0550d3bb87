import { type AnyProcedureEvent, confidential, type EventClassification, nonPersonal, personal } from './data-classification';

const caseFile = confidential('case-file');
const retained = confidential('retained-document');
const complainant = personal('complainant');
const panelist = personal('panelist');
const account = personal('account');
const contact = personal('contact');
const businessFile = confidential('business-file');

/**
 * What each event's string fields hold, beyond the fields non-personal by name (data-classification.ts). The spec
 * reads every event type's fields from the types themselves: a string field classified nowhere fails it, so a new
 * event cannot carry personal data unnoticed.
 */
export const EVENT_CLASSIFICATION: Readonly<Record<AnyProcedureEvent['type'], EventClassification>> = {
  // Accounts of the embedded sign-in.
  AccountOpened: { displayName: account, username: account, passwordHash: confidential('account') },
  AccountPasswordChanged: { passwordHash: confidential('account') },
  AccountSecretRotated: {},
  AccountClosed: { reason: account },

  // The Data Privacy Board (BBB-4.2).
  PanelistEnrolled: { name: panelist, email: panelist, employer: panelist, 'affiliations[]': panelist, 'employerCompetitors[]': panelist, 'qualifications[]': panelist },
  PanelistRelationshipDeclared: { description: panelist, with: panelist },
  PanelistWithdrawnFromBoard: { reason: panelist },

  // The registry of participating businesses and calendars: public information.
  BusinessRegistered: { 'aliases[]': nonPersonal, legalName: nonPersonal, website: nonPersonal },
  ParticipationBegan: {},
  ParticipationRenewed: {},
  ParticipationLapsed: {},
  // Enrolment in a programme (CASRO-1 to CASRO-4): ids, dates, findings and the programme's own names; free-text notes
  // and requests are confidential as a case file's notes are, under the business's own key (a business stream holds no case file).
  EnrolmentApplied: {},
  PolicyChecklistItemReviewed: { note: businessFile },
  EnrolmentDocumentReceived: {},
  EnrolmentInformationRequested: { requested: businessFile },
  EnrolmentInformationReceived: { note: businessFile },
  EnrolmentAccepted: {},
  SelfCertificationRecorded: { recourseMechanism: nonPersonal },
  SelfCertificationRenewed: {},
  CertificationLapsed: {},
  BusinessDeadlineSet: { 'basis.event': nonPersonal },
  BusinessDeadlineMet: {},
  BusinessDeadlineLapsed: {},
  CalendarClosureAdded: { date: nonPersonal, reason: nonPersonal },

  // Contacts (BBB-2.1).
  ContactRecorded: { 'potentialComplainant.name': contact, 'potentialComplainant.email': contact, 'potentialComplainant.country': contact, respondentName: contact, summary: contact },
  ContactErased: {},

  // Filing and eligibility (BBB-2.x).
  ComplaintFiled: {
    'complainant.name': complainant, 'complainant.email': complainant, 'complainant.country': complainant, 'complainant.preferredLanguage': complainant,
    allegation: complainant, 'outcomesSought[]': complainant, 'respondent.name': caseFile,
    // VS-3.1 (c)–(i), VS-5.1, VS-5.2: the Complainant's own account, ages and documents, sealed with the Complainant's data.
    'complainantAge.dateOfBirth': complainant, 'dataSubjectAge.dateOfBirth': complainant, 'outcomeKinds[]': complainant,
    facts: complainant, harm: complainant, 'documentation[]': complainant,
    // Issue 12: the programme and the framework good standing is checked for (one of two Safe Harbor frameworks), as the eligibility evidence records it.
    'programme.id': nonPersonal, 'programme.standingFramework': nonPersonal,
  },
  ComplainantIdentityVerified: { method: complainant },
  RespondentIdentified: { legalName: nonPersonal },
  EligibilityConditionAssessed: {
    account: complainant, note: caseFile, 'evidence.participation.since': nonPersonal,
    // The registry's public record of the Participant (VS-3.1(b)); what a computed finding was computed from (VS-5.1, 5.2).
    'evidence.participation.framework': nonPersonal, 'evidence.participation.frameworks[]': nonPersonal,
    'computed.elements[]': nonPersonal, 'computed.outcomesOutside[]': complainant,
  },
  ComplaintFoundIneligible: { reason: caseFile, 'otherAgency.name': nonPersonal, 'otherAgency.address': nonPersonal },
  CaseDocketed: { note: caseFile },
  WaiverAcknowledged: {},
  RepresentativeDesignated: { name: personal('case-file'), email: personal('case-file'), organisation: personal('case-file') },
  InformationRequested: {},
  RequestedInformationReceived: { summary: caseFile },
  ComplaintWithdrawn: { reason: complainant },
  ComplainantBreachFound: { reasons: caseFile },
  CaseClosed: { label: nonPersonal, reason: nonPersonal },
  // A matter noted for the next report (BBB-4.4.1, BBB-4.6.4, BBB-5): rules, ids and an enumerated matter, nothing about a Party.
  NotedForReport: {},
  NoticeSent: {},
  NoticeDelivered: {},

  // Deadlines.
  DeadlineSet: { 'basis.at': nonPersonal, 'basis.event': nonPersonal },
  DeadlineMet: {},
  DeadlineExtended: { reason: caseFile },
  DeadlineCancelled: { reason: nonPersonal },
  DeadlineLapsed: {},

  // Conciliation and settlement (BBB-3, BBB-5): the Settlement Agreement is retained (BBB-8.3).
  ComplainantFactsObtained: { summary: caseFile },
  RespondentResponseReceived: { summary: caseFile },
  SettlementOfferPresented: { terms: caseFile },
  TeleconferenceAgreed: {},
  TeleconferenceScheduled: { scheduledFor: nonPersonal },
  SettlementReached: { terms: retained, 'correctiveAction.description': retained },
  SettlementLetterCirculated: { terms: retained, 'correctiveAction.description': retained, note: caseFile },
  PerformanceCertified: { statement: caseFile },
  SubstantiationRequested: {},
  PerformanceVerified: { note: caseFile },
  PerformanceNotCertified: {},
  ReferralDecisionRequired: { reason: nonPersonal },

  // The written hearing (BBB-4.1, 4.4).
  HearingRequested: { 'remedies[].details': caseFile, brief: caseFile },
  PositionSubmitted: { summary: caseFile },
  RebuttalSubmitted: { summary: caseFile },
  ReplySubmitted: { summary: caseFile, addendumTo: nonPersonal },
  ResponseSubmitted: { summary: caseFile, addendumTo: nonPersonal },
  SubmissionFiled: { summary: caseFile, slot: nonPersonal, kind: nonPersonal },
  SubmissionWaived: { slot: nonPersonal, reason: caseFile },
  ExchangeDocumentDelivered: { document: nonPersonal },
  ExchangeEnded: { reason: nonPersonal },
  // The Mediation Teleconference (VS-7.4): the mediator is named in the case file; a Settlement's terms are kept like BBB's.
  MediatorAppointed: { 'mediator.name': caseFile },
  MediationTeleconferenceScheduled: { scheduledFor: nonPersonal },
  MediationOutcomeRecorded: { terms: retained },
  SettlementTermsSent: {},
  // Performance monitored (VS-12): what staff verified, or how the Respondent failed to perform, is staff's own text in the case file.
  PerformanceConfirmed: { undertaking: nonPersonal, verified: caseFile },
  NonPerformanceRecorded: { undertaking: nonPersonal, details: caseFile },
  HearingDocumentDelivered: { document: nonPersonal },
  DefaultNoticeIssued: {},
  RespondentDefaultNoted: {},
  HearingRecordSentToPanelist: { reason: nonPersonal },

  // The Panelist (BBB-4.2.1, 4.5).
  PanelistAppointed: { 'excluded[].reason': panelist, 'parties.complainantName': complainant, 'parties.respondentName': caseFile },
  PanelistSelfDisqualified: { reason: panelist },
  PanelistObjectionRaised: { ground: caseFile, details: caseFile },
  ObjectionDecided: { reason: caseFile },
  DecisionMakerDesignated: { role: nonPersonal, 'credentials[].credential': panelist, 'parties.complainantName': complainant, 'parties.respondentName': caseFile },
  PanelistInformationRequested: { question: caseFile },
  ProceedingsDocumentDelivered: {},
  PanelistInformationAnswered: { summary: caseFile },
  PanelistAnswerCommented: { summary: caseFile },
  PanelistDefaultNoticeIssued: {},
  PanelistProceedsWithoutAnswer: {},
  DecidedWithoutOralHearing: {},
  OralHearingScheduled: { means: nonPersonal },
  PartyExcludedForProprietaryInformation: { topic: caseFile },
  OralHearingAbsenceRecorded: {},
  AbsenceReasonReported: { knownReason: caseFile },
  ProceededWithPartyPresent: {},
  // VS-8.4(b): the administrator's analysis of the facts in the submissions is case content, as the submissions are.
  InvestigativeAnalysisFurnished: { 'facts[].fact': caseFile, 'facts[].analysis': caseFile },

  // The Decision (BBB-4.6): retained when the case file is destroyed (BBB-8.3).
  DecisionIssued: { findings: retained, 'correctiveAction.description': retained, 'correctiveAction.remedies[].details': retained },
  // VS-8.4(c), VS-9.4: the Hearing Decision is a retained document, as BBB's Decision is; its labels are the rulebook's.
  HearingDecisionIssued: { findings: retained, 'reparationOrder[].terms': retained, 'reparationOrder[].kind': nonPersonal, 'reparationOrder[].description': nonPersonal, name: nonPersonal, officerId: nonPersonal, role: nonPersonal, standard: nonPersonal, publicationRule: nonPersonal },
  DecisionDocumentDelivered: {},
  DecisionTargetMissed: {},
  ComplianceIntentStated: { how: caseFile },
  ImpossibilityClaimed: { grounds: caseFile },
  ImpossibilityEvidenceSought: {},
  ImpossibilityClaimRejected: { reason: caseFile },
  DecisionAmended: { reason: retained, 'correctiveAction.description': retained, 'correctiveAction.remedies[].details': retained },
  NoticeOfIntentIssued: {},
  DecisionFlaggedForPublication: {},
  DecisionCorrectiveActionCertified: { statement: caseFile },
  DecisionCorrectiveActionVerified: { note: caseFile },
  DecisionCorrectiveActionNotCertified: {},

  // Referral (BBB-8.8, 4.3.1, 8.4).
  ReferralDecided: { reason: caseFile, nature: caseFile, summary: caseFile, respondentName: caseFile, 'agency.name': nonPersonal },
  ReferralDeclined: { reason: caseFile },
  ReferralNoticeIssued: {},
  ReferralNoticeDelivered: {},
  ReferralCured: { actionTaken: caseFile },
  ReferralMade: { actionTaken: caseFile, nature: caseFile, summary: caseFile, 'respondent.name': caseFile, 'agency.name': nonPersonal },
  RefusedToProceed: { details: caseFile },

  // Documents (BBB-8.3, 8.5, 8.6, 8.9).
  ProprietaryInformationDesignated: { content: caseFile, description: caseFile, summary: caseFile },
  ProprietaryDesignationAccepted: {},
  ProprietaryDesignationReturned: { reason: caseFile },
  ProprietaryInformationReturned: {},
  CaseFileDisposed: {},
  LanguageAssistanceRecorded: { language: nonPersonal, proceedingsLanguage: nonPersonal },

  // Appeals of closures (VS-5.5(a)): what the appealing Party wrote is the Complainant's, as a withdrawal's reason is;
  // the reasons of the decision are staff's, in the case file.
  ClosureAppealed: { reason: nonPersonal, grounds: complainant, evidence: complainant },
  ClosureAppealDecided: { reasons: caseFile },
  CaseReopened: { reason: nonPersonal },
  ClosureBecameFinal: { reason: nonPersonal, label: nonPersonal },

  // GDPR Art. 17 erasure requests: the fact of the request and its answer, in ids and enumerations only; the erasure
  // itself is recorded on the erased data's own stream (ContactErased, ComplainantDataErased) and destroys its key.
  ComplainantDataErased: {},
  ErasureRequested: {},
  ErasureCompleted: { 'erased[].keySubjects[]': nonPersonal },
  ErasureDeferred: { reason: nonPersonal, message: nonPersonal, erasableFrom: nonPersonal },
};
