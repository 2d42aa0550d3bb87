import { type ApiHarness, complaint, contact, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');
const PERSON = { name: 'Zoe Privateperson', email: 'zoe@private.example', country: 'DE' };
const COMPLAINANT = { ...PERSON, filingAs: 'data-subject' };
const REFER = { agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'marketing profile kept after objection', summary: 'Acme Analytics Inc. did not answer the Complaint', reason: 'default on the Rebuttal after notice (BBB-4.4.1)' };

describe('Annual Procedure Report through HTTP (BBB-7.1, BBB-7.2, BBB-7.3)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
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
  const get = async (url: string) => api.request('GET', url, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
  const read = async (caseId: string) => (await get(`/cases/${caseId}`)).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
    return response;
  };

  async function ineligible(receivedAt: string, condition: string): Promise<string> {
    const { body } = await post('/cases', complaint({ receivedAt, complainant: COMPLAINANT }));
    await ok(`/cases/${body.caseId}/eligibility-findings`, { condition, met: false, note: `${PERSON.name} fails ${condition}` });
    await ok(`/cases/${body.caseId}/ineligibility`, { condition, reason: `${PERSON.name} (${PERSON.email}) fails ${condition}` });
    return body.caseId;
  }

  /** referral.e2e-spec.ts's journey: docketed, the Respondent defaults on the Rebuttal, referred after the cure period. */
  async function referredCase(start: string): Promise<string> {
    await advance(start);
    const caseId = await docketBbbCase(api, businessId, start, { complainant: COMPLAINANT });
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'correct-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: start });
    const rebuttalDue = (await read(caseId)).deadlines['rebuttal-1'].dueAt as string;
    const noticeAt = new Date(Date.parse(rebuttalDue) + 3_600_000).toISOString();
    await advance(noticeAt);
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'default-notice', deliveredAt: noticeAt });
    const defaultDue = (await read(caseId)).deadlines['rebuttal-after-default-1'].dueAt as string;
    await advance(new Date(Date.parse(defaultDue) + 3_600_000).toISOString());
    expect(await read(caseId)).toMatchObject({ stage: 'referral-decision' });
    await ok(`/cases/${caseId}/referral/decision-to-refer`, REFER, ADMIN);
    await advance('2026-10-12T18:00:00Z');
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-10-12T15:00:00Z' }, ADMIN);
    await advance('2026-10-28T15:00:00Z');
    expect(await read(caseId)).toMatchObject({ status: 'closed', closure: { reason: 'referred' } });
    return caseId;
  }

  it('BBB-7.1 BBB-7.2 BBB-7.3 reports contacts, ineligible complaints by reason and referrals, with no complainant data', async () => {
    // 31 December 2025, 22:00 in New York: counted in 2025, not 2026.
    for (const receivedAt of ['2026-01-01T03:00:00Z', '2026-02-01T15:00:00Z', '2026-03-01T15:00:00Z', '2026-04-01T15:00:00Z']) {
      expect((await post('/contacts', contact({ receivedAt, potentialComplainant: PERSON }))).status).toBe(201);
    }
    // Received in 2025 (New York), found ineligible now (June 2026): filed in 2025, ineligible in 2026.
    await ineligible('2026-01-01T03:00:00Z', 'not-in-litigation');
    await ineligible('2026-05-01T15:00:00Z', 'good-faith-attempt');
    await ineligible('2026-05-02T15:00:00Z', 'good-faith-attempt');
    await ineligible('2026-05-03T15:00:00Z', 'eligible-complainant');
    await referredCase('2026-08-03T13:00:00Z');

    const response = await get('/reports/annual?rulebookId=bbb-eu-safe-harbor&year=2026');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      rulebookId: 'bbb-eu-safe-harbor',
      year: 2026,
      timeZone: 'America/New_York',
      statistics: { rule: 'BBB-7.1', contacts: 3, complaintsFiled: 4, docketed: 1, ineligible: 4, referred: 1, withdrawn: 0, closed: 5, closedByReason: [{ reason: 'not-eligible', count: 4 }, { reason: 'referred', count: 1 }] },
      ineligibleByReason: { rule: 'BBB-7.2', total: 4, reasons: [{ condition: 'good-faith-attempt', rule: 'BBB-2.3.2', count: 2 }, { condition: 'eligible-complainant', count: 1 }, { condition: 'not-in-litigation', count: 1 }] },
      referrals: { rule: 'BBB-7.3', items: [{ respondent: 'Acme Analytics Inc.', agency: 'Federal Trade Commission', nature: REFER.nature, referredOn: '2026-10-28' }] },
      defaultsNoted: { rule: 'BBB-4.4.1', count: 1 },
      noted: {
        rule: 'BBB-7.1',
        total: 1,
        matters: [{ matter: 'respondent-default', rule: 'BBB-4.4.1', count: 1 }, { matter: 'refused-corrective-action', rule: 'BBB-4.6.4', count: 0 }, { matter: 'noncompliance', rule: 'BBB-5', count: 0 }],
      },
    });
    const text = JSON.stringify(response.body);
    for (const secret of ['Zoe', 'Privateperson', 'zoe@private.example', 'Ada', 'ada@example.eu']) expect(text).not.toContain(secret);

    const earlier = await get('/reports/annual?rulebookId=bbb-eu-safe-harbor&year=2025');
    expect(earlier.body).toMatchObject({ statistics: { contacts: 1, complaintsFiled: 1, ineligible: 0 } });
    expect(JSON.stringify(earlier.body)).not.toContain('Zoe');
  });

  it('BBB-5 a finding of noncompliance (corrective action not certified in time) is noted in the report, by matter, naming no Party (BBB-7.1)', async () => {
    const start = '2026-10-29T13:00:00Z';
    await advance(start);
    const caseId = await docketBbbCase(api, businessId, start, { complainant: COMPLAINANT });
    await ok(`/cases/${caseId}/settlement`, { terms: 'Acme fixes the unsubscribe job', correctiveAction: { description: 'fix the unsubscribe job', performBy: '2026-11-02' } });
    await ok(`/cases/${caseId}/settlement/letter`, {});
    const due = (await read(caseId)).deadlines['performance-certification-1'].dueAt as string;
    const lapsedAt = new Date(Date.parse(due) + 3_600_000).toISOString();
    expect(lapsedAt < '2027-01-01T05:00:00Z').toBe(true); // still 2026 in New York
    await advance(lapsedAt);
    expect(await read(caseId)).toMatchObject({ status: 'open', stage: 'referral-decision' });

    const response = await get('/reports/annual?rulebookId=bbb-eu-safe-harbor&year=2026');
    expect(response.status).toBe(200);
    expect(response.body.noted).toEqual({
      rule: 'BBB-7.1',
      total: 2,
      matters: [{ matter: 'respondent-default', rule: 'BBB-4.4.1', count: 1 }, { matter: 'refused-corrective-action', rule: 'BBB-4.6.4', count: 0 }, { matter: 'noncompliance', rule: 'BBB-5', count: 1 }],
    });
    // Not referred (yet): the finding names no one; the Respondent would be named only in a BBB-7.3 referral summary.
    expect(response.body.referrals.items).toHaveLength(1);
    const section = JSON.stringify(response.body.noted);
    for (const secret of ['Acme', caseId, 'Zoe', 'unsubscribe']) expect(section).not.toContain(secret);
  });

  it('BBB-7.1 has no report for a year without complaints (404), and names bad parameters (400)', async () => {
    const none = await get('/reports/annual?rulebookId=bbb-eu-safe-harbor&year=2024');
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ rule: 'BBB-7.1' });
    expect(none.body.message).toContain('BBB-7.1');

    for (const [query, field] of [
      ['rulebookId=moon&year=2026', 'rulebookId'],
      ['year=2026', 'rulebookId'],
      ['rulebookId=bbb-eu-safe-harbor&year=twenty', 'year'],
      ['rulebookId=bbb-eu-safe-harbor', 'year'],
      ['rulebookId=bbb-eu-safe-harbor&year=2026&extra=1', 'extra'],
    ]) {
      const bad = await get(`/reports/annual?${query}`);
      expect({ query, status: bad.status }).toEqual({ query, status: 400 });
      expect(JSON.stringify(bad.body)).toContain(field);
    }
  });
});
