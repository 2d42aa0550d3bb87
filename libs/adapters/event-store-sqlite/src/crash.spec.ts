import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RecordedEvent } from '@pdr/event-sourcing';
import type { Ack } from './crash-child.fixture';
import { SqliteEventStore } from './index';

const REPO_ROOT = resolve(__dirname, '../../../..');
const TS_REGISTER = join(REPO_ROOT, 'tools/ts-register.cjs');
const CHILD = join(__dirname, 'crash-child.fixture.ts');

interface CrashRun {
  readonly acks: Ack[];
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Runs the child until it has acknowledged `killAfterAcks` appends, then SIGKILLs it mid-burst. */
function runAndKill(file: string, runId: string, killAfterAcks: number): Promise<CrashRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-r', TS_REGISTER, CHILD, file, runId], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    let killScheduled = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('{')) acks.push(JSON.parse(line) as Ack);
      }
      if (acks.length >= killAfterAcks && !killScheduled) {
        killScheduled = true;
        // A random delay, so the kill lands anywhere in the write/commit/acknowledge cycle, not just after acks.
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 30);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    // 'close' fires after stdout is drained: every line the child wrote before dying has been counted.
    child.on('close', (_code, signal) => resolvePromise({ acks, signal, stderr }));
  });
}

describe('SqliteEventStore after a crash (SIGKILL mid-burst)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-sqlite-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged append, never a partial batch, and contiguous revisions, across repeated kills', async () => {
    const file = join(dir, 'events.db');
    const allAcks: Ack[] = [];

    // Three kills in a row on the same file: each run also has to recover from the previous crash.
    for (const [round, killAfter] of [400, 750, 1100].entries()) {
      const run = await runAndKill(file, `r${round}`, killAfter);
      expect({ signal: run.signal, stderr: run.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
      expect(run.acks.length).toBeGreaterThanOrEqual(killAfter);
      allAcks.push(...run.acks);

      const store = new SqliteEventStore({ file });
      try {
        const events = await store.readAll();
        const byId = new Map(events.map((e) => [e.eventId, e]));

        // Every acknowledged event is there, in the stream it was acknowledged for, at the revision reported.
        for (const ack of allAcks) {
          const stored = ack.eventIds.map((id) => byId.get(id));
          expect(stored.every((e) => e?.streamId === ack.streamId)).toBe(true);
          expect(stored[stored.length - 1]!.revision).toBe(ack.nextRevision);
        }

        // Every batch, acknowledged or not, is whole: all its events, consecutive, in order.
        const batches = new Map<string, RecordedEvent[]>();
        for (const event of events) {
          const { batchId } = event.data as { batchId: string };
          batches.set(batchId, [...(batches.get(batchId) ?? []), event]);
        }
        for (const batch of batches.values()) {
          const { size } = batch[0]!.data as { size: number };
          expect(batch).toHaveLength(size);
          expect(batch.map((e) => (e.data as { index: number }).index)).toEqual([...Array(size).keys()]);
          expect(new Set(batch.map((e) => e.streamId)).size).toBe(1);
          expect(batch.map((e) => e.revision - batch[0]!.revision)).toEqual([...Array(size).keys()]);
        }

        // Revisions in each stream run 0, 1, 2, ... with no hole; global positions strictly increase.
        for (const streamId of new Set(events.map((e) => e.streamId))) {
          const revisions = (await store.readStream(streamId)).map((e) => e.revision);
          expect(revisions).toEqual([...revisions.keys()]);
        }
        expect(events.every((e, i) => i === 0 || e.globalPosition > events[i - 1]!.globalPosition)).toBe(true);
        expect(events.length).toBeGreaterThanOrEqual(allAcks.length * 5);
      } finally {
        await store.close();
      }

      const db = new Database(file, { readonly: true });
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        db.close();
      }
    }
  }, 120_000);
});
