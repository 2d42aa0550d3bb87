/**
 * Child process of crash.spec.ts: appends batches as fast as it can until the parent kills it with SIGKILL.
 * Usage: node -r tools/ts-register.cjs crash-child.fixture.ts <db file> <run id>
 *
 * Prints one JSON line per ACKNOWLEDGED append, only after its promise resolved: the parent holds the store
 * to every line it received. Half the writers share streams with expectation 'any'; the other half own a
 * stream each and append with exact expected revisions, so both paths are under the crash.
 */
import { randomUUID } from 'node:crypto';
import type { ExpectedRevision } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { SqliteEventStore } from './index';

const BATCH_SIZE = 5;
const SHARED_WRITERS = 25;
const OWN_WRITERS = 25;
const SHARED_STREAMS = 10;
const PADDING = 'p'.repeat(2000);

/** One acknowledged append, as printed to stdout. Import it with `import type` only: importing this file runs it. */
export interface Ack {
  readonly streamId: string;
  readonly batchId: string;
  readonly eventIds: readonly string[];
  readonly nextRevision: number;
}

async function main(): Promise<void> {
  const [file, runId] = process.argv.slice(2);
  if (!file || !runId) throw new Error('usage: crash-child.fixture.ts <db file> <run id>');
  const store = new SqliteEventStore({ file });

  const batch = (batchId: string): NewEvent[] =>
    Array.from({ length: BATCH_SIZE }, (_, index) => ({
      eventId: randomUUID(),
      type: 'CrashTested',
      schemaVersion: 1,
      // Padding makes each COMMIT write many WAL pages, widening the window in which a kill lands mid-write.
      data: { batchId, index, size: BATCH_SIZE, padding: PADDING },
      metadata: { actorId: 'crash-test', actorRole: 'system', correlationId: batchId, causationId: batchId },
    }));

  const append = async (streamId: string, batchId: string, expected: ExpectedRevision): Promise<number> => {
    const events = batch(batchId);
    const { nextRevision } = await store.append(streamId, events, expected);
    const ack: Ack = { streamId, batchId, eventIds: events.map((e) => e.eventId), nextRevision };
    // stdout on a pipe is synchronous on Linux: once this returns, the line survives our death.
    process.stdout.write(`${JSON.stringify(ack)}\n`);
    return nextRevision;
  };

  const shared = async (writer: number): Promise<never> => {
    for (let seq = 0; ; seq++) await append(`shared-${(writer + seq) % SHARED_STREAMS}`, `${runId}-s${writer}-${seq}`, 'any');
  };
  const own = async (writer: number): Promise<never> => {
    const streamId = `own-${writer}`;
    // Earlier runs were killed too: continue from whatever survived.
    const [last] = await store.readStream(streamId, { direction: 'backward', maxCount: 1 });
    let revision: ExpectedRevision = last ? last.revision : 'no-stream';
    for (let seq = 0; ; seq++) revision = await append(streamId, `${runId}-o${writer}-${seq}`, revision);
  };

  process.stdout.write('READY\n');
  await Promise.all([
    ...Array.from({ length: SHARED_WRITERS }, (_, w) => shared(w)),
    ...Array.from({ length: OWN_WRITERS }, (_, w) => own(w)),
  ]);
}

main().catch((error: unknown) => {
  process.stderr.write(`crash child failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
