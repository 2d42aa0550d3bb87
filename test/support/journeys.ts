import { type ApiHarness, complaint, STAFF } from './api-harness';

/** The seven BBB-2.3 conditions other than identity, which is verified on its own. */
export const BBB_CONDITIONS = ['eligible-complainant', 'participating-business', 'alleges-non-compliance', 'supporting-information', 'good-faith-attempt', 'not-previously-resolved', 'not-in-litigation'];

async function ok(api: ApiHarness, url: string, body: unknown): Promise<{ body: any }> {
  const response = await api.request('POST', url, { body, headers: STAFF });
  expect({ url, status: response.status, body: response.body }).toMatchObject({ status: 200 });
  return response;
}

/**
 * A BBB complaint against `businessId`, walked through eligibility as eligibility.e2e-spec.ts does in detail:
 * Respondent identified, identity verified, every condition found met, docketed. The Case is in Conciliation.
 */
export async function docketBbbCase(api: ApiHarness, businessId: string, receivedAt: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { body } = await api.request('POST', '/cases', { body: complaint({ receivedAt, respondent: { name: 'Acme' }, ...overrides }), headers: STAFF });
  const caseId = body.caseId as string;
  await ok(api, `/cases/${caseId}/respondent-identification`, { businessId });
  await ok(api, `/cases/${caseId}/identity-verification`, { method: 'passport' });
  for (const condition of BBB_CONDITIONS) {
    await ok(api, `/cases/${caseId}/eligibility-findings`, { condition, met: true, note: 'checked', ...(condition === 'good-faith-attempt' ? { account: 'wrote to privacy@acme twice' } : {}) });
  }
  await ok(api, `/cases/${caseId}/docketing`, {});
  return caseId;
}
