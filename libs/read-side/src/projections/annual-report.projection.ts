import type { RecordedEvent } from '@pdr/event-sourcing';
import type { NotedMatter } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { caseEventOf, contactEventOf } from '../runner/typed-event';
import { caseReportFacts, contactReportFacts, type ReportFact } from './annual-report.evolve';

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

/** $setOnInsert keyed by a stable id: a replayed event is a no-op. */
function writeOf(event: RecordedEvent, { id, at, body }: ReportFact): TargetedWrite {
  const document: Omit<AnnualReportFactDocument, '_id'> = { ...body, at, year: reportYearOf(at), eventId: event.eventId };
  return { collection: ANNUAL_REPORT_COLLECTION, operation: { updateOne: { filter: { _id: id }, update: { $setOnInsert: document }, upsert: true } } };
}

/** The facts of an event; an event type newer than this build adds none. */
function factsOf(event: RecordedEvent): ReportFact[] {
  const contact = contactEventOf(event);
  if (contact) return contact.known ? contactReportFacts(contact.event) : [];
  const onCase = caseEventOf(event);
  return onCase?.known ? caseReportFacts(onCase.event, onCase.id) : [];
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
    return factsOf(event).map((fact) => writeOf(event, fact));
  },
};
