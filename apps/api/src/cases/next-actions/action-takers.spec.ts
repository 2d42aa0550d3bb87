import { VERASAFE_FILING } from '@pdr/procedures/testing';
import { BusinessCalendar, US_FEDERAL } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import { type CaseCommand, type CaseEvent, type CaseState, caseDeciderWith, currentRulebook, type NextAction, nextActions, type OpenCase, periodEndedAt, pendingDeadlines } from '@pdr/procedures';
import { ACTION_ROUTES } from './action-routes';
import { takerMismatch } from './action-takers';
// Tests only, not in the library's public API: rulebooks registered for a while, composing designation and another exchange.
import { designatingRulebook, mediationExchangeRulebook, withRegisteredRulebook } from '@pdr/procedures/testing';

/**
 * Every next action names in `by` a role that can take it through the API (the access policy, apps/api/src/access).
 * The histories are walked from a filed complaint by taking offered actions (and letting periods lapse) at random,
 * with a fixed seed, until every command the API routes has been offered; each action offered on the way is checked.
 */

const calendar = new BusinessCalendar(US_FEDERAL);
const CASE = 'case-1';
const HOUR = 3_600_000;
const plus = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);
const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const BBB = currentRulebook('bbb-eu-safe-harbor')!;

/** A seeded generator (mulberry32): the walk is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const file = (rulebookId: string, at: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: CASE, rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: at, channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'kept my data', outcomesSought: ['suppress my data'], issuedAt: at,
});
const profile = (panelistId: string) => ({ panelistId, employer: `Independent ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true });
const BOARD = [profile('panelist-1'), profile('panelist-2'), profile('panelist-3')];
/** The same Board with the credentials a designating rulebook asks for (VS-8.3). */
const QUALIFIED_BOARD = BOARD.map((member) => ({ ...member, qualifications: ['CIPP'] }));
const date = (at: string, days: number) => plus(at, days * 24 * HOUR).slice(0, 10);

type Party = 'complainant' | 'respondent';
type Build = (action: NextAction, state: OpenCase, now: string, pick: () => number) => CaseCommand;

