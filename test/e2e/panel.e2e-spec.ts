import { DATA_PRIVACY_BOARD, selectPanelist } from '@pdr/procedures';
import { type ApiHarness, complaint, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const RESPONDENT = actor('respondent', 'acme-counsel');

describe('appointing the Panelist through HTTP (BBB-4.2, BBB-4.2.1, BBB-4.3, BBB-4.5)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    // Monday 1 June 2026, 08:00 in New York.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  /** As in hearing.e2e-spec.ts: docketed, a hearing with Position, Rebuttal, reply and response: the record awaits a Panelist. */
  async function awaitingPanelist(): Promise<string> {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-01T12:00:00Z' });
    await advance('2026-06-10T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-06-10T13:00:00Z', summary: 'the Rebuttal' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: '2026-06-10T14:00:00Z' });
    await advance('2026-06-12T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/reply`, { receivedAt: '2026-06-12T13:00:00Z', summary: 'my reply' });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'reply', deliveredAt: '2026-06-12T14:00:00Z' });
    await advance('2026-06-16T14:00:00Z');
    await ok(`/cases/${caseId}/hearing/response`, { receivedAt: '2026-06-16T13:00:00Z', summary: 'our response' });
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'awaiting-panelist' });
    return caseId;
  }

  it('panelist objection and replacement: BBB-4.5 appointment by a seeded draw (BBB-4.2), BBB-4.3 record forwarded, BBB-4.2.1 objection upheld and a new draw', async () => {
    const caseId = await awaitingPanelist();

    // BBB-4.2.1: no Panelist on the Board yet: nobody is eligible.
    expect((await post(`/cases/${caseId}/panel/appointment`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.2.1' });

    const enrolled: string[] = [];
    for (const name of ['Grace Expert', 'Hal Counsel', 'Ivy Scholar']) {
      const response = await post('/panelists', { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.com`, employer: `${name} Privacy LLP`, qualifications: ['CIPP'], confidentialityAgreementSignedOn: '2026-01-15' }, ADMIN);
      expect(response.status).toBe(201);
      enrolled.push(response.body.panelistId);
    }
    // The Board as the read side sees it, once projected.
    const board = await api.request('GET', `/panelists/${enrolled[2]}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
    expect(board.status).toBe(200);

    // A Party cannot appoint; the CBBB does (BBB-4.5).
    expect((await post(`/cases/${caseId}/panel/appointment`, {}, RESPONDENT)).status).toBe(403);
    await ok(`/cases/${caseId}/panel/appointment`, {});
    const appointed = (await read(caseId)).panelist;
    expect(await read(caseId)).toMatchObject({ stage: 'panelist-appointed', panelist: { panelistId: expect.any(String), seed: expect.any(String) } });
    expect(enrolled).toContain(appointed.panelistId);

    // Only one Panelist: a second appointment is refused.
    expect((await post(`/cases/${caseId}/panel/appointment`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.5' });

    // BBB-4.2.1: a Party objects for a conflict; a ground that is no conflict is refused.
    expect((await post(`/cases/${caseId}/panel/objections`, { panelistId: appointed.panelistId, raisedBy: 'respondent', ground: 'dislikes-us', details: 'x' }, RESPONDENT)).body).toMatchObject({ statusCode: 422, rule: 'BBB-4.2.1', field: 'ground' });
    expect((await post(`/cases/${caseId}/panel/objections`, { panelistId: appointed.panelistId, raisedBy: 'complainant', ground: 'relationship-with-party', details: 'x' }, RESPONDENT)).status).toBe(403);
    const objected = await ok(`/cases/${caseId}/panel/objections`, { panelistId: appointed.panelistId, raisedBy: 'respondent', ground: 'relationship-with-party', details: 'advised the Complainant in 2025' }, RESPONDENT);
    expect(objected.body).toMatchObject({ objectionId: 'objection-1' });
    expect((await read(caseId)).panelist).toMatchObject({ panelistId: appointed.panelistId, objection: { objectionId: 'objection-1', raisedBy: 'respondent', status: 'pending' } });

    // The administrator decides, with reasons; a case manager may not.
    expect((await post(`/cases/${caseId}/panel/objections/objection-1/decision`, { upheld: true, reason: 'documented' })).status).toBe(403);
    await ok(`/cases/${caseId}/panel/objections/objection-1/decision`, { upheld: true, reason: 'the engagement letter shows the relationship' }, ADMIN);
    expect((await post(`/cases/${caseId}/panel/objections/objection-1/decision`, { upheld: false, reason: 'again' }, ADMIN)).body).toMatchObject({ statusCode: 409, rule: 'BBB-4.2.1' });

    const replacement = (await read(caseId)).panelist;
    expect(await read(caseId)).toMatchObject({ stage: 'panelist-appointed', panelist: { replaces: appointed.panelistId } });
    expect(replacement.panelistId).not.toBe(appointed.panelistId);
    expect(enrolled).toContain(replacement.panelistId);

    // Both draws are recorded with their seeds and re-derive from them (BBB-4.2); the Case Record went to each Panelist (BBB-4.3).
    const events = await api.eventStore.readStream(`case-${caseId}`);
    const draws = events.filter((event) => event.type === 'PanelistAppointed').map((event) => event.data as { panelistId: string; seed: string; eligible: string[]; setAside: string[]; parties: { respondentName: string; respondentBusinessId?: string; complainantName: string } });
    expect(draws.map((d) => d.panelistId)).toEqual([appointed.panelistId, replacement.panelistId]);
    expect(draws[0]!.seed).toBe(appointed.seed);
    expect(draws[1]!.seed).toBe(replacement.seed);
    expect(draws[1]!.seed).not.toBe(draws[0]!.seed);
    expect(draws[0]!.eligible).toEqual([...enrolled].sort());
    expect(draws[1]!.eligible).toEqual(enrolled.filter((id) => id !== appointed.panelistId).sort());
    expect(draws[1]!.parties).toEqual({ respondentName: 'Acme Analytics Inc.', respondentBusinessId: businessId, complainantName: 'Ada Example' });
    const profiles = enrolled.map((panelistId) => ({ panelistId, employer: `${panelistId} LLP`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-15' }));
    for (const d of draws) expect(selectPanelist({ board: DATA_PRIVACY_BOARD, panelists: profiles, case: d.parties, exclude: d.setAside, seed: d.seed }).selected).toEqual({ panelistId: d.panelistId });
    expect(events.find((event) => event.type === 'ObjectionDecided')!.data).toMatchObject({ outcome: 'upheld', rule: 'BBB-4.2.1', panelistId: appointed.panelistId });
    const toPanelist = events.filter((event) => event.type === 'NoticeSent' && (event.data as { recipient: string }).recipient === 'panelist');
    expect(toPanelist.map((event) => event.data)).toEqual([
      expect.objectContaining({ kind: 'case-record-forwarded', rule: 'BBB-4.3' }),
      expect.objectContaining({ kind: 'case-record-forwarded', rule: 'BBB-4.3' }),
    ]);

    // BBB-4.2.1: the replacement may disqualify themselves (as the Panelist); the last eligible one is drawn.
    await ok(`/cases/${caseId}/panel/self-disqualifications`, { panelistId: replacement.panelistId, reason: 'my firm now advises Acme' }, actor('panelist', replacement.panelistId));
    const third = (await read(caseId)).panelist;
    expect(third.panelistId).toBe(enrolled.find((id) => id !== appointed.panelistId && id !== replacement.panelistId));
  });
});
