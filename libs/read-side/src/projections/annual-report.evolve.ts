import { type CaseEvent, type ContactEvent, findRulebook, type NotedMatter } from '@pdr/procedures';
import { type Recorded, unhandled } from '../runner/typed-event';
import type { AnnualReportFactDocument } from './annual-report.projection';

export type ReportFactBody = Omit<AnnualReportFactDocument, '_id' | 'year' | 'eventId' | 'at'>;

/** One fact an event adds to the report: its stable id (a replay writes the same one), its instant and its body. */
export interface ReportFact {
  readonly id: string;
  readonly at: string;
  readonly body: ReportFactBody;
  /** Fields this fact sets over an older event's fact of the same id (`NotedForReport`'s matter and rule). */
  readonly prevails?: readonly ('matter' | 'rule')[];
}

/** A Permitted Outcome sought that is not one of the rulebook's (VS-5.2 makes the complaint ineligible): counted, never quoted. */
export const OUTSIDE_PERMITTED_OUTCOMES = 'outside-permitted-outcomes';

/**
 * VS-3.1(c), VS-4.1: the Permitted Outcomes a complaint seeks, as ids of its rulebook's list, each once; anything else
 * (an id outside the list, or a value erased with the Complainant's data) is `outside-permitted-outcomes`.
 */
function permittedOutcomesSought(rulebook: { id: string; version: string }, kinds: readonly string[] | undefined): string[] | undefined {
  if (!Array.isArray(kinds)) return undefined;
  const permitted = new Set((findRulebook(rulebook)?.complaint?.permittedOutcomes?.outcomes ?? []).map((outcome) => outcome.id));
  return [...new Set(kinds.map((kind) => (permitted.has(kind) ? kind : OUTSIDE_PERMITTED_OUTCOMES)))];
}

/**
 * A matter noted for the next report, one fact per case and lapse: `NotedForReport` and, for history stored before it
 * existed, the event that carried the matter (`RespondentDefaultNoted`, `DecisionFlaggedForPublication`, and the BBB-5
 * `PerformanceNotCertified` and `DecisionCorrectiveActionNotCertified`) write the same fact (same id, `$setOnInsert`),
 * so a case that has both counts once.
 */
function noted(caseId: string, matter: NotedMatter, rule: string, at: string, deadlineId: string | undefined, prevails = false): ReportFact {
  // Without a lapse (VS-7.4 (ii): the Participant absent from the teleconference), the decision's instant pairs them.
  return { id: deadlineId ? `noted:${caseId}:${deadlineId}` : `noted:${caseId}:at:${at}`, at, body: { kind: 'noted', caseId, matter, rule }, ...(prevails ? { prevails: ['matter', 'rule'] as const } : {}) };
}

/** BBB-7.1: every contact counts, whether or not it became a Case; erasing it later takes nothing from the count. */
export function contactReportFacts(event: Recorded<ContactEvent>): ReportFact[] {
  switch (event.type) {
    case 'ContactRecorded': {
      const { contactId, rulebook, receivedAt, channel } = event.data;
      return [{ id: `contact:${contactId}`, at: receivedAt, body: { kind: 'contact', rulebookId: rulebook.id, channel } }];
    }
    case 'ContactErased':
      return [];
    default:
      return unhandled(event);
  }
}

