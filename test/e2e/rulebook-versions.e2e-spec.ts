import { findRulebook } from '@pdr/procedures';
// Tests only, and not in the library's public API: registers a version for a while (the app runs in this process).
import { revisedRulebook, withRegisteredRulebook } from '../../libs/procedures/src/rulebooks/registry.testing';
import { type ApiHarness, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';

// Issue 10: a running case keeps the rulebook version it was filed under when a new version is registered.

const V1 = findRulebook({ id: 'bbb-eu-safe-harbor', version: '1' })!;
const { informationRequest } = V1;
const V2 = revisedRulebook(V1, '2', {
  informationRequest: { ...informationRequest, deadline: { ...informationRequest.deadline, count: 20 } },
});

describe('rulebook versions through HTTP', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const file = async () => (await api.request('POST', '/cases', { body: complaint({ receivedAt: '2026-06-01T09:00:00Z' }), as: STAFF })).body.caseId as string;
  const requestInformation = (caseId: string) => api.request('POST', `/cases/${caseId}/information-requests`, { body: { requested: 'the emails you received', channel: 'email' }, as: STAFF });
  const fresh = async () => ({ as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  const caseOf = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, await fresh())).body;
  const deadlineOf = async (caseId: string) => (await api.request('GET', `/deadlines?caseId=${caseId}`, await fresh())).body.items[0];

  it('BBB-2.4b: a case filed under version 1 keeps 15 business days after version 2 (20) is registered; a case filed then gets 20', async () => {
    const running = await file();
    expect(await caseOf(running)).toMatchObject({ rulebook: { id: 'bbb-eu-safe-harbor', version: '1' } });

    await withRegisteredRulebook(V2, async () => {
      const filedAfter = await file();
      expect(await caseOf(filedAfter)).toMatchObject({ rulebook: { id: 'bbb-eu-safe-harbor', version: '2' } });
      const listed = (await api.request('GET', '/cases?rulebookId=bbb-eu-safe-harbor', await fresh())).body.items;
      expect(listed).toEqual(expect.arrayContaining([
        expect.objectContaining({ caseId: running, rulebook: { id: 'bbb-eu-safe-harbor', version: '1' } }),
        expect.objectContaining({ caseId: filedAfter, rulebook: { id: 'bbb-eu-safe-harbor', version: '2' } }),
      ]));

      expect((await requestInformation(running)).status).toBe(201);
      expect((await requestInformation(filedAfter)).status).toBe(201);
      // From Monday 1 June, Juneteenth skipped: the 15th business day is Tuesday 23 June, the 20th Tuesday 30 June.
      expect(await deadlineOf(running)).toMatchObject({ rule: 'BBB-2.4b', dueOn: '2026-06-23' });
      expect(await deadlineOf(filedAfter)).toMatchObject({ rule: 'BBB-2.4b', dueOn: '2026-06-30' });
      // Every event of a case is stamped with the case's version.
      const events = await api.eventStore.readStream(`case-${running}`);
      expect(events.map((event) => event.metadata.rulebook)).toEqual(events.map(() => ({ id: 'bbb-eu-safe-harbor', version: '1' })));
    });
  });

  it('a case naming a version the service no longer has is a loud 500 naming it, never decided under the current version', async () => {
    const filedUnderV2 = await withRegisteredRulebook(V2, file);
    const refused = await requestInformation(filedUnderV2);
    expect(refused).toMatchObject({ status: 500, body: { rule: 'RULEBOOK-VERSION-UNKNOWN', message: expect.stringContaining('bbb-eu-safe-harbor version 2 is not registered (registered: 1)') } });
    expect((await api.request('GET', `/cases/${filedUnderV2}`, await fresh())).status).toBe(500);
  });
});
