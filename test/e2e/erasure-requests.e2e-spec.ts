import { accountIdOf, actor, type Actor, type ApiHarness, complaint, COMPLIANCE, contact, removeDataDir, STAFF, startApi } from '../support/api-harness';
import { tracesInFiles, tracesInGetEndpoints, tracesInReadStore } from '../support/trace-search';

const ADMIN = actor('administrator', 'admin-1');
const PANELIST = actor('panelist', 'panelist-1');

/** What a contact holds about the person (BBB-2.1): all of it is erased. */
const PERSON = { name: 'Wilhelmina Zaragoza-Pettersson', email: 'w.zaragoza-p@example.eu', country: 'SE' };
const CONTACT_SUMMARY = 'CONTACT-SUMMARY-7310 asks how to stop the loyalty-card profiling';
const NAMED_RESPONDENT = 'RESPONDENT-AS-NAMED-4412 Loyalty Corp';
const CONTACT_VALUES = [PERSON.name, PERSON.email, CONTACT_SUMMARY, NAMED_RESPONDENT];

/** The Complainant's own data on a case: erased once the case is closed; the Respondent's stays. */
const COMPLAINANT = { name: 'Bartholomew Quixote-Lindqvist', email: 'bq.lindqvist@example.eu', country: 'DK', filingAs: 'data-subject' };
const ALLEGATION = 'ALLEGATION-6620 sold my browsing history after I objected';
const OUTCOME = 'OUTCOME-3391 delete my browsing history';
const WITHDRAWAL_REASON = 'WITHDRAWAL-8854 settled it directly';
const COMPLAINANT_VALUES = [COMPLAINANT.name, COMPLAINANT.email, ALLEGATION, OUTCOME, WITHDRAWAL_REASON];

const RECEIVED = '2026-07-01T09:00:00Z';
const request = (covers: Record<string, unknown>, overrides: Record<string, unknown> = {}) => ({ covers, requestedBy: 'data-subject', receivedAt: RECEIVED, legalBasis: 'art-17-1-b', ...overrides });