/** The report's facts of a case event (BBB-7.1 to BBB-7.3, VS-14.1), exhaustive over CaseEvent. */
export function caseReportFacts(event: Recorded<CaseEvent>, caseId: string): ReportFact[] {
  const byEvent = (at: string, body: Omit<ReportFactBody, 'caseId'>): ReportFact => ({ id: `event:${event.eventId}`, at, body: { ...body, caseId } });
  switch (event.type) {
    case 'ComplaintFiled': {
      const { receivedAt, rulebook, channel, framework, outcomeKinds } = event.data;
      const permittedOutcomes = permittedOutcomesSought(rulebook, outcomeKinds);
      return [{ id: `case:${caseId}`, at: receivedAt, body: { kind: 'complaint-filed', caseId, rulebookId: rulebook.id, channel, framework, ...(permittedOutcomes ? { permittedOutcomes } : {}) } }];
    }
    case 'CaseDocketed':
      return [byEvent(event.data.docketedAt, { kind: 'docketed' })];
    case 'ComplaintFoundIneligible':
      return [byEvent(event.recordedAt, { kind: 'ineligible', condition: event.data.condition, rule: event.data.rule })];
    case 'SettlementReached':
      return [byEvent(event.data.reachedAt, { kind: 'settled', correctiveAction: event.data.correctiveAction !== undefined })];
    case 'DecisionIssued':
      return [byEvent(event.data.issuedAt, { kind: 'decided', correctiveAction: event.data.correctiveActionNecessary })];
    case 'ComplaintWithdrawn':
      return [byEvent(event.data.withdrawnAt, { kind: 'withdrawn' })];
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data;
      return [byEvent(closedAt, { kind: 'closed', reason, rule, label })];
    }
    case 'ReferralMade': {
      const { referredAt, respondent, agency, nature, actionTaken, reportRule } = event.data;
      return [byEvent(referredAt, { kind: 'referred', rule: reportRule, referral: { respondentName: respondent.name, agency: agency.name, nature, actionTaken } })];
    }
    case 'DecisionFlaggedForPublication': {
      const { flaggedAt, publicationRule, rule, deadlineId } = event.data;
      return [byEvent(flaggedAt, { kind: 'decision-published', rule: publicationRule }), noted(caseId, 'refused-corrective-action', rule, flaggedAt, deadlineId)];
    }
    case 'RespondentDefaultNoted':
      return [noted(caseId, 'respondent-default', event.data.rule, event.data.notedAt, event.data.deadlineId)];
    case 'PerformanceNotCertified':
    case 'DecisionCorrectiveActionNotCertified':
      return [noted(caseId, 'noncompliance', event.data.rule, event.data.observedAt, event.data.deadlineId)];
    // The matter as the rulebook names it prevails over the older event's reading (VS-7.4 (ii) is `respondent-absent`).
    case 'NotedForReport':
      return [noted(caseId, event.data.matter, event.data.rule, event.data.notedAt, event.data.deadlineId, true)];
    // VS-7.4 (iii): a Settlement reached at the Mediation Teleconference (VS-14.1 (c)(i)); its terms are never copied.
    case 'MediationOutcomeRecorded':
      return event.data.outcome === 'settlement' ? [byEvent(event.data.heldAt, { kind: 'settled', rule: event.data.rule })] : [];
    // VS-7.1: the kind of a filing whose slot has kinds (the Response to Complaint: defend, dispute, admit fault).
    case 'SubmissionFiled':
      return event.data.kind ? [byEvent(event.data.receivedAt, { kind: 'submission', rule: event.data.rule, slot: event.data.slot, submissionKind: event.data.kind })] : [];
    // VS-5.5(a): a granted appeal undoes the closure before it; the report counts a case's closure only when none followed.
    case 'CaseReopened':
      return [byEvent(event.data.reopenedAt, { kind: 'reopened', rule: event.data.rule })];
    // VS-8.4c, VS-9.4, VS-14.1 (c)(i): a Reparation Order, a hearing's or an appellate hearing's, counted by number and by
    // the Permitted Outcomes it requires (their ids, never its terms). No Action Taken counts by the CaseClosed after it.
    case 'HearingDecisionIssued': {
      const { outcome, reparationOrder, rule, issuedAt } = event.data;
      if (outcome !== 'reparation-order') return [];
      return [byEvent(issuedAt, { kind: 'reparation-order', rule, permittedOutcomes: [...new Set((reparationOrder ?? []).map((required) => required.kind))] })];
    }
    // Steps the report does not count (BBB-7.1 to BBB-7.3 ask for none of them).
    case 'ComplainantBreachFound':
    case 'ComplainantIdentityVerified': case 'InformationRequested': case 'RequestedInformationReceived': case 'NoticeSent':
    case 'NoticeDelivered': case 'RespondentIdentified': case 'EligibilityConditionAssessed': case 'WaiverAcknowledged':
    case 'RepresentativeDesignated': case 'ComplainantDataErased':
    case 'DeadlineSet': case 'DeadlineMet': case 'DeadlineExtended': case 'DeadlineCancelled': case 'DeadlineLapsed':
    case 'ComplainantFactsObtained': case 'RespondentResponseReceived': case 'SettlementOfferPresented': case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled': case 'SettlementLetterCirculated': case 'PerformanceCertified': case 'SubstantiationRequested':
    case 'PerformanceVerified': case 'ReferralDecisionRequired':
    case 'HearingRequested': case 'PositionSubmitted': case 'RebuttalSubmitted': case 'ReplySubmitted': case 'ResponseSubmitted':
    case 'SubmissionWaived': case 'ExchangeDocumentDelivered': case 'ExchangeEnded':
    case 'MediatorAppointed': case 'MediationTeleconferenceScheduled': case 'SettlementTermsSent': case 'PerformanceConfirmed': case 'NonPerformanceRecorded': case 'HearingDocumentDelivered': case 'DefaultNoticeIssued': case 'HearingRecordSentToPanelist':
    case 'DecisionTargetMissed': case 'DecisionDocumentDelivered': case 'ComplianceIntentStated': case 'ImpossibilityClaimed':
    case 'ImpossibilityEvidenceSought': case 'ImpossibilityClaimRejected': case 'DecisionAmended': case 'NoticeOfIntentIssued':
    case 'DecisionCorrectiveActionCertified': case 'DecisionCorrectiveActionVerified':
    case 'ReferralDecided': case 'ReferralDeclined': case 'ReferralNoticeIssued': case 'ReferralNoticeDelivered': case 'ReferralCured':
    case 'RefusedToProceed':
    case 'PanelistAppointed': case 'PanelistSelfDisqualified': case 'PanelistObjectionRaised': case 'ObjectionDecided': case 'DecisionMakerDesignated':
    case 'PanelistInformationRequested': case 'ProceedingsDocumentDelivered': case 'PanelistInformationAnswered': case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued': case 'PanelistProceedsWithoutAnswer': case 'DecidedWithoutOralHearing': case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation': case 'OralHearingAbsenceRecorded': case 'AbsenceReasonReported': case 'ProceededWithPartyPresent':
    case 'InvestigativeAnalysisFurnished':
    case 'ProprietaryInformationDesignated': case 'ProprietaryDesignationAccepted': case 'ProprietaryDesignationReturned':
    case 'CaseFileDisposed': case 'ProprietaryInformationReturned': case 'LanguageAssistanceRecorded':
    case 'ClosureAppealed': case 'ClosureAppealDecided': case 'ClosureBecameFinal':
      return [];
    default:
      return unhandled(event);
  }
}
