import { CASE_STAGES, type CaseEvent, ERASED } from '@pdr/procedures';
import { type Recorded, unhandled } from '../runner/typed-event';
import type { CaseListDocument } from './case-list.projection';

/** The row as the filing creates it; the projection adds what every write carries (revision, updatedAt, lastEventType). */
export type CaseRow = Omit<CaseListDocument, '_id' | 'revision' | 'updatedAt' | 'lastEventType'>;

/**
 * What one case event does to its row: the filing creates it, every other event sets and removes fields (dotted
 * paths). Writes are blind (the row is never read), so this is the update the event implies rather than the next row:
 * the same change applies on MongoDB and on the embedded store.
 */
export type CaseRowChange =
  | { readonly kind: 'created'; readonly row: CaseRow }
  | { readonly kind: 'changed'; readonly set: Readonly<Record<string, unknown>>; readonly unset: readonly string[] };

const changed = (set: Record<string, unknown>, unset: readonly string[] = []): CaseRowChange => ({ kind: 'changed', set, unset });

/** The event moves only the row's revision: the row shows nothing of it. */
export const CASE_ROW_UNCHANGED = changed({});

/**
 * The case list's evolve: exhaustive over CaseEvent, so a new case event does not compile until it says what it does
 * to the row. Stages come from the events that carry them; the few events that carry none (filing, the request for
 * information and its answer, closing) mean the same fixed stage in the domain's evolve, written here as it is there.
 */
