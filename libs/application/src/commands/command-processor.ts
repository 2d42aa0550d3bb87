import { randomUUID } from 'node:crypto';
import { type Decider, type DomainEvent, foldFrom, type NewEvent, type RecordedEvent, type RulebookRef, type UpcasterRegistry } from '@pdr/event-sourcing';
import { keysForgottenBy } from '@pdr/procedures';
import type { Clock } from '../ports/clock.port';
import { type EventStore, type ReadStreamOptions, WrongExpectedRevisionError } from '../ports/event-store.port';
import type { CommandContext } from './actor';
import { deterministicId } from './deterministic-id';
import { IdempotencyKeyReusedError } from './idempotency-key-reused.error';
import { StaleRevisionError } from './stale-revision.error';
import { type FoldCacheOptions, StateCache } from './state-cache';

export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the command (send it back as If-Match). */
  readonly revision: number;
  /** Global position of the last event written; -1 when the command wrote nothing. */
  readonly position: number;
  readonly events: readonly NewEvent[];
}

export interface ProcessRequest<C, S, E extends DomainEvent> {
  readonly streamId: string;
  readonly decider: Decider<C, S, E>;
  /** Builds the command once the time is known: the clock is read here, never in the decider. */
  readonly command: (issuedAt: string) => C;
  readonly context: CommandContext;
  /** The revision the client last saw (If-Match); omit to act on whatever is current. */
  readonly expectedRevision?: number;
  /** Rulebook recorded in metadata; derived from the state when omitted. */
  readonly rulebook?: (state: S) => RulebookRef | undefined;
}

/**
 * How often a command without If-Match is re-decided when another writer got in first. Each round
 * lets at least one of the racing writers through, so this bounds the writers racing on one case.
 */
const MAX_ATTEMPTS = 25;

/** A short random pause spreads racing writers apart so fewer of them collide again. */
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(20, attempt * 2)));

/**
 * Runs a command against its stream: load, fold, decide, append with the revision it was decided on.
 * Nothing is appended unless the whole decision succeeds, and the append is all-or-nothing.
 */
export class CommandProcessor {
  constructor(
    private readonly store: EventStore,
    private readonly upcasters: UpcasterRegistry,
    private readonly clock: Clock,
    options: FoldCacheOptions = {},
  ) {
    this.cache = new StateCache(options);
    this.forgets = options.forgets ?? ((streamId, type, data) => keysForgottenBy(streamId, type, data).length > 0);
  }

  private readonly cache: StateCache;
  private readonly forgets: (streamId: string, type: string, data: unknown) => boolean;

