import { randomBytes, randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStore, type ExpectedRevision, type KeyEncryptionKey, procedureProtection, ProtectedEventStore, SEALED } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { procedureUpcasters } from '@pdr/procedures';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { CASES_COLLECTION, caseListProjection, ProjectionRunner } from '@pdr/read-side';
import type { Benchmark, BenchmarkOptions } from '../support/benchmark';
import { caseLifecycle, complaintFiled, identityVerified, random } from '../support/case-events';
import { Reporter } from '../support/figures';
import { formatBytes, formatNumber } from '../support/format';
import { profiled } from '../support/profiler';
import { nowMs, perSecond, Samples } from '../support/stats';
import { memoryTmpdir, withTempDir } from '../support/temp-dir';

/** Issue 9: reading and writing through the envelope encryption may cost at most this much more time per event. */
const TARGET_OVERHEAD_PERCENT = 25;
const CONCURRENT_WRITERS = 50;
/** Appends in flight per seeding round (the rebuild benchmark's 2 × 5,000). */
const SEED_ROUND_APPENDS = 10_000;
/** The projection runner's default page, as in the rebuild benchmark. */
const BATCH_SIZE = 1_000;

/** How the events of one case are made; a writer appends them one at a time, each with its expected revision. */
interface Mix {
  readonly name: string;
  readonly eventsPerCase: number;
  events(caseId: string, rnd: () => number): NewEvent[];
}

/** The `appends` and `rebuild` benchmarks' events: each case filed, then its complainant's identity verified. */
const FILING_MIX: Mix = {
  name: 'filing mix',
  eventsPerCase: 2,
  events(caseId, rnd) {
    const filed = complaintFiled(caseId, rnd);
    return [filed, identityVerified(caseId, rnd, (filed.data as { rulebook: { id: string; version: string } }).rulebook)];
  },
};

/** A case through conciliation into the written hearing: 10 events, 2 data keys (see `caseLifecycle`). */
const CASE_MIX: Mix = { name: 'case mix', eventsPerCase: 10, events: caseLifecycle };

type Variant = 'raw' | 'protected';

/** The log, and for `protected` the key store and the decorator over the log, as platform.module.ts wires them. */
interface Stores {
  readonly store: EventStore;
  readonly log: SqliteEventStore;
  readonly keys?: SqliteKeyStore;
  readonly unreadable: { count: number };
  close(): Promise<void>;
}

function openStores(dir: string, variant: Variant, kek: KeyEncryptionKey, maxAppendsPerTransaction?: number): Stores {
  const log = new SqliteEventStore({ file: join(dir, 'events.sqlite'), ...(maxAppendsPerTransaction ? { maxAppendsPerTransaction } : {}) });
  if (variant === 'raw') return { store: log, log, unreadable: { count: 0 }, close: () => log.close() };
  return withKeys(log, kek, dir);
}

/** A protected store over `log` with a freshly opened key store: its key cache is empty, as after a process start. */
function withKeys(log: SqliteEventStore, kek: KeyEncryptionKey, dir: string): Stores {
  const keys = new SqliteKeyStore({ file: join(dir, 'keys', 'data-keys.sqlite'), kek });
  const unreadable = { count: 0 };
  const store = new ProtectedEventStore(log, keys, procedureProtection, () => unreadable.count++);
  return {
    store,
    log,
    keys,
    unreadable,
    close: async () => {
      await log.close();
      await keys.close();
    },
  };
}

/**
 * The cost of issue 9's envelope encryption on the embedded default: the raw SqliteEventStore side by side with
 * ProtectedEventStore(SqliteEventStore, SqliteKeyStore, procedureProtection), on the same events. (1) Appends, as
 * the `appends` benchmark makes them, 1 writer then 50; (2) a catch-up read of the whole log through subscribeToAll;
 * (3) the case-list projection rebuilt through the ProjectionRunner, as the `rebuild` benchmark does.
 */
