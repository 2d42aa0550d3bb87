import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventStore, ProtectedEventStore } from '@pdr/application';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE, LOG_STORE } from '../tokens';

const PAGE = 2_000;

/**
 * At start, reads the whole log for events that forget (disposal, erasure) and destroys any key still there: the
 * store destroys keys right after such an append, so only a crash in between leaves one. Reads the log as stored
 * (no decryption: it needs only types and ids), in the background, where the projections run.
 */
@Injectable()
export class ForgettingSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ForgettingSweep');
  private stopped = false;
  private running?: Promise<unknown>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOG_STORE) private readonly log: EventStore,
    @Inject(EVENT_STORE) private readonly protectedStore: ProtectedEventStore,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.projectionsInProcess) return;
    this.running = this.sweep().catch((error: Error) => this.logger.error(`sweep stopped: ${error.name}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  /** Answers how many keys it destroyed. */
  async sweep(): Promise<number> {
    let after = -1;
    let destroyed = 0;
    while (!this.stopped) {
      const page = await this.log.readAll({ after, maxCount: PAGE });
      if (page.length === 0) break;
      destroyed += (await this.protectedStore.forget(page)).length;
      after = page[page.length - 1]!.globalPosition;
    }
    if (destroyed > 0) this.logger.warn(`destroyed ${destroyed} data key(s) whose destruction a stop had interrupted`);
    return destroyed;
  }
}
