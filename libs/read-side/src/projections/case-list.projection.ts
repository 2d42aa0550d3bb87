import type { RecordedEvent } from '@pdr/event-sourcing';
import { type CaseFileDisposed, ERASED } from '@pdr/procedures';
import type { CaseClosed, CaseDocketed, NoticeDelivered, NoticeSent, ComplaintFiled, ComplaintFoundIneligible, DeadlineExtended, DeadlineSet, EligibilityConditionAssessed, RepresentativeDesignated, RespondentIdentified, WaiverAcknowledged } from '@pdr/procedures';
import type { PerformanceCertified, PerformanceVerified, ReferralDecisionRequired, SettlementLetterCirculated, SettlementReached, SubstantiationRequested } from '@pdr/procedures';
import type { ReferralCured, ReferralDecided, ReferralMade, ReferralNoticeDelivered, ReferralNoticeIssued, RefusedToProceed } from '@pdr/procedures';
import type { ObjectionDecided, PanelistAppointed, PanelistObjectionRaised, PanelistSelfDisqualified } from '@pdr/procedures';
import type { ComplianceIntentStated, DecisionAmended, DecisionCorrectiveActionCertified, DecisionCorrectiveActionVerified, DecisionFlaggedForPublication, DecisionIssued, ImpossibilityClaimed, ImpossibilityClaimRejected, NoticeOfIntentIssued } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseIdOf } from './case-stream';

export const CASES_COLLECTION = 'cases';

/** A row of the staff case list and the head of the case detail. */
export type CaseListDocument = {
  _id: string;
  caseId: string;
  rulebook: { id: string; version: string };
  framework: string;
  stage: string;
  status: 'open' | 'closed';
  complainant: { name: string; country: string; filingAs: string };
  respondent: { name: string; businessId?: string };
  channel: string;
  contactId?: string;
  receivedAt: string;
  filedAt: string;
  identityVerified: boolean;
  /** Notices sent by id, with their delivery once recorded (BBB-8.7). */
  notices?: Record<string, { kind: string; rule: string; recipient: string; channel: string; sentAt: string; deliveredAt?: string }>;
  /** Running deadlines by id: the case detail's "what is due". */
  deadlines: Record<string, { kind: string; rule: string; dueOn: string; dueAt: string }>;
  closure?: { reason: string; rule: string; label: string; closedAt: string };
  /** Eligibility findings by condition: the staff's review checklist. */
  eligibility?: Record<string, { met: boolean; rule: string; note: string }>;
  ineligibility?: { condition: string; rule: string; reason: string; otherAgency?: { name: string; address: string } };
  docketedAt?: string;
  acknowledgements?: Partial<Record<'complainant' | 'respondent', string>>;
  representatives?: Partial<Record<'complainant' | 'respondent', { name: string; email: string; organisation?: string }>>;
  /** BBB-3.4 / BBB-5: the Settlement, its letter and the verification of its corrective action. */
  settlement?: {
    status: 'awaiting-letter' | 'effective' | 'awaiting-certification' | 'certified' | 'verified' | 'not-certified';
    terms: string;
    correctiveAction?: { description: string; performBy: string };
    reachedAt: string;
    letterCirculatedAt?: string;
    certifiedAt?: string;
    substantiationRequestedAt?: string;
    verifiedAt?: string;
  };
  /** BBB-4.5: the Panelist appointed (absent while none is), the seed of the draw (BBB-4.2), and an objection to them (BBB-4.2.1). */
  panelist?: {
    panelistId: string;
    seed: string;
    appointedAt: string;
    replaces?: string;
    objection?: { objectionId: string; raisedBy: string; ground: string; status: 'pending' | 'rejected' };
  };
  /** BBB-4.6.1 to BBB-4.6.4, BBB-5: the Decision, the Respondent's statement, a claim of impossibility and performance. */
  decision?: {
    status: 'awaiting-statement' | 'notice-of-intent' | 'intent-stated' | 'certified' | 'verified' | 'not-certified' | 'no-intent';
    panelistId: string;
    correctiveActionNecessary: boolean;
    correctiveAction?: { description: string; performBy: string };
    issuedAt: string;
    targetMissed?: boolean;
    intentStatedAt?: string;
    impossibility?: { party: string; status: 'claimed' | 'evidence-sought' | 'rejected' | 'confirmed' };
    amendments?: number;
    flaggedForPublication?: boolean;
    certifiedAt?: string;
    verifiedAt?: string;
  };
  /** BBB-8.3: when the file was disposed of; the Complainant's data and the file's are then `[erased]` or gone. */
  fileDisposedAt?: string;
  /** The stream revision the row reflects: what a client sends back as If-Match. */
  revision: number;
  updatedAt: string;
  lastEventType: string;
};

