import { BadRequestException, Inject, Injectable, Optional } from '@nestjs/common';
import type { ReadStore } from '@pdr/application';
import { ProjectionsService, READ_STORE } from '@pdr/platform';
import { ALL_PROJECTIONS, CheckpointStore } from '@pdr/read-side';

export const MIN_POSITION_HEADER = 'x-min-position';
const WAIT_MS = 5000;
const POLL_MS = 20;

export function parseMinPosition(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^-?\d{1,15}$/.test(value.trim()) || Number(value) < -1) {
    throw new BadRequestException({ message: 'header X-Min-Position must be a log position (a whole number) returned by a command', field: 'X-Min-Position' });
  }
  return Number(value);
}

/**
 * Read-your-writes: a client passes the position a command returned, and the read waits (briefly)
 * until the projections have applied it. In-process projections are awaited directly; projections
 * in a separate worker are followed through their checkpoints.
 */
@Injectable()
export class ReadConsistency {
  private readonly checkpoints: CheckpointStore;

  constructor(
    @Inject(READ_STORE) store: ReadStore,
    @Optional() private readonly projections?: ProjectionsService,
  ) {
    this.checkpoints = new CheckpointStore(store);
  }

  /** Waits for the position named in X-Min-Position; says so in a response header when the read model is still behind. */
  async honour(minPositionHeader: string | undefined, reply: { header(name: string, value: string): unknown }): Promise<void> {
    if (!(await this.reach(parseMinPosition(minPositionHeader)))) reply.header('x-read-model-behind', 'true');
  }

  /** True when every projection has reached `position` within the wait. */
  async reach(position: number | undefined): Promise<boolean> {
    if (position === undefined) return true;
    if (this.projections) return this.projections.waitFor(position, WAIT_MS);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const positions = await Promise.all(ALL_PROJECTIONS.map(async (p) => (await this.checkpoints.load(p.name))?.position ?? -1));
      if (positions.every((reached) => reached >= position)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
}
