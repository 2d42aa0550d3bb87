import type { RecordedEvent } from '@pdr/event-sourcing';
import { PANELISTS_COLLECTION, panelistDirectoryProjection, PanelistQueries } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';

const metadata = { actorId: 'admin-1', actorRole: 'administrator' as const, correlationId: 'c', causationId: 'k' };
const recorded = (revision: number, type: string, data: unknown): RecordedEvent => ({
  eventId: `e-${revision}`,
  type,
  schemaVersion: 1,
  data,
  metadata,
  streamId: 'panelist-p-1',
  revision,
  globalPosition: revision + 10,
  recordedAt: `2026-03-0${revision + 1}T10:00:00.000Z`,
});

const history = [
  recorded(0, 'PanelistEnrolled', {
    panelistId: 'p-1', name: 'Grace Expert', email: 'grace@example.com', employer: 'Privacy Counsel LLP',
    employerCompetitors: ['Rival Counsel'], affiliations: ['IAPP'], qualifications: ['CIPM'], confidentialityAgreementSignedOn: '2026-01-15',
  }),
  recorded(1, 'PanelistRelationshipDeclared', { panelistId: 'p-1', with: 'Acme Analytics', businessId: 'biz-1', kind: 'business', description: 'advised them' }),
  recorded(2, 'PanelistWithdrawnFromBoard', { panelistId: 'p-1', reason: 'retired', withdrawnAt: '2026-03-03T09:00:00.000Z' }),
];

describe('panelist directory projection', () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) {
      for (const write of panelistDirectoryProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
    }
  };

  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('keeps the profile selection needs, and a replayed history changes nothing', async () => {
    await apply(history.slice(0, 2));
    const profiles = await new PanelistQueries(store).activeProfiles();
    expect(profiles).toEqual([
      {
        panelistId: 'p-1', employer: 'Privacy Counsel LLP', employerCompetitors: ['Rival Counsel'], affiliations: ['IAPP'],
        relationships: [{ with: 'Acme Analytics', businessId: 'biz-1', kind: 'business' }], confidentialityAgreementSignedOn: '2026-01-15', active: true,
      },
    ]);

    await apply(history);
    await apply(history);
    const [document] = await store.collection(PANELISTS_COLLECTION).find({});
    expect(document).toMatchObject({ active: false, withdrawal: { reason: 'retired' }, revision: 2, enrolledAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-03T10:00:00.000Z' });
    expect(document!.relationships).toHaveLength(1);
    expect(await new PanelistQueries(store).activeProfiles()).toEqual([]);
  });

  it('ignores events of other streams', () => {
    expect(panelistDirectoryProjection.project({ ...history[0]!, streamId: 'case-p-1' })).toEqual([]);
  });
});
