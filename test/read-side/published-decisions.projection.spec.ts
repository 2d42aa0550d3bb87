import type { RecordedEvent } from '@pdr/event-sourcing';
import { PUBLISHED_DECISIONS_COLLECTION, PublishedDecisionQueries, publishedDecisionsProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';

// VS-15: VeraSafe's Hearing Decisions are the Procedure's public documents; BBB-4.6.4 / BBB-7.3 publish a Decision
// flagged for publication. One row per case, the first publication kept.

const metadata = { actorId: 'officer-1', actorRole: 'panelist' as const, correlationId: 'c', causationId: 'k' };
let position = 0;
const recorded = (caseId: string, revision: number, type: string, data: Record<string, unknown>): RecordedEvent => ({
  eventId: `case-${caseId}-${revision}`, type, schemaVersion: 1, data: { caseId, ...data }, metadata, streamId: `case-${caseId}`, revision, globalPosition: ++position, recordedAt: '2026-07-01T15:00:00.000Z',
});
const hearingDecision = (caseId: string, revision: number, data: Record<string, unknown>) =>
  recorded(caseId, revision, 'HearingDecisionIssued', {
    name: 'the Hearing Decision', rule: 'VS-8.4c', officerId: 'officer-1', role: 'hearing-officer', standard: 'clear, convincing and satisfactory evidence',
    substantiated: true, violatesFramework: true, findings: 'the Participant sold the data', outcome: 'reparation-order',
    reparationOrder: [{ kind: 'delete-personal-data', description: 'delete', terms: 'delete it by August' }], stage: 'reparation-performance', issuedAt: '2026-07-01T15:00:00.000Z', ...data,
  });

describe('published decisions projection (VS-15, BBB-4.6.4)', () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) for (const write of publishedDecisionsProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
  };
  const rows = () => store.collection(PUBLISHED_DECISIONS_COLLECTION).find({}, { sort: { _id: 1 } });
  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('VS-15: a Hearing Decision carrying its publication rule publishes the case from its issue; one without does not', async () => {
    await apply([
      hearingDecision('public', 1, { publicationRule: 'VS-15' }),
      hearingDecision('confidential', 1, {}),
    ]);
    expect(await rows()).toEqual([{ _id: 'public', caseId: 'public', rule: 'VS-8.4c', publicationRule: 'VS-15', publishedAt: '2026-07-01T15:00:00.000Z' }]);
    expect(await new PublishedDecisionQueries(store).find('confidential')).toBeNull();
    expect(await new PublishedDecisionQueries(store).list({ page: 1, pageSize: 10, count: true })).toMatchObject({ total: 1, next: null, items: [{ caseId: 'public' }] });
  });

  it('VS-15, VS-8.4c, VS-9.4: "Closed – No Action Taken" is public too; the Appellate Hearing Decision after it keeps the case\'s one row, first published; a replay changes nothing', async () => {
    const history = [
      hearingDecision('appealed', 1, { substantiated: false, violatesFramework: false, outcome: 'no-action-taken', reparationOrder: undefined, stage: undefined, publicationRule: 'VS-15' }),
      recorded('appealed', 2, 'CaseClosed', { reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken', closedAt: '2026-07-01T15:00:00.000Z' }),
      hearingDecision('appealed', 5, { name: 'the Appellate Hearing Decision', rule: 'VS-9.4', publicationRule: 'VS-15', issuedAt: '2026-09-01T15:00:00.000Z' }),
    ];
    await apply(history);
    const once = await rows();
    expect(once).toEqual([{ _id: 'appealed', caseId: 'appealed', rule: 'VS-8.4c', publicationRule: 'VS-15', publishedAt: '2026-07-01T15:00:00.000Z' }]);
    await apply(history);
    expect(await rows()).toEqual(once);
  });

  it('BBB-4.6.4 / BBB-7.3: a Decision flagged for publication still publishes, under its own rules', async () => {
    await apply([recorded('bbb', 9, 'DecisionFlaggedForPublication', { rule: 'BBB-4.6.4', publicationRule: 'BBB-7.3', report: 'next-procedure-report', deadlineId: 'd-1', flaggedAt: '2026-07-14T12:00:00.000Z' })]);
    expect(await rows()).toEqual([{ _id: 'bbb', caseId: 'bbb', rule: 'BBB-4.6.4', publicationRule: 'BBB-7.3', publishedAt: '2026-07-14T12:00:00.000Z' }]);
  });
});
