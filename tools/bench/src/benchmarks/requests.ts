import { setTimeout as sleep } from 'node:timers/promises';
import { type ApiProcess, startApi } from '../support/api-process';
import type { Benchmark } from '../support/benchmark';
import { complaintBody, random } from '../support/case-events';
import { type CachedLog, cachedLog, copyLogInto } from '../support/event-log';
import type { Reporter } from '../support/figures';
import { formatBytes, formatNumber } from '../support/format';
import { HttpClient } from '../support/http-client';
import { openLoop } from '../support/open-loop';
import { staffAndAdmin } from '../support/sign-in';
import { nowMs, Samples } from '../support/stats';
import { withTempDir } from '../support/temp-dir';

const LIST_P99_TARGET_MS = 20;
const SUSTAINABLE_P99_MS = 100;
const DETAIL_P99_TARGET_MS = 5;
const PAGE_SIZE = 50;
/** The list queries a client pages through: no filter, and a few filters and sorts the case list offers. */
const LIST_QUERIES = ['', 'status=open', 'rulebookId=verasafe-2016', 'complainantCountry=DE', 'sort=-receivedAt&stage=conciliation'];

/** Starts the API (persisted read models) on a copy of a cached log, signs in, and hands over a client; all stopped afterwards. */
async function withApiOn<T>(report: Reporter, log: CachedLog, body: (api: ApiProcess, client: HttpClient, staff: Record<string, string>) => Promise<T>): Promise<T> {
  report.note(
    `setup (not a figure): log of ${formatNumber(log.events)} events on ${formatNumber(log.caseIds.length)} cases, ${formatBytes(log.bytes)}, ` +
      (log.setupMs > 0 ? `generated in ${formatNumber(log.setupMs / 1000)} s` : `reused from ${log.dir}`),
  );
  return withTempDir('requests', async (dataDir) => {
    copyLogInto(log, dataDir);
    const started = nowMs();
    const api = await startApi(dataDir, { readyTimeoutMs: 60 * 60 * 1000 });
    const client = new HttpClient(api.host, api.port, { maxSockets: 512 });
    try {
      report.note(`setup (not a figure): API ready (read models built) in ${formatNumber((nowMs() - started) / 1000)} s`);
      const { staff } = await staffAndAdmin(api.baseUrl);
      return await body(api, client, staff);
    } finally {
      client.close();
      await api.stop();
    }
  });
}

/** One client pages each list query with the cursor for `durationMs`, back to back; every page's latency. */
async function pageLists(client: HttpClient, staff: Record<string, string>, durationMs: number, stop: { stopped: boolean } = { stopped: false }): Promise<{ latency: Samples; errors: number; pages: number }> {
  const latency = new Samples();
  let errors = 0;
  const until = nowMs() + durationMs;
  for (let q = 0; nowMs() < until && !stop.stopped; q = (q + 1) % LIST_QUERIES.length) {
    let cursor: string | null | undefined;
    // Up to 20 pages per query, then the next query (a client reading the first pages of several views).
    for (let page = 0; page < 20 && nowMs() < until && !stop.stopped; page++) {
      const query = [`pageSize=${PAGE_SIZE}`, LIST_QUERIES[q], cursor ? `cursor=${cursor}` : ''].filter(Boolean).join('&');
      const sent = nowMs();
      const response = await client.send('GET', `/cases?${query}`, staff);
      if (response.status !== 200) {
        errors++;
        break;
      }
      latency.add(response.at - sent);
      cursor = (JSON.parse(response.body) as { next?: string | null }).next;
      if (!cursor) break;
    }
  }
  return { latency, errors, pages: latency.count };
}

