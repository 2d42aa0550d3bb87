import { peakRssOf, startApi } from '../support/api-process';
import type { Benchmark } from '../support/benchmark';
import { cachedLog, copyLogInto } from '../support/event-log';
import type { Reporter } from '../support/figures';
import { formatBytes, formatNumber, table } from '../support/format';
import { withTempDir } from '../support/temp-dir';

const READY_TARGET_S = 3;
const PEAK_RSS_TARGET_MIB = 1024;
const MiB = 1024 * 1024;
const EVENTS_PER_CASE = 60;
/** Starts measured after the first, persisted: the median is the figure. */
const SECOND_STARTS = 3;

/**
 * Issue 13 item 6, start-up: the real API started on a DATA_DIR holding N events of realistic 60-event cases
 * (support/case-events.ts `realisticCase`), time from spawn to GET /health 200 and the API process's peak RSS
 * (VmHWM), for N = 10k, 100k, 1M and 3M (50,000 cases). Per N, two rows: "before" = READ_MODELS=memory (the
 * log replayed into in-memory read models, the behaviour before issue 13), "after" = persisted read models
 * (a first start builds DATA_DIR/read-models.sqlite, not a figure; the start after it, which loads them and catches up
 * on nothing, is measured three times: the figure is the median, and each start is printed). The first of them runs
 * while the kernel is still writing the first start's files to disk (at 3M, some 800 MB). Each log is generated once
 * into the cache (support/event-log.ts) and copied into a fresh DATA_DIR per variant, since the API appends to its log
 * at start.
 */
export const startupBenchmark: Benchmark = {
  name: 'startup',
  description: 'API start-up to ready and peak RSS at 10k/100k/1M/3M events: READ_MODELS=memory (before) vs persisted (after)',
  async run(report, { quick }) {
    const sizes = quick ? [1_200, 6_000] : [10_200, 100_020, 1_000_020, 3_000_000];
    const rows: string[][] = [];
    for (const target of sizes) {
      const cases = Math.round(target / EVENTS_PER_CASE);
      const log = await cachedLog({ cases, eventsPerCase: EVENTS_PER_CASE });
      const label = `${formatNumber(log.events)} events`;
      report.note(
        `setup (not a figure): ${label} on ${formatNumber(cases)} cases, log ${formatBytes(log.bytes)}, ` +
          (log.setupMs > 0 ? `generated in ${formatNumber(log.setupMs / 1000)} s` : `reused from the cache ${log.dir}`),
      );
      const before = await measure(report, log, 'memory', label);
      const after = await measure(report, log, 'persisted', label);
      rows.push([label, 'before (READ_MODELS=memory)', formatNumber(before.readyS), formatNumber(before.rssMiB)]);
      rows.push([label, `after (persisted, median of ${SECOND_STARTS} starts)`, formatNumber(after.readyS), formatNumber(after.rssMiB)]);
    }
    report.note(`start-up side by side:\n${table(['log', 'variant', 'ready (s)', 'peak RSS (MiB)'], rows, new Set([2, 3]))}`);
  },
};

async function measure(report: Reporter, log: Awaited<ReturnType<typeof cachedLog>>, readModels: 'memory' | 'persisted', label: string): Promise<{ readyS: number; rssMiB: number }> {
  // On disk (not /dev/shm): a 3M-event log and its read models would not fit in memory beside the API.
  return withTempDir(
    `startup-${readModels}`,
    async (dataDir) => {
      copyLogInto(log, dataDir);
      const options = { readyTimeoutMs: 60 * 60 * 1000, env: { READ_MODELS: readModels }, pollMs: 25 };
      if (readModels === 'persisted') {
        const first = await startApi(dataDir, options);
        const firstRss = peakRssOf(first.pid);
        await first.stop();
        report.note(`${label}, persisted, first start (builds the read models; not a figure): ready in ${formatNumber(first.startup.healthyMs / 1000)} s, peak RSS ${formatNumber(firstRss / MiB)} MiB`);
      }
      const starts: Array<{ readyS: number; rss: number }> = [];
      for (let i = 0; i < (readModels === 'persisted' ? SECOND_STARTS : 1); i++) {
        const api = await startApi(dataDir, options);
        starts.push({ readyS: api.startup.healthyMs / 1000, rss: peakRssOf(api.pid) });
        await api.stop();
      }
      if (starts.length > 1) report.note(`${label}, persisted, starts after the first: ${starts.map((start) => `${formatNumber(start.readyS)} s (${formatNumber(start.rss / MiB)} MiB)`).join(', ')}`);
      const { readyS, rss } = [...starts].sort((a, b) => a.readyS - b.readyS)[starts.length >> 1]!;
      const variant = readModels === 'memory' ? 'before (READ_MODELS=memory)' : `after (persisted, median of ${SECOND_STARTS} starts)`;
      report.figure(`start-up ${label}, ${variant}: GET /health 200`, readyS, 's', readModels === 'persisted' ? { kind: 'below', value: READY_TARGET_S } : undefined);
      report.figure(`start-up ${label}, ${variant}: peak RSS`, rss / MiB, 'MiB', readModels === 'persisted' ? { kind: 'below', value: PEAK_RSS_TARGET_MIB } : undefined);
      return { readyS, rssMiB: rss / MiB };
    },
  );
}
