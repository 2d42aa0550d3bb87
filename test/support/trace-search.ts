import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { ACCESS_POLICY } from '../../apps/api/src/access/access-policy';
import { actor, type ApiHarness } from './api-harness';

/** Where a value that should be gone was found. */
export interface Trace {
  readonly where: string;
  readonly value: string;
}

/** Every file under `dir` (the event log, its WAL, the key store, identity files), searched byte for byte. */
export function tracesInFiles(dir: string, values: readonly string[]): Trace[] {
  const found: Trace[] = [];
  const visit = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) {
        const bytes = readFileSync(full);
        for (const value of values) if (bytes.includes(Buffer.from(value, 'utf8'))) found.push({ where: full, value });
      }
    }
  };
  visit(dir);
  return found;
}

/** Every document of every read-model collection, as JSON. */
export async function tracesInReadStore(api: ApiHarness, values: readonly string[]): Promise<Trace[]> {
  const store = api.app.get<ReadStore>(READ_STORE);
  const found: Trace[] = [];
  for (const name of await store.listCollections()) {
    const text = JSON.stringify(await store.collection(name).find({}));
    for (const value of values) if (text.includes(value)) found.push({ where: `read store ${name}`, value });
  }
  return found;
}

const ADMIN = actor('administrator', 'admin-1');
/** Queries some GET operations need to answer at all. */
const QUERIES: Readonly<Record<string, readonly string[]>> = {
  'GET /cases/:caseId/record': ['audience=panelist', 'audience=complainant', 'audience=respondent'],
  'GET /calendars/:calendarId/due-date': ['from=2026-06-01T12:00:00Z&count=5&unit=business-days'],
};

/**
 * Every GET operation of the access table whose parameters are known, as an administrator (who reads every case):
 * the answers searched for the values. Answers the operations called, so a test can say it reached them.
 */
export async function tracesInGetEndpoints(api: ApiHarness, params: Readonly<Record<string, string>>, values: readonly string[]): Promise<{ traces: Trace[]; called: string[] }> {
  const traces: Trace[] = [];
  const called: string[] = [];
  const minPosition = String(await api.eventStore.headPosition());
  for (const operation of Object.keys(ACCESS_POLICY).filter((key) => key.startsWith('GET '))) {
    const route = operation.slice(4);
    const names = [...route.matchAll(/:(\w+)/g)].map((match) => match[1]!);
    if (names.some((name) => params[name] === undefined)) continue;
    const path = route.replace(/:(\w+)/g, (_all, name: string) => params[name]!);
    for (const query of QUERIES[operation] ?? ['']) {
      const url = query ? `${path}?${query}` : path;
      const response = await api.request('GET', url, { as: ADMIN, headers: { 'x-min-position': minPosition } });
      called.push(`${url} ${response.status}`);
      const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
      for (const value of values) if (text.includes(value)) traces.push({ where: `GET ${url}`, value });
    }
  }
  return { traces, called };
}
