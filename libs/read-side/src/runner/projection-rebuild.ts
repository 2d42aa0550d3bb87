import type { EventStore, ReadStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { CheckpointStore } from './checkpoint-store';
import { ProjectionRunner } from './projection-runner';
import { QuarantineStore } from './quarantine-store';

const REBUILD_SUFFIX = '__rebuild';

/** How long to wait for the shadow to catch up with the log before giving up. */
const CATCH_UP_TIMEOUT_MS = 30 * 60 * 1000;

/**
 * Rebuilds a projection from the start of the log with no downtime for readers: a shadow runner
 * writes fresh collections beside the live ones; once it has caught up, the live runner pauses,
 * the shadow drains the last events, each shadow collection replaces its live one in one step,
 * and the live runner resumes from the shadow's checkpoint, and with the shadow's quarantined events.
 */
export async function rebuildProjection(
  live: ProjectionRunner,
  eventStore: EventStore,
  readStore: ReadStore,
  upcasters: UpcasterRegistry,
): Promise<{ position: number; events: number }> {
  const { projection } = live;
  const shadowId = `${projection.name}${REBUILD_SUFFIX}`;
  const shadowName = (logical: string) => `${logical}${REBUILD_SUFFIX}`;
  const checkpoints = new CheckpointStore(readStore);
  const quarantine = new QuarantineStore(readStore);

  for (const collection of projection.collections) await readStore.dropCollection(shadowName(collection));
  await checkpoints.remove(shadowId);
  await quarantine.clear(shadowId);

  const { attemptPolicy, onQuarantine } = live.options;
  const shadow = new ProjectionRunner(projection, eventStore, readStore, upcasters, { collectionName: shadowName, checkpointId: shadowId, batchSize: 5000, attemptPolicy, onQuarantine });
  await shadow.start();
  try {
    await catchUp(shadow, eventStore);
    // Sorted once now, off the request path, while the shadow goes on: the switch hands readers built indexes.
    await readStore.buildIndexes();
    const wasRunning = live.running;
    await live.stop();
    await catchUp(shadow, eventStore);
    await shadow.stop();
    for (const collection of projection.collections) await readStore.renameCollection(shadowName(collection), collection);
    await checkpoints.save(projection.name, { position: shadow.currentPosition, version: projection.version }, new Date());
    await checkpoints.remove(shadowId);
    // What the new read models miss is what the shadow could not apply; the old read model's misses go with it.
    await quarantine.handOver(shadowId, projection.name);
    if (wasRunning) await live.start();
    return { position: shadow.currentPosition, events: shadow.status().eventsApplied };
  } finally {
    await shadow.stop();
  }
}

async function catchUp(runner: ProjectionRunner, eventStore: EventStore): Promise<void> {
  const head = await eventStore.headPosition();
  if (!(await runner.waitFor(head, CATCH_UP_TIMEOUT_MS))) {
    throw new Error(`Rebuild of ${runner.projection.name} did not reach position ${head}`);
  }
}
