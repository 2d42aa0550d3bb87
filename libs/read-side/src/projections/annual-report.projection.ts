import type { RecordedEvent } from '@pdr/event-sourcing';
import type { CaseClosed, CaseDocketed, ComplaintFiled, ComplaintFoundIneligible, ComplaintWithdrawn, ContactRecorded } from '@pdr/procedures';
import type { DecisionFlaggedForPublication, DecisionIssued, ReferralMade, RespondentDefaultNoted, SettlementReached } from '@pdr/procedures';
import type { DecisionCorrectiveActionNotCertified, NotedForReport, NotedMatter, PerformanceNotCertified } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseIdOf } from './case-stream';

export const ANNUAL_REPORT_COLLECTION = 'annual_report_facts';

/** The administrator's time zone: a fact belongs to the calendar year of its instant there. */
export const REPORT_TIME_ZONE = 'America/New_York';

export type AnnualReportFactKind =
  | 'contact'
  | 'complaint-filed'
  | 'docketed'
  | 'ineligible'
  | 'settled'
  | 'decided'
  | 'withdrawn'
  | 'closed'
  | 'referred'
  | 'decision-published'
  | 'noted';

/**
 * One fact for the Annual Procedure Report (BBB-7.1 to BBB-7.3), aggregate-safe: no Party names,
 * emails or free text, except the Respondent's name on a referral (BBB-7.3 requires it).
 * Contacts and filed complaints carry the rulebook id; later case facts carry the case id and
 * take the rulebook from the complaint's fact (`case:<caseId>`) at query time.
 */
export type AnnualReportFactDocument = {
  _id: string;
  kind: AnnualReportFactKind;
  /** Calendar year of `at` in America/New_York. */
  year: number;
  at: string;
  rulebookId?: string;
  caseId?: string;
  channel?: string;
  /** BBB-7.2: the failing eligibility condition and its rule. */
  condition?: string;
  rule?: string;
  /** BBB-6: the closure reason code and its label. */
  reason?: string;
  label?: string;
  correctiveAction?: boolean;
  /** What the rules note for the next report (`NotedForReport`): the matter; `rule` is the rule that notes it. */
  matter?: NotedMatter;
  /** BBB-7.3: the referral summary. */
  referral?: { respondentName: string; agency: string; nature: string; actionTaken: string };
  eventId: string;
};

const YEAR_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: REPORT_TIME_ZONE, year: 'numeric' });

/** The calendar year of an ISO instant in the administrator's time zone. */
export function reportYearOf(instant: string): number {
  return Number(YEAR_FORMAT.format(new Date(instant)));
}

type FactBody = Omit<AnnualReportFactDocument, '_id' | 'year' | 'eventId' | 'at'>;

/** $setOnInsert keyed by a stable id: a replayed event is a no-op. */
function fact(id: string, event: RecordedEvent, at: string, body: FactBody): TargetedWrite {
  const document: Omit<AnnualReportFactDocument, '_id'> = { ...body, at, year: reportYearOf(at), eventId: event.eventId };
  return { collection: ANNUAL_REPORT_COLLECTION, operation: { updateOne: { filter: { _id: id }, update: { $setOnInsert: document }, upsert: true } } };
}

/**
 * A matter noted for the next report, one fact per case and lapse: `NotedForReport` and, for history stored before it
 * existed, the event that carried the matter (`RespondentDefaultNoted`, `DecisionFlaggedForPublication`, and the BBB-5
 * `PerformanceNotCertified` and `DecisionCorrectiveActionNotCertified`) write the same fact (same id, `$setOnInsert`),
 * so a case that has both counts once.
 */
function notedFact(event: RecordedEvent, caseId: string, matter: NotedMatter, rule: string, at: string, deadlineId: string | undefined): TargetedWrite {
  return fact(deadlineId ? `noted:${caseId}:${deadlineId}` : `event:${event.eventId}`, event, at, { kind: 'noted', caseId, matter, rule });
}

