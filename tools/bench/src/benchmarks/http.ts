import { setTimeout as sleep } from 'node:timers/promises';
import type { Benchmark } from '../support/benchmark';
import { startApi } from '../support/api-process';
import { complaintBody, random } from '../support/case-events';
import type { Reporter } from '../support/figures';
import { formatNumber } from '../support/format';
import { HttpClient, type HttpResponse } from '../support/http-client';
import { openLoop } from '../support/open-loop';
import { nowMs, perSecond, Samples } from '../support/stats';
import { withTempDir } from '../support/temp-dir';
import { staffAndAdmin } from '../support/sign-in';

/** Bearer headers, signed in once per run through the embedded provider: every request below pays token verification. */
let STAFF: Record<string, string> = {};
let ADMIN: Record<string, string> = {};
const COMMAND_P99_TARGET_MS = 25;
const LAG_P99_TARGET_MS = 50;
/** How long a sampled case may take to become visible before it counts as not visible. */
const VISIBLE_WITHIN_MS = 5000;
/** How long to wait for responses still outstanding once the generator stops. */
const DRAIN_MS = 15_000;

interface Phase {
  readonly label: string;
  readonly rate: number;
  readonly durationMs: number;
  /** Every n-th command is followed by GET /cases/{id} until it is visible (0: none). */
  readonly lagSampleEvery: number;
}

interface PhaseResult {
  /** Ids of the cases filed, for the reads that follow. */
  readonly caseIds: readonly string[];
  readonly sent: number;
  readonly created: number;
  readonly latency: Samples;
  readonly lag: Samples;
  readonly errors: Map<string, number>;
  readonly notVisible: number;
  readonly polls: number;
  readonly achievedRate: number;
  readonly generatorLatenessMs: number;
}

/**
 * The real API in a child process on the embedded default, driven over HTTP on 127.0.0.1 by an open-loop
 * generator: POST /cases at a fixed rate, latency counted from each command's SCHEDULED send time (so
 * queuing counts), and, for sampled commands, the time from the 201 until GET /cases/{id} answers 200.
 */
export const httpBenchmark: Benchmark = {
  name: 'http',
  description: 'POST /cases at a fixed 500/s (open loop) on the real API, and append-to-visible projection lag',
  async run(report, { quick }) {
    const scale = quick ? 0.15 : 1;
    await withTempDir('http', async (dataDir) => {
      const api = await startApi(dataDir);
      const client = new HttpClient(api.host, api.port, { maxSockets: 256 });
      try {
        report.note(`API pid ${api.pid} on ${api.baseUrl}, DATA_DIR ${dataDir} (empty), LOG_LEVEL=warn; /health 200 after ${formatNumber(api.startup.healthyMs / 1000)} s`);
        ({ staff: STAFF, admin: ADMIN } = await staffAndAdmin(api.baseUrl));
        report.note('every request carries a bearer token (RS256 JWT from the embedded provider), verified by the API');
        const warmUp = await drive(client, { label: 'warm-up', rate: 500, durationMs: 3000 * scale, lagSampleEvery: 10 });
        report.note(
          `warm-up (not a figure): ${warmUp.created} cases filed at 500/s, p50 ${formatNumber(warmUp.latency.percentile(50))} ms, ` +
            `p99 ${formatNumber(warmUp.latency.percentile(99))} ms, max ${formatNumber(warmUp.latency.max())} ms, errors ${errorCount(warmUp)}, ` +
            `generator at worst ${formatNumber(warmUp.generatorLatenessMs)} ms late`,
        );

        const load = await drive(client, { label: '500/s', rate: 500, durationMs: 20_000 * scale, lagSampleEvery: 10 });
        reportCommands(report, 'POST /cases at 500/s', load);
        reportLag(report, 'lag under 500/s load (1 in 10 sampled)', load);

        const paced = await drive(client, { label: '100/s', rate: 100, durationMs: 10_000 * scale, lagSampleEvery: 1 });
        report.figure('POST /cases at 100/s: latency p99', paced.latency.percentile(99), 'ms');
        reportLag(report, 'lag at 100/s (every command sampled)', paced);

        await reportDetailReads(report, client, [...warmUp.caseIds, ...load.caseIds, ...paced.caseIds], 500, 10_000 * scale);
        await reportServerLag(report, client);
        report.note(`API output: ${api.outputLines()} line(s)${api.outputLines() > 0 ? `, last: ${api.output().slice(-3).join(' | ')}` : ''}`);
      } finally {
        client.close();
        await api.stop();
      }
    });
  },
};

