import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { type Clock, type KeyStore, type Notifier, type PendingSubmissionStore, PendingSubmissions } from '@pdr/application';
import { HttpRelayNotifier, OutboxNotifier } from '@pdr/notifier';
import { SqlitePendingSubmissionStore } from '@pdr/pending-submissions-sqlite';
import { APP_CONFIG, type AppConfig, CLOCK, KEY_STORE } from '@pdr/platform';
import { PublicIntakeController } from './public-intake.controller';
import { PublicIntake } from './public-intake.service';
import { NOTIFIER, PENDING_SUBMISSION_STORE } from './public-intake.tokens';

/** Where the embedded outbox is: one JSON file per message (README, docs/public-intake.md). */
export const outboxDir = (dataDir: string): string => join(dataDir, 'outbox');
export const pendingSubmissionsFile = (dataDir: string): string => join(dataDir, 'public-intake', 'pending-submissions.sqlite');

const SWEEP_EVERY_MS = 60_000;

/** Purges expired submissions (their keys destroyed) every minute, and closes the store and the notifier last. */
@Injectable()
export class PendingSubmissionSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PublicIntake');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly pending: PendingSubmissions<unknown>,
    @Inject(PENDING_SUBMISSION_STORE) private readonly store: PendingSubmissionStore,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
  ) {}

  onApplicationBootstrap(): void {
    this.sweep();
    this.timer = setInterval(() => this.sweep(), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  private sweep(): void {
    if (this.running) return;
    this.running = this.pending
      .purgeExpired()
      .then((purged) => purged > 0 && this.logger.log(`purged ${purged} unconfirmed public submission(s)`))
      .catch((error: Error) => this.logger.error(`purging expired submissions failed: ${error.name}`))
      .finally(() => (this.running = undefined));
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    await this.store.close();
    await this.notifier.close();
  }
}

export const PUBLIC_INTAKE_CONTROLLERS = [PublicIntakeController];
export const PUBLIC_INTAKE_PROVIDERS: Provider[] = [
  {
    provide: NOTIFIER,
    useFactory: (config: AppConfig): Notifier => (config.mailRelay ? new HttpRelayNotifier(config.mailRelay) : new OutboxNotifier(outboxDir(config.dataDir))),
    inject: [APP_CONFIG],
  },
  { provide: PENDING_SUBMISSION_STORE, useFactory: (config: AppConfig): PendingSubmissionStore => new SqlitePendingSubmissionStore(pendingSubmissionsFile(config.dataDir)), inject: [APP_CONFIG] },
  {
    provide: PendingSubmissions,
    useFactory: (store: PendingSubmissionStore, keys: KeyStore, clock: Clock) => new PendingSubmissions(store, keys, clock),
    inject: [PENDING_SUBMISSION_STORE, KEY_STORE, CLOCK],
  },
  PublicIntake,
  PendingSubmissionSweeper,
];
