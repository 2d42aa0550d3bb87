import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ExpectedRevision } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import type { Benchmark } from '../support/benchmark';
import { complaintFiled, identityVerified, random } from '../support/case-events';
import type { Reporter } from '../support/figures';
import { profiled } from '../support/profiler';
import { nowMs, perSecond, Samples } from '../support/stats';
import { withTempDir } from '../support/temp-dir';

const CONCURRENT_WRITERS = 50;

/**
 * Appends of single-event commands to the embedded SQLite store, as the command processor issues them:
 * each writer files a case on a new stream ('no-stream'), then verifies the complainant's identity on it
 * (expected revision 0), and so on, for a fixed time. Every append checks its expected revision.
 */
export const appendsBenchmark: Benchmark = {
  name: 'appends',
  description: 'SqliteEventStore single-event appends: 1 sequential writer, then 50 concurrent writers',
  async run(report, { quick, profileDir }) {
    const durationMs = quick ? 1000 : 5000;
    const rnd = random(1);
    const sizes = [complaintFiled('00000000-0000-4000-8000-000000000000', rnd), identityVerified('00000000-0000-4000-8000-000000000000', rnd)].map(
      (event) => JSON.stringify(event.data).length + JSON.stringify(event.metadata).length,
    );
    report.note(
      `alternating ComplaintFiled (~${sizes[0]} B data+metadata JSON) and ComplainantIdentityVerified (~${sizes[1]} B) on the writer's own streams, ` +
        `expected revision checked; ${durationMs / 1000} s per phase, fresh store each`,
    );
    await phase(report, 1, durationMs);
    await profiled('appends-50-writers', profileDir, () => phase(report, CONCURRENT_WRITERS, durationMs));
  },
};

async function phase(report: Reporter, writers: number, durationMs: number): Promise<void> {
  await withTempDir('appends', async (dir) => {
    const store = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
    try {
      const latency = new Samples();
      const label = writers === 1 ? '1 writer' : `${writers} writers`;
      const started = nowMs();
      const deadline = started + durationMs;
      await Promise.all(Array.from({ length: writers }, (_, w) => writer(store, w, deadline, latency)));
      const elapsed = nowMs() - started;
      const stats = store.stats();
      report.figure(`${label}: appends/s`, perSecond(stats.appends, elapsed), '/s');
      report.figure(`${label}: events/s`, perSecond(stats.events, elapsed), '/s');
      report.figure(`${label}: append latency p50`, latency.percentile(50), 'ms');
      report.figure(`${label}: append latency p99`, latency.percentile(99), 'ms');
      report.figure(`${label}: transactions committed`, stats.transactions, 'tx');
      report.figure(`${label}: appends per transaction (mean)`, stats.appends / Math.max(1, stats.transactions), 'appends');
      report.figure(`${label}: largest transaction`, stats.largestTransaction, 'appends');
    } finally {
      await store.close();
    }
  });
}

/** One writer: sequential awaits on its own streams until the deadline. */
async function writer(store: SqliteEventStore, index: number, deadline: number, latency: Samples): Promise<void> {
  const rnd = random(1000 + index);
  let caseId = '';
  let rulebook: { id: string; version: string } | undefined;
  for (let n = 0; nowMs() < deadline; n++) {
    const filing = n % 2 === 0;
    if (filing) caseId = randomUUID();
    const event = filing ? complaintFiled(caseId, rnd) : identityVerified(caseId, rnd, rulebook);
    if (filing) rulebook = (event.data as { rulebook: { id: string; version: string } }).rulebook;
    const expected: ExpectedRevision = filing ? 'no-stream' : 0;
    const sent = nowMs();
    await store.append(`case-${caseId}`, [event], expected);
    latency.add(nowMs() - sent);
  }
}
