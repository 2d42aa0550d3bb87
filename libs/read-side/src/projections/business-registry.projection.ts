import type { RecordedEvent } from '@pdr/event-sourcing';
import type { BusinessEvent, BusinessRegistered, CertificationLapsed, ChecklistFinding, LapseReason, ParticipationLapsed, SelfCertificationRenewed } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { businessEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const BUSINESSES_COLLECTION = 'participating_businesses';
/**
 * The running deadlines on businesses' streams, one row each (`_id` the deadline's pendingDeadlineKey): the deadline
 * engine pages them from an index, where reading them out of each business's deadline list scanned every business.
 */
export const BUSINESS_PENDING_DEADLINES_COLLECTION = 'business_pending_deadlines';

/** A running deadline on a business's stream, as the deadline engine reads it. */
export type BusinessPendingDeadlineDocument = {
  _id: string;
  businessId: string;
  deadlineId: string;
  dueAt: string;
};

const businessDeadlineKey = (businessId: string, deadlineId: string): string => `business/${businessId}/${deadlineId}`;

/** Settled (met or lapsed): no longer running. */
const settled = (businessId: string, deadlineId: string): TargetedWrite => ({
  collection: BUSINESS_PENDING_DEADLINES_COLLECTION,
  operation: { deleteOne: { filter: { _id: businessDeadlineKey(businessId, deadlineId) } } },
});

/** One period of participation in a program; instants are canonical ISO strings, so they compare as strings. */
export type ParticipationPeriodDocument = {
  program: string;
  from: string;
  until?: string;
  frameworks: string[];
  lapseReason?: LapseReason;
  renewals: { at: string; frameworks: string[] }[];
};

/** A business's enrolment in one programme (CASRO-1 to CASRO-3); free-text notes stay on the stream. */
export type EnrolmentDocument = {
  programmeId: string;
  appliedAt: string;
  /** CASRO-2: the latest finding per checklist item. */
  checklist: Record<string, { finding: ChecklistFinding; reviewedAt: string }>;
  /** CASRO-3: signatures and the draft policy received, by document id. */
  documents: Record<string, string>;
  informationRequests: Record<string, { requestedAt: string; receivedAt?: string }>;
  /** Requests for more information not yet answered: while any is, the application waits on the business. */
  openRequests: number;
  acceptedAt?: string;
};

/** One period of good standing for one framework of a programme (CASRO-4: frameworks certified separately). */
export type CertificationPeriodDocument = {
  programmeId: string;
  framework: string;
  from: string;
  until?: string;
  lapseReason?: LapseReason;
  renewals: { at: string; dueOn: string }[];
  /** When the certification current in this period is due for renewal. */
  renewalDueOn: string;
  renewalDueAt: string;
};

/** A deadline on the business's stream, kept with its status (the engine's timers come from the pending ones). */
export type BusinessDeadlineDocument = {
  deadlineId: string;
  programmeId: string;
  framework?: string;
  kind: string;
  rule: string;
  dueOn: string;
  dueAt: string;
  status: 'pending' | 'met' | 'lapsed';
};

/** A row of the participating-business registry (BBB-2.3 "Participating Business", CASRO-4). */
export type BusinessDocument = {
  _id: string;
  businessId: string;
  legalName: string;
  /** The legal name lower-cased, for name search and sorting. */
  searchName: string;
  aliases: string[];
  website?: string;
  country: 'US';
  programs: string[];
  /** Every period in every program, oldest first per program. */
  participation: ParticipationPeriodDocument[];
  /** Enrolments by programme id. */
  enrolments: Record<string, EnrolmentDocument>;
  /** Every self-certification period, oldest first per programme and framework. */
  certifications: CertificationPeriodDocument[];
  deadlines: BusinessDeadlineDocument[];
  registeredAt: string;
  revision: number;
  updatedAt: string;
};

function registered(event: Recorded<BusinessRegistered>): TargetedWrite {
  const { data } = event;
  const document: Omit<BusinessDocument, '_id'> = {
    businessId: data.businessId,
    legalName: data.legalName,
    searchName: data.legalName.toLowerCase(),
    aliases: [...data.aliases],
    ...(data.website === undefined ? {} : { website: data.website }),
    country: data.country,
    programs: [...data.programs],
    participation: [],
    enrolments: {},
    certifications: [],
    deadlines: [],
    registeredAt: event.recordedAt,
    revision: event.revision,
    updatedAt: event.recordedAt,
  };
  // $setOnInsert makes a replayed registration a no-op.
  return { collection: BUSINESSES_COLLECTION, operation: { updateOne: { filter: { _id: data.businessId }, update: { $setOnInsert: document }, upsert: true } } };
}

/**
 * Later events are guarded by the stream revision, so a replayed event changes nothing. Renewals and lapses act on one
 * period of the program, found with $elemMatch (`period`) and written through the positional operator.
 */
type Change = { $set?: Record<string, unknown>; $push?: Record<string, unknown>; $addToSet?: Record<string, unknown>; $inc?: Record<string, number> };

function changed(event: RecordedEvent, businessId: string, update: Change, period?: Record<string, unknown>, on: Record<string, unknown> = period ? { participation: { $elemMatch: period } } : {}): TargetedWrite {
  const filter: Record<string, unknown> = { _id: businessId, revision: { $lt: event.revision }, ...on };
  const $set = { ...update.$set, revision: event.revision, updatedAt: event.recordedAt };
  return { collection: BUSINESSES_COLLECTION, operation: { updateOne: { filter, update: { ...update, $set } } } };
}

const openPeriodOf = (program: string) => ({ program, until: { $exists: false } });

/**
 * Two writes, because the embedded store refuses two positional paths in one update. The first closes the open
 * period without moving the revision; the second finds it by its end and moves the revision. Replayed after a
 * crash between the two, the first matches nothing and the second completes the lapse.
 */
function lapsed(event: Recorded<ParticipationLapsed>): TargetedWrite[] {
  const { businessId, program, effectiveFrom, reason } = event.data;
  const close: TargetedWrite = {
    collection: BUSINESSES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: businessId, revision: { $lt: event.revision }, participation: { $elemMatch: openPeriodOf(program) } },
        update: { $set: { 'participation.$.until': effectiveFrom } },
      },
    },
  };
  return [close, changed(event, businessId, { $set: { 'participation.$.lapseReason': reason } }, { program, until: effectiveFrom })];
}