export const encryptionCostBenchmark: Benchmark = {
  name: 'encryption',
  description: 'envelope encryption cost: raw vs protected store for appends, catch-up read and case-list rebuild',
  async run(report, { quick, profileDir }) {
    const kek: KeyEncryptionKey = { id: 'kek-bench', key: randomBytes(32) };
    const durationMs = quick ? 1000 : 3000;
    const passes = quick ? 1 : 3;
    report.note(
      `overhead = extra time per event through the protection: (raw rate / protected rate - 1), target < ${TARGET_OVERHEAD_PERCENT} %. ` +
        `Appends: ${durationMs / 1000} s per variant in ${APPEND_HALVES} phases, raw and protected taking turns, fresh store (and key store) each, in ${tmpdir()}. Reads: in ${memoryTmpdir()}, ${passes === 1 ? 'one pass' : `median of ${passes} passes`}.`,
    );
    for (const mix of [FILING_MIX, CASE_MIX]) {
      for (const writers of [1, CONCURRENT_WRITERS]) await appendsSideBySide(report, mix, writers, durationMs, kek, profileDir);
    }
    // 50,000 events of each mix: 25,000 cases filed and verified; 5,000 cases of 10 events.
    await readsSideBySide(report, FILING_MIX, quick ? 2_500 : 25_000, passes, kek, profileDir);
    await readsSideBySide(report, CASE_MIX, quick ? 500 : 5_000, passes, kek, undefined);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// (1) Appends

/** Each variant's append time is split into this many phases, raw and protected taking turns: load that comes and
 * goes on a shared machine then falls on both. */
const APPEND_HALVES = 2;

interface AppendTotals {
  events: number;
  elapsed: number;
  transactions: number;
  keysMade: number;
  readonly latency: Samples;
}

async function appendsSideBySide(report: Reporter, mix: Mix, writers: number, durationMs: number, kek: KeyEncryptionKey, profileDir?: string): Promise<void> {
  const label = `appends, ${mix.name}, ${writers === 1 ? '1 writer' : `${writers} writers`}`;
  const totals = (): AppendTotals => ({ events: 0, elapsed: 0, transactions: 0, keysMade: 0, latency: new Samples() });
  const raw = totals();
  const prot = totals();
  for (let half = 0; half < APPEND_HALVES; half++) {
    const seed = 1000 + half * writers;
    await appendPhase(mix, 'raw', writers, durationMs / APPEND_HALVES, kek, seed, raw);
    const profileHere = half === 0 && mix === FILING_MIX && writers === CONCURRENT_WRITERS ? profileDir : undefined;
    await profiled(`encryption-appends-${writers}-writers`, profileHere, () => appendPhase(mix, 'protected', writers, durationMs / APPEND_HALVES, kek, seed, prot));
  }
  const rawRate = perSecond(raw.events, raw.elapsed);
  const protRate = perSecond(prot.events, prot.elapsed);
  report.figure(`${label}: raw events/s`, rawRate, '/s');
  report.figure(`${label}: protected events/s`, protRate, '/s');
  report.figure(`${label}: overhead`, overhead(rawRate, protRate), '%', { kind: 'below', value: TARGET_OVERHEAD_PERCENT });
  for (const [variant, phase] of [['raw', raw], ['protected', prot]] as const) {
    report.figure(`${label}: ${variant} latency p50`, phase.latency.percentile(50), 'ms');
    report.figure(`${label}: ${variant} latency p99`, phase.latency.percentile(99), 'ms');
  }
  report.note(
    `${label}: log transactions raw ${formatNumber(raw.transactions)}, protected ${formatNumber(prot.transactions)}; ` +
      `protected also made ${formatNumber(prot.keysMade)} data keys (one key-store transaction each)`,
  );
}

/** Appends for `durationMs` on a fresh store (and key store), adding what happened to `totals`. */
async function appendPhase(mix: Mix, variant: Variant, writers: number, durationMs: number, kek: KeyEncryptionKey, seed: number, totals: AppendTotals): Promise<void> {
  await withTempDir(`encryption-appends-${variant}`, async (dir) => {
    const stores = openStores(dir, variant, kek);
    try {
      const started = nowMs();
      const deadline = started + durationMs;
      await Promise.all(Array.from({ length: writers }, (_, w) => writer(stores.store, mix, random(seed + w), deadline, totals.latency)));
      totals.elapsed += nowMs() - started;
      const { events, transactions } = stores.log.stats();
      totals.events += events;
      totals.transactions += transactions;
      if (stores.keys) totals.keysMade += (await stores.keys.summary()).keys;
    } finally {
      await stores.close();
    }
  });
}

/** One writer: its own cases, each event appended with its expected revision, awaiting each in turn, until the deadline. */
async function writer(store: EventStore, mix: Mix, rnd: () => number, deadline: number, latency: Samples): Promise<void> {
  let caseId = '';
  let events: NewEvent[] = [];
  for (let n = 0; nowMs() < deadline; n++) {
    const revision = n % mix.eventsPerCase;
    if (revision === 0) {
      caseId = randomUUID();
      events = mix.events(caseId, rnd);
    }
    const expected: ExpectedRevision = revision === 0 ? 'no-stream' : revision - 1;
    const sent = nowMs();
    await store.append(`case-${caseId}`, [events[revision]!], expected);
    latency.add(nowMs() - sent);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// (2) catch-up read and (3) projection rebuild

async function readsSideBySide(report: Reporter, mix: Mix, cases: number, passes: number, kek: KeyEncryptionKey, profileDir?: string): Promise<void> {
  // On a memory-backed directory: the seeding's one key-store commit (fsync) per data key would otherwise take most of
  // the run, and what is measured only reads, from files in the page cache either way.
  const base = memoryTmpdir();
  await withTempDir('encryption-reads', async (dir) => {
    const rawDir = join(dir, 'raw');
    const protDir = join(dir, 'protected');
    // Large group-commit transactions for the setup, as the rebuild benchmark does: the setup is not the figure.
    const raw = openStores(rawDir, 'raw', kek, SEED_ROUND_APPENDS);
    const prot = openStores(protDir, 'protected', kek, SEED_ROUND_APPENDS);
    try {
      const seeded = await seed(mix, cases, raw, prot);
      const { keys } = await prot.keys!.summary();
      await prot.keys!.close(); // from here on every protected read opens the key store afresh
      report.note(
        `setup (not a figure), ${mix.name}: ${formatNumber(seeded.events)} events on ${formatNumber(cases)} case streams into each log, ${formatNumber(SEED_ROUND_APPENDS)} appends in flight; ` +
          `raw ${formatNumber(seeded.rawMs / 1000)} s (${formatNumber(perSecond(seeded.events, seeded.rawMs))} events/s, ${formatBytes(fileSize(join(rawDir, 'events.sqlite')))}), ` +
          `protected ${formatNumber(seeded.protectedMs / 1000)} s (${formatNumber(perSecond(seeded.events, seeded.protectedMs))} events/s, ${formatBytes(fileSize(join(protDir, 'events.sqlite')))}; ` +
          `${formatNumber(keys)} data keys, ${formatBytes(fileSize(join(protDir, 'keys', 'data-keys.sqlite')))})`,
      );
      const head = await raw.log.headPosition();
      const protHead = await prot.log.headPosition();
      if (head !== protHead) throw new Error(`the two logs differ: head ${head} raw, ${protHead} protected`);
      await checkSealed(prot.log);
      const label = `${mix.name}, ${formatNumber(raw.log.stats().events)} events`;

      // (2) Per pass: raw; protected with a freshly opened key store (every subject's key read and unwrapped, as at
      // a start); the same again with that key store's cache now warm.
      const rawCatchUp: number[] = [];
      const coldCatchUp: number[] = [];
      const warmCatchUp: number[] = [];
      for (let pass = 0; pass < passes; pass++) {
        rawCatchUp.push(await catchUp(raw.store, head));
        const cold = withKeys(prot.log, kek, protDir);
        try {
          coldCatchUp.push(await profiled('encryption-catch-up-cold', pass === 0 ? profileDir : undefined, () => catchUp(cold.store, head)));
          warmCatchUp.push(await catchUp(cold.store, head));
          if (cold.unreadable.count > 0) throw new Error(`${cold.unreadable.count} sealed values could not be opened`);
        } finally {
          await cold.keys!.close();
        }
      }
      const rawRate = median(rawCatchUp);
      const coldRate = median(coldCatchUp);
      const warmRate = median(warmCatchUp);
      const catchUpLabel = `catch-up (subscribeToAll, batch ${BATCH_SIZE}), ${label}`;
      report.figure(`${catchUpLabel}: raw`, rawRate, 'events/s');
      report.figure(`${catchUpLabel}: protected, keys cold`, coldRate, 'events/s');
      report.figure(`${catchUpLabel}: overhead, keys cold`, overhead(rawRate, coldRate), '%', { kind: 'below', value: TARGET_OVERHEAD_PERCENT });
      report.figure(`${catchUpLabel}: protected, keys cached`, warmRate, 'events/s');
      report.figure(`${catchUpLabel}: overhead, keys cached`, overhead(rawRate, warmRate), '%', { kind: 'below', value: TARGET_OVERHEAD_PERCENT });
      report.note(`catch-up passes (events/s): raw ${rates(rawCatchUp)}; protected cold ${rates(coldCatchUp)}; cached ${rates(warmCatchUp)}`);

      // (3) Per pass: the case list rebuilt into a fresh in-process read store from the raw log, then from the
      // protected log through a freshly opened key store (what the API does at every start on the embedded default).
      const rawRebuild: number[] = [];
      const protRebuild: number[] = [];
      let rows = 0;
      for (let pass = 0; pass < passes; pass++) {
        const r = await rebuild(raw.store, head);
        rawRebuild.push(r.rate);
        const cold = withKeys(prot.log, kek, protDir);
        try {
          const p = await profiled('encryption-rebuild-protected', pass === 0 ? profileDir : undefined, () => rebuild(cold.store, head));
          protRebuild.push(p.rate);
          if (cold.unreadable.count > 0) throw new Error(`${cold.unreadable.count} sealed values could not be opened`);
          rows = r.rows;
          if (r.fingerprint !== p.fingerprint) throw new Error('the case list rebuilt from the protected log differs from the raw one');
        } finally {
          await cold.keys!.close();
        }
      }
      const rawRebuildRate = median(rawRebuild);
      const protRebuildRate = median(protRebuild);
      const rebuildLabel = `case-list rebuild (ProjectionRunner), ${label}`;
      report.figure(`${rebuildLabel}: raw`, rawRebuildRate, 'events/s');
      report.figure(`${rebuildLabel}: protected, keys cold`, protRebuildRate, 'events/s');
      report.figure(`${rebuildLabel}: overhead`, overhead(rawRebuildRate, protRebuildRate), '%', { kind: 'below', value: TARGET_OVERHEAD_PERCENT });
      report.note(`rebuild passes (events/s): raw ${rates(rawRebuild)}; protected ${rates(protRebuild)}; case list ${formatNumber(rows)} rows from each log, same content`);
    } finally {
      await raw.close();
      await prot.close();
    }
  }, base);
}

/**
 * The same events into both logs, round by round as the rebuild benchmark seeds: each round files a batch of
 * new cases and appends the next event of the batches filed before, all concurrently, so the log interleaves.
 */
async function seed(mix: Mix, cases: number, raw: Stores, prot: Stores): Promise<{ events: number; rawMs: number; protectedMs: number }> {
  const rnd = random(42);
  const perRound = Math.max(1, Math.floor(SEED_ROUND_APPENDS / mix.eventsPerCase));
  const batches: { caseId: string; events: NewEvent[] }[][] = [];
  const time = { raw: 0, protected: 0 };
  for (let filed = 0, round = 0; ; round++) {
    if (filed < cases) {
      const batch: { caseId: string; events: NewEvent[] }[] = [];
      for (let i = 0; i < perRound && filed < cases; i++, filed++) {
        const caseId = randomUUID();
        batch.push({ caseId, events: mix.events(caseId, rnd) });
      }
      batches.push(batch);
    }
    const appends: { streamId: string; event: NewEvent; expected: ExpectedRevision }[] = [];
    batches.forEach((batch, b) => {
      const revision = round - b;
      if (revision < 0 || revision >= mix.eventsPerCase) return;
      for (const { caseId, events } of batch) appends.push({ streamId: `case-${caseId}`, event: events[revision]!, expected: revision === 0 ? 'no-stream' : revision - 1 });
    });
    if (appends.length === 0) break;
    for (const [variant, stores] of [['raw', raw], ['protected', prot]] as const) {
      const started = nowMs();
      await Promise.all(appends.map(({ streamId, event, expected }) => stores.store.append(streamId, [event], expected)));
      time[variant] += nowMs() - started;
    }
  }
  return { events: raw.log.stats().events, rawMs: time.raw, protectedMs: time.protected };
}

/** A SQLite file with its write-ahead log. */
function fileSize(file: string): number {
  const size = (path: string) => {
    try {
      return statSync(path).size;
    } catch {
      return 0;
    }
  };
  return size(file) + size(`${file}-wal`);
}

/** The protected log must hold ciphertext: the first ComplaintFiled, read around the protection, names no one. */
async function checkSealed(log: SqliteEventStore): Promise<void> {
  const [first] = await log.readAll({ maxCount: 1 });
  const data = first?.data as { complainant?: { name?: string } } | undefined;
  if (!first?.metadata.sealed || data?.complainant?.name !== SEALED) {
    throw new Error('the protected log does not hold sealed fields');
  }
}

/** Every event from the start through a catch-up subscription, doing nothing with them; answers events/s. */
async function catchUp(store: EventStore, head: number): Promise<number> {
  let delivered = 0;
  let failure: unknown;
  let reached!: () => void;
  const done = new Promise<void>((resolve) => (reached = resolve));
  const started = nowMs();
  const subscription = store.subscribeToAll(
    { batchSize: BATCH_SIZE },
    {
      onEvents: async (events) => {
        delivered += events.length;
        if (events[events.length - 1]!.globalPosition >= head) reached();
      },
      onError: (error) => {
        failure = error;
        reached();
      },
    },
  );
  await done;
  const elapsed = nowMs() - started;
  await subscription.stop();
  if (failure) throw failure;
  return perSecond(delivered, elapsed);
}

/** The case list from position -1 into an empty in-process read store, until it reaches the head. */
async function rebuild(store: EventStore, head: number): Promise<{ rate: number; rows: number; fingerprint: string }> {
  const readStore = new MingoReadStore();
  const runner = new ProjectionRunner(caseListProjection, store, readStore, procedureUpcasters());
  try {
    const started = nowMs();
    await runner.start();
    const reached = await runner.waitFor(head, 10 * 60 * 1000);
    const elapsed = nowMs() - started;
    const { eventsApplied, error } = runner.status();
    if (!reached || error) throw new Error(`the projection did not reach the head: ${error ?? 'timed out'}`);
    const cases = readStore.collection(CASES_COLLECTION);
    const rows = await cases.count();
    // Enough to tell a case list built from opened values from one built from ciphertext or `[unreadable]`.
    const fingerprint = [rows, await cases.count({ identityVerified: true }), await cases.count({ 'complainant.name': /^[^ ]+ [^ ]+$/ }), await cases.count({ 'respondent.name': / Inc\.$/ })].join('/');
    return { rate: perSecond(eventsApplied, elapsed), rows, fingerprint };
  } finally {
    await runner.stop();
    await readStore.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Extra time per event through the protection, in percent of the raw store's. */
function overhead(rawRate: number, protectedRate: number): number {
  return (rawRate / protectedRate - 1) * 100;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const rates = (values: readonly number[]): string => values.map((v) => formatNumber(v)).join(', ');

/** `node -r ./tools/ts-register.cjs tools/bench/src/benchmarks/encryption-cost.ts [--quick] [--profile=dir]`, or built, without run-all. */
if (require.main === module) {
  const args = process.argv.slice(2);
  const profileArg = args.find((arg) => arg.startsWith('--profile'));
  const options: BenchmarkOptions = { quick: args.includes('--quick'), ...(profileArg ? { profileDir: profileArg.split('=')[1] ?? tmpdir() } : {}) };
  encryptionCostBenchmark.run(new Reporter(encryptionCostBenchmark.name), options).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
