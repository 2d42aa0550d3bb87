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
  | 'noted'
  | 'submission'
  | 'reopened'
  | 'reparation-order';

/**
 * One fact for the Annual Procedure Report (BBB-7.1 to BBB-7.3, VS-14.1), aggregate-safe: no Party names,
 * emails or free text, except the Respondent's name, the nature and the action taken on a referral (BBB-7.3, VS-14.1 (c)(iii)).
 * A complaint's classifications are kept as ids from the rulebook's lists (Framework, VS-4.1 Permitted Outcomes), never
 * the Complainant's words.
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
  /** BBB-7.3, VS-14.1 (c)(iii): the referral summary (staff's free-text `summary` is not copied: it may name the Complainant). */
  referral?: { respondentName: string; agency: string; nature: string; actionTaken: string };
  /** VS-1.1: the Framework a complaint is brought under (an id of the rulebook's list). */
  framework?: string;
  /**
   * VS-3.1(c), VS-4.1: the Permitted Outcomes a complaint seeks, each once, as ids of the rulebook's list; an id outside
   * it is kept as `outside-permitted-outcomes` (the Complainant's own word is never copied). On a Reparation Order
   * (`reparation-order`): the Permitted Outcomes it requires (VS-8.4c).
   */
  permittedOutcomes?: string[];
  /** VS-7.1: the kind a filing of an exchange slot is (`submission`: `slot` and its kind, e.g. defend, dispute, admit-fault). */
  slot?: string;
  submissionKind?: string;
  eventId: string;
};

const YEAR_FORMAT = new Intl.DateTimeFormat('en-US', { timeZone: REPORT_TIME_ZONE, year: 'numeric' });

/** The calendar year of an ISO instant in the administrator's time zone. */
export function reportYearOf(instant: string): number {
  return Number(YEAR_FORMAT.format(new Date(instant)));
}

/**
 * $setOnInsert keyed by a stable id: a replayed event is a no-op. A fact that `prevails` (`NotedForReport` beside the
 * older event that carried the same matter) sets its own fields over the older event's: the same values on a replay.
 */
function writeOf(event: RecordedEvent, { id, at, body, prevails }: ReportFact): TargetedWrite {
  const document: Omit<AnnualReportFactDocument, '_id'> = { ...body, at, year: reportYearOf(at), eventId: event.eventId };
  if (prevails) {
    const set = Object.fromEntries(prevails.map((field) => [field, document[field]]));
    const onInsert = Object.fromEntries(Object.entries(document).filter(([field]) => !(prevails as readonly string[]).includes(field)));
    return { collection: ANNUAL_REPORT_COLLECTION, operation: { updateOne: { filter: { _id: id }, update: { $setOnInsert: onInsert, $set: set }, upsert: true } } };
  }
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
  // 3: VS-14.1: a complaint's Framework and Permitted Outcomes sought, VS-7.4 (iii) Settlements, Response kinds, reopened
  // closures; a matter noted without a lapse is keyed by its instant and `NotedForReport` prevails.
  // 4: VS-14.1 (c)(i): Reparation Orders from `HearingDecisionIssued` (VS-8.4c, VS-9.4).
  version: 4,
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