async function drive(client: HttpClient, phase: Phase): Promise<PhaseResult> {
  const rnd = random(7 + phase.rate);
  const total = Math.round((phase.rate * phase.durationMs) / 1000);
  // Bodies are built before the clock starts, so the generator only sends.
  const bodies = Array.from({ length: total }, () => JSON.stringify(complaintBody(rnd)));
  const latency = new Samples();
  const lag = new Samples();
  const errors = new Map<string, number>();
  const fail = (what: string): void => void errors.set(what, (errors.get(what) ?? 0) + 1);
  const counters = { created: 0, notVisible: 0, polls: 0, lastResponseAt: 0 };
  const caseIds: string[] = [];
  const inFlight = new Set<Promise<void>>();

  const command = async (index: number, scheduledAt: number): Promise<void> => {
    const response = await client.send('POST', '/cases', STAFF, bodies[index]);
    counters.lastResponseAt = Math.max(counters.lastResponseAt, response.at);
    if (response.status !== 201) return fail(describe(response));
    counters.created++;
    latency.add(response.at - scheduledAt);
    const { caseId } = JSON.parse(response.body) as { caseId: string };
    caseIds.push(caseId);
    if (phase.lagSampleEvery > 0 && index % phase.lagSampleEvery === 0) {
      await pollUntilVisible(client, caseId, response.at, lag, counters, fail);
    }
  };

  const { sent, startedAt, worstLatenessMs } = await openLoop(phase.rate, phase.durationMs, (index, scheduledAt) => {
    const pending = command(index, scheduledAt).catch((error: unknown) => fail(String(error)));
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
  });
  const drained = await Promise.race([Promise.all(inFlight).then(() => true), sleep(DRAIN_MS).then(() => false)]);
  if (!drained) errors.set(`still outstanding after ${DRAIN_MS} ms`, inFlight.size);
  return {
    caseIds,
    sent,
    created: counters.created,
    latency,
    lag,
    errors,
    notVisible: counters.notVisible,
    polls: counters.polls,
    achievedRate: perSecond(counters.created, counters.lastResponseAt - startedAt),
    generatorLatenessMs: worstLatenessMs,
  };
}

/** GET /cases/{id} without X-Min-Position, back to back, until 200: the time from the command's 201 to that 200. */
async function pollUntilVisible(
  client: HttpClient,
  caseId: string,
  respondedAt: number,
  lag: Samples,
  counters: { notVisible: number; polls: number },
  fail: (what: string) => void,
): Promise<void> {
  const deadline = respondedAt + VISIBLE_WITHIN_MS;
  while (nowMs() < deadline) {
    const response = await client.send('GET', `/cases/${caseId}`, STAFF);
    counters.polls++;
    if (response.status === 200) {
      lag.add(response.at - respondedAt);
      return;
    }
    if (response.status !== 404) return fail(`GET /cases/{id}: ${describe(response)}`);
  }
  counters.notVisible++;
}

function describe(response: HttpResponse): string {
  return response.status === 0 ? `network: ${response.error ?? 'error'}` : `HTTP ${response.status}`;
}

function errorCount(result: PhaseResult): number {
  let total = 0;
  for (const count of result.errors.values()) total += count;
  return total;
}

