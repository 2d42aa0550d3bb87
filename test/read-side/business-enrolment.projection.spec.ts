import type { RecordedEvent } from '@pdr/event-sourcing';
import { BUSINESSES_COLLECTION, BusinessQueries, businessRegistryProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';

const metadata = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', causationId: 'k' };
const recorded = (revision: number, type: string, data: unknown): RecordedEvent => ({
  eventId: `e-${revision}`, type, schemaVersion: 1, data, metadata, streamId: 'business-b-1', revision, globalPosition: revision + 10, recordedAt: '2026-03-01T10:00:00.000Z',
});

const P = 'casro-safe-harbor';
const EU = 'us-eu-safe-harbor';
const history = [
  recorded(0, 'BusinessRegistered', { businessId: 'b-1', legalName: 'Acme Survey Inc.', aliases: [], country: 'US', programs: [] }),
  recorded(1, 'EnrolmentApplied', { businessId: 'b-1', programmeId: P, rule: 'CASRO-1', appliedAt: '2026-03-01T00:00:00.000Z' }),
  recorded(2, 'PolicyChecklistItemReviewed', { businessId: 'b-1', programmeId: P, rule: 'CASRO-2', itemId: 'principle-notice', finding: 'met', note: 'ok', reviewedAt: '2026-03-02T00:00:00.000Z' }),
  recorded(3, 'EnrolmentInformationRequested', { businessId: 'b-1', programmeId: P, rule: 'CASRO-3', requestId: 'information-1', requested: 'x', requestedAt: '2026-03-02T00:00:00.000Z' }),
  recorded(4, 'EnrolmentInformationReceived', { businessId: 'b-1', programmeId: P, rule: 'CASRO-3', requestId: 'information-1', note: 'y', receivedAt: '2026-03-03T00:00:00.000Z' }),
  recorded(5, 'EnrolmentAccepted', { businessId: 'b-1', programmeId: P, rule: 'CASRO-3', acceptedAt: '2026-03-04T00:00:00.000Z', notice: { kind: 'enrolment-accepted', rule: 'CASRO-3', channel: 'email', sentAt: '2026-03-04T00:00:00.000Z' } }),
  recorded(6, 'BusinessDeadlineSet', { businessId: 'b-1', deadlineId: 'self-certification-1', programmeId: P, kind: 'self-certification', rule: 'CASRO-4', basis: { event: 'EnrolmentAccepted', at: '2026-03-04T00:00:00.000Z' }, calendarId: 'us-federal', count: 30, unit: 'calendar-days', dueOn: '2026-04-02', dueAt: '2026-04-03T03:59:59.999Z' }),
  recorded(7, 'BusinessDeadlineMet', { businessId: 'b-1', deadlineId: 'self-certification-1', metAt: '2026-03-10T00:00:00.000Z' }),
  recorded(8, 'SelfCertificationRecorded', { businessId: 'b-1', programmeId: P, rule: 'CASRO-4', framework: EU, recourseMechanism: 'CASRO Safe Harbor Program', certifiedAt: '2026-03-10T00:00:00.000Z', renewalDueOn: '2026-09-01', renewalDueAt: '2026-09-02T03:59:59.999Z' }),
  recorded(9, 'BusinessDeadlineSet', { businessId: 'b-1', deadlineId: 'certification-renewal-1', programmeId: P, framework: EU, kind: 'certification-renewal', rule: 'CASRO-4', basis: { event: 'SelfCertificationRecorded', at: '2026-03-10T00:00:00.000Z' }, calendarId: 'us-federal', count: 1, unit: 'years', dueOn: '2026-09-01', dueAt: '2026-09-02T03:59:59.999Z' }),
  recorded(10, 'BusinessDeadlineLapsed', { businessId: 'b-1', deadlineId: 'certification-renewal-1', dueAt: '2026-09-02T03:59:59.999Z', observedAt: '2026-09-03T00:00:00.000Z' }),
  recorded(11, 'CertificationLapsed', { businessId: 'b-1', programmeId: P, rule: 'CASRO-4', framework: EU, effectiveFrom: '2026-09-02T04:00:00.000Z', reason: 'certification-lapsed' }),
  recorded(12, 'SelfCertificationRenewed', { businessId: 'b-1', programmeId: P, rule: 'CASRO-4', framework: EU, renewedAt: '2026-09-10T00:00:00.000Z', renewalDueOn: '2027-09-10', renewalDueAt: '2027-09-11T03:59:59.999Z' }),
];

describe('business registry projection: enrolment (CASRO-1 to CASRO-4)', () => {
  let store: MingoReadStore;
  const apply = async (events: readonly RecordedEvent[]) => {
    for (const event of events) for (const write of businessRegistryProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
  };
  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('CASRO-4 keeps each framework’s certification periods, the deadlines and the stage; a replayed history changes nothing', async () => {
    await apply(history);
    const once = await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' });
    await apply(history);
    expect(await store.collection(BUSINESSES_COLLECTION).findOne({ _id: 'b-1' })).toEqual(once);

    const business = (await new BusinessQueries(store).get('b-1'))!;
    expect(business.programs).toEqual([P]);
    expect(business.enrolments).toEqual([expect.objectContaining({ programmeId: P, stage: 'participating', openRequests: 0, checklist: { 'principle-notice': { finding: 'met', reviewedAt: '2026-03-02T00:00:00.000Z' } } })]);
    expect(business.certifications).toEqual([
      expect.objectContaining({ framework: EU, from: '2026-03-10T00:00:00.000Z', until: '2026-09-02T04:00:00.000Z', lapseReason: 'certification-lapsed' }),
      expect.objectContaining({ framework: EU, from: '2026-09-10T00:00:00.000Z', renewalDueOn: '2027-09-10' }),
    ]);
    expect(business.standing).toEqual([expect.objectContaining({ programmeId: P, framework: EU, current: true, since: '2026-09-10T00:00:00.000Z' })]);
    expect(business.deadlines.map((d) => d.status)).toEqual(['met', 'lapsed']);
    const queries = new BusinessQueries(store);
    expect(await queries.participationAt('b-1', P, '2026-09-05T00:00:00Z')).toEqual({ current: false, lapsedAt: '2026-09-02T04:00:00.000Z', lapseReason: 'certification-lapsed' });
    expect(await queries.participationAt('b-1', P, '2026-09-11T00:00:00Z')).toEqual({ current: true, since: '2026-09-10T00:00:00.000Z', frameworks: [EU] });
  });

  it('CASRO-4 lists pending business deadlines for the engine, and lapsed certifications on the due list', async () => {
    await apply(history.slice(0, 10));
    const queries = new BusinessQueries(store);
    expect(await queries.pendingDeadlines()).toEqual([{ businessId: 'b-1', deadlineId: 'certification-renewal-1', dueAt: '2026-09-02T03:59:59.999Z' }]);
    expect((await queries.certificationsDue('2026-08-15T00:00:00Z', { page: 1, pageSize: 10 })).items).toEqual([]);
    expect((await queries.certificationsDue('2026-09-01T00:00:00Z', { page: 1, pageSize: 10 })).items).toEqual([expect.objectContaining({ framework: EU, status: 'due', dueOn: '2026-09-01' })]);
    await apply(history.slice(10, 12));
    expect(await queries.pendingDeadlines()).toEqual([]);
    expect((await queries.certificationsDue('2026-09-03T00:00:00Z', { page: 1, pageSize: 10 })).items).toEqual([expect.objectContaining({ framework: EU, status: 'lapsed', lapsedAt: '2026-09-02T04:00:00.000Z' })]);
  });
});