/** GET /cases/{id} over `caseIds` at a fixed rate (open loop), latency from the scheduled send. */
async function detailAtRate(client: HttpClient, staff: Record<string, string>, caseIds: readonly string[], rate: number, durationMs: number): Promise<{ latency: Samples; errors: number; sent: number }> {
  const rnd = random(rate);
  const latency = new Samples();
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const { sent } = await openLoop(rate, durationMs, (_, scheduledAt) => {
    const pending = client.send('GET', `/cases/${caseIds[Math.floor(rnd() * caseIds.length)]}`, staff).then((response) => {
      if (response.status === 200) latency.add(response.at - scheduledAt);
      else errors++;
    });
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
  });
  await Promise.race([Promise.all(inFlight), sleep(15_000)]);
  return { latency, errors: errors + inFlight.size, sent };
}

/** POST /cases at a fixed rate (open loop), latency from the scheduled send. */
async function commandsAtRate(client: HttpClient, staff: Record<string, string>, rate: number, durationMs: number): Promise<{ latency: Samples; errors: number; sent: number }> {
  const rnd = random(rate + 1);
  const bodies = Array.from({ length: Math.round((rate * durationMs) / 1000) }, () => JSON.stringify(complaintBody(rnd)));
  const latency = new Samples();
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const { sent } = await openLoop(rate, durationMs, (index, scheduledAt) => {
    const pending = client.send('POST', '/cases', staff, bodies[index]).then((response) => {
      if (response.status === 201) latency.add(response.at - scheduledAt);
      else errors++;
    });
    inFlight.add(pending);
    void pending.finally(() => inFlight.delete(pending));
  });
  await Promise.race([Promise.all(inFlight), sleep(15_000)]);
  return { latency, errors: errors + inFlight.size, sent };
}

/**
 * GET /cases at 1k, 100k and 500k cases (2 events each: filing and identity), one client paging with the cursor
 * (pageSize 50) through the unfiltered list and a few filters and sorts; then GET /cases/{id} at a fixed rate, alone
 * and while one client pages the list back to back: a paging client should not move the others' p99.
 */
export const listsBenchmark: Benchmark = {
  name: 'lists',
  description: 'GET /cases p50/p99 at 1k/100k/500k cases (cursor paging, filters), and GET /cases/{id} p99 with and without a paging client',
  async run(report, { quick }) {
    const sizes = quick ? [1_000, 5_000] : [1_000, 100_000, 500_000];
    const durationMs = quick ? 2_000 : 15_000;
    for (const cases of sizes) {
      const log = await cachedLog({ cases, eventsPerCase: 2, seed: 2 });
      await withApiOn(report, log, async (_api, client, staff) => {
        await pageLists(client, staff, Math.min(durationMs, 3_000)); // warm-up
        const paged = await pageLists(client, staff, durationMs);
        const label = `GET /cases at ${formatNumber(cases)} cases (pageSize ${PAGE_SIZE}, cursor, filters)`;
        report.figure(`${label}: p50`, paged.latency.percentile(50), 'ms');
        report.figure(`${label}: p99`, paged.latency.percentile(99), 'ms', { kind: 'below', value: LIST_P99_TARGET_MS });
        report.note(`${paged.pages} pages read, ${paged.errors} errors`);
        const rate = 200;
        const alone = await detailAtRate(client, staff, log.caseIds, rate, durationMs);
        const stop = { stopped: false };
        const pager = pageLists(client, staff, durationMs * 2, stop);
        const beside = await detailAtRate(client, staff, log.caseIds, rate, durationMs);
        stop.stopped = true;
        const pages = await pager;
        report.figure(`GET /cases/{id} at ${rate}/s, ${formatNumber(cases)} cases, alone: p99`, alone.latency.percentile(99), 'ms');
        report.figure(`GET /cases/{id} at ${rate}/s, ${formatNumber(cases)} cases, one client paging: p99`, beside.latency.percentile(99), 'ms');
        report.note(`detail errors: ${alone.errors} of ${alone.sent} alone, ${beside.errors} of ${beside.sent} beside the pager (${pages.pages} pages, list p99 ${formatNumber(pages.latency.percentile(99))} ms meanwhile)`);
      });
    }
  },
};

/**
 * The highest rate each request sustains with p99 < 100 ms and no errors: an open-loop search that steps the rate up
 * (x1.25 from a start rate) until a step fails, and reports the last passing rate. The load generator shares the
 * 2 cores with the API, so the figure is a lower bound of what the API alone could take.
 */