const openCertificationOf = (programmeId: string, framework: string) => ({ programmeId, framework, until: { $exists: false } });

/**
 * A renewal continues the open period of its framework, or (after a lapse) opens a new one: two writes, exactly one of
 * which matches the row, each moving the revision, so a replay changes nothing.
 */
function renewed(event: Recorded<SelfCertificationRenewed>): TargetedWrite[] {
  const { businessId, programmeId, framework, renewedAt, renewalDueOn, renewalDueAt } = event.data;
  const open = { certifications: { $elemMatch: openCertificationOf(programmeId, framework) } };
  const period: CertificationPeriodDocument = { programmeId, framework, from: renewedAt, renewals: [], renewalDueOn, renewalDueAt };
  return [
    changed(event, businessId, { $push: { 'certifications.$.renewals': { at: renewedAt, dueOn: renewalDueOn } }, $set: { 'certifications.$.renewalDueOn': renewalDueOn, 'certifications.$.renewalDueAt': renewalDueAt } }, undefined, open),
    changed(event, businessId, { $push: { certifications: period } }, undefined, { $nor: [open] }),
  ];
}

/** As a participation's lapse: close the framework's open period, then find it by its end and move the revision. */
function certificationLapsed(event: Recorded<CertificationLapsed>): TargetedWrite[] {
  const { businessId, programmeId, framework, effectiveFrom, reason } = event.data;
  const close: TargetedWrite = {
    collection: BUSINESSES_COLLECTION,
    operation: {
      updateOne: {
        filter: { _id: businessId, revision: { $lt: event.revision }, certifications: { $elemMatch: openCertificationOf(programmeId, framework) } },
        update: { $set: { 'certifications.$.until': effectiveFrom } },
      },
    },
  };
  return [close, changed(event, businessId, { $set: { 'certifications.$.lapseReason': reason } }, undefined, { certifications: { $elemMatch: { programmeId, framework, until: effectiveFrom } } })];
}

const deadlineOf = (deadlineId: string) => ({ deadlines: { $elemMatch: { deadlineId } } });

