import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { EventStore, ReadStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { ALL_PROJECTIONS, ProjectionRunner, type ProjectionStatus, rebuildProjection } from '@pdr/read-side';
import { EVENT_STORE, READ_STORE, UPCASTERS } from '../tokens';

/** Runs every projection in this process, and rebuilds one whose version changed. */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionsService.name);
  readonly runners: readonly ProjectionRunner[];
  private readonly rebuilding = new Set<string>();

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(UPCASTERS) private readonly upcasters: UpcasterRegistry,
  ) {
    this.runners = ALL_PROJECTIONS.map((projection) => new ProjectionRunner(projection, eventStore, readStore, upcasters));
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const runner of this.runners) {
      const checkpoint = await runner.storedCheckpoint();
      if (checkpoint && checkpoint.version !== runner.projection.version) {
        // Readers keep the old read model until the new one has caught up.
        this.logger.log(`${runner.projection.name}: stored version ${checkpoint.version}, code version ${runner.projection.version}: rebuilding`);
        void this.rebuild(runner.projection.name).catch((error) => this.logger.error(`rebuild of ${runner.projection.name} failed: ${String(error)}`));
      } else {
        await runner.start();
      }
    }
  }

  /** Before the stores close (onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
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

  async status(): Promise<{ headPosition: number; projections: (ProjectionStatus & { behind: number; rebuilding: boolean })[] }> {
    const headPosition = await this.eventStore.headPosition();
    return {
      headPosition,
      projections: this.runners.map((runner) => {
        const status = runner.status();
        return { ...status, behind: Math.max(0, headPosition - status.position), rebuilding: this.rebuilding.has(status.name) };
      }),
    };
  }
}
