import type { RecordedEvent } from '@pdr/event-sourcing';
import type { DecisionFlaggedForPublication } from '@pdr/procedures';
import type { Projection } from '../runner/projection';
import { caseIdOf } from './case-stream';

export const PUBLISHED_DECISIONS_COLLECTION = 'published_decisions';

/**
 * The Decisions a rule makes public (BBB-4.6.4, published with the report under BBB-7.3): which cases and since when.
 * The Decision itself is read from the case's log when asked for, so nothing confidential is copied here before it is
 * public, and what the log forgets (an erased value) is forgotten in the published text too.
 */
export type PublishedDecisionDocument = {
  _id: string;
  caseId: string;
  rule: string;
  publicationRule: string;
  publishedAt: string;
};

export const publishedDecisionsProjection: Projection = {
  name: 'published-decisions',
  version: 1,
  collections: [PUBLISHED_DECISIONS_COLLECTION],
  indexes: { [PUBLISHED_DECISIONS_COLLECTION]: [{ keys: { publishedAt: -1, _id: 1 }, name: 'published' }] },

  project(event) {
    const caseId = caseIdOf(event.streamId);
    if (!caseId || event.type !== 'DecisionFlaggedForPublication') return [];
    const { rule, publicationRule, flaggedAt } = (event as RecordedEvent<DecisionFlaggedForPublication['data']>).data;
    const document: Omit<PublishedDecisionDocument, '_id'> = { caseId, rule, publicationRule, publishedAt: flaggedAt };
    return [{ collection: PUBLISHED_DECISIONS_COLLECTION, operation: { updateOne: { filter: { _id: caseId }, update: { $setOnInsert: document }, upsert: true } } }];
  },
};
