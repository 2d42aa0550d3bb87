import type { EventStore, Subscription } from '@pdr/application';
import type { RecordedEvent, UpcasterRegistry } from '@pdr/event-sourcing';
import type { ProjectionRunner } from './projection-runner';
import { upcastOnce } from './projection-writer';
import { Serial } from './serial';

export interface ProjectionFeedOptions {
  /** Largest batch read from the log at once while catching up. */
  readonly batchSize?: number;
  /**
   * Runs one delivered batch, across every runner it feeds, as one unit of work of the read store (`readStore.atomically`):
   * one write where the store writes per unit, instead of one per runner. Each runner's own unit nests inside it.
   */
  readonly unitOfWork?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * One catch-up subscription to the log shared by many projection runners: each event is read, parsed and upcast once,
 * then handed to every runner, which skips what its checkpoint is already past. The subscription starts after the lowest
 * checkpoint among the runners; a runner that joins (or comes back after a failure) behind the subscription makes it
 * start again from that runner's checkpoint, and the others skip the events they already have.
 *
 * Runners are fed one after the other, each batch whole: a runner that cannot apply a batch (its read store down,
 * its checkpoint not stored) leaves the feed and comes back from its checkpoint after a pause; the others go on.
 */
export class ProjectionFeed {
  /** Fed by the subscription. */
  private readonly members = new Set<ProjectionRunner>();
  /** Joined behind the subscription: fed once it starts again from their checkpoint. */
  private readonly waiting = new Set<ProjectionRunner>();
  private readonly control = new Serial();
  private subscription?: Subscription;
  /** The newest position the subscription has handed over (or, before the first batch, the one it started after). */
  private delivered = -1;

  constructor(
    private readonly eventStore: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly options: ProjectionFeedOptions = {},
  ) {}

  has(runner: ProjectionRunner): boolean {
    return this.members.has(runner) || this.waiting.has(runner);
  }

  /** Feeds these runners from their checkpoints (loaded now); one subscription for all of them. */
  async join(runners: readonly ProjectionRunner[]): Promise<void> {
    const joining = runners.filter((runner) => !this.has(runner));
    for (const runner of joining) await runner.prepare();
    for (const runner of joining) {
      // Ahead of (or level with) what the subscription has handed over: it gets the next batches as they come.
      if (this.subscription && runner.currentPosition >= this.delivered) this.members.add(runner);
      else this.waiting.add(runner);
    }
    if (this.waiting.size > 0) await this.control.run(() => this.resubscribe());
  }

  /** Stops feeding `runner`; the subscription stops with the last runner. */
  async leave(runner: ProjectionRunner): Promise<void> {
    this.members.delete(runner);
    this.waiting.delete(runner);
    await this.control.run(() => this.unsubscribeIfIdle());
  }

  private async resubscribe(): Promise<void> {
    // An earlier restart took them in already.
    if (this.waiting.size === 0) return;
    await this.unsubscribe();
    for (const runner of this.waiting) this.members.add(runner);
    this.waiting.clear();
    if (this.members.size === 0) return;
    const after = Math.min(...[...this.members].map((runner) => runner.currentPosition));
    this.delivered = after;
    const subscription: Subscription = this.eventStore.subscribeToAll(
      { after: after >= 0 ? after : undefined, batchSize: this.options.batchSize ?? 1000 },
      { onEvents: (events) => this.deliver(events), onError: (error) => this.broken(subscription, error) },
    );
    this.subscription = subscription;
  }

  private async unsubscribeIfIdle(): Promise<void> {
    if (this.members.size === 0 && this.waiting.size === 0) await this.unsubscribe();
  }

  private async unsubscribe(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  private async deliver(stored: readonly RecordedEvent[]): Promise<void> {
    if (stored.length === 0) return;
    const last = stored[stored.length - 1]!.globalPosition;
    this.delivered = last;
    const behind = [...this.members].filter((runner) => runner.currentPosition < last);
    if (behind.length === 0) return;
    const events = stored.map((event) => upcastOnce(this.upcasters, event));
    const unitOfWork = this.options.unitOfWork ?? ((work) => work());
    try {
      await unitOfWork(() => this.feedEach(behind, events));
    } catch (error) {
      // The unit as a whole was not written (and the store put its memory back): every runner fed in it comes back from its stored checkpoint.
      for (const runner of behind) {
        if (!this.members.delete(runner)) continue;
        runner.interrupted(error);
      }
    }
    // Nobody left to feed (every runner failing): stop reading the log until one comes back. Not awaited: stopping waits for this call.
    if (this.members.size === 0 && this.waiting.size === 0) void this.control.run(() => this.unsubscribeIfIdle());
  }

  private async feedEach(runners: readonly ProjectionRunner[], events: readonly RecordedEvent[]): Promise<void> {
    for (const runner of runners) {
      if (!this.members.has(runner)) continue;
      try {
        await runner.receive(events);
      } catch (error) {
        // This runner alone stops; it comes back from its checkpoint after a pause.
        this.members.delete(runner);
        runner.interrupted(error);
      }
    }
  }

  /** The subscription itself stopped (the event store failing): every runner it fed comes back after a pause. */
  private broken(subscription: Subscription, error: unknown): void {
    if (this.subscription !== subscription) return;
    this.subscription = undefined;
    const fed = [...this.members];
    this.members.clear();
    for (const runner of fed) runner.interrupted(error);
  }
}
