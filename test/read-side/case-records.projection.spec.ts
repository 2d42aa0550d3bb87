import type { RecordedEvent, RulebookRef } from '@pdr/event-sourcing';
import { currentRulebook, UnknownRulebookVersion } from '@pdr/procedures';
import { CASE_RECORDS_COLLECTION, CaseRecordQueries, caseRecordsProjection } from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { revisedRulebook, withRegisteredRulebook } from '../../libs/procedures/src/rulebooks/registry.testing';

const BBB = { id: 'bbb-eu-safe-harbor', version: '1' };
let lastPosition = 0;
const recorded = (caseId: string, revision: number, type: string, data: unknown, rulebook?: RulebookRef): RecordedEvent => ({
  eventId: `${caseId}-${revision}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actorId: 'staff-1', actorRole: 'case-manager', correlationId: 'c', causationId: 'k', ...(rulebook ? { rulebook } : {}) },
  streamId: `case-${caseId}`,
  revision,
  globalPosition: ++lastPosition,
  recordedAt: '2026-06-01T12:00:00.000Z',
});
const submittedPosition = (caseId: string, rulebook?: RulebookRef) => recorded(caseId, 5, 'PositionSubmitted', { caseId, summary: 'the Position', receivedAt: '2026-06-01T12:00:00.000Z' }, rulebook);

describe('case records projection: the Case Record names the rules of its case\'s rulebook version (BBB-4.3.2, BBB-8.2; issue 10)', () => {
  let store: MingoReadStore;
  const apply = async (event: RecordedEvent) => {
    for (const write of caseRecordsProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
  };

  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('takes the confidentiality and Case Record rules from the DocumentRules of the version in the event\'s metadata', async () => {
    await apply(submittedPosition('a', BBB));
    expect(await store.collection(CASE_RECORDS_COLLECTION).findOne({ _id: 'a' })).toMatchObject({ confidential: true, confidentialityRule: 'BBB-8.2', rule: 'BBB-4.3.2' });
    expect(await new CaseRecordQueries(store).view('a', 'panelist')).toMatchObject({ confidential: true, confidentialityRule: 'BBB-8.2', rule: 'BBB-4.3.2' });

    const bbb = currentRulebook('bbb-eu-safe-harbor')!;
    const revised = revisedRulebook(bbb, '2', { documents: { ...bbb.documents!, confidentialityRule: 'BBB-8.2 (2nd)', caseRecordRule: 'BBB-4.3.2 (2nd)' } });
    await withRegisteredRulebook(revised, () => apply(submittedPosition('b', { id: revised.id, version: revised.version })));
    expect(await new CaseRecordQueries(store).view('b', 'complainant')).toMatchObject({ confidentialityRule: 'BBB-8.2 (2nd)', rule: 'BBB-4.3.2 (2nd)' });
  });

  it('never reads a case under other rules: no rulebook, an unknown version or one without document rules is a fault (the event is quarantined)', () => {
    expect(() => caseRecordsProjection.project(submittedPosition('c'))).toThrow('names no rulebook');
    expect(() => caseRecordsProjection.project(submittedPosition('c', { id: 'bbb-eu-safe-harbor', version: '9' }))).toThrow(UnknownRulebookVersion);
    expect(() => caseRecordsProjection.project(submittedPosition('c', { id: 'verasafe-2016', version: '2016-10-24' }))).toThrow('has no document rules');
    // Events that write nothing to the record need no rules.
    expect(caseRecordsProjection.project(recorded('c', 0, 'CaseDocketed', { caseId: 'c' }))).toEqual([]);
  });
});