/** The registry's writes, exhaustive over BusinessEvent. */
export function businessWrites(event: Recorded<BusinessEvent>): TargetedWrite[] {
  switch (event.type) {
    case 'BusinessRegistered':
      return [registered(event)];
    case 'ParticipationBegan': {
      const { businessId, program, effectiveFrom, frameworks } = event.data;
      const period: ParticipationPeriodDocument = { program, from: effectiveFrom, frameworks: [...frameworks], renewals: [] };
      return [changed(event, businessId, { $push: { participation: period }, $addToSet: { programs: program } })];
    }
    case 'ParticipationRenewed': {
      const { businessId, program, effectiveFrom, frameworks } = event.data;
      // The period keeps the frameworks it began with; each renewal records its own.
      return [changed(event, businessId, { $push: { 'participation.$.renewals': { at: effectiveFrom, frameworks: [...frameworks] } } }, openPeriodOf(program))];
    }
    case 'ParticipationLapsed':
      return lapsed(event);
    case 'EnrolmentApplied': {
      const { businessId, programmeId, appliedAt } = event.data;
      const enrolment: EnrolmentDocument = { programmeId, appliedAt, checklist: {}, documents: {}, informationRequests: {}, openRequests: 0 };
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}`]: enrolment }, $addToSet: { programs: programmeId } })];
    }
    case 'PolicyChecklistItemReviewed': {
      const { businessId, programmeId, itemId, finding, reviewedAt } = event.data;
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}.checklist.${itemId}`]: { finding, reviewedAt } } })];
    }
    case 'EnrolmentDocumentReceived': {
      const { businessId, programmeId, documentId, receivedAt } = event.data;
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}.documents.${documentId}`]: receivedAt } })];
    }
    case 'EnrolmentInformationRequested': {
      const { businessId, programmeId, requestId, requestedAt } = event.data;
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}.informationRequests.${requestId}`]: { requestedAt } }, $inc: { [`enrolments.${programmeId}.openRequests`]: 1 } })];
    }
    case 'EnrolmentInformationReceived': {
      const { businessId, programmeId, requestId, receivedAt } = event.data;
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}.informationRequests.${requestId}.receivedAt`]: receivedAt }, $inc: { [`enrolments.${programmeId}.openRequests`]: -1 } })];
    }
    case 'EnrolmentAccepted': {
      const { businessId, programmeId, acceptedAt } = event.data;
      return [changed(event, businessId, { $set: { [`enrolments.${programmeId}.acceptedAt`]: acceptedAt } })];
    }
    case 'SelfCertificationRecorded': {
      const { businessId, programmeId, framework, certifiedAt, renewalDueOn, renewalDueAt } = event.data;
      const period: CertificationPeriodDocument = { programmeId, framework, from: certifiedAt, renewals: [], renewalDueOn, renewalDueAt };
      return [changed(event, businessId, { $push: { certifications: period } })];
    }
    case 'SelfCertificationRenewed':
      return renewed(event);
    case 'CertificationLapsed':
      return certificationLapsed(event);
    case 'BusinessDeadlineSet': {
      const { businessId, deadlineId, programmeId, framework, kind, rule, dueOn, dueAt } = event.data;
      const deadline: BusinessDeadlineDocument = { deadlineId, programmeId, ...(framework ? { framework } : {}), kind, rule, dueOn, dueAt, status: 'pending' };
      const running: Omit<BusinessPendingDeadlineDocument, '_id'> = { businessId, deadlineId, dueAt };
      const pending: TargetedWrite = {
        collection: BUSINESS_PENDING_DEADLINES_COLLECTION,
        operation: { updateOne: { filter: { _id: businessDeadlineKey(businessId, deadlineId) }, update: { $setOnInsert: running }, upsert: true } },
      };
      return [changed(event, businessId, { $push: { deadlines: deadline } }), pending];
    }
    case 'BusinessDeadlineMet':
      return [changed(event, event.data.businessId, { $set: { 'deadlines.$.status': 'met' } }, undefined, deadlineOf(event.data.deadlineId)), settled(event.data.businessId, event.data.deadlineId)];
    case 'BusinessDeadlineLapsed':
      return [changed(event, event.data.businessId, { $set: { 'deadlines.$.status': 'lapsed' } }, undefined, deadlineOf(event.data.deadlineId)), settled(event.data.businessId, event.data.deadlineId)];
    default:
      return unhandled(event);
  }
}

export const businessRegistryProjection: Projection = {
  name: 'business-registry',
  // 2: programme ids (issue 12's upcaster), enrolments, certifications per framework and the business's deadlines.
  // 3: the running deadlines also one row each (issue 13).
  version: 3,
  collections: [BUSINESSES_COLLECTION, BUSINESS_PENDING_DEADLINES_COLLECTION],
  indexes: {
    [BUSINESSES_COLLECTION]: [
      { keys: { searchName: 1 }, name: 'search_name' },
      { keys: { programs: 1, searchName: 1 }, name: 'program_name' },
      { keys: { 'deadlines.status': 1, 'deadlines.dueAt': 1 }, name: 'deadline_due' },
    ],
    // Earliest first, ties by key: the order the deadline engine pages in.
    [BUSINESS_PENDING_DEADLINES_COLLECTION]: [
      { keys: { dueAt: 1, _id: 1 }, name: 'due_id' },
      // Puts the ids among the indexed values: a page is answered without opening its rows (a covered query).
      { keys: { businessId: 1, deadlineId: 1 }, name: 'business_deadline' },
    ],
  },

  project(event) {
    const read = businessEventOf(event);
    // An event type newer than this build changes nothing here.
    return read?.known ? businessWrites(read.event) : [];
  },
};