describe('GDPR Art. 17 erasure requests through HTTP (issue 9)', () => {
  let api: ApiHarness;
  /** The contact and the case whose data the tests erase: read again after a rebuild. */
  let erasedContactId: string;
  let erasedCaseId: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-07-01T12:00:00Z' });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF, headers: Record<string, string> = {}) => api.request('POST', url, { body, as, headers });
  const get = async (url: string, as: Actor = STAFF) => api.request('GET', url, { as, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  const typesOf = async (streamId: string) => (await api.eventStore.readStream(streamId)).map((event) => event.type);

  it("a contact's data is erased at once: the answer says what was erased, and no GET, read model or file holds it any more", async () => {
    const recorded = await post('/contacts', contact({ potentialComplainant: PERSON, respondentName: NAMED_RESPONDENT, summary: CONTACT_SUMMARY }));
    expect(recorded.status).toBe(201);
    const { contactId } = recorded.body;
    erasedContactId = contactId;
    expect((await get(`/contacts/${contactId}`)).body).toMatchObject({ potentialComplainant: PERSON, summary: CONTACT_SUMMARY });

    const erased = await post('/erasure-requests', request({ kind: 'contact', contactId }));
    expect(erased.status).toBe(201);
    expect(erased.body).toEqual({
      requestId: expect.any(String), status: 'completed', erased: [{ kind: 'contact', keySubjects: [`contact:${contactId}`], alreadyErased: false }], revision: 1, position: expect.any(Number),
    });
    const { requestId } = erased.body;
    expect(erased.headers).toMatchObject({ etag: '"1"', location: `/erasure-requests/${requestId}` });

    // The read models drop what was derived from the erased data.
    const erasedContact = { potentialComplainant: { name: '[erased]', email: '[erased]', country: '[erased]' }, respondentName: '[erased]', summary: '[erased]', erasedAt: expect.any(String) };
    expect((await get(`/contacts/${contactId}`)).body).toMatchObject({ contactId, channel: 'email', ...erasedContact });
    const listed = (await get('/contacts')).body;
    expect(listed.items.find((item: { contactId: string }) => item.contactId === contactId)).toMatchObject(erasedContact);
    for (const value of CONTACT_VALUES) expect(JSON.stringify(listed)).not.toContain(value);

    // The log itself reads [erased]: the contact's key is destroyed, so its ciphertext opens to nothing.
    expect(await typesOf(`contact-${contactId}`)).toEqual(['ContactRecorded', 'ContactErased']);
    const [recordedEvent, erasedEvent] = await api.eventStore.readStream(`contact-${contactId}`);
    expect(recordedEvent!.data).toMatchObject({ potentialComplainant: { name: '[erased]', email: '[erased]' }, summary: '[erased]' });
    expect(erasedEvent!.data).toEqual({ contactId, requestId, erasedAt: expect.any(String) });

    // Not a byte of it in any file under DATA_DIR (log, WAL, key store, identity), any read model or any GET.
    expect(tracesInFiles(api.dataDir, CONTACT_VALUES)).toEqual([]);
    expect(await tracesInReadStore(api, CONTACT_VALUES)).toEqual([]);
    const { traces, called } = await tracesInGetEndpoints(api, { contactId, requestId }, CONTACT_VALUES);
    expect(traces).toEqual([]);
    expect(called).toEqual(expect.arrayContaining([`/contacts/${contactId} 200`, '/contacts 200', `/erasure-requests/${requestId} 200`, '/erasure-requests 200']));

    // The audit trail keeps the fact of the request and of the erasure (ids and enumerations), for compliance officers too.
    const kept = await get(`/erasure-requests/${requestId}`, COMPLIANCE);
    expect(kept.body).toEqual({
      requestId, covers: { kind: 'contact', contactId }, requestedBy: 'data-subject', receivedAt: RECEIVED, legalBasis: 'art-17-1-b', recordedBy: accountIdOf(STAFF),
      recordedAt: expect.any(String), status: 'completed', erased: [{ kind: 'contact', keySubjects: [`contact:${contactId}`], alreadyErased: false }], completedAt: expect.any(String), revision: 1,
    });
    expect(kept.headers.etag).toBe('"1"');
    expect(await typesOf(`erasure-request-${requestId}`)).toEqual(['ErasureRequested', 'ErasureCompleted']);

    // Erasing again erases nothing more: the request completes, saying the data was already erased.
    const again = await post('/erasure-requests', request({ kind: 'contact', contactId }, { requestedBy: 'representative', legalBasis: 'art-17-1-a' }));
    expect(again.body).toMatchObject({ status: 'completed', erased: [{ kind: 'contact', keySubjects: [`contact:${contactId}`], alreadyErased: true }] });
    expect(await typesOf(`contact-${contactId}`)).toEqual(['ContactRecorded', 'ContactErased']);
  });

  it('a retried request (same Idempotency-Key) answers as the first did and writes nothing twice', async () => {
    const { contactId } = (await post('/contacts', contact())).body;
    const headers = { 'idempotency-key': `erase-${contactId}` };
    const first = await post('/erasure-requests', request({ kind: 'contact', contactId }), STAFF, headers);
    expect(first.status).toBe(201);
    const head = await api.eventStore.headPosition();
    const retried = await post('/erasure-requests', request({ kind: 'contact', contactId }), STAFF, headers);
    expect(retried.status).toBe(201);
    expect(retried.body).toEqual(first.body);
    expect(await api.eventStore.headPosition()).toBe(head);
    expect(await typesOf(`contact-${contactId}`)).toEqual(['ContactRecorded', 'ContactErased']);
  });

  it("ERASURE-CASE-OPEN: a Complainant's data on an open case is deferred (needed by the procedure until it closes) and nothing is erased; once the case is closed the same request completes, the Respondent stays", async () => {
    const filed = await post('/cases', complaint({ complainant: COMPLAINANT, allegation: ALLEGATION, outcomesSought: [OUTCOME] }));
    expect(filed.status).toBe(201);
    const { caseId } = filed.body;
    erasedCaseId = caseId;
    const asked = request({ kind: 'complainant', caseId }, { requestedBy: 'parent-or-guardian', legalBasis: 'art-17-1-f' });

    const deferred = await post('/erasure-requests', asked);
    expect(deferred.status).toBe(201);
    expect(deferred.body).toEqual({
      requestId: expect.any(String), status: 'deferred', erased: [], reason: 'ERASURE-CASE-OPEN',
      message: expect.stringContaining('erasable once the case closes'), erasableWhen: 'case-closed', revision: 1, position: expect.any(Number),
    });
    expect(deferred.body.erasableFrom).toBeUndefined();
    // Nothing erased: the case still shows the Complainant, the log holds no erasure.
    expect((await get(`/cases/${caseId}`)).body).toMatchObject({ status: 'open', complainant: { name: COMPLAINANT.name, country: 'DK' } });
    expect(JSON.stringify((await get(`/cases/${caseId}/timeline`)).body)).toContain(COMPLAINANT.email);
    expect(await typesOf(`case-${caseId}`)).not.toContain('ComplainantDataErased');
    expect((await get(`/erasure-requests/${deferred.body.requestId}`)).body).toMatchObject({
      status: 'deferred', covers: { kind: 'complainant', caseId }, deferral: { reason: 'ERASURE-CASE-OPEN', erasableWhen: 'case-closed', deferredAt: expect.any(String) }, erased: [],
    });

    // BBB-6 (3): the Complainant withdraws; the case closes.
    expect((await post(`/cases/${caseId}/withdrawal`, { reason: WITHDRAWAL_REASON })).status).toBe(200);
    const completed = await post('/erasure-requests', asked);
    expect(completed.body).toMatchObject({ status: 'completed', erased: [{ kind: 'complainant', keySubjects: [`case:${caseId}:complainant`], alreadyErased: false }] });
    const { requestId } = completed.body;

    const detail = (await get(`/cases/${caseId}`)).body;
    expect(detail).toMatchObject({ status: 'closed', complainant: { name: '[erased]', country: '[erased]', filingAs: 'data-subject' }, respondent: { name: 'Acme Analytics Inc.' } });
    const { entries } = (await get(`/cases/${caseId}/timeline`, COMPLIANCE)).body as { entries: { type: string; data: any }[] };
    const filedEntry = entries.find((entry) => entry.type === 'ComplaintFiled')!;
    expect(filedEntry.data).toMatchObject({ complainant: { name: '[erased]', email: '[erased]', country: '[erased]', filingAs: 'data-subject' }, allegation: '[erased]', outcomesSought: ['[erased]'], respondent: { name: 'Acme Analytics Inc.' } });
    expect(entries.find((entry) => entry.type === 'ComplaintWithdrawn')!.data.reason).toBe('[erased]');
    // The trail keeps the fact of the erasure, never the data.
    expect(entries.at(-1)).toMatchObject({ type: 'ComplainantDataErased', data: { caseId, requestId, erasedAt: expect.any(String) }, actor: { id: accountIdOf(STAFF), role: 'case-manager' } });

    expect(tracesInFiles(api.dataDir, COMPLAINANT_VALUES)).toEqual([]);
    expect(await tracesInReadStore(api, COMPLAINANT_VALUES)).toEqual([]);
    const { traces, called } = await tracesInGetEndpoints(api, { caseId, requestId }, COMPLAINANT_VALUES);
    expect(traces).toEqual([]);
    expect(called).toEqual(expect.arrayContaining([`/cases/${caseId} 200`, `/cases/${caseId}/timeline 200`, '/cases 200']));

    // Both requests are on record, each with its answer.
    const listed = (await get('/erasure-requests?pageSize=200', COMPLIANCE)).body.items.filter((item: { covers: { caseId?: string } }) => item.covers.caseId === caseId);
    expect(listed.map((item: { status: string }) => item.status).sort()).toEqual(['completed', 'deferred']);
    expect((await get('/erasure-requests?status=deferred')).body.items.every((item: { status: string }) => item.status === 'deferred')).toBe(true);

    // The closed case still takes its disposal (BBB-8.3); nothing else.
    expect((await post(`/cases/${caseId}/file-disposal`, {})).status).toBe(200);
  });

  it('only staff record erasure requests: a Panelist, a Party or a compliance officer gets 403 and nothing is written', async () => {
    const { caseId } = (await post('/cases', complaint())).body;
    const { contactId } = (await post('/contacts', contact())).body;
    const callers = [PANELIST, actor('complainant', 'ada', { caseId }), actor('respondent', 'acme', { caseId }), COMPLIANCE];
    for (const who of callers) await api.tokenFor(who); // accounts opened before the head is taken
    const head = await api.eventStore.headPosition();
    for (const who of callers) {
      for (const covers of [{ kind: 'contact', contactId }, { kind: 'complainant', caseId }]) {
        const refused = await post('/erasure-requests', request(covers), who);
        expect({ who: who.role, status: refused.status }).toEqual({ who: who.role, status: 403 });
      }
    }
    expect((await get('/erasure-requests', PANELIST)).status).toBe(403);
    expect((await get('/erasure-requests', actor('complainant', 'ada', { caseId }))).status).toBe(403);
    expect(await api.eventStore.headPosition()).toBe(head);
    // An administrator may, like a case manager.
    expect((await post('/erasure-requests', request({ kind: 'contact', contactId }), ADMIN)).body).toMatchObject({ status: 'completed' });
  });

  it('a malformed request is 400 naming the field, an unknown contact or case 404, and neither writes anything', async () => {
    const { contactId } = (await post('/contacts', contact())).body;
    const head = await api.eventStore.headPosition();
    const malformed: [string, unknown][] = [
      ['covers', { requestedBy: 'data-subject', receivedAt: RECEIVED, legalBasis: 'art-17-1-b' }],
      ['covers.kind', request({ kind: 'account', contactId })],
      ['covers.contactId', request({ kind: 'contact' })],
      ['covers.contactId', request({ kind: 'contact', contactId: 'Ada Example' })],
      ['covers.caseId', request({ kind: 'contact', contactId, caseId: contactId })],
      ['covers.caseId', request({ kind: 'complainant', contactId })],
      ['requestedBy', request({ kind: 'contact', contactId }, { requestedBy: 'Ada Example' })],
      ['legalBasis', request({ kind: 'contact', contactId }, { legalBasis: 'art-6-1-a' })],
      ['receivedAt', request({ kind: 'contact', contactId }, { receivedAt: 'yesterday' })],
      ['name', request({ kind: 'contact', contactId }, { name: 'Ada Example' })],
    ];
    for (const [field, body] of malformed) {
      const response = await post('/erasure-requests', body);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.violations.map((violation: { field: string }) => violation.field)).toContain(field);
    }
    expect((await api.request('POST', '/erasure-requests', { rawBody: '{"covers":', as: STAFF })).status).toBe(400);

    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await post('/erasure-requests', request({ kind: 'contact', contactId: unknown }))).toMatchObject({ status: 404, body: { field: 'covers.contactId' } });
    expect(await post('/erasure-requests', request({ kind: 'complainant', caseId: unknown }))).toMatchObject({ status: 404, body: { field: 'covers.caseId' } });
    expect((await get(`/erasure-requests/${unknown}`)).status).toBe(404);
    expect((await get('/erasure-requests/not-an-id')).status).toBe(404);
    // Received after now: the decider refuses it before anything is appended.
    expect(await post('/erasure-requests', request({ kind: 'contact', contactId }, { receivedAt: '2026-07-02T09:00:00Z' }))).toMatchObject({ status: 422, body: { rule: 'RECEIPT-IN-FUTURE' } });
    expect(await api.eventStore.headPosition()).toBe(head);
    expect((await get(`/contacts/${contactId}`)).body.erasedAt).toBeUndefined();
  });

  it('after a restart, the read models rebuilt from the log read [erased] where the live ones did, and the requests are still on record', async () => {
    const dataDir = api.dataDir;
    await api.close();
    // The in-process read models are rebuilt from the log at every start.
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-07-01T12:00:00Z' }, dataDir);
    expect((await get(`/contacts/${erasedContactId}`)).body).toMatchObject({ potentialComplainant: { name: '[erased]', email: '[erased]', country: '[erased]' }, summary: '[erased]', erasedAt: expect.any(String) });
    expect((await get(`/cases/${erasedCaseId}`)).body).toMatchObject({ complainant: { name: '[erased]', country: '[erased]' } });
    expect(await tracesInReadStore(api, [...CONTACT_VALUES, ...COMPLAINANT_VALUES])).toEqual([]);
    const requests = (await get('/erasure-requests?pageSize=200&count=true')).body;
    expect(requests.total).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(requests)).not.toContain(PERSON.name);
  });
});