function filed(event: RecordedEvent<ComplaintFiled['data']>): TargetedWrite {
  const { data } = event;
  const document: Omit<CaseListDocument, '_id'> = {
    caseId: data.caseId,
    rulebook: data.rulebook,
    framework: data.framework,
    stage: 'eligibility-review',
    status: 'open',
    complainant: { name: data.complainant.name, country: data.complainant.country, filingAs: data.complainant.filingAs },
    respondent: data.respondent,
    channel: data.channel,
    ...(data.contactId ? { contactId: data.contactId } : {}),
    receivedAt: data.receivedAt,
    filedAt: event.recordedAt,
    identityVerified: false,
    deadlines: {},
    revision: event.revision,
    updatedAt: event.recordedAt,
    lastEventType: event.type,
  };
  // $setOnInsert makes a replayed creation a no-op.
  return { collection: CASES_COLLECTION, operation: { updateOne: { filter: { _id: data.caseId }, update: { $setOnInsert: document }, upsert: true } } };
}

/** Every case event moves the row's revision; the guard on revision makes a replayed event a no-op. */
function touched(caseId: string, event: RecordedEvent, changes: Record<string, unknown> = {}, removals: readonly string[] = []): TargetedWrite {
  return {
    collection: CASES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: caseId, revision: { $lt: event.revision } },
        update: {
          $set: { ...changes, revision: event.revision, updatedAt: event.recordedAt, lastEventType: event.type },
          ...(removals.length > 0 ? { $unset: Object.fromEntries(removals.map((path) => [path, ''])) } : {}),
        },
      },
    },
  };
}

