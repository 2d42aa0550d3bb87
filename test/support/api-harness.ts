import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { EventStore } from '@pdr/application';
import { EVENT_STORE, loadConfig } from '@pdr/platform';
import { createApi } from '../../apps/api/src/bootstrap';

export const STAFF = { 'x-actor-id': 'staff-17', 'x-actor-role': 'case-manager' } as const;

export interface ApiHarness {
  readonly app: NestFastifyApplication;
  readonly eventStore: EventStore;
  readonly dataDir: string;
  request(method: 'GET' | 'POST', url: string, options?: { body?: unknown; headers?: Record<string, string>; rawBody?: string }): Promise<{ status: number; body: any; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

const CASE_ACTION = /^\/cases\/([0-9a-f-]{36})\/[^?]+/;

/**
 * Every procedure action a test takes successfully must have been offered in the case detail's next actions just
 * before: the journeys thereby check that next actions are complete. Reading at the newest position seen keeps the
 * detail up to date with the test's own writes. Undefined when the URL is no case action or the case is unknown.
 */
async function offeredBefore(app: NestFastifyApplication, url: string, position: number): Promise<{ path: string; hrefs: string[] } | undefined> {
  const match = CASE_ACTION.exec(url);
  if (!match) return undefined;
  const [path, caseId] = match as unknown as [string, string];
  const detail = await app.inject({ method: 'GET', url: `/cases/${caseId}`, headers: position >= 0 ? { 'x-min-position': String(position) } : {} });
  if (detail.statusCode !== 200) return undefined;
  return { path, hrefs: (JSON.parse(detail.body).nextActions as { href: string }[]).map((action) => action.href) };
}

/** The API on the embedded default, in a fresh data directory; requests go in through Fastify's inject (no port). */
export async function startApi(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'pdr-e2e-'))): Promise<ApiHarness> {
  const app = await createApi(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }));
  let newestPosition = -1;
  return {
    app,
    dataDir,
    eventStore: app.get<EventStore>(EVENT_STORE),
    async request(method, url, options = {}) {
      const offered = method === 'POST' ? await offeredBefore(app, url, newestPosition) : undefined;
      const response = await app.inject({
        method,
        url,
        headers: { ...(options.body !== undefined || options.rawBody !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
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

export const complaint = (overrides: Record<string, unknown> = {}) => ({
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-03-02T09:00:00Z',
  channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' },
  respondent: { name: 'Acme Analytics Inc.' },
  allegation: 'Kept processing my data after I objected',
  outcomesSought: ['suppress my personal data'],
  ...overrides,
});

export const contact = (overrides: Record<string, unknown> = {}) => ({
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-03-01T15:30:00Z',
  channel: 'email',
  potentialComplainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR' },
  respondentName: 'Acme Analytics Inc.',
  summary: 'Asks how to complain about newsletters after unsubscribing',
  ...overrides,
});
