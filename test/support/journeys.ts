import { type ApiHarness, complaint, STAFF, actor, type Actor } from './api-harness';

/** The seven BBB-2.3 conditions other than identity, which is verified on its own. */
export const BBB_CONDITIONS = ['eligible-complainant', 'participating-business', 'alleges-non-compliance', 'supporting-information', 'good-faith-attempt', 'not-previously-resolved', 'not-in-litigation'];

async function ok(api: ApiHarness, url: string, body: unknown): Promise<{ body: any }> {
  const response = await api.request('POST', url, { body, as: STAFF });
  expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
  return response;
}

/**
 * A BBB complaint against `businessId`, walked through eligibility as eligibility.e2e-spec.ts does in detail:
 * Respondent identified, identity verified, every condition found met, docketed. The Case is in Conciliation.
 */
export async function docketBbbCase(
  api: ApiHarness,
  businessId: string,
  receivedAt: string,
  overrides: Record<string, unknown> = {},
  finding: { note: string; account: string } = { note: 'checked', account: 'wrote to privacy@acme twice' },
): Promise<string> {
  const { body } = await api.request('POST', '/cases', { body: complaint({ receivedAt, respondent: { name: 'Acme' }, ...overrides }), as: STAFF });
  const caseId = body.caseId as string;
  await ok(api, `/cases/${caseId}/respondent-identification`, { businessId });
  await ok(api, `/cases/${caseId}/identity-verification`, { method: 'passport' });
  for (const condition of BBB_CONDITIONS) {
    await ok(api, `/cases/${caseId}/eligibility-findings`, { condition, met: true, note: finding.note, ...(condition === 'good-faith-attempt' ? { account: finding.account } : {}) });
  }
  await ok(api, `/cases/${caseId}/docketing`, {});
  return caseId;
}

const ADMIN = actor('administrator', 'admin-1');

/** Acme Analytics Inc. in the registry, participating in the BBB programme since 2020 (BBB-2.3): its business id. */
export async function participatingBusiness(api: ApiHarness): Promise<string> {
  const registered = await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] }, as: STAFF });
  expect(registered.status).toBe(201);
  const businessId = registered.body.businessId as string;
  const participation = await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] }, as: STAFF });
  expect(participation.status).toBeLessThan(300);
  return businessId;
}

/**
 * A Panelist enrolled on the Board and visible to the read side (BBB-4.2); with one Panelist on the Board every draw
 * appoints them. Returns the headers they act with.
 */
export async function enrolPanelist(api: ApiHarness): Promise<Actor> {
  const enrolled = await api.request('POST', '/panelists', {
    body: { name: 'Grace Expert', email: 'grace@example.com', employer: 'Grace Expert Privacy LLP', qualifications: ['CIPP'], confidentialityAgreementSignedOn: '2026-01-15' },
    as: ADMIN,
  });
  expect(enrolled.status).toBe(201);
  const board = await api.request('GET', `/panelists/${enrolled.body.panelistId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  expect(board.status).toBe(200);
  return actor('panelist', enrolled.body.panelistId);
}

/** Docketed, then the written hearing with Position, Rebuttal, reply and response all at `now`: the record is with the CBBB for a Panelist. */
export async function bbbCaseAwaitingPanelist(api: ApiHarness, businessId: string, now: string): Promise<string> {
  const caseId = await docketBbbCase(api, businessId, now);
  await ok(api, `/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
  await ok(api, `/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: now });
  await ok(api, `/cases/${caseId}/hearing/rebuttal`, { receivedAt: now, summary: 'the Rebuttal' });
  await ok(api, `/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: now });
  await ok(api, `/cases/${caseId}/hearing/reply`, { receivedAt: now, summary: 'my reply' });
  await ok(api, `/cases/${caseId}/hearing/deliveries`, { document: 'reply', deliveredAt: now });
  await ok(api, `/cases/${caseId}/hearing/response`, { receivedAt: now, summary: 'our response' });
  return caseId;
}