/** Where the step search starts: low enough that the first step passes (a search that fails its first step says only "below the start"). */
const START_RATE = { post: 50, get: 100 } as const;

export const capacityBenchmark: Benchmark = {
  name: 'capacity',
  description: 'maximum sustainable POST /cases and GET /cases/{id} rates with p99 < 100 ms (open-loop step search)',
  async run(report, { quick }) {
    const log = await cachedLog({ cases: quick ? 1_000 : 10_000, eventsPerCase: 60, seed: 3 });
    const stepMs = quick ? 1_000 : 10_000;
    const maxRate = quick ? 1_000 : 40_000;
    await withApiOn(report, log, async (_api, client, staff) => {
      await commandsAtRate(client, staff, START_RATE.post, Math.min(stepMs, 3_000)); // warm-up
      const commands = await search(report, 'POST /cases', START_RATE.post, maxRate, (rate) => commandsAtRate(client, staff, rate, stepMs));
      report.figure('POST /cases: max sustainable rate (p99 < 100 ms)', commands, '/s', { kind: 'at-least', value: 4_000 });
      await detailAtRate(client, staff, log.caseIds, START_RATE.get, Math.min(stepMs, 3_000)); // warm-up
      const reads = await search(report, 'GET /cases/{id}', START_RATE.get, maxRate, (rate) => detailAtRate(client, staff, log.caseIds, rate, stepMs));
      report.figure('GET /cases/{id} (60-event cases): max sustainable rate (p99 < 100 ms)', reads, '/s', { kind: 'at-least', value: 8_000 });
    });
  },
};

async function search(report: Reporter, label: string, startRate: number, maxRate: number, step: (rate: number) => Promise<{ latency: Samples; errors: number; sent: number }>): Promise<number> {
  let passed = 0;
  for (let rate = startRate; rate <= maxRate; rate = Math.round(rate * 1.25)) {
    const { latency, errors, sent } = await step(rate);
    const p99 = latency.percentile(99);
    const ok = errors === 0 && p99 < SUSTAINABLE_P99_MS;
    report.note(`${label} at ${formatNumber(rate)}/s: p50 ${formatNumber(latency.percentile(50))} ms, p99 ${formatNumber(p99)} ms, errors ${errors} of ${sent}: ${ok ? 'sustained' : 'NOT sustained'}`);
    if (!ok) break;
    passed = rate;
    await sleep(1_000); // let the queue drain before the next step
  }
  return passed;
}

/** GET /cases/{id} on cases of 10, 100, 1,000 and 3,000 events: one client, back to back, p50/p99. */
export const detailBenchmark: Benchmark = {
  name: 'detail',
  description: 'case detail (GET /cases/{id}) p50/p99 on cases of 10, 100, 1,000 and 3,000 events',
  async run(report, { quick }) {
    const lengths = [10, 100, 1_000, 3_000];
    const log = await cachedLog({ cases: quick ? 200 : 2_000, eventsPerCase: 60, longCases: lengths, seed: 4 });
    const requests = quick ? 50 : 2_000;
    await withApiOn(report, log, async (_api, client, staff) => {
      for (const [i, events] of lengths.entries()) {
        const path = `/cases/${log.caseIds[i]}`;
        const latency = new Samples();
        let errors = 0;
        for (let n = 0; n < requests + 20; n++) {
          const sent = nowMs();
          const response = await client.send('GET', path, staff);
          if (response.status !== 200) errors++;
          else if (n >= 20) latency.add(response.at - sent); // the first 20: warm-up
        }
        const label = `GET /cases/{id}, ${formatNumber(events)}-event case`;
        report.figure(`${label}: p50`, latency.percentile(50), 'ms');
        report.figure(`${label}: p99`, latency.percentile(99), 'ms', events === 3_000 ? { kind: 'below', value: DETAIL_P99_TARGET_MS } : undefined);
        if (errors > 0) report.note(`${label}: ${errors} errors of ${requests + 20}`);
      }
    });
  },
};
