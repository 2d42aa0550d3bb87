import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@pdr/application';
import { accountIdFor, deterministicId } from '@pdr/application';
import { EVENT_STORE, loadConfig, ProjectionsService } from '@pdr/platform';
import type { NextAction } from '@pdr/procedures';
import { createApi } from '../../apps/api/src/bootstrap';
import { takerMismatch } from '../../apps/api/src/cases/next-actions/action-takers';
import { ADMIN, type Actor, STAFF } from './actors';

export { ADMIN, STAFF, actor, COMPLIANCE, type Actor } from './actors';

/** The first administrator's password in every test instance (ADMIN_INITIAL_PASSWORD). */
export const ADMIN_PASSWORD = 'first-admin-password-for-tests';
const ACCOUNT_PASSWORD = 'a-long-enough-test-password';
const PARTY_ROLES = new Set(['complainant', 'respondent', 'representative']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The user name the harness opens an actor's account under, and so its account id (the actor id in events). */
export const usernameOf = (who: Actor, caseId?: string): string =>
  (PARTY_ROLES.has(who.role) ? `${who.id}.${(who.caseId ?? caseId ?? '').slice(0, 8)}.${who.role}` : `${who.id}.${who.role}`).toLowerCase();
export const accountIdOf = (who: Actor, caseId?: string): string => (who.role === 'administrator' && who.id === ADMIN.id ? accountIdFor('admin') : accountIdFor(usernameOf(who, caseId)));

/** A Board id for a test's Panelist: UUIDs as given, names mapped to a stable UUID. */
export const boardId = (id: string): string => (UUID.test(id) ? id : deterministicId('test-panelist', id));

export interface ApiHarness {
  readonly app: NestFastifyApplication;
  readonly eventStore: EventStore;
  readonly dataDir: string;
  request(method: 'GET' | 'POST', url: string, options?: { body?: unknown; headers?: Record<string, string>; rawBody?: string; as?: Actor | null }): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  /** A real access token for `actor`, signing it in (and opening its account) the first time. */
  tokenFor(actor: Actor, url?: string): Promise<string>;
  /** Signs in through the embedded provider's token endpoint; the raw response. */
  signIn(username: string, password: string): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

const CASE_ACTION = /^\/cases\/([0-9a-f-]{36})\/[^?]+/;

/**
 * Every procedure action a test takes successfully must have been offered in the case detail's next actions just
 * before: the journeys thereby check that next actions are complete, and that each offered names a role that can take it. Reading at the newest position seen keeps the
 * detail up to date with the test's own writes. Undefined when the URL is no case action or the case is unknown.
 */
async function offeredBefore(app: NestFastifyApplication, url: string, position: number, staffToken: () => Promise<string>): Promise<{ path: string; hrefs: string[] } | undefined> {
  const match = CASE_ACTION.exec(url);
  if (!match) return undefined;
  const [path, caseId] = match as unknown as [string, string];
  const detail = await app.inject({ method: 'GET', url: `/cases/${caseId}`, headers: { authorization: `Bearer ${await staffToken()}`, ...(position >= 0 ? { 'x-min-position': String(position) } : {}) } });
  if (detail.statusCode !== 200) return undefined;
  const actions = JSON.parse(detail.body).nextActions as (NextAction & { href: string })[];
  // And each names in `by` a role the access policy lets take it (action-takers.ts): the journeys check that too.
  const mismatches = actions.map(takerMismatch).filter((mismatch) => mismatch !== undefined);
  if (mismatches.length > 0) throw new Error(`the case detail offered actions their \`by\` cannot take through the API:\n  ${mismatches.join('\n  ')}`);
  return { path, hrefs: actions.map((action) => action.href) };
}

/** How long startApi waits for the projections to reach the log's head at start (GET /health turning ready). */
const READY_TIMEOUT_MS = 30_000;

/** Waits for the projections run in this process (none when a worker runs them) to reach the head at start. */
async function untilReady(app: NestFastifyApplication): Promise<void> {
  let projections: ProjectionsService;
  try {
    projections = app.get(ProjectionsService, { strict: false });
  } catch {
    return;
  }
  if (!(await projections.untilReady(READY_TIMEOUT_MS))) {
    await app.close();
    throw new Error(`the projections did not reach the head at start within ${READY_TIMEOUT_MS} ms: ${JSON.stringify(projections.readiness())}`);
  }
}

/**
 * The API on the embedded default, in a fresh data directory (or an existing one); requests go in through Fastify's inject
 * (no port). Resolves once it is ready, as GET /health says: every projection has reached the head the log had at start.
 */
export async function startApi(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'pdr-e2e-'))): Promise<ApiHarness> {
  const app = await createApi(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD, ...env }));
  await untilReady(app);
  let newestPosition = -1;
  const tokens = new Map<string, Promise<string>>();

  async function signIn(username: string, password: string) {
    const response = await app.inject({
      method: 'POST',
      url: '/oidc/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'password', client_id: 'pdr-cli', username, password }).toString(),
    });
    return { status: response.statusCode, body: JSON.parse(response.body) };
  }

  async function tokenOf(username: string, password: string): Promise<string> {
    const { status, body } = await signIn(username, password);
    if (status !== 200) throw new Error(`sign-in of ${username} failed: ${status} ${JSON.stringify(body)}`);
    return body.access_token as string;
  }

  /** Opens the account through the API, as the first administrator (or staff, for a Party's invitation). */
  async function openAccount(who: Actor, caseId: string | undefined): Promise<string> {
    const admin = await tokenFor(ADMIN);
    const post = (url: string, body: unknown) => app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` }, payload: JSON.stringify(body) });
    const call = async (url: string, body: { username: string; [field: string]: unknown }) => {
      const response = await post(url, body);
      // Opened by an earlier instance on the same data directory: give it a known password instead.
      if (response.statusCode === 409) {
        const reset = await post(`/accounts/${accountIdFor(body.username)}/password`, { password: ACCOUNT_PASSWORD });
        if (reset.statusCode !== 200) throw new Error(`resetting ${body.username} failed: ${reset.statusCode} ${reset.body}`);
        return { password: ACCOUNT_PASSWORD };
      }
      if (response.statusCode !== 201) throw new Error(`opening ${who.role} ${who.id} failed: ${response.statusCode} ${response.body}`);
      return JSON.parse(response.body);
    };
    if (PARTY_ROLES.has(who.role)) {
      if (!caseId) throw new Error(`a ${who.role} acts on one case: give the actor a caseId`);
      const side = who.role === 'representative' ? (who.side ?? 'complainant') : who.role;
      const username = usernameOf(who, caseId);
      const invited = await call(`/cases/${caseId}/party-invitations`, { side, representative: who.role === 'representative', username, displayName: who.id });
      return tokenOf(username, invited.password);
    }
    const username = usernameOf(who);
    const adjudicator = who.role === 'panelist' || who.role === 'hearing-officer';
    await call('/accounts', { kind: 'person', username, displayName: who.id, roles: [who.role], password: ACCOUNT_PASSWORD, ...(adjudicator ? { panelist: { panelistId: boardId(who.id) } } : {}) });
    return tokenOf(username, ACCOUNT_PASSWORD);
  }

  function tokenFor(who: Actor, url?: string): Promise<string> {
    const caseId = who.caseId ?? (url ? /^\/cases\/([0-9a-f-]{36})/.exec(url)?.[1] : undefined);
    const key = `${who.role}:${who.id}:${PARTY_ROLES.has(who.role) ? caseId : ''}`;
    let token = tokens.get(key);
    if (!token) {
      token = who.role === 'administrator' && who.id === ADMIN.id ? tokenOf('admin', ADMIN_PASSWORD) : openAccount(who, caseId);
      token.catch(() => tokens.delete(key));
      tokens.set(key, token);
    }
    return token;
  }

  return {
    app,
    dataDir,
    eventStore: app.get<EventStore>(EVENT_STORE),
    tokenFor,
    signIn,
    async request(method, url, options = {}) {
      const offered = method === 'POST' ? await offeredBefore(app, url, newestPosition, () => tokenFor(STAFF)) : undefined;
      // Staff unless the test says who acts; `as: null` (or its own Authorization header) sends what the test wrote.
      const who = options.as === undefined && options.headers?.authorization === undefined ? STAFF : options.as;
      const authorization = who ? { authorization: `Bearer ${await tokenFor(who, url)}` } : {};
      const response = await app.inject({
        method,
        url,
        headers: { ...(options.body !== undefined || options.rawBody !== undefined ? { 'content-type': 'application/json' } : {}), ...authorization, ...options.headers },
        ...(options.rawBody !== undefined ? { payload: options.rawBody } : options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
      });
      const text = response.body;
      const body = text && response.headers['content-type']?.toString().includes('json') ? JSON.parse(text) : text;
      if (offered && response.statusCode < 300 && !offered.hrefs.includes(offered.path)) {
        throw new Error(`POST ${offered.path} succeeded but the case detail had not offered it; it offered:\n  ${offered.hrefs.join('\n  ')}`);
      }
      if (typeof body?.position === 'number') newestPosition = Math.max(newestPosition, body.position);
      return { status: response.statusCode, body, headers: response.headers };
    },
    async close() {
      await app.close();
    },
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The elements VS-3.1 (a)–(i) and VS-5.1 require of a VeraSafe complaint beyond what every complaint carries. */
export const VERASAFE_ELEMENTS = {
  outcomeKinds: ['delete-personal-data'],
  facts: 'I objected by email on 2 May; the newsletters kept coming',
  harm: 'No financial loss; distress at the continued use of my data',
  consentToShare: true,
  documentation: ['my objection email of 2 May'],
  perjuryDeclaration: true,
  complainantAge: { dateOfBirth: '1990-04-17' },
};

export const complaint = (overrides: Record<string, unknown> = {}) => {
  const verasafe = overrides['rulebookId'] === 'verasafe-2016';
  return {
    rulebookId: 'bbb-eu-safe-harbor',
    receivedAt: '2026-03-02T09:00:00Z',
    channel: 'web-form',
    complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' },
    respondent: { name: 'Acme Analytics Inc.' },
    allegation: 'Kept processing my data after I objected',
    outcomesSought: ['suppress my personal data'],
    ...(verasafe ? VERASAFE_ELEMENTS : {}),
    ...overrides,
  };
};

export const contact = (overrides: Record<string, unknown> = {}) => ({
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-03-01T15:30:00Z',
  channel: 'email',
  potentialComplainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR' },
  respondentName: 'Acme Analytics Inc.',
  summary: 'Asks how to complain about newsletters after unsubscribing',
  ...overrides,
});