/** A valid command for each command a next action can name, issued at `now` (typed over all: a new command fails to compile here). */
const BUILD: Readonly<Record<NextAction['command'], Build>> = {
  VerifyComplainantIdentity: (_a, _s, now) => ({ kind: 'VerifyComplainantIdentity', caseId: CASE, method: 'passport', issuedAt: now }),
  RequestInformation: (_a, _s, now) => ({ kind: 'RequestInformation', caseId: CASE, requested: 'dates', channel: 'email', calendar, issuedAt: now }),
  ReceiveRequestedInformation: (a, s, now) => ({ kind: 'ReceiveRequestedInformation', caseId: CASE, receivedAt: receivedBy(a, s, now), summary: 'the dates', issuedAt: now }),
  ExtendDeadline: (a, _s, now) => ({ kind: 'ExtendDeadline', caseId: CASE, deadlineId: a.deadlineId!, count: 5, unit: 'business-days', reason: 'good cause', grantedBy: 'staff-1', calendar, issuedAt: now }),
  IdentifyRespondent: (_a, _s, now) => ({ kind: 'IdentifyRespondent', caseId: CASE, business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: now }),
  AssessEligibilityCondition: (a, s, now, pick) => {
    const condition = a.about!['condition']!;
    return {
      kind: 'AssessEligibilityCondition', caseId: CASE, condition, met: pick() > 0.03, note: 'checked', issuedAt: now,
      ...(condition === 'participating-business' ? { participation: { businessId: 'biz-1', program: s.rulebook.id, currentAtFiling: true, since: '2020-01-01T00:00:00.000Z' } } : {}),
      ...(condition === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
    };
  },
  DetermineIneligible: (a, _s, now) => ({ kind: 'DetermineIneligible', caseId: CASE, condition: a.about!['condition']!, reason: 'not met', calendar, issuedAt: now }),
  DocketCase: (_a, _s, now) => ({ kind: 'DocketCase', caseId: CASE, calendar, issuedAt: now }),
  AcknowledgeWaiver: (a, _s, now) => ({ kind: 'AcknowledgeWaiver', caseId: CASE, party: a.about!['party'] as Party, issuedAt: now }),
  DesignateRepresentative: (_a, _s, now, pick) => ({ kind: 'DesignateRepresentative', caseId: CASE, party: pick() < 0.5 ? 'complainant' : 'respondent', name: 'Rep', email: 'rep@example.eu', issuedAt: now }),
  WithdrawComplaint: (_a, _s, now) => ({ kind: 'WithdrawComplaint', caseId: CASE, reason: 'resolved', issuedAt: now }),
  CloseForComplainantBreach: (_a, _s, now) => ({ kind: 'CloseForComplainantBreach', caseId: CASE, reasons: 'abusive correspondence', issuedAt: now }),
  RecordNoticeDelivery: (a, _s, now) => ({ kind: 'RecordNoticeDelivery', caseId: CASE, noticeId: a.about!['noticeId']!, deliveredAt: now, calendar, issuedAt: now }),
  ObtainComplainantFacts: (_a, _s, now) => ({ kind: 'ObtainComplainantFacts', caseId: CASE, actorId: 'staff-1', summary: 'the facts', obtainedAt: now, issuedAt: now }),
  ForwardFactsToRespondent: (_a, _s, now) => ({ kind: 'ForwardFactsToRespondent', caseId: CASE, actorId: 'staff-1', channel: 'email', issuedAt: now }),
  ReceiveRespondentResponse: (_a, _s, now) => ({ kind: 'ReceiveRespondentResponse', caseId: CASE, actorId: 'staff-1', summary: 'a bug', receivedAt: now, issuedAt: now }),
  PresentSettlementOffer: (_a, _s, now) => ({ kind: 'PresentSettlementOffer', caseId: CASE, actorId: 'staff-1', offeredBy: 'respondent', terms: 'delete', issuedAt: now }),
  AgreeToTeleconference: (a, _s, now) => ({ kind: 'AgreeToTeleconference', caseId: CASE, actorId: 'staff-1', party: a.about!['party'] as Party, issuedAt: now }),
  ScheduleTeleconference: (_a, _s, now) => ({ kind: 'ScheduleTeleconference', caseId: CASE, actorId: 'staff-1', scheduledFor: plus(now, 72 * HOUR), issuedAt: now }),
  ReachSettlement: (_a, _s, now, pick) => ({
    kind: 'ReachSettlement', caseId: CASE, actorId: 'staff-1', terms: 'delete', issuedAt: now, ...(pick() < 0.7 ? { correctiveAction: { description: 'fix the job', performBy: date(now, 10) } } : {}),
  }),
  CirculateSettlementLetter: (_a, _s, now) => ({ kind: 'CirculateSettlementLetter', caseId: CASE, actorId: 'staff-1', calendar, issuedAt: now }),
  CertifyPerformance: (_a, _s, now) => ({ kind: 'CertifyPerformance', caseId: CASE, actorId: 'staff-1', statement: 'fixed', issuedAt: now }),
  RequestSubstantiation: (_a, _s, now) => ({ kind: 'RequestSubstantiation', caseId: CASE, actorId: 'staff-1', requested: 'logs', issuedAt: now }),
  VerifyPerformance: (_a, _s, now) => ({ kind: 'VerifyPerformance', caseId: CASE, actorId: 'staff-1', note: 'checked', issuedAt: now }),
  RequestHearing: (a, s, now, pick) => {
    // The remedies and brief the case's rulebook asks for (BBB-4.1; VS-4.1, VS-8.2).
    const hearing = currentRulebook(s.rulebook.id)!.hearing!;
    return {
      kind: 'RequestHearing', caseId: CASE, requestedBy: (a.about?.['party'] ?? 'complainant') as Party, remedies: [{ kind: hearing.remedies[0]!.kind }], ...(hearing.brief ? { brief: 'the brief' } : {}),
      ...((a.about?.['party'] ?? 'complainant') === 'complainant' && pick() < 0.3 ? { acceptComplaintAsPosition: true } : {}), calendar, issuedAt: now,
    };
  },
  SubmitPosition: (a, s, now) => ({ kind: 'SubmitPosition', caseId: CASE, receivedAt: receivedBy(a, s, now), summary: 'position', issuedAt: now }),
  SubmitRebuttal: (a, s, now) => ({ kind: 'SubmitRebuttal', caseId: CASE, receivedAt: receivedBy(a, s, now), summary: 'rebuttal', issuedAt: now }),
  SubmitReply: (a, s, now) => ({ kind: 'SubmitReply', caseId: CASE, receivedAt: receivedBy(a, s, now), summary: 'reply', issuedAt: now }),
  SubmitResponse: (a, s, now) => ({ kind: 'SubmitResponse', caseId: CASE, receivedAt: receivedBy(a, s, now), summary: 'response', issuedAt: now }),
  FileSubmission: (a, s, now) => ({ kind: 'FileSubmission', caseId: CASE, slot: a.about!['slot']!, filedBy: a.by as 'complainant', receivedAt: receivedBy(a, s, now), summary: 'filing', submissionKind: 'defend', issuedAt: now }),
  AppointMediator: (_a, _s, now) => ({ kind: 'AppointMediator', caseId: CASE, mediatorName: 'Mira Mediator', issuedAt: now }),
  ScheduleMediationTeleconference: (_a, _s, now) => ({ kind: 'ScheduleMediationTeleconference', caseId: CASE, scheduledFor: new Date(Date.parse(now) + 16 * 86_400_000).toISOString(), issuedAt: now }),
  RecordMediationOutcome: (_a, s, now, pick) => ({ kind: 'RecordMediationOutcome', caseId: CASE, outcome: (['complainant-absent', 'participant-absent', 'settlement', 'no-settlement'] as const)[Math.floor(pick() * 4)]!, terms: 'Acme deletes the profile', calendar, issuedAt: later(now, s.mediation?.scheduledFor ?? now) }),
  SendSettlementTerms: (_a, _s, now) => ({ kind: 'SendSettlementTerms', caseId: CASE, issuedAt: now }),
  ConfirmPerformance: (_a, _s, now) => ({ kind: 'ConfirmPerformance', caseId: CASE, verified: 'the profile is deleted', verifiedBy: 'staff-1', issuedAt: now }),
  RecordNonPerformance: (_a, _s, now) => ({ kind: 'RecordNonPerformance', caseId: CASE, details: 'the profile is still used', recordedBy: 'staff-1', issuedAt: now }),
  WaiveSubmission: (a, _s, now) => ({ kind: 'WaiveSubmission', caseId: CASE, slot: a.about!['slot']!, waivedBy: a.by as 'complainant', reason: 'satisfied', issuedAt: now }),
  RecordHearingDelivery: (a, _s, now) => ({ kind: 'RecordHearingDelivery', caseId: CASE, document: a.about!['document']!, deliveredAt: now, calendar, issuedAt: now }),
  IssueDecision: (a, s, now, pick) => {
    const necessary = pick() < 0.7;
    return {
      kind: 'IssueDecision', caseId: CASE, panelistId: a.about?.['panelistId'] ?? s.panel?.panelistId ?? 'panelist-1', findings: 'kept data', correctiveActionNecessary: necessary,
      ...(necessary ? { correctiveAction: { description: 'delete', remedies: [{ kind: 'suppress-personal-data' }], performBy: plus(now, 30 * 24 * HOUR) } } : {}), calendar, issuedAt: now,
    };
  },
  IssueHearingDecision: (a, s, now, pick) => {
    const orders = pick() < 0.5;
    return {
      kind: 'IssueHearingDecision', caseId: CASE, officerId: a.about?.['panelistId'] ?? s.panel?.panelistId ?? 'panelist-1', substantiated: orders, violatesFramework: orders, findings: 'weighed the submissions',
      ...(orders ? { reparationOrder: [{ kind: 'delete-personal-data', terms: 'within 30 days' }] } : {}), calendar, issuedAt: now,
    };
  },
  MonitorDecisionTarget: (_a, _s, now) => ({ kind: 'MonitorDecisionTarget', caseId: CASE, calendar, issuedAt: now }),
  RecordDecisionDelivery: (a, _s, now) => ({ kind: 'RecordDecisionDelivery', caseId: CASE, document: a.about!['document'] as 'decision', deliveredAt: now, calendar, issuedAt: now }),
  StateComplianceIntent: (a, s, now) => ({ kind: 'StateComplianceIntent', caseId: CASE, how: 'we will', receivedAt: receivedBy(a, s, now), calendar, issuedAt: now }),
  ClaimImpossibility: (a, s, now) => ({ kind: 'ClaimImpossibility', caseId: CASE, party: (a.about?.['party'] ?? 'respondent') as Party, grounds: 'backups', receivedAt: receivedBy(a, s, now), issuedAt: now }),
  SeekImpossibilityEvidence: (_a, s, now) => ({ kind: 'SeekImpossibilityEvidence', caseId: CASE, panelistId: s.panel!.panelistId!, requested: 'the schedule', issuedAt: now }),
  RuleOnImpossibility: (_a, s, now, pick) => {
    const confirmed = pick() < 0.5;
    return {
      kind: 'RuleOnImpossibility', caseId: CASE, panelistId: s.panel!.panelistId!, confirmed, reason: 'seen', calendar, issuedAt: now,
      ...(confirmed ? { amendment: { description: 'delete later', remedies: [{ kind: 'suppress-personal-data' }], performBy: plus(now, 60 * 24 * HOUR) } } : {}),
    };
  },
  CertifyDecisionCorrectiveAction: (_a, _s, now) => ({ kind: 'CertifyDecisionCorrectiveAction', caseId: CASE, statement: 'done', issuedAt: now }),
  VerifyDecisionCorrectiveAction: (_a, _s, now) => ({ kind: 'VerifyDecisionCorrectiveAction', caseId: CASE, actorId: 'staff-1', note: 'checked', issuedAt: now }),
  AppointPanelist: (_a, _s, now, pick) => ({ kind: 'AppointPanelist', caseId: CASE, panelists: BOARD, seed: String(pick()), issuedAt: now }),
  DesignateDecisionMaker: (_a, _s, now, pick) => ({ kind: 'DesignateDecisionMaker', caseId: CASE, panelistId: BOARD[Math.floor(pick() * BOARD.length)]!.panelistId, panelists: QUALIFIED_BOARD, issuedAt: now }),
  DisqualifyPanelist: (a, _s, now, pick) => ({ kind: 'DisqualifyPanelist', caseId: CASE, panelistId: a.about!['panelistId']!, reason: 'conflict', panelists: BOARD, seed: String(pick()), issuedAt: now }),
  RaisePanelistObjection: (a, _s, now) => ({
    kind: 'RaisePanelistObjection', caseId: CASE, panelistId: a.about!['panelistId']!, raisedBy: a.about!['party'] as Party, ground: BBB.panel!.objectionGrounds[3]!, details: 'knows them', issuedAt: now,
  }),
  DecidePanelistObjection: (a, _s, now, pick) => ({ kind: 'DecidePanelistObjection', caseId: CASE, objectionId: a.about!['objectionId']!, upheld: pick() < 0.5, reason: 'weighed', panelists: BOARD, seed: String(pick()), issuedAt: now }),
  RequestPanelistInformation: (_a, s, now, pick) => {
    const roll = pick();
    // VS-8.4a: where the request sets the answer's time limit, it names one.
    const timeLimit = currentRulebook(s.rulebook.id)?.panelistProceedings?.information.timeLimitSetByRequest ? { timeLimitBusinessDays: 5 } : {};
    return { kind: 'RequestPanelistInformation', caseId: CASE, panelistId: s.panel!.panelistId!, parties: roll < 0.4 ? ['complainant'] : roll < 0.8 ? ['respondent'] : ['complainant', 'respondent'], question: 'when?', ...timeLimit, issuedAt: now };
  },
  RecordProceedingsDelivery: (a, _s, now) => ({ kind: 'RecordProceedingsDelivery', caseId: CASE, requestId: a.about!['requestId']!, document: a.about!['document'] as 'request', deliveredAt: now, calendar, issuedAt: now }),
  SubmitPanelistInformationAnswer: (a, s, now) => ({ kind: 'SubmitPanelistInformationAnswer', caseId: CASE, requestId: a.about!['requestId']!, receivedAt: receivedBy(a, s, now), summary: 'answer', issuedAt: now }),
  CommentOnPanelistAnswer: (a, s, now) => ({ kind: 'CommentOnPanelistAnswer', caseId: CASE, requestId: a.about!['requestId']!, receivedAt: receivedBy(a, s, now), summary: 'comment', issuedAt: now }),
  DecideWithoutOralHearing: (_a, s, now) => ({ kind: 'DecideWithoutOralHearing', caseId: CASE, panelistId: s.panel!.panelistId!, issuedAt: now }),
  ScheduleOralHearing: (_a, s, now) => ({ kind: 'ScheduleOralHearing', caseId: CASE, panelistId: s.panel!.panelistId!, hearingAt: plus(now, 40 * 24 * HOUR), means: 'teleconference', calendar, issuedAt: now }),
  RecordProprietaryExclusion: (a, s, now) => ({
    kind: 'RecordProprietaryExclusion', caseId: CASE, panelistId: s.panel!.panelistId!, hearingId: a.about!['hearingId']!, excludedParty: 'complainant', topic: 'pricing', issuedAt: hearingBegun(a, s, now),
  }),
  RecordOralHearingAbsence: (a, s, now) => ({ kind: 'RecordOralHearingAbsence', caseId: CASE, panelistId: s.panel!.panelistId!, hearingId: a.about!['hearingId']!, absentParty: 'respondent', issuedAt: hearingBegun(a, s, now) }),
  ReportAbsenceReason: (a, _s, now) => ({ kind: 'ReportAbsenceReason', caseId: CASE, hearingId: a.about!['hearingId']!, knownReason: 'ill', issuedAt: now }),
  ResolveOralHearingAbsence: (a, s, now, pick) => ({
    kind: 'ResolveOralHearingAbsence', caseId: CASE, panelistId: s.panel!.panelistId!, hearingId: a.about!['hearingId']!, calendar, issuedAt: now,
    ...(pick() < 0.5 ? { outcome: 'proceed' as const } : { outcome: 'reschedule' as const, hearingAt: plus(now, 40 * 24 * HOUR), means: 'teleconference' }),
  }),
  FurnishInvestigativeAnalysis: (_a, _s, now) => ({ kind: 'FurnishInvestigativeAnalysis', caseId: CASE, facts: [{ fact: 'Acme kept the data', finding: 'valid', analysis: 'the logs show it' }], issuedAt: now }),
  DecideToRefer: (_a, _s, now) => ({ kind: 'DecideToRefer', caseId: CASE, agency: { name: 'FTC' }, respondentName: 'Acme Inc.', nature: 'default', summary: 'no Rebuttal', reason: 'refused to take part', decidedBy: 'staff-1', issuedAt: now }),
  DecideNotToRefer: (_a, _s, now) => ({ kind: 'DecideNotToRefer', caseId: CASE, reason: 'not worth it', decidedBy: 'staff-1', issuedAt: now }),
  RecordReferralNoticeDelivery: (_a, _s, now) => ({ kind: 'RecordReferralNoticeDelivery', caseId: CASE, deliveredAt: now, calendar, issuedAt: now }),
  CureReferral: (a, s, now) => ({ kind: 'CureReferral', caseId: CASE, receivedAt: receivedBy(a, s, now), actionTaken: 'did it', calendar, issuedAt: now }),
  RefuseToProceed: (a, _s, now, pick) => {
    const reason = a.about!['reason'] as 'party-conduct';
    // A refusal only one Party can make (VS-13.1 (1): the Participant's) names it, and always raises the referral question.
    const only = a.about!['party'] as Party | undefined;
    const refer = only === 'respondent' || (reason !== 'party-conduct' && pick() < 0.5);
    return { kind: 'RefuseToProceed', caseId: CASE, reason, party: only ?? (refer ? 'respondent' : 'complainant'), details: 'what happened', ...(refer ? { considerReferral: true } : {}), decidedBy: 'staff-1', issuedAt: now };
  },
  DesignateProprietaryInformation: (a, _s, now) => ({
    kind: 'DesignateProprietaryInformation', caseId: CASE, documentId: a.about!['documentId']!, party: a.by as Party, description: 'prices', content: 'the price list', affirmation: true, summary: 'prices', issuedAt: now,
  }),
  AcceptProprietaryDesignation: (a, _s, now) => ({ kind: 'AcceptProprietaryDesignation', caseId: CASE, designationId: a.about!['designationId']!, issuedAt: now }),
  ReturnProprietaryDesignation: (a, _s, now) => ({ kind: 'ReturnProprietaryDesignation', caseId: CASE, designationId: a.about!['designationId']!, ground: a.about!['ground'] as 'not-proprietary', reason: 'public', issuedAt: now }),
  DisposeCaseFile: (_a, _s, now) => ({ kind: 'DisposeCaseFile', caseId: CASE, issuedAt: now }),
  RecordLanguageAssistance: (a, _s, now) => ({ kind: 'RecordLanguageAssistance', caseId: CASE, party: a.about!['party'] as Party, language: 'de', assistance: 'translation', issuedAt: now }),
  AppealClosure: (a, s, now) => ({ kind: 'AppealClosure', caseId: CASE, party: a.by as Party, grounds: 'a material error', evidence: 'the letter', receivedAt: receivedBy(a, s, now), issuedAt: now }),
  DecideClosureAppeal: (_a, _s, now, pick) => ({ kind: 'DecideClosureAppeal', caseId: CASE, decision: pick() < 0.5 ? 'upheld' : 'granted', reasons: 'weighed', decidedBy: 'staff-1', calendar, issuedAt: now }),
};

/** Received within the period the action meets, if one runs. */
function receivedBy(action: NextAction, state: OpenCase, now: string): string {
  const deadline = action.deadlineId ? state.deadlines[action.deadlineId] : undefined;
  return deadline ? earlier(now, deadline.dueAt) : now;
}
const hearingBegun = (action: NextAction, state: OpenCase, now: string) => later(now, state.panelistProceedings!.hearings[action.about!['hearingId']!]!.hearingAt);

/**
 * How often the walk picks an action: what the case waits for first, endings and repeatable extras rarely, and a
 * command the walks have seldom taken more often (so the rarer stages are reached too).
 */
function weight(action: NextAction, taken: ReadonlyMap<string, number>): number {
  const novelty = 1 + 8 / (1 + (taken.get(action.command) ?? 0));
  if (action.command === 'WithdrawComplaint' || action.command === 'RefuseToProceed' || action.command === 'CloseForComplainantBreach') return 0.05 * novelty;
  if (['RecordLanguageAssistance', 'DesignateRepresentative', 'PresentSettlementOffer', 'ExtendDeadline', 'RequestSubstantiation'].includes(action.command)) return 0.2 * novelty;
  return (action.awaited ? 4 : 1) * novelty;
}

interface Walked {
  readonly offered: Map<string, NextAction>;
  /** How many times the walks took each command. */
  readonly taken: Map<string, number>;
  readonly faults: string[];
}

/**
 * The decider as processCaseCommand runs it, with the case's calendar: under a rulebook that delivers on transmission
 * (VS-3.3) a notice sent by any command (the VS-13.2 referral notice) starts its period at once.
 */
const decider = caseDeciderWith(calendar);

/** One walk from a filed complaint: at most `steps` actions or lapses, recording every action offered on the way. */
function walk(rulebookId: string, seed: number, steps: number, into: Walked): void {
  const pick = random(seed);
  let now = '2026-06-01T13:00:00.000Z';
  let state: CaseState = decider.initialState;
  const apply = (events: readonly CaseEvent[]) => {
    for (const event of events) state = decider.evolve(state, event);
  };
  apply(decider.decide(file(rulebookId, now), state));
  for (let step = 0; step < steps && state.status !== 'none'; step++) {
    const open = state as OpenCase;
    const actions = nextActions(open);
    for (const action of actions) into.offered.set(`${action.command} ${action.rule} ${action.by} ${JSON.stringify(action.about ?? {})}`, action);
    const running = open.status === 'open' ? pendingDeadlines(open.deadlines).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt)) : [];
    const lapseWeight = running.length > 0 ? (actions.some((action) => action.awaited) ? 1 : 4) : 0;
    const total = actions.reduce((sum, action) => sum + weight(action, into.taken), lapseWeight);
    if (total === 0) return;
    let roll = pick() * total;
    const chosen = actions.find((action) => (roll -= weight(action, into.taken)) < 0);
    now = plus(now, HOUR);
    let command: CaseCommand;
    if (chosen) {
      command = BUILD[chosen.command](chosen, open, now, pick);
      into.taken.set(chosen.command, (into.taken.get(chosen.command) ?? 0) + 1);
    } else {
      const due = running[0]!;
      now = later(now, periodEndedAt(due.dueAt));
      command = { kind: 'RecordDeadlineLapse', caseId: CASE, deadlineId: due.deadlineId, issuedAt: now };
    }
    if ('issuedAt' in command) now = later(now, command.issuedAt);
    try {
      apply(decider.decide(command, open));
    } catch (error) {
      // An action offered but refused is the parts' own specs' concern; a fault of the walk's commands is this one's.
      if (!(error instanceof RuleViolation)) into.faults.push(`${command.kind}: ${(error as Error).message}`);
    }
  }
}

