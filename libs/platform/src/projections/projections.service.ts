import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore, ReadStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { ALL_PROJECTIONS, ProjectionFeed, ProjectionRunner, type QuarantinedEvent, type QuarantineRetrySummary, rebuildProjection } from '@pdr/read-side';
import { EVENT_STORE, READ_STORE, UPCASTERS } from '../tokens';
import type { ProjectionsReadiness, ProjectionsReport, QuarantineNotice } from './projections-report';

/** How often the index build looks whether every projection has caught up. */
const CAUGHT_UP_POLL_MS = 20;

/**
 * Runs every projection in this process from one read of the log (a shared ProjectionFeed), and rebuilds one whose
 * version changed. Ready once every projection has reached the head the log had at start and the read models' indexes
 * are built.
 */

@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionsService.name);
  readonly runners: readonly ProjectionRunner[];
  private readonly feed: ProjectionFeed;
  private readonly rebuilding = new Set<string>();
  /** The log's head when the service started (undefined before): readiness waits for every projection to reach it. */
  private headAtStart?: number;
  /** Projections that have reached `headAtStart`: later lag does not make the service unready again. */
  private readonly reachedStart = new Set<string>();
  /** Once every projection has reached `headAtStart`: the read store's indexes built (see `buildIndexesOnceCaughtUp`). */
  private indexesBuilt?: Promise<void>;
  private indexesReady = false;
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {
    const onQuarantine = (entry: QuarantinedEvent) =>
      // Where the event is and what failed; never its data (personal data).
      this.logger.error(
        `${entry.projection}: quarantined ${entry.type} ${entry.eventId} (${entry.streamId} revision ${entry.revision}, position ${entry.globalPosition}) after ${entry.attempts} attempts; the projection goes on without it: ${entry.error}`,
      );
    // A batch is one unit across all projections: one write of the persisted read models per batch, not one per projection.
    this.feed = new ProjectionFeed(eventStore, upcasters, { unitOfWork: (work) => readStore.atomically(work) });
    this.runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(projection, eventStore, readStore, upcasters, { onQuarantine, feed: this.feed }));
  }

  async onApplicationBootstrap(): Promise<void> {
    this.headAtStart = await this.eventStore.headPosition();
    const starting: ProjectionRunner[] = [];
    for (const runner of this.runners) {
      const checkpoint = await runner.storedCheckpoint();
      if (checkpoint && checkpoint.version !== runner.projection.version) {
        // Readers keep the old read model until the new one has caught up; the live runner then goes on from the rebuild's checkpoint.
        this.logger.log(`${runner.projection.name}: stored version ${checkpoint.version}, code version ${runner.projection.version}: rebuilding`);
        void this.rebuild(runner.projection.name)
          .then(() => runner.start())
          // The error's name only: a store's message can quote a document's values (a duplicate key names its value).
          .catch((error: Error) => this.logger.error(`rebuild of ${runner.projection.name} failed: ${error.name}`));
      } else {
        starting.push(runner);
      }
    }
    // One subscription for all of them, from the lowest checkpoint.
    await this.feed.join(starting);
    this.indexesBuilt = this.buildIndexesOnceCaughtUp(this.headAtStart);
  }

  /**
   * The in-process store leaves indexes unbuilt while projections catch up (a bulk load sorts once rather than keeping
   * every index up write by write); once caught up they are built off the request path, before the service is ready, so
   * no query pays for a sort. A failure is logged: each index is then built by its first query instead.
   */
  private async buildIndexesOnceCaughtUp(head: number): Promise<void> {
    while (!this.runners.every((runner) => runner.currentPosition >= head)) {
      if (this.stopping) return;
      await new Promise((resolve) => setTimeout(resolve, CAUGHT_UP_POLL_MS).unref());
    }
    try {
      await this.readStore.buildIndexes();
    } catch (error) {
      this.logger.error(`building the read models' indexes failed: ${(error as Error).name}; each is built by its first query instead`);
    }
    this.indexesReady = true;
  }

  /**
   * Ready once every projection has applied the head the log had when the service started; until then, which are
   * behind and by how many positions (counts only).
   */
  readiness(): ProjectionsReadiness {
    const head = this.headAtStart;
    if (head === undefined) return { ready: false, headAtStart: null, behind: this.runners.map((runner) => ({ projection: runner.projection.name, positions: null })) };
    const behind: ProjectionsReadiness['behind'] = [];
    for (const runner of this.runners) {
      const name = runner.projection.name;
      if (this.reachedStart.has(name)) continue;
      if (runner.currentPosition >= head) this.reachedStart.add(name);
      else behind.push({ projection: name, positions: head - runner.currentPosition });
    }
    if (behind.length > 0 || this.indexesReady) return { ready: behind.length === 0, headAtStart: head, behind };
    return { ready: false, headAtStart: head, behind, buildingIndexes: true };
  }

  /** Resolves true once every projection has reached the head the log had at start and the indexes are built (false after `timeoutMs`). */
  async untilReady(timeoutMs: number): Promise<boolean> {
    const started = Date.now();
    while (this.headAtStart === undefined) {
      if (Date.now() - started >= timeoutMs) return false;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (!(await this.waitFor(this.headAtStart, Math.max(0, timeoutMs - (Date.now() - started))))) return false;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, timeoutMs - (Date.now() - started)))));
    try {
      // Not built when the service stopped first.
      return await Promise.race([this.indexesBuilt!.then(() => this.indexesReady), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Before the stores close (onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.runners.map((runner) => runner.stop()));
  }

  /** Rebuilds one projection from the start of the log beside the live one, then switches. */
  async rebuild(name: string): Promise<{ position: number; events: number }> {
    const runner = this.runners.find((candidate) => candidate.projection.name === name);
    if (!runner) throw new Error(`No projection named ${name}`);
    if (this.rebuilding.has(name)) throw new Error(`${name} is already being rebuilt`);
    this.rebuilding.add(name);
    try {
      return await rebuildProjection(runner, this.eventStore, this.readStore, this.upcasters);
    } finally {
      this.rebuilding.delete(name);
    }
  }

  /** Resolves true once every projection has applied `position`. */
  async waitFor(position: number, timeoutMs: number): Promise<boolean> {
    const reached = await Promise.all(this.runners.map((runner) => runner.waitFor(position, timeoutMs)));
    return reached.every(Boolean);
  }

  /** Events the projections set aside, oldest first within each projection. */
  async quarantined(projection?: string): Promise<QuarantinedEvent[]> {
    const lists = await Promise.all(this.runnersNamed(projection).map((runner) => runner.quarantined()));
    return lists.flat();
  }

  /** Applies quarantined events again, after a fix; those that go through leave the quarantine. */
  async retryQuarantined(projection?: string, eventId?: string): Promise<QuarantineRetrySummary> {
    let summary = { retried: 0, resolved: 0, stillFailing: 0 };
    for (const runner of this.runnersNamed(projection)) {
      const outcome = await runner.retryQuarantined(eventId);
      summary = { retried: summary.retried + outcome.retried, resolved: summary.resolved + outcome.resolved, stillFailing: summary.stillFailing + outcome.stillFailing };
    }
    if (summary.resolved > 0) this.logger.log(`quarantine retry: ${JSON.stringify(summary)}`);
    return summary;
  }

  async status(): Promise<ProjectionsReport> {
    const [headPosition, quarantine] = await Promise.all([this.eventStore.headPosition(), this.quarantineNotices()]);
    return {
      // The checkpoints moved past quarantined events, so `behind` stays truthful: degraded, not stuck.
      status: quarantine.notices.length > 0 || quarantine.error ? 'degraded' : 'ok',
      headPosition,
      projections: this.runners.map((runner) => {
        const status = runner.status();
        return { ...status, behind: Math.max(0, headPosition - status.position), rebuilding: this.rebuilding.has(status.name) };
      }),
      quarantined: quarantine.notices,
      ...(quarantine.error ? { quarantineError: quarantine.error } : {}),
    };
  }

  private async quarantineNotices(): Promise<{ notices: QuarantineNotice[]; error?: string }> {
    try {
      const entries = await this.quarantined();
      return { notices: entries.map(({ projection, eventId, type, error }) => ({ projection, eventId, type, error })) };
    } catch (error) {
      // The read store's own health says why; a failing read must not turn the health report into a 500.
      return { notices: [], error: (error as Error).message ?? String(error) };
    }
  }

  private runnersNamed(projection: string | undefined): readonly ProjectionRunner[] {
    if (projection === undefined) return this.runners;
    const runner = this.runners.find((candidate) => candidate.projection.name === projection);
    if (!runner) throw new Error(`No projection named ${projection}`);
    return [runner];
  }
}
