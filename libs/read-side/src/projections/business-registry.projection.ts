import type { RecordedEvent } from '@pdr/event-sourcing';
import type { BusinessEvent, BusinessRegistered, LapseReason, ParticipationLapsed } from '@pdr/procedures';
import type { Projection, TargetedWrite } from '../runner/projection';
import { businessEventOf, type Recorded, unhandled } from '../runner/typed-event';

export const BUSINESSES_COLLECTION = 'participating_businesses';

/** One period of participation in a program; instants are canonical ISO strings, so they compare as strings. */
export type ParticipationPeriodDocument = {
  program: string;
  from: string;
  until?: string;
  frameworks: string[];
  lapseReason?: LapseReason;
  renewals: { at: string; frameworks: string[] }[];
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
function changed(event: RecordedEvent, businessId: string, update: { $set?: Record<string, unknown>; $push?: Record<string, unknown>; $addToSet?: Record<string, unknown> }, period?: Record<string, unknown>): TargetedWrite {
  const filter: Record<string, unknown> = { _id: businessId, revision: { $lt: event.revision } };
  if (period) filter.participation = { $elemMatch: period };
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
    default:
      return unhandled(event);
  }
}

export const businessRegistryProjection: Projection = {
  name: 'business-registry',
  version: 1,
  collections: [BUSINESSES_COLLECTION],
  indexes: {
    [BUSINESSES_COLLECTION]: [
      { keys: { searchName: 1 }, name: 'search_name' },
      { keys: { programs: 1, searchName: 1 }, name: 'program_name' },
    ],
  },

  project(event) {
    const read = businessEventOf(event);
    // An event type newer than this build changes nothing here.
    return read?.known ? businessWrites(read.event) : [];
  },
};