export function evolveCaseRow(event: Recorded<CaseEvent>): CaseRowChange {
  switch (event.type) {
    case 'ComplaintFiled': {
      const { data } = event;
      const row: CaseRow = {
        caseId: data.caseId,
        rulebook: data.rulebook,
        framework: data.framework,
        stage: CASE_STAGES.eligibilityReview,
        status: 'open',
        complainant: { name: data.complainant.name, country: data.complainant.country, filingAs: data.complainant.filingAs },
        respondent: data.respondent,
        channel: data.channel,
        ...(data.contactId ? { contactId: data.contactId } : {}),
        receivedAt: data.receivedAt,
        filedAt: event.recordedAt,
        identityVerified: false,
        deadlines: {},
      };
      return { kind: 'created', row };
    }
    case 'ComplainantIdentityVerified':
      return changed({ identityVerified: true });
    case 'InformationRequested':
      return changed({ stage: CASE_STAGES.awaitingInformation });
    case 'RequestedInformationReceived':
      return changed({ stage: CASE_STAGES.eligibilityReview });
    case 'NoticeSent': {
      const { noticeId, kind, rule, recipient, channel, sentAt } = event.data;
      return changed({ [`notices.${noticeId}`]: { kind, rule, recipient, channel, sentAt } });
    }
    case 'NoticeDelivered':
      return changed({ [`notices.${event.data.noticeId}.deliveredAt`]: event.data.deliveredAt });
    case 'DeadlineSet': {
      const { deadlineId, kind, rule, dueOn, dueAt } = event.data;
      return changed({ [`deadlines.${deadlineId}`]: { kind, rule, dueOn, dueAt } });
    }
    case 'DeadlineExtended': {
      const { deadlineId, dueOn, dueAt } = event.data;
      return changed({ [`deadlines.${deadlineId}.dueOn`]: dueOn, [`deadlines.${deadlineId}.dueAt`]: dueAt });
    }
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineLapsed':
      return changed({}, [`deadlines.${event.data.deadlineId}`]);
    case 'RespondentIdentified':
      return changed({ 'respondent.businessId': event.data.businessId, 'respondent.legalName': event.data.legalName });
    case 'EligibilityConditionAssessed': {
      const { condition, met, rule, note } = event.data;
      return changed({ [`eligibility.${condition}`]: { met, rule, note } });
    }
    case 'ComplaintFoundIneligible': {
      const { condition, rule, reason, otherAgency } = event.data;
      return changed({ ineligibility: { condition, rule, reason, ...(otherAgency ? { otherAgency } : {}) } });
    }
    case 'CaseDocketed':
      return changed({ stage: event.data.stage, docketedAt: event.data.docketedAt });
    case 'WaiverAcknowledged':
      return changed({ [`acknowledgements.${event.data.party}`]: event.data.acknowledgedAt });
    case 'RepresentativeDesignated': {
      const { party, name, email, organisation } = event.data;
      return changed({ [`representatives.${party}`]: { name, email, ...(organisation ? { organisation } : {}) } });
    }
    // A withdrawal names the stage it left; the CaseClosed recorded with it closes the row. The rest are facts the list
    // does not show (the annual report, the Case Record and the case's log hold them).
    case 'ComplaintWithdrawn':
    case 'NotedForReport':
    case 'ComplainantBreachFound':
    case 'ComplainantFactsObtained':
    case 'RespondentResponseReceived':
    case 'SettlementOfferPresented':
    case 'TeleconferenceAgreed':
    case 'TeleconferenceScheduled':
    case 'ResponseSubmitted':
    case 'HearingDocumentDelivered':
    case 'RespondentDefaultNoted':
    case 'DecisionDocumentDelivered':
      return CASE_ROW_UNCHANGED;
    // BBB-3.4 / BBB-5: the Settlement, its letter and the verification of its corrective action.
    case 'SettlementReached': {
      const { stage, terms, correctiveAction, reachedAt } = event.data;
      return changed({ stage, settlement: { status: 'awaiting-letter', terms, ...(correctiveAction ? { correctiveAction } : {}), reachedAt } });
    }
    case 'SettlementLetterCirculated': {
      const { stage, correctiveAction, circulatedAt } = event.data;
      return changed({ ...(stage ? { stage } : {}), 'settlement.letterCirculatedAt': circulatedAt, 'settlement.status': correctiveAction ? 'awaiting-certification' : 'effective' });
    }
    case 'PerformanceCertified':
      return changed({ 'settlement.status': 'certified', 'settlement.certifiedAt': event.data.certifiedAt });
    case 'SubstantiationRequested':
      return changed({ 'settlement.substantiationRequestedAt': event.data.requestedAt });
    case 'PerformanceVerified':
      return changed({ 'settlement.status': 'verified', 'settlement.verifiedAt': event.data.verifiedAt });
    case 'PerformanceNotCertified':
      return changed({ 'settlement.status': 'not-certified' });
    // BBB-4.1, BBB-4.4 to BBB-4.4.3: the written phase of the hearing moves the case through the stages its events name;
    // so does the question of referral (BBB-8.8) raised by a default or an uncertified Settlement (BBB-5).
    case 'ReferralDecisionRequired':
    case 'HearingRequested':
    case 'PositionSubmitted':
    case 'DefaultNoticeIssued':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'HearingRecordSentToPanelist':
      return changed({ stage: event.data.stage });
    // A slot's filing names no stage when it ends the exchange: the end, recorded with it, names the next.
    case 'SubmissionFiled':
      return changed(event.data.stage ? { stage: event.data.stage } : {});
    case 'ExchangeEnded':
      return changed({ stage: event.data.stage });
    // VS-7.4: the teleconference set, its outcome, the Settlement's terms sent: the stages they name.
    case 'MediationTeleconferenceScheduled':
    case 'SettlementTermsSent':
      return changed({ stage: event.data.stage });
    case 'MediationOutcomeRecorded':
      return changed(event.data.stage ? { stage: event.data.stage } : {});
    case 'MediatorAppointed':
      return changed({});
    // VS-12: performance confirmed or found wanting; the stage moves with the CaseClosed or ReferralDecisionRequired recorded with it.
    case 'PerformanceConfirmed':
    case 'NonPerformanceRecorded':
      return changed({});
    // A waiver's consequence (a closure) and a document's receipt carry their own events.
    case 'SubmissionWaived':
    case 'ExchangeDocumentDelivered':
      return changed({});
    // BBB-8.8 referral (notice, cure, referral kept for the BBB-7.3 report) and refusals to proceed (BBB-6 (9)-(11)).
    case 'ReferralDecided': {
      const { agency, decidedAt, cureBusinessDays } = event.data;
      return changed({ referral: { status: 'decided', agency: agency.name, cureBusinessDays, decidedAt } });
    }
    // Not referred: closed by its CaseClosed, or back in the stage the question arose in (VS-13.1), which it names.
    case 'ReferralDeclined':
      return changed({ referral: { status: 'not-referred' }, ...(event.data.stage !== undefined ? { stage: event.data.stage } : {}) });
    case 'ReferralNoticeIssued':
      return changed({ stage: event.data.stage, 'referral.status': 'notice-sent', 'referral.noticeSentAt': event.data.sentAt });
    case 'ReferralNoticeDelivered':
      return changed({ stage: event.data.stage, 'referral.status': 'cure-period', 'referral.noticeDeliveredAt': event.data.deliveredAt });
    case 'ReferralCured':
      return changed({ stage: event.data.stage, 'referral.status': 'cured', 'referral.curedAt': event.data.curedAt });
    case 'ReferralMade':
      return changed({ 'referral.status': 'referred', 'referral.referredAt': event.data.referredAt });
    case 'RefusedToProceed': {
      const { reason, rule, party, refusedAt } = event.data;
      return changed({ refusal: { reason, rule, party, refusedAt } });
    }
    // BBB-4.5, BBB-4.2, BBB-4.2.1: the Panelist on the case, and objections to them.
    case 'PanelistAppointed': {
      const { stage, panelistId, seed, appointedAt, replaces } = event.data;
      return changed({ stage, panelist: { panelistId, seed, appointedAt, ...(replaces ? { replaces } : {}) } });
    }
    // VS-8.1: a designated decision-maker sits where an appointed Panelist would; no draw, so no seed.
    case 'DecisionMakerDesignated': {
      const { stage, panelistId, designatedAt, replaces } = event.data;
      return changed({ stage, panelist: { panelistId, appointedAt: designatedAt, ...(replaces ? { replaces } : {}) } });
    }
    case 'PanelistSelfDisqualified':
      return changed({ stage: event.data.stage }, ['panelist']);
    case 'PanelistObjectionRaised': {
      const { objectionId, raisedBy, ground } = event.data;
      return changed({ 'panelist.objection': { objectionId, raisedBy, ground, status: 'pending' } });
    }
    case 'ObjectionDecided':
      return event.data.outcome === 'upheld' ? changed({ stage: event.data.stage }, ['panelist']) : changed({ 'panelist.objection.status': 'rejected' });
    // BBB-4.5.1 to BBB-4.5.3: the Panelist's own proceedings leave the stage as it is (the Panelist stays appointed).
    case 'PanelistInformationRequested':
    case 'ProceedingsDocumentDelivered':
    case 'PanelistInformationAnswered':
    case 'PanelistAnswerCommented':
    case 'PanelistDefaultNoticeIssued':
    case 'PanelistProceedsWithoutAnswer':
    case 'DecidedWithoutOralHearing':
    case 'OralHearingScheduled':
    case 'PartyExcludedForProprietaryInformation':
    case 'OralHearingAbsenceRecorded':
    case 'AbsenceReasonReported':
    case 'ProceededWithPartyPresent':
    case 'InvestigativeAnalysisFurnished':
      return CASE_ROW_UNCHANGED;
    // BBB-4.6.1 to BBB-4.6.4, BBB-5: the Decision and what follows it.
    case 'DecisionIssued': {
      const { stage, panelistId, correctiveActionNecessary, correctiveAction, issuedAt } = event.data;
      const action = correctiveAction ? { correctiveAction: { description: correctiveAction.description, performBy: correctiveAction.performBy } } : {};
      return changed({ stage, decision: { status: 'awaiting-statement', panelistId, correctiveActionNecessary, ...action, issuedAt } });
    }
    // VS-8.4(c), VS-9.4: the latest Hearing Decision (an appellate hearing's replaces the hearing's here; the log keeps
    // both) and, with a Reparation Order, the stage its performance is monitored in; No Action Taken closes by its CaseClosed.
    case 'HearingDecisionIssued': {
      const { stage, name, rule, officerId, outcome, reparationOrder, issuedAt } = event.data;
      return changed({ ...(stage ? { stage } : {}), hearingDecision: { name, rule, officerId, outcome, ...(reparationOrder ? { reparationOrder } : {}), issuedAt } });
    }
    case 'DecisionTargetMissed':
      return changed({ 'decision.targetMissed': true });
    case 'ComplianceIntentStated':
      return changed({ stage: event.data.stage, 'decision.status': 'intent-stated', 'decision.intentStatedAt': event.data.receivedAt });
    case 'ImpossibilityClaimed':
      return changed({ 'decision.impossibility': { party: event.data.party, status: 'claimed' } });
    case 'ImpossibilityEvidenceSought':
      return changed({ 'decision.impossibility.status': 'evidence-sought' });
    case 'ImpossibilityClaimRejected':
      return changed({ stage: event.data.stage, 'decision.impossibility.status': 'rejected' });
    case 'DecisionAmended': {
      const { stage, correctiveAction } = event.data;
      return changed({ stage, 'decision.impossibility.status': 'confirmed', 'decision.correctiveAction': { description: correctiveAction.description, performBy: correctiveAction.performBy } });
    }
    case 'NoticeOfIntentIssued':
      return changed({ stage: event.data.stage, 'decision.status': 'notice-of-intent' });
    case 'DecisionFlaggedForPublication':
      return changed({ 'decision.status': 'no-intent', 'decision.flaggedForPublication': event.data.report === 'next-procedure-report' });
    case 'DecisionCorrectiveActionCertified':
      return changed({ 'decision.status': 'certified', 'decision.certifiedAt': event.data.certifiedAt });
    case 'DecisionCorrectiveActionVerified':
      return changed({ 'decision.status': 'verified', 'decision.verifiedAt': event.data.verifiedAt });
    case 'DecisionCorrectiveActionNotCertified':
      return changed({ 'decision.status': 'not-certified' });
    // BBB-8.5, BBB-8.6, BBB-8.9: designations and language assistance live in the Case Record, not on the list.
    case 'ProprietaryInformationDesignated':
    case 'ProprietaryDesignationAccepted':
    case 'ProprietaryDesignationReturned':
    case 'ProprietaryInformationReturned':
    case 'LanguageAssistanceRecorded':
      return CASE_ROW_UNCHANGED;
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data;
      return changed({ status: 'closed', stage: CASE_STAGES.closed, closure: { reason, rule, label, closedAt } });
    }
    // VS-5.5(a): an appeal of the closure, and its outcome, leave the row closed until the case reopens.
    case 'ClosureAppealed':
    case 'ClosureAppealDecided':
    case 'ClosureBecameFinal':
      return CASE_ROW_UNCHANGED;
    case 'CaseReopened':
      return changed({ status: 'open', stage: event.data.stage }, ['closure']);
    // BBB-8.3: the Complainant's and the file's keys are destroyed; drop what this row derived from them. The
    // Settlement's terms and the Decision were written under the retained documents' key and stay.
    case 'CaseFileDisposed':
      return changed(
        { fileDisposedAt: event.data.disposedAt, 'complainant.name': ERASED, 'complainant.country': ERASED, 'respondent.name': ERASED },
        ['representatives', 'eligibility', 'ineligibility.reason', 'panelist.objection.ground'],
      );
    // GDPR Art. 17: the Complainant's key is destroyed; what this row took from it reads as a rebuild would read it.
    case 'ComplainantDataErased':
      return changed({ 'complainant.name': ERASED, 'complainant.country': ERASED });
    default:
      return unhandled(event);
  }
}