function caseFacts(event: RecordedEvent, caseId: string): TargetedWrite[] {
  const byEvent = (at: string, body: Omit<FactBody, 'caseId'>) => fact(`event:${event.eventId}`, event, at, { ...body, caseId });
  switch (event.type) {
    case 'ComplaintFiled': {
      const data = event.data as ComplaintFiled['data'];
      return [fact(`case:${caseId}`, event, data.receivedAt, { kind: 'complaint-filed', caseId, rulebookId: data.rulebook.id, channel: data.channel })];
    }
    case 'CaseDocketed':
      return [byEvent((event.data as CaseDocketed['data']).docketedAt, { kind: 'docketed' })];
    case 'ComplaintFoundIneligible': {
      const { condition, rule } = event.data as ComplaintFoundIneligible['data'];
      return [byEvent(event.recordedAt, { kind: 'ineligible', condition, rule })];
    }
    case 'SettlementReached': {
      const { reachedAt, correctiveAction } = event.data as SettlementReached['data'];
      return [byEvent(reachedAt, { kind: 'settled', correctiveAction: correctiveAction !== undefined })];
    }
    case 'DecisionIssued': {
      const { issuedAt, correctiveActionNecessary } = event.data as DecisionIssued['data'];
      return [byEvent(issuedAt, { kind: 'decided', correctiveAction: correctiveActionNecessary })];
    }
    case 'ComplaintWithdrawn':
      return [byEvent((event.data as ComplaintWithdrawn['data']).withdrawnAt, { kind: 'withdrawn' })];
    case 'CaseClosed': {
      const { reason, rule, label, closedAt } = event.data as CaseClosed['data'];
      return [byEvent(closedAt, { kind: 'closed', reason, rule, label })];
    }
    case 'ReferralMade': {
      const { referredAt, respondent, agency, nature, actionTaken, reportRule } = event.data as ReferralMade['data'];
      return [byEvent(referredAt, { kind: 'referred', rule: reportRule, referral: { respondentName: respondent.name, agency: agency.name, nature, actionTaken } })];
    }
    case 'DecisionFlaggedForPublication': {
      const { flaggedAt, publicationRule, rule, deadlineId } = event.data as DecisionFlaggedForPublication['data'];
      return [byEvent(flaggedAt, { kind: 'decision-published', rule: publicationRule }), notedFact(event, caseId, 'refused-corrective-action', rule, flaggedAt, deadlineId)];
    }
    case 'RespondentDefaultNoted': {
      const { notedAt, rule, deadlineId } = event.data as RespondentDefaultNoted['data'];
      return [notedFact(event, caseId, 'respondent-default', rule, notedAt, deadlineId)];
    }
    case 'PerformanceNotCertified': {
      const { observedAt, rule, deadlineId } = event.data as PerformanceNotCertified['data'];
      return [notedFact(event, caseId, 'noncompliance', rule, observedAt, deadlineId)];
    }
    case 'DecisionCorrectiveActionNotCertified': {
      const { observedAt, rule, deadlineId } = event.data as DecisionCorrectiveActionNotCertified['data'];
      return [notedFact(event, caseId, 'noncompliance', rule, observedAt, deadlineId)];
    }
    case 'NotedForReport': {
      const { notedAt, rule, matter, deadlineId } = event.data as NotedForReport['data'];
      return [notedFact(event, caseId, matter, rule, notedAt, deadlineId)];
    }
    default:
      return [];
  }
}

export const annualReportProjection: Projection = {
  name: 'annual-report',
  // 2: matters noted for the report (`noted`, by matter) replace `default-noted`, and BBB-5 noncompliance is among them.
  version: 2,
  collections: [ANNUAL_REPORT_COLLECTION],
  indexes: {
    [ANNUAL_REPORT_COLLECTION]: [
      { keys: { year: 1, kind: 1 }, name: 'year_kind' },
      { keys: { caseId: 1 }, name: 'case' },
    ],
  },

  project(event) {
    if (event.type === 'ContactRecorded') {
      const { contactId, rulebook, receivedAt, channel } = event.data as ContactRecorded['data'];
      return [fact(`contact:${contactId}`, event, receivedAt, { kind: 'contact', rulebookId: rulebook.id, channel })];
    }
    const caseId = caseIdOf(event.streamId);
    if (!caseId) return [];
    return caseFacts(event, caseId);
  },
};
