import { type ApiHarness, actor, type Actor, complaint, STAFF, startApi } from './api-harness';

/** What VeraSafe's HTTP journeys share: the service on a controllable clock, Acme participating in VeraSafe, complaints docketed. */

export const VS_COMPLAINANT = actor('complainant', 'ada');
export const VS_PARTICIPANT = actor('respondent', 'acme-counsel');

/** Everything VS-3.1 asks a Complaint to contain, with the Complainant's age (VS-5.1). */
export const VERASAFE_COMPLAINT = {
  rulebookId: 'verasafe-2016', framework: 'eu-us-privacy-shield', respondent: { name: 'Acme' },
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' }, complainantAge: { dateOfBirth: '1990-04-02' },
  outcomesSought: ['delete my profile'], outcomeKinds: ['delete-personal-data'], facts: 'I objected in March; the profile is still used',
  harm: 'unwanted marketing', consentToShare: true, documentation: [], perjuryDeclaration: true,
};

export interface Action { command: string; href: string; rule: string; by: string; awaited: boolean; deadlineId?: string; about?: Record<string, string> }

/** The service (Monday 1 June 2026, 08:00 in New York unless told) with Acme Analytics Inc. participating in VeraSafe for the Privacy Shield. */
export async function startVeraSafeApi(clockStart = '2026-06-01T12:00:00Z'): Promise<{ api: ApiHarness; businessId: string }> {
  const api = await startApi({ CLOCK: 'controllable', CLOCK_START: clockStart });
  const registered = await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['verasafe-2016'] }, as: STAFF });
  if (registered.status !== 201) throw new Error(`registering Acme: ${registered.status} ${JSON.stringify(registered.body)}`);
  const businessId = registered.body.businessId as string;
  const participation = await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'verasafe-2016', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['eu-us-privacy-shield'] }, as: STAFF });
  if (participation.status >= 300) throw new Error(`Acme's participation: ${participation.status} ${JSON.stringify(participation.body)}`);
  return { api, businessId };
}

/** Requests a VeraSafe journey makes over and over against `current()`. */
export function verasafeRequests(current: () => ApiHarness, businessId: () => string) {
  const post = (url: string, body: unknown, as: Actor = STAFF) => current().request('POST', url, { body, as });
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    if (response.status >= 300) throw new Error(`POST ${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const detail = async (caseId: string) => (await current().request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await current().eventStore.headPosition()) } })).body;
  const advance = async (now: string) => {
    const moved = await current().request('POST', '/admin/clock', { body: { now }, as: actor('administrator', 'admin-1') });
    if (moved.status !== 200) throw new Error(`the clock did not move to ${now}: ${moved.status}`);
  };

  /** Filed, the Participant matched in the registry, every VS-5 finding the review asks for made, docketed (VS-7.1). */
  const docketedCase = async (receivedAt: string): Promise<string> => {
    const filed = await post('/cases', complaint({ ...VERASAFE_COMPLAINT, receivedAt }));
    if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
    const caseId = filed.body.caseId as string;
    await ok(`/cases/${caseId}/respondent-identification`, { businessId: businessId() });
    for (let step = 0; step < 20; step++) {
      const assess = ((await detail(caseId)).nextActions as Action[]).find((action) => action.command === 'AssessEligibilityCondition');
      if (!assess) break;
      const condition = assess.about!['condition']!;
      await ok(assess.href, { condition, met: true, note: 'checked', ...(condition === 'good-faith-attempt' ? { account: 'wrote to Acme twice' } : {}) });
    }
    await ok(`/cases/${caseId}/docketing`, {});
    return caseId;
  };
  return { post, ok, detail, advance, docketedCase };
}
