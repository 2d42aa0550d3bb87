import type { RecordedEvent } from '@pdr/event-sourcing';
import { BUSINESSES_COLLECTION, BusinessQueries, businessRegistryProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', causationId: 'k' };
const recorded = (revision: number, type: string, data: unknown): RecordedEvent => ({
  eventId: `e-${revision}`,
  type,
  schemaVersion: 1,
  data,
  metadata,
  streamId: 'business-b-1',
  revision,
  globalPosition: revision + 10,
  recordedAt: `2026-03-0${revision + 1}T10:00:00.000Z`,
});

const PROGRAM = 'bbb-eu-safe-harbor';
const history = [
  recorded(0, 'BusinessRegistered', { businessId: 'b-1', legalName: 'Acme Analytics Inc.', aliases: ['Acme Data'], country: 'US', programs: [PROGRAM] }),
  recorded(1, 'ParticipationBegan', { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2025-01-15T00:00:00.000Z', frameworks: ['us-eu-safe-harbor'] }),
  recorded(2, 'ParticipationRenewed', { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2025-12-01T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] }),
  recorded(3, 'ParticipationLapsed', { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2026-01-15T00:00:00.000Z', reason: 'withdrawn' }),
  recorded(4, 'ParticipationBegan', { businessId: 'b-1', program: 'verasafe-2016', effectiveFrom: '2026-02-01T00:00:00.000Z', frameworks: ['eu-us-privacy-shield'] }),
];

describe('business registry projection', () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) {
      for (const write of businessRegistryProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
    }
  };

  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('keeps programs with their periods, and a replayed history changes nothing', async () => {
    await apply(history);
    const once = await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' });
    await apply(history);
    expect(await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' })).toEqual(once);
    expect(once).toMatchObject({
      legalName: 'Acme Analytics Inc.',
      searchName: 'acme analytics inc.',
      programs: [PROGRAM, 'verasafe-2016'],
      revision: 4,
      participation: [
        {
          program: PROGRAM,
          from: '2025-01-15T00:00:00.000Z',
          until: '2026-01-15T00:00:00.000Z',
          lapseReason: 'withdrawn',
          frameworks: ['us-eu-safe-harbor'],
          renewals: [{ at: '2025-12-01T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] }],
        },
        { program: 'verasafe-2016', from: '2026-02-01T00:00:00.000Z', renewals: [] },
      ],
    });
  });

  it('completes a lapse replayed after a crash between its two writes', async () => {
    await apply(history);
    const expected = await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' });
    await store.dropCollection(BUSINESSES_COLLECTION);
    await apply(history.slice(0, 3));
    const [closeOnly] = businessRegistryProjection.project(history[3]);
    await store.collection(closeOnly.collection).bulkWrite([closeOnly.operation]);
    await apply(history.slice(3));
    expect(await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' })).toEqual(expected);
  });

  it('BBB-2.3 finds businesses by name or alias and by participation current at an instant', async () => {
    await apply(history);
    const queries = new BusinessQueries(store);
    const page = { page: 1, pageSize: 10 };
    expect((await queries.list({ ...page, name: 'ANALYTICS' })).total).toBe(1);
    expect((await queries.list({ ...page, name: 'acme data' })).total).toBe(1);
    expect((await queries.list({ ...page, name: 'nobody' })).total).toBe(0);
    expect((await queries.list({ ...page, program: PROGRAM, currentAt: '2025-06-01T00:00:00Z' })).total).toBe(1);
    expect((await queries.list({ ...page, program: PROGRAM, currentAt: '2026-01-15T00:00:00Z' })).total).toBe(0);
    expect((await queries.list({ ...page, currentAt: '2026-02-01T00:00:00Z' })).total).toBe(1);
    expect(await queries.participationAt('b-1', PROGRAM, '2026-01-20T00:00:00Z')).toEqual({ current: false, lapsedAt: '2026-01-15T00:00:00.000Z', lapseReason: 'withdrawn' });
    expect(await queries.participationAt('nope', PROGRAM, '2026-01-20T00:00:00Z')).toBeNull();
  });
});
