import type { BusinessCalendar } from '@pdr/calendar';
import type { Channel } from '../shared/channels';
import type { Complainant, ComplaintElements, ParticipationEvidence, Respondent } from './case.events';
import type { ConciliationCommand } from './conciliation/conciliation.commands';
import type { HearingCommand } from './hearing/hearing.commands';
import type { ExchangeCommand } from './exchange/exchange.commands';
import type { MediationCommand } from './mediation/mediation.commands';
import type { PerformanceCommand } from './performance/performance.commands';
import type { DecisionCommand } from './decision/decision.commands';
import type { ReferralCommand } from './referral/referral.commands';
import type { PanelCommand } from './panel/panel.commands';
import type { PanelistProceedingsCommand } from './panelist-proceedings/panelist-proceedings.commands';
import type { DocumentsCommand } from './documents/documents.commands';
import type { OutcomeCommand } from './outcomes/outcome.commands';
import type { HearingDecisionCommand } from './hearing-decision/hearing-decision.commands';

export interface FileComplaint extends ComplaintElements {
  readonly kind: 'FileComplaint';
  readonly caseId: string;
  readonly rulebookId: string;
  /** The programme the Respondent participates in (issue 12); omitted, the rulebook's own. Its rulebook must be `rulebookId`. */
  readonly programmeId?: string;
  /** Omit under a rulebook with a single framework. */
  readonly framework?: string;
  readonly receivedAt: string;
  readonly channel: Channel;
  readonly contactId?: string;
  readonly complainant: Complainant;
  readonly respondent: Respondent;
  readonly allegation: string;
  readonly outcomesSought: readonly string[];
  /**
   * VS-3.1(b): what the registry held, when the complaint was filed, of the business the complaint names by its
   * registry id (gathered by the handler: the decider cannot read the registry); used where a condition is computed so.
   */
  readonly registry?: { readonly legalName?: string; readonly participation: ParticipationEvidence };
  readonly issuedAt: string;
}

export interface VerifyComplainantIdentity {
  readonly kind: 'VerifyComplainantIdentity';
  readonly caseId: string;
  readonly method: string;
  readonly issuedAt: string;
}

/** Commands that set or move a deadline carry the rulebook's calendar, closures included, as data. */
interface WithCalendar {
  readonly calendar: BusinessCalendar;
}

export interface RequestInformation extends WithCalendar {
  readonly kind: 'RequestInformation';
  readonly caseId: string;
  readonly requested: string;
  readonly channel: Channel;
  readonly issuedAt: string;
}

export interface ReceiveRequestedInformation {
  readonly kind: 'ReceiveRequestedInformation';
  readonly caseId: string;
  readonly receivedAt: string;
  readonly summary: string;
  readonly issuedAt: string;
}

export interface ExtendDeadline extends WithCalendar {
  readonly kind: 'ExtendDeadline';
  readonly caseId: string;
  readonly deadlineId: string;
  readonly count: number;
  readonly unit: 'business-days' | 'calendar-days';
  readonly reason: string;
  readonly grantedBy: string;
  readonly issuedAt: string;
}

/** A timer (or a reconciliation) says a deadline's time has come; the decider checks that it really has. */
export interface RecordDeadlineLapse {
  readonly kind: 'RecordDeadlineLapse';
  readonly caseId: string;
  readonly deadlineId: string;
  readonly issuedAt: string;
}

export interface IdentifyRespondent {
  readonly kind: 'IdentifyRespondent';
  readonly caseId: string;
  /** The registry entry, as the handler found it: the decider cannot read the registry. */
  readonly business: { readonly businessId: string; readonly legalName: string };
  readonly issuedAt: string;
}

export interface AssessEligibilityCondition {
  readonly kind: 'AssessEligibilityCondition';
  readonly caseId: string;
  readonly condition: string;
  readonly met: boolean;
  readonly note: string;
  readonly account?: string;
  /** For the participation condition: the registry's answer for the identified Respondent at the filing instant. */
  readonly participation?: ParticipationEvidence;
  readonly issuedAt: string;
}

export interface DetermineIneligible {
  readonly kind: 'DetermineIneligible';
  readonly caseId: string;
  readonly condition: string;
  readonly reason: string;
  readonly otherAgency?: { readonly name: string; readonly address: string };
  /** Counts the appeal window an appealable outcome opens (VS-5.5(a)); a closure that opens none needs no calendar. */
  readonly calendar?: BusinessCalendar;
  readonly issuedAt: string;
}

export interface DocketCase {
  readonly kind: 'DocketCase';
  readonly caseId: string;
  readonly note?: string;
  /** The rulebook's calendar, for a mediation whose first period runs from docketing (VS-7.1). */
  readonly calendar?: BusinessCalendar;
  readonly issuedAt: string;
}

export interface AcknowledgeWaiver {
  readonly kind: 'AcknowledgeWaiver';
  readonly caseId: string;
  readonly party: 'complainant' | 'respondent';
  readonly issuedAt: string;
}

export interface DesignateRepresentative {
  readonly kind: 'DesignateRepresentative';
  readonly caseId: string;
  readonly party: 'complainant' | 'respondent';
  readonly name: string;
  readonly email: string;
  readonly organisation?: string;
  readonly issuedAt: string;
}

/** VS-6.1: the Complainant's material breach of the procedure; staff close the complaint "Closed by Default". */
export interface CloseForComplainantBreach {
  readonly kind: 'CloseForComplainantBreach';
  readonly caseId: string;
  readonly reasons: string;
  readonly issuedAt: string;
}

export interface WithdrawComplaint {
  readonly kind: 'WithdrawComplaint';
  readonly caseId: string;
  readonly reason?: string;
  readonly issuedAt: string;
}

/** BBB-8.7: a notice reached its recipient; the delivery time is recorded once known (the calendar counts any period its receipt starts). */
export interface RecordNoticeDelivery extends WithCalendar {
  readonly kind: 'RecordNoticeDelivery';
  readonly caseId: string;
  readonly noticeId: string;
  readonly deliveredAt: string;
  readonly issuedAt: string;
}

/**
 * GDPR Art. 17: erase the Complainant's own data (what ComplaintFiled and later events hold under the Complainant's
 * key) for an erasure request. Only on a closed case: while it is open the procedure needs it (Art. 17(3)(e)).
 */
export interface EraseComplainantData {
  readonly kind: 'EraseComplainantData';
  readonly caseId: string;
  /** The erasure request this answers. */
  readonly requestId: string;
  readonly issuedAt: string;
}

export type CaseCommand =
  | FileComplaint
  | VerifyComplainantIdentity
  | RequestInformation
  | ReceiveRequestedInformation
  | ExtendDeadline
  | RecordDeadlineLapse
  | IdentifyRespondent
  | AssessEligibilityCondition
  | DetermineIneligible
  | DocketCase
  | AcknowledgeWaiver
  | DesignateRepresentative
  | WithdrawComplaint
  | CloseForComplainantBreach
  | RecordNoticeDelivery
  | EraseComplainantData
  | ConciliationCommand
  | HearingCommand
  | ExchangeCommand
  | MediationCommand
  | PerformanceCommand
  | HearingDecisionCommand
  | DecisionCommand
  | ReferralCommand
  | PanelCommand
  | PanelistProceedingsCommand
  | DocumentsCommand
  | OutcomeCommand;
