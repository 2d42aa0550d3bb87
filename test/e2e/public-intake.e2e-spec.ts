import fs from 'node:fs';
import { join } from 'node:path';
import { type ApiHarness, removeDataDir, STAFF, startApi, VERASAFE_ELEMENTS } from '../support/api-harness';
import { confirmationCodeFor, outboxOf } from '../support/outbox';

// CASRO-6, VS-3.1, VS-3.3: a programme's public complaints page. Anyone submits; the submission is validated as staff
// filing is and held until its submitter proves control of the address with the emailed code; then a contact is
// recorded and the complaint filed through staff intake's commands, and the filing acknowledged with the case reference.

const ADDRESS = 'ada.public@example.eu';
const NAME = 'Ada Publicsubmitter';
const ALLEGATION = 'Acme kept sending my survey answers to a broker after I objected';

const publicComplaint = (overrides: Record<string, unknown> = {}) => ({
  complainant: { name: NAME, email: ADDRESS, country: 'FR', filingAs: 'data-subject' },
  respondent: { name: 'Acme Surveys Inc.' },
  allegation: ALLEGATION,
  outcomesSought: ['stop sharing my answers'],
  ...overrides,
});

describe('public complaint intake per programme (CASRO-6, VS-3.1, VS-3.3)', () => {
  let api: ApiHarness;
  /** Every line the service writes to stdout or stderr during the suite (its pino logs at `info`). */
  const logged: string[] = [];
  const spies: jest.SpyInstance[] = [];
  let nextClient = 1;
  /** Each test its own client address, so the per-address limit counts only its own requests. */
  const client = () => `198.51.100.${nextClient++}`;

  const send = async (url: string, body: unknown, remoteAddress = '192.0.2.1') => {
    const response = await api.app.inject({ method: 'POST', url, remoteAddress, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    return { status: response.statusCode, body: JSON.parse(response.body || 'null'), headers: response.headers };
  };

  beforeAll(async () => {
    const capture = (fd: unknown, data: unknown) => {
      if ((fd === 1 || fd === 2) && (typeof data === 'string' || Buffer.isBuffer(data))) logged.push(data.toString());
    };
    const writeSync = fs.writeSync.bind(fs) as (...args: unknown[]) => number;
    const write = fs.write.bind(fs) as (...args: unknown[]) => void;
    spies.push(jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => (capture(fd, data), writeSync(fd, data, ...rest))) as never));
    spies.push(jest.spyOn(fs, 'write').mockImplementation(((fd: number, data: unknown, ...rest: unknown[]) => (capture(fd, data), write(fd, data, ...rest))) as never));
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write.bind(stream) as (...args: unknown[]) => boolean;
      spies.push(jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: unknown[]) => (logged.push(String(chunk)), original(chunk, ...rest))) as never));
    }
    api = await startApi({ LOG_LEVEL: 'info' });
  });

  afterAll(async () => {
    await api.close();
    for (const spy of spies) spy.mockRestore();
    removeDataDir(api.dataDir);
  });

  it('CASRO-6: a complaint through the CASRO programme\'s public form, confirmed with the emailed code, reaches the BBB procedure\'s eligibility review with its contact; the acknowledgement gives the case reference only', async () => {
    const from = client();
    const submitted = await send('/programmes/casro-safe-harbor/complaints', publicComplaint(), from);
    expect(submitted.status).toBe(202);
    expect(submitted.body).toEqual({ submissionId: expect.any(String), expiresAt: expect.any(String), confirmation: `/programmes/casro-safe-harbor/complaints/${submitted.body.submissionId}/confirmation` });
    // Held for 24 hours; nothing filed yet, and nothing personal in the pending store's file.
    expect(Date.parse(submitted.body.expiresAt) - Date.now()).toBeGreaterThan(23 * 3600_000);
    const pendingFile = join(api.dataDir, 'public-intake', 'pending-submissions.sqlite');
    const stored = [pendingFile, `${pendingFile}-wal`].filter((file) => fs.existsSync(file)).map((file) => fs.readFileSync(file).toString('latin1')).join('');
    expect(stored).toContain(submitted.body.submissionId);
    expect(stored).not.toMatch(new RegExp(`${NAME}|${ADDRESS}|broker`));
    expect((await api.request('GET', '/cases?pageSize=100&count=true', { as: STAFF })).body.total).toBe(0);

    const code = confirmationCodeFor(api.dataDir, ADDRESS);
    const confirmed = await send(submitted.body.confirmation, { code }, from);
    expect(confirmed.status).toBe(201);
    const { caseId, position } = confirmed.body;
    expect(confirmed.headers.etag).toBe(`"${confirmed.body.revision}"`);

    const detail = await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(position) } });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ caseId, rulebook: { id: 'bbb-eu-safe-harbor' }, stage: 'eligibility-review', status: 'open', channel: 'web-form', complainant: { name: NAME } });
    const filed = (await api.eventStore.readStream(`case-${caseId}`)).find((event) => event.type === 'ComplaintFiled')!;
    const data = filed.data as { contactId: string; programme?: { id: string }; channel: string };
    expect(data).toMatchObject({ channel: 'web-form', programme: { id: 'casro-safe-harbor' } });
    // BBB-2.1: the contact, recorded as staff record one, and named by the complaint.
    const contact = await api.request('GET', `/contacts/${data.contactId}`, { as: STAFF, headers: { 'x-min-position': String(position) } });
    expect(contact.status).toBe(200);
    expect(contact.body).toMatchObject({ contactId: data.contactId, channel: 'web-form', potentialComplainant: { name: NAME, email: ADDRESS } });

    // Single use: the code confirms once.
    expect((await send(submitted.body.confirmation, { code }, from)).status).toBe(404);

    const acknowledgement = outboxOf(api.dataDir).filter((message) => message.to === ADDRESS).pop()!;
    expect(acknowledgement.text).toContain(caseId);
    expect(acknowledgement.subject + acknowledgement.text).not.toMatch(new RegExp(`${NAME}|broker|Acme|stop sharing|${code}`));
  });

  it('CASRO-6: a malformed submission is refused naming the field, and nothing is written', async () => {
    const head = await api.eventStore.headPosition();
    const sentBefore = outboxOf(api.dataDir).length;
    const from = client();
    const badEmail = await send('/programmes/casro-safe-harbor/complaints', publicComplaint({ complainant: { name: NAME, email: 'not-an-address', country: 'FR', filingAs: 'data-subject' } }), from);
    expect(badEmail.status).toBe(400);
    expect(JSON.stringify(badEmail.body)).toContain('complainant.email');
    const staffOnly = await send('/programmes/casro-safe-harbor/complaints', publicComplaint({ channel: 'email' }), from);
    expect(staffOnly.status).toBe(400);
    expect(JSON.stringify(staffOnly.body)).toContain('channel');
    const noOutcome = await send('/programmes/casro-safe-harbor/complaints', publicComplaint({ outcomesSought: [] }), from);
    expect(noOutcome.status).toBe(400);
    expect(JSON.stringify(noOutcome.body)).toContain('outcomesSought');
    expect(await api.eventStore.headPosition()).toBe(head);
    expect(outboxOf(api.dataDir)).toHaveLength(sentBefore);
  });

  it('VS-3.1: a VeraSafe submission missing an element VS-3.1 requires is refused with 422 naming it, nothing written; a complete one is held', async () => {
    const head = await api.eventStore.headPosition();
    const from = client();
    const { perjuryDeclaration: _omitted, ...withoutDeclaration } = VERASAFE_ELEMENTS;
    const refused = await send('/programmes/verasafe/complaints', publicComplaint({ framework: 'eu-us-privacy-shield', ...withoutDeclaration }), from);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ field: 'perjuryDeclaration', rule: 'VS-3.1' });
    expect(await api.eventStore.headPosition()).toBe(head);

    const held = await send('/programmes/verasafe/complaints', publicComplaint({ framework: 'eu-us-privacy-shield', ...VERASAFE_ELEMENTS }), from);
    expect(held.status).toBe(202);
    expect(await api.eventStore.headPosition()).toBe(head);
  });

  it('CASRO-6: a wrong code is refused with 422 naming code, attempts are limited, and then the submission is gone (404)', async () => {
    const from = client();
    const address = 'bo.public@example.eu';
    const submitted = await send('/programmes/casro-safe-harbor/complaints', publicComplaint({ complainant: { name: 'Bo Public', email: address, country: 'DE', filingAs: 'data-subject' } }), from);
    expect(submitted.status).toBe(202);
    const code = confirmationCodeFor(api.dataDir, address);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const first = await send(submitted.body.confirmation, { code: wrong }, from);
    expect(first.status).toBe(422);
    expect(first.body).toMatchObject({ field: 'code', attemptsLeft: 4 });
    for (const left of [3, 2, 1, 0]) expect((await send(submitted.body.confirmation, { code: wrong }, from)).body).toMatchObject({ statusCode: 422, field: 'code', attemptsLeft: left });
    // Out of attempts: even the right code finds nothing.
    expect((await send(submitted.body.confirmation, { code }, from)).body).toMatchObject({ statusCode: 404, field: 'submissionId' });
    expect((await send(`/programmes/casro-safe-harbor/complaints/${crypto.randomUUID()}/confirmation`, { code }, from)).status).toBe(404);
    expect((await send(submitted.body.confirmation, { code: '12ab' }, from)).body).toMatchObject({ statusCode: 400 });
  });

  it('CASRO-6: an unknown programme, or one without a public complaints page, is 404', async () => {
    const from = client();
    expect((await send('/programmes/no-such-programme/complaints', publicComplaint(), from)).body).toMatchObject({ statusCode: 404, field: 'programmeId' });
  });

  it('CASRO-6: too many submissions from one client address are refused with 429, before anything is held', async () => {
    const from = client();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await send('/programmes/casro-safe-harbor/complaints', publicComplaint({ complainant: { name: 'Flood Sender', email: `flood${i}@example.eu`, country: 'FR', filingAs: 'data-subject' } }), from)).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429]);
    expect(outboxOf(api.dataDir).filter((message) => message.to.startsWith('flood'))).toHaveLength(5);
    // Another address is not held back.
    expect((await send('/programmes/casro-safe-harbor/complaints', publicComplaint(), client())).status).toBe(202);
  });

  it('no personal data of any submission in any server log line written during the suite', () => {
    // The service's own log lines were captured (pino at info): the capture works.
    expect(logged.some((line) => line.includes('Nest application successfully started'))).toBe(true);
    const personal = new RegExp(`${NAME}|Bo Public|Flood Sender|@example\\.eu|broker|stop sharing|perjury`, 'i');
    expect(logged.filter((line) => personal.test(line))).toEqual([]);
  });
});