describe('next actions name roles that can take them through the API (access policy)', () => {
  const walked: Walked = { offered: new Map(), taken: new Map(), faults: [] };
  beforeAll(() => {
    for (let seed = 1; seed <= 800; seed++) walk('bbb-eu-safe-harbor', seed, 120, walked);
    // Long enough to reach the Hearing Decision and its appeal (VS-8.4, VS-9) through mediation and the hearing.
    for (let seed = 1; seed <= 300; seed++) walk('verasafe-2016', seed, 120, walked);
    // A rulebook whose decision-maker is designated (VS-8.1) offers the designation instead of the draw.
    withRegisteredRulebook(designatingRulebook(BBB), () => {
      for (let seed = 1; seed <= 40; seed++) walk('bbb-eu-safe-harbor', seed, 120, walked);
    });
    // A written phase whose slots have no command of their own is filed with FileSubmission (issue 10's exchange part).
    withRegisteredRulebook(mediationExchangeRulebook(BBB), () => {
      for (let seed = 1; seed <= 40; seed++) walk('bbb-eu-safe-harbor', seed, 60, walked);
    });
  });

  it('walks histories in which every command the API routes is offered', () => {
    expect(walked.faults).toEqual([]);
    const offered = new Set([...walked.offered.values()].map((action) => action.command));
    expect(Object.keys(ACTION_ROUTES).filter((command) => !offered.has(command as NextAction['command']))).toEqual([]);
  });

  it('ACCESS-POLICY, BBB-8.8, BBB-2.5: every next action offered names in `by` a role the access policy lets call its route (and, for a Party, from its own side)', () => {
    const mismatches = [...new Set([...walked.offered.values()].map(takerMismatch).filter((mismatch): mismatch is string => mismatch !== undefined))].sort();
    expect(mismatches).toEqual([]);
  });
});
