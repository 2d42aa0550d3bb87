import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, ProtectedEventStore, ReadStore } from '@pdr/application';
import { CheckpointStore } from '@pdr/read-side';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE, LOG_STORE, READ_STORE } from '../tokens';

const PAGE = 2_000;
/** Where the sweep keeps how far it has swept, beside the projections' checkpoints (so it survives as long as they do). */
export const SWEEP_CHECKPOINT = 'forgetting-sweep';
const SWEEP_VERSION = 1;

/**
 * At start, reads the log for events that forget (disposal, erasure) and destroys any key still there: the store
 * destroys keys right after such an append, so only a crash in between leaves one. Reads the log as stored (no
 * decryption: it needs only types and ids), in the background, where the projections run.
 *
 * Only the part of the log it has not swept yet: its checkpoint (saved after each page's keys are destroyed) says
 * how far the last start got, so a start no longer reads the whole history (issue 13). Where no checkpoint is kept
 * (in-memory read models, a DATA_DIR restored from a backup) or the checkpoint is past the log's head (a log put back
 * to an earlier state), it sweeps the whole log again.
 */
@Injectable()
export class ForgettingSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ForgettingSweep');
  private readonly checkpoints: CheckpointStore;
  private stopped = false;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOG_STORE) private readonly log: EventStore,
    @Inject(EVENT_STORE) private readonly protectedStore: ProtectedEventStore,
    @Inject(READ_STORE) readStore: ReadStore,
  ) {
    this.checkpoints = new CheckpointStore(readStore);
  }

  onApplicationBootstrap(): void {
    if (!this.config.projectionsInProcess) return;
    this.running = this.sweep().catch((error: Error) => this.logger.error(`sweep stopped: ${error.name}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Answers how many keys it destroyed. */
  async sweep(at: () => Date = () => new Date()): Promise<number> {
    let after = await this.resumeAfter();
    let destroyed = 0;
    while (!this.stopped) {
      const page = await this.log.readAll({ after, maxCount: PAGE });
      if (page.length === 0) break;
      destroyed += (await this.protectedStore.forget(page)).length;
      after = page[page.length - 1]!.globalPosition;
      await this.checkpoints.save(SWEEP_CHECKPOINT, { position: after, version: SWEEP_VERSION }, at());
    }
    if (destroyed > 0) this.logger.warn(`destroyed ${destroyed} data key(s) whose destruction a stop had interrupted`);
    return destroyed;
  }

  private async resumeAfter(): Promise<number> {
    const checkpoint = await this.checkpoints.load(SWEEP_CHECKPOINT);
    if (!checkpoint || checkpoint.version !== SWEEP_VERSION) return -1;
    return checkpoint.position <= (await this.log.headPosition()) ? checkpoint.position : -1;
  }
}
