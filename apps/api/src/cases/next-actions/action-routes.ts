import type { NextAction } from '@pdr/procedures';

/**
 * The endpoint that takes each procedure action, under /cases/{caseId}/. Typed over every command a next action can
 * name, so a new command without an endpoint fails to compile; a test checks each path against the OpenAPI document.
 */
export const ACTION_ROUTES: Readonly<Record<NextAction['command'], string>> = {
  VerifyComplainantIdentity: 'identity-verification',
  RequestInformation: 'information-requests',
  ReceiveRequestedInformation: 'information-responses',
  ExtendDeadline: 'deadlines/{deadlineId}/extensions',
  IdentifyRespondent: 'respondent-identification',
  AssessEligibilityCondition: 'eligibility-findings',
  DetermineIneligible: 'ineligibility',
  DocketCase: 'docketing',
  AcknowledgeWaiver: 'acknowledgements',
  DesignateRepresentative: 'representatives',
  WithdrawComplaint: 'withdrawal',
  CloseForComplainantBreach: 'closure-by-default',
  RecordNoticeDelivery: 'notices/{noticeId}/delivery',
  ObtainComplainantFacts: 'conciliation/complainant-facts',
  ForwardFactsToRespondent: 'conciliation/forwarding',
  ReceiveRespondentResponse: 'conciliation/respondent-responses',
  PresentSettlementOffer: 'conciliation/settlement-offers',
  AgreeToTeleconference: 'conciliation/teleconference-agreements',
  ScheduleTeleconference: 'conciliation/teleconference',
  ReachSettlement: 'settlement',
  CirculateSettlementLetter: 'settlement/letter',
  CertifyPerformance: 'settlement/certification',
  RequestSubstantiation: 'settlement/substantiation-requests',
  VerifyPerformance: 'settlement/verification',
  RequestHearing: 'hearing-request',
  SubmitPosition: 'hearing/position',
  SubmitRebuttal: 'hearing/rebuttal',
  SubmitReply: 'hearing/reply',
  SubmitResponse: 'hearing/response',
  FileSubmission: 'submissions/{slot}',
  WaiveSubmission: 'submissions/{slot}/waiver',
  AppointMediator: 'mediation/mediator',
  ScheduleMediationTeleconference: 'mediation/teleconference',
  RecordMediationOutcome: 'mediation/outcome',
  SendSettlementTerms: 'mediation/settlement-terms',
  ConfirmPerformance: 'performance/confirmation',
  RecordNonPerformance: 'performance/failure',
  RecordHearingDelivery: 'hearing/deliveries',
  IssueDecision: 'decision',
  IssueHearingDecision: 'hearing-decision',
  MonitorDecisionTarget: 'decision/target',
  RecordDecisionDelivery: 'decision/deliveries',
  StateComplianceIntent: 'decision/compliance-intent',
  ClaimImpossibility: 'decision/impossibility-claims',
  SeekImpossibilityEvidence: 'decision/impossibility-evidence-requests',
  RuleOnImpossibility: 'decision/impossibility-ruling',
  CertifyDecisionCorrectiveAction: 'decision/certification',
  VerifyDecisionCorrectiveAction: 'decision/verification',
  AppointPanelist: 'panel/appointment',
  DisqualifyPanelist: 'panel/self-disqualifications',
  RaisePanelistObjection: 'panel/objections',
  DecidePanelistObjection: 'panel/objections/{objectionId}/decision',
  DesignateDecisionMaker: 'panel/designation',
  RequestPanelistInformation: 'panelist/information-requests',
  RecordProceedingsDelivery: 'panelist/deliveries',
  SubmitPanelistInformationAnswer: 'panelist/answers',
  CommentOnPanelistAnswer: 'panelist/answer-responses',
  DecideWithoutOralHearing: 'panelist/no-oral-hearing',
  ScheduleOralHearing: 'panelist/oral-hearings',
  RecordProprietaryExclusion: 'panelist/oral-hearing-exclusions',
  RecordOralHearingAbsence: 'panelist/oral-hearing-absences',
  ReportAbsenceReason: 'panelist/oral-hearing-absence-reasons',
  ResolveOralHearingAbsence: 'panelist/oral-hearing-absence-resolutions',
  FurnishInvestigativeAnalysis: 'panelist/investigative-analysis',
  DecideToRefer: 'referral/decision-to-refer',
  DecideNotToRefer: 'referral/decision-not-to-refer',
  RecordReferralNoticeDelivery: 'referral/notice-delivery',
  CureReferral: 'referral/cure',
  RefuseToProceed: 'refusal',
  DesignateProprietaryInformation: 'proprietary-designations',
  AcceptProprietaryDesignation: 'proprietary-designations/{designationId}/acceptance',
  ReturnProprietaryDesignation: 'proprietary-designations/{designationId}/return',
  DisposeCaseFile: 'file-disposal',
  RecordLanguageAssistance: 'language-assistance',
  AppealClosure: 'closure-appeals',
  DecideClosureAppeal: 'closure-appeals/decision',
};

/** A next action as clients see it: with the request that takes it. */
export type NextActionView = NextAction & { readonly method: 'POST'; readonly href: string };

/** Fills the route's parameters from the action: its deadline, or what it is about (a notice, objection, designation). */
export function withHref(caseId: string, action: NextAction): NextActionView {
  const values: Record<string, string | undefined> = { caseId, ...(action.deadlineId ? { deadlineId: action.deadlineId } : {}), ...action.about };
  const path = ACTION_ROUTES[action.command].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`next action ${action.command} lacks ${name} for its route`);
    return encodeURIComponent(value);
  });
  return { ...action, method: 'POST', href: `/cases/${caseId}/${path}` };
}
