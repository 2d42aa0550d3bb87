import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { PENDING_DEADLINE_HORIZON_DAYS, random, realisticCase } from './case-events';
import { nowMs } from './stats';

/** The event log's file name under DATA_DIR, as the API opens it. */
export const EVENTS_FILE = 'events.sqlite';
/** Bump when the generated data changes, so stale cached logs are not reused. */
// 2: no hearing Position inside conciliation (it was quarantined by the Case Record projection).
// 3: a case's pending deadline falls due after the log is used (none overdue at start).
const LOG_VERSION = 3;
/** A cached log is rebuilt once its pending deadlines could be near due (half the horizon). */
const MAX_LOG_AGE_MS = (PENDING_DEADLINE_HORIZON_DAYS / 2) * 86_400_000;
/** Cases written per round; each round appends their events in chunks, so the streams interleave in the log. */
const ROUND = 1_000;
const CHUNK = 10;

export interface LogSpec {
  /** Cases of `eventsPerCase` events each. */
  readonly cases: number;
  readonly eventsPerCase: number;
  /** Extra cases with exactly these event counts (e.g. 10, 100, 1,000, 3,000), written first. */
  readonly longCases?: readonly number[];
  readonly seed?: number;
}

export interface CachedLog {
  /** The directory holding events.sqlite (never started on: copy it with `copyLogInto`). */
  readonly dir: string;
  readonly events: number;
  /** The ids of the cases, in order (the long cases first). */
  readonly caseIds: readonly string[];
  /** How long it took to build now, or 0 when reused from the cache. */
  readonly setupMs: number;
  readonly bytes: number;
}

/** Where generated logs are kept between runs: BENCH_CACHE_DIR, else <tmp>/pdr-bench-cache. */
export function cacheRoot(): string {
  return process.env['BENCH_CACHE_DIR'] ?? join(tmpdir(), 'pdr-bench-cache');
}

/**
 * A log of realistic cases (support/case-events.ts `realisticCase`), written once per spec into the cache and
 * reused by later runs (a marker file is written last, so an interrupted build is rebuilt). Delete the cache
 * directory to force a rebuild.
 */
export async function cachedLog(spec: LogSpec): Promise<CachedLog> {
  const key = `log-v${LOG_VERSION}-${spec.cases}x${spec.eventsPerCase}${spec.longCases?.length ? `-long${spec.longCases.join('_')}` : ''}-s${spec.seed ?? 1}`;
  const dir = join(cacheRoot(), key);
  const marker = join(dir, 'complete.json');
  if (existsSync(marker) && Date.now() - statSync(marker).mtimeMs < MAX_LOG_AGE_MS) {
    const { events, caseIds } = JSON.parse(readFileSync(marker, 'utf8')) as { events: number; caseIds: string[] };
    return { dir, events, caseIds, setupMs: 0, bytes: fileBytes(join(dir, EVENTS_FILE)) };
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const started = nowMs();
  const { events, caseIds } = await writeLog(join(dir, EVENTS_FILE), spec);
  writeFileSync(marker, JSON.stringify({ events, caseIds }));
  return { dir, events, caseIds, setupMs: nowMs() - started, bytes: fileBytes(join(dir, EVENTS_FILE)) };
}

async function writeLog(file: string, spec: LogSpec): Promise<{ events: number; caseIds: string[] }> {
  const rnd = random(spec.seed ?? 1);
  // Large group-commit transactions: the setup is not the figure.
  const store = new SqliteEventStore({ file, maxAppendsPerTransaction: ROUND * 2 });
  const caseIds: string[] = [];
  let events = 0;
  try {
    for (const count of spec.longCases ?? []) {
      const caseId = randomUUID();
      caseIds.push(caseId);
      const stream = realisticCase(caseId, rnd, count);
      for (let i = 0; i < stream.length; i += 500) await store.append(`case-${caseId}`, stream.slice(i, i + 500), i === 0 ? 'no-stream' : i - 1);
      events += stream.length;
    }
    for (let written = 0; written < spec.cases; ) {
      const round: { caseId: string; stream: ReturnType<typeof realisticCase> }[] = [];
      for (let i = 0; i < ROUND && written < spec.cases; i++, written++) {
        const caseId = randomUUID();
        caseIds.push(caseId);
        round.push({ caseId, stream: realisticCase(caseId, rnd, spec.eventsPerCase) });
      }
      for (let from = 0; from < spec.eventsPerCase; from += CHUNK) {
        await Promise.all(round.map(({ caseId, stream }) => store.append(`case-${caseId}`, stream.slice(from, from + CHUNK), from === 0 ? 'no-stream' : from - 1)));
      }
      events += round.length * spec.eventsPerCase;
    }
  } finally {
    await store.close();
  }
  return { events, caseIds };
}

/** Copies the cached log into a fresh DATA_DIR (the API appends to its log at start, so the cache is never started on). */
export function copyLogInto(log: CachedLog, dataDir: string): void {
  copyFileSync(join(log.dir, EVENTS_FILE), join(dataDir, EVENTS_FILE));
  for (const suffix of ['-wal', '-shm']) if (existsSync(join(log.dir, EVENTS_FILE + suffix))) copyFileSync(join(log.dir, EVENTS_FILE + suffix), join(dataDir, EVENTS_FILE + suffix));
}

export function fileBytes(file: string): number {
  let total = 0;
  for (const suffix of ['', '-wal']) {
    try {
      total += statSync(file + suffix).size;
    } catch {
      // absent
    }
  }
  return total;
}
