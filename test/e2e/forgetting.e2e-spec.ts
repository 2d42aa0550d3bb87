import { type ApiHarness, type Actor } from '../support/api-harness';
import { docketBbbCase, enrolPanelist } from '../support/journeys';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';
import { tracesInFiles, tracesInGetEndpoints, tracesInReadStore } from '../support/trace-search';


/** What the Complainant and the Parties wrote: all of it is in the file BBB-8.3 destroys. */
const COMPLAINANT = { name: 'Ottilie Quenneville-Brandt', email: 'ottilie.qb@example.eu', country: 'FR', filingAs: 'data-subject' };
const ALLEGATION = 'QUILLFEATHER-5521 kept my profile after I asked for its deletion';
const OUTCOME = 'OUTCOME-ZX81 delete every copy of my profile';
const GOOD_FAITH = 'GOODFAITH-6627 wrote to the privacy office twice';
const ELIGIBILITY_NOTE = 'NOTE-CHECKED-9904';
const REBUTTAL = 'REBUTTAL-TEXT-4471 the profile was anonymised';
const REPLY = 'REPLY-TEXT-5582 it was not';
const PROPRIETARY = 'PROPRIETARY-ZEBRA-7781 retention matrix of cluster eu-west-9';
const PROPRIETARY_SUMMARY = 'PI-SUMMARY-3310 how long the Respondent keeps profiles';
const ERASED_VALUES = [COMPLAINANT.name, COMPLAINANT.email, ALLEGATION, OUTCOME, GOOD_FAITH, ELIGIBILITY_NOTE, REBUTTAL, REPLY, PROPRIETARY, PROPRIETARY_SUMMARY];
/** The Decision is retained (BBB-8.3): readable through the API, never in plaintext on disk. */
const FINDINGS = 'RETAINED-FINDINGS-8812 the Respondent kept the profile it had promised to delete';

describe('forgetting the case file: BBB-8.3 disposal leaves no readable trace (issue 9)', () => {
  let api: ApiHarness;
  let businessId: string;
  let panelist: Actor;

  beforeAll(async () => {
    ({ api, businessId } = await startBbbApi());
    panelist = await enrolPanelist(api);
  });
  afterAll(() => stopApi(api));
  const { post, ok, get, advance } = caseRequests(() => api);

  /** Filed, docketed, heard in writing with Proprietary Information in the Rebuttal, decided by the Panelist, closed. */
  async function decidedAndClosedCase(): Promise<string> {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z', { complainant: COMPLAINANT, allegation: ALLEGATION, outcomesSought: [OUTCOME] }, { note: ELIGIBILITY_NOTE, account: GOOD_FAITH });
    const now = '2026-06-01T14:00:00Z';
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: now });
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: now, summary: REBUTTAL });
    await ok(`/cases/${caseId}/proprietary-designations`, { documentId: 'rebuttal', party: 'respondent', description: 'retention matrix', content: PROPRIETARY, affirmation: true, summary: PROPRIETARY_SUMMARY });
    await ok(`/cases/${caseId}/proprietary-designations/proprietary-1/acceptance`, {});
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: now });
    await ok(`/cases/${caseId}/hearing/reply`, { receivedAt: now, summary: REPLY });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'reply', deliveredAt: now });
    await ok(`/cases/${caseId}/hearing/response`, { receivedAt: now, summary: 'our response' });
    await ok(`/cases/${caseId}/panel/appointment`, {});
    await ok(`/cases/${caseId}/decision`, { findings: FINDINGS, correctiveActionNecessary: false }, panelist);
    expect((await get(`/cases/${caseId}`)).body).toMatchObject({ status: 'closed', complainant: { name: COMPLAINANT.name } });
    return caseId;
  }

  it('BBB-8.3: the retention period ends on its own, Proprietary Information is returned, and no file, read model or GET holds the file any more; the Decision stays readable', async () => {
    await advance('2026-06-01T14:00:00Z');
    const caseId = await decidedAndClosedCase();

    // Before disposal the values are readable through the API, and sealed on disk.
    expect(JSON.stringify((await get(`/cases/${caseId}/timeline`)).body)).toContain(ALLEGATION);
    expect(tracesInFiles(api.dataDir, [...ERASED_VALUES, FINDINGS])).toEqual([]);

    // BBB-8.3: 30 calendar days after closing (the rulebook's retention), the file is disposed of with no one asking.
    await advance('2026-06-25T14:00:00Z');
    expect((await get(`/cases/${caseId}`)).body.fileDisposedAt).toBeUndefined();
    await advance('2026-07-03T14:00:00Z');
    const detail = (await get(`/cases/${caseId}`)).body;
    expect(detail).toMatchObject({ fileDisposedAt: expect.any(String), complainant: { name: '[erased]', country: '[erased]' }, respondent: { name: '[erased]' } });
    const stream = await api.eventStore.readStream(`case-${caseId}`);
    expect(stream.slice(-2).map((event) => [event.type, event.metadata.actorId])).toEqual([['ProprietaryInformationReturned', 'file-retention'], ['CaseFileDisposed', 'file-retention']]);

    // Nothing of the file anywhere the system keeps data, or answers with it.
    expect(tracesInFiles(api.dataDir, [...ERASED_VALUES, FINDINGS])).toEqual([]);
    expect(await tracesInReadStore(api, ERASED_VALUES)).toEqual([]);
    const { traces, called } = await tracesInGetEndpoints(api, { caseId, businessId, panelistId: panelist.id, calendarId: 'us-federal' }, ERASED_VALUES);
    expect(traces).toEqual([]);
    expect(called).toEqual(expect.arrayContaining([`/cases/${caseId} 200`, `/cases/${caseId}/timeline 200`, `/cases/${caseId}/record?audience=panelist 200`, '/cases 200', '/deadlines 200']));

    // The timeline shows what was erased; the Decision, written under the retained documents' key, is still there.
    const timeline = JSON.stringify((await get(`/cases/${caseId}/timeline`)).body);
    expect(timeline).toContain('[erased]');
    expect(timeline).toContain(FINDINGS);

    // After the file is gone, nothing more is recorded under its keys.
    expect((await post(`/cases/${caseId}/file-disposal`, {})).body).toMatchObject({ statusCode: 409, rule: 'BBB-8.3' });
  });

  it('BBB-8.3: a rebuild from the log after disposal shows the erased placeholders and the retained Decision', async () => {
    const caseId = (await get('/cases?status=closed')).body.items.find((row: { fileDisposedAt?: string }) => row.fileDisposedAt)?.caseId as string;
    expect(caseId).toBeDefined();
    const dataDir = api.dataDir;
    await api.close();
    // The in-process read models are rebuilt from the log at every start.
    ({ api } = await startBbbApi('2026-07-03T14:00:00Z', dataDir));
    const detail = (await get(`/cases/${caseId}`)).body;
    expect(detail).toMatchObject({ status: 'closed', complainant: { name: '[erased]' } });
    const timeline = (await get(`/cases/${caseId}/timeline`)).body;
    const filed = JSON.stringify(timeline).match(/"ComplaintFiled"/);
    expect(filed).not.toBeNull();
    expect(JSON.stringify(timeline)).toContain(FINDINGS);
    expect(await tracesInReadStore(api, ERASED_VALUES)).toEqual([]);
    expect((await tracesInGetEndpoints(api, { caseId, businessId, panelistId: panelist.id }, ERASED_VALUES)).traces).toEqual([]);
  });
});