/** What each kind of case event changes on the row, beyond its revision. */
function changesOf(event: RecordedEvent): { set?: Record<string, unknown>; unset?: string[] } {
  const data = event.data as { deadlineId?: string };
  switch (event.type) {
    case 'ComplainantIdentityVerified':
      return { set: { identityVerified: true } };
    case 'InformationRequested':
      return { set: { stage: 'awaiting-information' } };
    case 'RequestedInformationReceived':
      return { set: { stage: 'eligibility-review' } };
    case 'NoticeSent': {
      const { noticeId, kind, rule, recipient, channel, sentAt } = event.data as NoticeSent['data'];
      return { set: { [`notices.${noticeId}`]: { kind, rule, recipient, channel, sentAt } } };
    }
    case 'NoticeDelivered': {
      const { noticeId, deliveredAt } = event.data as NoticeDelivered['data'];
      return { set: { [`notices.${noticeId}.deliveredAt`]: deliveredAt } };
    }
    case 'DeadlineSet': {
      const { deadlineId, kind, rule, dueOn, dueAt } = event.data as DeadlineSet['data'];
      return { set: { [`deadlines.${deadlineId}`]: { kind, rule, dueOn, dueAt } } };
    }
    case 'DeadlineExtended': {
      const { deadlineId, dueOn, dueAt } = event.data as DeadlineExtended['data'];
      return { set: { [`deadlines.${deadlineId}.dueOn`]: dueOn, [`deadlines.${deadlineId}.dueAt`]: dueAt } };
    }
    case 'DeadlineMet':
    case 'DeadlineCancelled':
    case 'DeadlineLapsed':
      return { unset: [`deadlines.${data.deadlineId}`] };
    case 'RespondentIdentified': {
      const { businessId, legalName } = event.data as RespondentIdentified['data'];
      return { set: { 'respondent.businessId': businessId, 'respondent.legalName': legalName } };
    }
    case 'EligibilityConditionAssessed': {
      const { condition, met, rule, note } = event.data as EligibilityConditionAssessed['data'];
      return { set: { [`eligibility.${condition}`]: { met, rule, note } } };
    }
    case 'ComplaintFoundIneligible': {
      const { condition, rule, reason, otherAgency } = event.data as ComplaintFoundIneligible['data'];
      return { set: { ineligibility: { condition, rule, reason, ...(otherAgency ? { otherAgency } : {}) } } };
    }
    case 'CaseDocketed': {
      const { stage, docketedAt } = event.data as CaseDocketed['data'];
      return { set: { stage, docketedAt } };
    }
    case 'WaiverAcknowledged': {
      const { party, acknowledgedAt } = event.data as WaiverAcknowledged['data'];
      return { set: { [`acknowledgements.${party}`]: acknowledgedAt } };
    }
    case 'RepresentativeDesignated': {
      const { party, name, email, organisation } = event.data as RepresentativeDesignated['data'];
      return { set: { [`representatives.${party}`]: { name, email, ...(organisation ? { organisation } : {}) } } };
    }
    case 'SettlementReached': {
      const { stage, terms, correctiveAction, reachedAt } = event.data as SettlementReached['data'];
      return { set: { stage, settlement: { status: 'awaiting-letter', terms, ...(correctiveAction ? { correctiveAction } : {}), reachedAt } } };
    }
    case 'SettlementLetterCirculated': {
      const { stage, correctiveAction, circulatedAt } = event.data as SettlementLetterCirculated['data'];
      return { set: { ...(stage ? { stage } : {}), 'settlement.letterCirculatedAt': circulatedAt, 'settlement.status': correctiveAction ? 'awaiting-certification' : 'effective' } };
    }
    case 'PerformanceCertified':
      return { set: { 'settlement.status': 'certified', 'settlement.certifiedAt': (event.data as PerformanceCertified['data']).certifiedAt } };
    case 'SubstantiationRequested':
      return { set: { 'settlement.substantiationRequestedAt': (event.data as SubstantiationRequested['data']).requestedAt } };
    case 'PerformanceVerified':
      return { set: { 'settlement.status': 'verified', 'settlement.verifiedAt': (event.data as PerformanceVerified['data']).verifiedAt } };
    case 'PerformanceNotCertified':
      return { set: { 'settlement.status': 'not-certified' } };
    case 'ReferralDecisionRequired':
      return { set: { stage: (event.data as ReferralDecisionRequired['data']).stage } };
    // BBB-4.1, BBB-4.4 to BBB-4.4.3: the written phase of the hearing moves the case through the stages its events name.
    case 'HearingRequested':
    case 'PositionSubmitted':
    case 'DefaultNoticeIssued':
    case 'RebuttalSubmitted':
    case 'ReplySubmitted':
    case 'HearingRecordSentToPanelist':
      return { set: { stage: (event.data as { stage: string }).stage } };
    // BBB-8.8 referral (notice, cure, referral kept for the BBB-7.3 report) and refusals to proceed (BBB-6 (9)-(11)).
    case 'ReferralDecided': {
      const { agency, decidedAt, cureBusinessDays } = event.data as ReferralDecided['data'];
      return { set: { referral: { status: 'decided', agency: agency.name, cureBusinessDays, decidedAt } } };
    }
    case 'ReferralDeclined':
      return { set: { referral: { status: 'not-referred' } } };
    case 'ReferralNoticeIssued': {
      const { stage, sentAt } = event.data as ReferralNoticeIssued['data'];
      return { set: { stage, 'referral.status': 'notice-sent', 'referral.noticeSentAt': sentAt } };
    }
    case 'ReferralNoticeDelivered': {
      const { stage, deliveredAt } = event.data as ReferralNoticeDelivered['data'];
      return { set: { stage, 'referral.status': 'cure-period', 'referral.noticeDeliveredAt': deliveredAt } };
    }
    case 'ReferralCured': {
      const { stage, curedAt } = event.data as ReferralCured['data'];
      return { set: { stage, 'referral.status': 'cured', 'referral.curedAt': curedAt } };
    }
    case 'ReferralMade': {
      const { referredAt } = event.data as ReferralMade['data'];
      return { set: { 'referral.status': 'referred', 'referral.referredAt': referredAt } };
    }
    case 'RefusedToProceed': {
      const { reason, rule, party, refusedAt } = event.data as RefusedToProceed['data'];
      return { set: { refusal: { reason, rule, party, refusedAt } } };
    }
    // BBB-4.5, BBB-4.2, BBB-4.2.1: the Panelist on the case, and objections to them.
    case 'PanelistAppointed': {
      const { stage, panelistId, seed, appointedAt, replaces } = event.data as PanelistAppointed['data'];
      return { set: { stage, panelist: { panelistId, seed, appointedAt, ...(replaces ? { replaces } : {}) } } };
    }
    case 'PanelistSelfDisqualified':
      return { set: { stage: (event.data as PanelistSelfDisqualified['data']).stage }, unset: ['panelist'] };
    case 'PanelistObjectionRaised': {
      const { objectionId, raisedBy, ground } = event.data as PanelistObjectionRaised['data'];
      return { set: { 'panelist.objection': { objectionId, raisedBy, ground, status: 'pending' } } };
    }
    case 'ObjectionDecided': {
      const { outcome, stage } = event.data as ObjectionDecided['data'];
      return outcome === 'upheld' ? { set: { stage }, unset: ['panelist'] } : { set: { 'panelist.objection.status': 'rejected' } };
    }
    // BBB-4.6.1 to BBB-4.6.4, BBB-5: the Decision and what follows it.
    case 'DecisionIssued': {
      const { stage, panelistId, correctiveActionNecessary, correctiveAction, issuedAt } = event.data as DecisionIssued['data'];
      const action = correctiveAction ? { correctiveAction: { description: correctiveAction.description, performBy: correctiveAction.performBy } } : {};
      return { set: { stage, decision: { status: 'awaiting-statement', panelistId, correctiveActionNecessary, ...action, issuedAt } } };
    }
    case 'DecisionTargetMissed':
      return { set: { 'decision.targetMissed': true } };
    case 'ComplianceIntentStated': {
      const { stage, receivedAt } = event.data as ComplianceIntentStated['data'];
      return { set: { stage, 'decision.status': 'intent-stated', 'decision.intentStatedAt': receivedAt } };
    }
    case 'ImpossibilityClaimed':
      return { set: { 'decision.impossibility': { party: (event.data as ImpossibilityClaimed['data']).party, status: 'claimed' } } };
    case 'ImpossibilityEvidenceSought':
      return { set: { 'decision.impossibility.status': 'evidence-sought' } };
    case 'ImpossibilityClaimRejected':
      return { set: { stage: (event.data as ImpossibilityClaimRejected['data']).stage, 'decision.impossibility.status': 'rejected' } };
    case 'DecisionAmended': {
      const { stage, correctiveAction } = event.data as DecisionAmended['data'];
      return { set: { stage, 'decision.impossibility.status': 'confirmed', 'decision.correctiveAction': { description: correctiveAction.description, performBy: correctiveAction.performBy } } };
    }
    case 'NoticeOfIntentIssued':
      return { set: { stage: (event.data as NoticeOfIntentIssued['data']).stage, 'decision.status': 'notice-of-intent' } };
    case 'DecisionFlaggedForPublication':
      return { set: { 'decision.status': 'no-intent', 'decision.flaggedForPublication': (event.data as DecisionFlaggedForPublication['data']).report === 'next-procedure-report' } };
    case 'DecisionCorrectiveActionCertified':
      return { set: { 'decision.status': 'certified', 'decision.certifiedAt': (event.data as DecisionCorrectiveActionCertified['data']).certifiedAt } };
    case 'DecisionCorrectiveActionVerified':
      return { set: { 'decision.status': 'verified', 'decision.verifiedAt': (event.data as DecisionCorrectiveActionVerified['data']).verifiedAt } };
    case 'DecisionCorrectiveActionNotCertified':
      return { set: { 'decision.status': 'not-certified' } };
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data as CaseClosed['data'];
      return { set: { status: 'closed', stage: 'closed', closure: { reason, rule, label, closedAt } } };
    }
    case 'CaseFileDisposed': {
      // BBB-8.3: the Complainant's and the file's keys are destroyed; drop what this row derived from them. The
      // Settlement's terms and the Decision were written under the retained documents' key and stay.
      const { disposedAt } = event.data as CaseFileDisposed['data'];
      return {
        set: { fileDisposedAt: disposedAt, 'complainant.name': ERASED, 'complainant.country': ERASED, 'respondent.name': ERASED },
        unset: ['representatives', 'eligibility', 'ineligibility.reason', 'panelist.objection.ground'],
      };
    }
    // GDPR Art. 17: the Complainant's key is destroyed; what this row took from it reads as a rebuild would read it.
    case 'ComplainantDataErased':
      return { set: { 'complainant.name': ERASED, 'complainant.country': ERASED } };
    default:
      return {};
  }
}

export const caseListProjection: Projection = {
  name: 'case-list',
  version: 11,
  collections: [CASES_COLLECTION],
  indexes: {
    [CASES_COLLECTION]: [
      { keys: { status: 1, stage: 1, receivedAt: -1 }, name: 'status_stage_received' },
      { keys: { 'rulebook.id': 1, receivedAt: -1 }, name: 'rulebook_received' },
      { keys: { 'respondent.name': 1 }, name: 'respondent' },
      { keys: { status: 1, fileDisposedAt: 1, 'closure.closedAt': 1 }, name: 'file_retention' },
    ],
  },

  project(event) {
    const caseId = caseIdOf(event.streamId);
    if (!caseId) return [];
    switch (event.type) {
      case 'ComplaintFiled':
        return [filed(event as RecordedEvent<ComplaintFiled['data']>)];
      default: {
        const { set, unset } = changesOf(event);
        return [touched(caseId, event, set, unset)];
      }
    }
  },
};
