import { type ApiHarness, actor, type Actor, complaint, STAFF, startApi } from './api-harness';

/** What VeraSafe's HTTP journeys share: the service on a controllable clock, Acme participating in VeraSafe, complaints docketed. */

export const VS_COMPLAINANT = actor('complainant', 'ada');
export const VS_PARTICIPANT = actor('respondent', 'acme-counsel');

/** A VeraSafe complaint against Acme; `complaint()` adds the rest of VS-3.1's elements and the Complainant's age (VS-5.1). */
export const VERASAFE_COMPLAINT = {
  rulebookId: 'verasafe-2016', framework: 'eu-us-privacy-shield', respondent: { name: 'Acme' },
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' }, outcomesSought: ['delete my profile'],
};

const DAY = 86_400_000;

export interface Action { command: string; href: string; rule: string; by: string; awaited: boolean; deadlineId?: string; about?: Record<string, string> }

/** The service (Monday 1 June 2026, 08:00 in New York unless told) with Acme Analytics Inc. participating in VeraSafe for the Privacy Shield. */
export async function startVeraSafeApi(clockStart = '2026-06-01T12:00:00Z'): Promise<{ api: ApiHarness; businessId: string }> {
  const api = await startApi({ CLOCK: 'controllable', CLOCK_START: clockStart });
  const registered = await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['verasafe'] }, as: STAFF });
  if (registered.status !== 201) throw new Error(`registering Acme: ${registered.status} ${JSON.stringify(registered.body)}`);
  const businessId = registered.body.businessId as string;
  const participation = await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'verasafe', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['eu-us-privacy-shield'] }, as: STAFF });
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

  /** Filed with every element VS-3.1 asks for; `overrides` change what the journey needs changed. */
  const filedCase = async (receivedAt: string, overrides: Record<string, unknown> = {}): Promise<string> => {
    const filed = await post('/cases', complaint({ ...VERASAFE_COMPLAINT, receivedAt, ...overrides }));
    if (filed.status !== 201) throw new Error(`filing: ${filed.status} ${JSON.stringify(filed.body)}`);
    return filed.body.caseId as string;
  };

  /** The Participant matched in the registry, every VS-5 finding the review asks for made, docketed (VS-7.1). */
  const docket = async (caseId: string): Promise<void> => {
    await ok(`/cases/${caseId}/respondent-identification`, { businessId: businessId() });
    for (let step = 0; step < 20; step++) {
      const assess = ((await detail(caseId)).nextActions as Action[]).find((action) => action.command === 'AssessEligibilityCondition');
      if (!assess) break;
      const condition = assess.about!['condition']!;
      await ok(assess.href, { condition, met: true, note: 'checked', ...(condition === 'good-faith-attempt' ? { account: 'wrote to Acme twice' } : {}) });
    }
    await ok(`/cases/${caseId}/docketing`, {});
  };

  const docketedCase = async (receivedAt: string): Promise<string> => {
    const caseId = await filedCase(receivedAt);
    await docket(caseId);
    return caseId;
  };

  /**
   * Docketed, the Response to Complaint filed, a Mediation Teleconference requested, a mediator appointed and the
   * teleconference set 16 days after the complaint was forwarded (VS-7.1 to 7.4). Answers when it takes place.
   */
  const scheduledTeleconference = async (caseId: string): Promise<number> => {
    const forwarded = Object.values((await detail(caseId)).notices as Record<string, { kind: string; sentAt: string }>).find((notice) => notice.kind === 'complaint-forwarded')!;
    await ok(`/cases/${caseId}/submissions/response-to-complaint`, { filedBy: 'respondent', receivedAt: forwarded.sentAt, summary: 'we defend our practice', submissionKind: 'defend' }, VS_PARTICIPANT);
    await ok(`/cases/${caseId}/submissions/teleconference-request`, { filedBy: 'complainant', receivedAt: forwarded.sentAt, summary: 'a teleconference, please' }, VS_COMPLAINANT);
    await ok(`/cases/${caseId}/mediation/mediator`, { mediatorName: 'Mira Mediator' });
    const scheduledFor = Date.parse(forwarded.sentAt) + 16 * DAY;
    await ok(`/cases/${caseId}/mediation/teleconference`, { scheduledFor: new Date(scheduledFor).toISOString() });
    return scheduledFor;
  };

  /** The same, and the clock moved an hour past the teleconference: its outcome is next. `now` is then. */
  const heldTeleconference = async (caseId: string): Promise<{ now: string }> => {
    const now = new Date((await scheduledTeleconference(caseId)) + 3_600_000).toISOString();
    await advance(now);
    return { now };
  };

  /**
   * Docketed, the teleconference held without Settlement, the hearing requested with its brief and rebutted, `officerId`
   * designated hearing officer (VS-7.4(iv), VS-8.1 to 8.3). `now` is the clock's time after the teleconference.
   */
  const hearingOfficerDesignated = async (officerId: string): Promise<{ caseId: string; now: string }> => {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    const { now } = await heldTeleconference(caseId);
    await ok(`/cases/${caseId}/mediation/outcome`, { outcome: 'no-settlement' });
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'delete-personal-data' }, { kind: 'compensate-losses', details: 'EUR 40' }], brief: 'Acme kept profiling me after my objection' }, VS_COMPLAINANT);
    await ok(`/cases/${caseId}/submissions/participant-rebuttal`, { filedBy: 'respondent', receivedAt: now, summary: 'our rebuttal' }, VS_PARTICIPANT);
    // The pool's read model has the officer before the designation reads it.
    await current().request('GET', `/panelists/${officerId}`, { as: STAFF, headers: { 'x-min-position': String(await current().eventStore.headPosition()) } });
    await ok(`/cases/${caseId}/panel/designation`, { panelistId: officerId });
    return { caseId, now };
  };
  return { post, ok, detail, advance, filedCase, docket, docketedCase, scheduledTeleconference, heldTeleconference, hearingOfficerDesignated };
}