function reportCommands(report: Reporter, label: string, result: PhaseResult): void {
  report.figure(`${label}: achieved rate (201s)`, result.achievedRate, '/s');
  report.figure(`${label}: latency p50 (from scheduled send)`, result.latency.percentile(50), 'ms');
  report.figure(`${label}: latency p99 (from scheduled send)`, result.latency.percentile(99), 'ms', { kind: 'below', value: COMMAND_P99_TARGET_MS });
  report.figure(`${label}: latency max`, result.latency.max(), 'ms');
  report.figure(`${label}: errors`, errorCount(result), `of ${result.sent}`);
  if (result.errors.size > 0) report.note(`errors: ${[...result.errors].map(([what, count]) => `${what} x${count}`).join(', ')}`);
  report.note(`${result.created} cases filed; the generator itself ran at worst ${formatNumber(result.generatorLatenessMs)} ms late`);
}

function reportLag(report: Reporter, label: string, result: PhaseResult): void {
  report.figure(`${label}: p50`, result.lag.percentile(50), 'ms');
  report.figure(`${label}: p99`, result.lag.percentile(99), 'ms', { kind: 'below', value: LAG_P99_TARGET_MS });
  report.figure(`${label}: max`, result.lag.max(), 'ms');
  report.note(`${result.lag.count} lag samples, ${result.polls} GETs, ${result.notVisible} not visible within ${VISIBLE_WITHIN_MS} ms`);
}

/**
 * GET /cases/{id} at a fixed rate (open loop) over the cases filed: the case detail, whose next actions fold the case's
 * stream from the event store on each read.
 */
async function reportDetailReads(report: Reporter, client: HttpClient, caseIds: readonly string[], rate: number, durationMs: number): Promise<void> {
  const rnd = random(11);
  const latency = new Samples();
  const errors = new Map<string, number>();
  const inFlight = new Set<Promise<void>>();
  const read = async (scheduledAt: number): Promise<void> => {
    const response = await client.send('GET', `/cases/${caseIds[Math.floor(rnd() * caseIds.length)]}`, STAFF);
    if (response.status !== 200 || !(JSON.parse(response.body) as { nextActions?: unknown[] }).nextActions?.length) {
      errors.set(describe(response), (errors.get(describe(response)) ?? 0) + 1);
      return;
    }
    latency.add(response.at - scheduledAt);
  };
  const { sent } = await openLoop(rate, durationMs, (_, scheduledAt) => {
    const pending = read(scheduledAt).catch((error: unknown) => void errors.set(String(error), (errors.get(String(error)) ?? 0) + 1));
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
  });
  await Promise.all(inFlight);
  const label = `GET /cases/{id} (detail with next actions) at ${rate}/s`;
  report.figure(`${label}: latency p50 (from scheduled send)`, latency.percentile(50), 'ms');
  report.figure(`${label}: latency p99 (from scheduled send)`, latency.percentile(99), 'ms', { kind: 'below', value: COMMAND_P99_TARGET_MS });
  report.figure(`${label}: errors`, [...errors.values()].reduce((sum, count) => sum + count, 0), `of ${sent}`);
  if (errors.size > 0) report.note(`detail read errors: ${[...errors].map(([what, count]) => `${what} x${count}`).join(', ')}`);
}

/** The API's own view: the runner's append-to-visible lag over its recent events (GET /health). */
async function reportServerLag(report: Reporter, client: HttpClient): Promise<void> {
  const response = await client.send('GET', '/health', ADMIN);
  if (response.status !== 200) return report.note(`GET /health answered ${describe(response)}`);
  const health = JSON.parse(response.body) as { projections?: { projections?: { name: string; lagMs: { p50: number | null; p99: number | null; samples: number } }[] } };
  for (const projection of health.projections?.projections ?? []) {
    if (projection.name !== 'case-list') continue;
    report.note(`server-reported case-list lag (last ${projection.lagMs.samples} events): p50 ${projection.lagMs.p50} ms, p99 ${projection.lagMs.p99} ms`);
  }
}