  async process<C, S, E extends DomainEvent>(request: ProcessRequest<C, S, E>): Promise<CommandOutcome> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision, ids } = await this.folded(request.streamId, request.decider);

      const replay = await this.findReplay(request, ids);
      if (replay) return replay;

      const stale = request.expectedRevision !== undefined && request.expectedRevision !== revision;
      // On an existing stream a stale If-Match is the news; on a missing one the decider says "no such case" first.
      if (stale && revision >= 0) throw new StaleRevisionError(request.streamId, request.expectedRevision!, revision);
      const decided = request.decider.decide(request.command(this.clock.now().toISOString()), state);
      if (stale) throw new StaleRevisionError(request.streamId, request.expectedRevision!, revision);
      if (decided.length === 0) return { streamId: request.streamId, revision, position: -1, events: [] };

      const events = decided.map((event, index) => this.envelope(event, index, request, state));
      try {
        const result = await this.store.append(request.streamId, events, revision < 0 ? 'no-stream' : revision);
        return { streamId: request.streamId, revision: result.nextRevision, position: result.lastPosition, events };
      } catch (error) {
        // Another writer got in first. With If-Match the client asked for this exact revision; otherwise decide again.
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        if (request.expectedRevision !== undefined) throw new StaleRevisionError(request.streamId, request.expectedRevision, error.actual);
        if (attempt >= MAX_ATTEMPTS) throw error;
        await backoff(attempt);
      }
    }
  }

  /** A stream's state by the decider's fold, with its revision (-1: no stream): current, or as of `atRevision`. */
  async state<C, S, E extends DomainEvent>(streamId: string, decider: Decider<C, S, E>, atRevision?: number): Promise<{ state: S; revision: number }> {
    const { state, revision } = await this.folded(streamId, decider, atRevision);
    return { state, revision };
  }

  /**
   * The stream folded, current or as of `atRevision`, with its events' ids. From the cached state when there is one
   * for this decider at or before the revision asked for: the cached revision is verified (its event is read again,
   * same id) and only the events after it are read and folded. Otherwise the whole stream, folded in linear time.
   * A stream with an event that destroys data keys (erasure, disposal) is never cached: what it seals may turn into
   * `[erased]` at any moment after that event, so it is always folded from the log as read now.
   */
  private async folded<S, E extends DomainEvent>(streamId: string, decider: Pick<Decider<unknown, S, E>, 'initialState' | 'evolve'>, atRevision?: number): Promise<{ state: S; revision: number; ids: ReadonlyMap<string, number> }> {
    const cached = this.cache.get<S>(streamId, decider);
    if (cached && (atRevision === undefined || cached.revision <= atRevision)) {
      const tail = await this.load(streamId, { fromRevision: cached.revision, ...(atRevision === undefined ? {} : { maxCount: atRevision - cached.revision + 1 }) });
      const [last, ...after] = tail;
      if (last && last.revision === cached.revision && last.eventId === cached.lastEventId && !after.some((event) => this.forgets(streamId, event.type, event.data))) {
        if (after.length === 0) return cached;
        const state = foldFrom(decider, cached.state, after.map(domainEvent<E>));
        for (const event of after) cached.ids.set(event.eventId, event.revision);
        const revision = after[after.length - 1]!.revision;
        this.cache.set(streamId, decider, { state, revision, lastEventId: after[after.length - 1]!.eventId, ids: cached.ids });
        return { state, revision, ids: cached.ids };
      }
      this.cache.delete(streamId);
    }
    const history = await this.load(streamId, atRevision === undefined ? undefined : { maxCount: atRevision + 1 });
    const state = foldFrom(decider, decider.initialState, history.map(domainEvent<E>));
    const ids = new Map(history.map((event) => [event.eventId, event.revision]));
    const revision = history.length - 1;
    if (revision >= 0 && !history.some((event) => this.forgets(streamId, event.type, event.data))) {
      this.cache.set(streamId, decider, { state, revision, lastEventId: history[revision]!.eventId, ids });
    }
    return { state, revision, ids };
  }

  /** The rulebook version a stream's first event was recorded under (commands that need its calendar ask first). */
  async rulebookOf(streamId: string): Promise<RulebookRef | undefined> {
    const [first] = await this.store.readStream(streamId, { maxCount: 1 });
    return first?.metadata.rulebook;
  }

  private async load(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return (await this.store.readStream(streamId, options)).map((event) => this.upcasters.upcast(event));
  }

  /** A retried request (same idempotency key) returns what the first attempt wrote: found by its first event's id. */
  private async findReplay<C, S, E extends DomainEvent>(request: ProcessRequest<C, S, E>, ids: ReadonlyMap<string, number>): Promise<CommandOutcome | undefined> {
    const key = request.context.idempotencyKey;
    if (!key) return undefined;
    const firstId = deterministicId(key, request.streamId, '0');
    const at = ids.get(firstId);
    if (at === undefined) return undefined;
    const history = await this.load(request.streamId, { fromRevision: at });
    if (history[0]?.eventId !== firstId) return undefined;
    if (history[0].metadata.requestFingerprint !== request.context.requestFingerprint) throw new IdempotencyKeyReusedError();
    let last = 0;
    while (last + 1 < history.length && history[last + 1]!.eventId === deterministicId(key, request.streamId, String(last + 1))) last++;
    const written = history.slice(0, last + 1);
    return { streamId: request.streamId, revision: history[last]!.revision, position: history[last]!.globalPosition, events: written };
  }

  private envelope<C, S, E extends DomainEvent>(event: E, index: number, request: ProcessRequest<C, S, E>, state: S): NewEvent {
    const { context } = request;
    const rulebook = request.rulebook?.(state) ?? rulebookOf(event);
    return {
      eventId: context.idempotencyKey ? deterministicId(context.idempotencyKey, request.streamId, String(index)) : randomUUID(),
      type: event.type,
      schemaVersion: this.upcasters.currentVersion(event.type),
      data: event.data,
      metadata: {
        actorId: context.actorId,
        actorRole: context.actorRole,
        correlationId: context.correlationId,
        causationId: context.commandId,
        ...(rulebook ? { rulebook } : {}),
        ...(context.idempotencyKey && context.requestFingerprint ? { requestFingerprint: context.requestFingerprint } : {}),
      },
    };
  }
}

/** Creation events carry their rulebook in the payload; later ones get it from the state. */
function rulebookOf(event: DomainEvent): RulebookRef | undefined {
  const data = event.data as { rulebook?: RulebookRef } | null;
  return data && typeof data === 'object' && data.rulebook ? data.rulebook : undefined;
}

/** What `evolve` sees of a recorded event. */
const domainEvent = <E extends DomainEvent>(event: RecordedEvent): E => ({ type: event.type, data: event.data }) as E;
