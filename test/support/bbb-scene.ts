import { type ApiHarness, actor, type Actor, removeDataDir, STAFF, startApi } from './api-harness';
import { participatingBusiness } from './journeys';

const ADMIN = actor('administrator', 'admin-1');

/** The service on a controllable clock (Monday 1 June 2026, 08:00 in New York unless told), with Acme participating. */
export async function startBbbApi(clockStart = '2026-06-01T12:00:00Z', dataDir?: string): Promise<{ api: ApiHarness; businessId: string }> {
  const api = await startApi({ CLOCK: 'controllable', CLOCK_START: clockStart }, ...(dataDir ? [dataDir] : []));
  return { api, businessId: await participatingBusiness(api) };
}

export async function stopApi(api: ApiHarness | undefined): Promise<void> {
  if (!api) return;
  await api.close();
  removeDataDir(api.dataDir);
}

/**
 * What an HTTP journey does over and over, against the harness `current()` answers (assigned in `beforeAll`): post as
 * staff unless told, insist on success (naming the request and its answer when not), read at the newest position,
 * move the controllable clock.
 */
export function caseRequests(current: () => ApiHarness) {
  const post = (url: string, body: unknown, as: Actor = STAFF) => current().request('POST', url, { body, as });
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    if (response.status >= 300) throw new Error(`POST ${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  };
  const get = async (url: string, as: Actor | null = STAFF) => current().request('GET', url, { as, headers: { 'x-min-position': String(await current().eventStore.headPosition()) } });
  const detail = async (caseId: string) => (await get(`/cases/${caseId}`)).body;
  const advance = async (now: string) => {
    const moved = await current().request('POST', '/admin/clock', { body: { now }, as: ADMIN });
    if (moved.status !== 200) throw new Error(`the clock did not move to ${now}: ${moved.status} ${JSON.stringify(moved.body)}`);
  };
  return { post, ok, get, detail, advance };
}
