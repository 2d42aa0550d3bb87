import type { Decider } from '@pdr/event-sourcing';

export interface FoldCacheOptions {
  /** Streams whose folded state is kept (least recently used dropped first); 0 turns the cache off. Default 2,000. */
  readonly maxStreams?: number;
  /** Events, summed over the cached streams, whose ids are kept (for idempotent replays). Default 1,000,000. */
  readonly maxEvents?: number;
  /**
   * Whether recording this event destroys data keys of its stream (erasure, disposal): such a stream is never cached.
   * Default: the procedures' FORGETTING_EVENTS, as the protected store applies them.
   */
  readonly forgets?: (streamId: string, type: string, data: unknown) => boolean;
}

/** A stream folded up to `revision`, the id of the event at that revision (to verify it), and every event's id. */
export interface CachedFold<S> {
  readonly state: S;
  readonly revision: number;
  readonly lastEventId: string;
  /** Event id → revision, up to `revision` at least (a newer fold may add to it; the ids are facts of the stream). */
  readonly ids: Map<string, number>;
}

interface Entry extends CachedFold<unknown> {
  readonly evolve: unknown;
  readonly initialState: unknown;
  /** The ids counted against `maxEvents` when it was kept (`ids` may grow since). */
  readonly counted: number;
}

/**
 * Folded state per stream at its last known revision, in this process only: derived data, dropped freely, never the
 * source of truth (the command processor verifies the revision against the log before using it). Bounded by streams
 * and by events; an entry serves only the decider that folded it (same `evolve`, same initial state).
 */
export class StateCache {
  private readonly entries = new Map<string, Entry>();
  private readonly maxStreams: number;
  private readonly maxEvents: number;
  private events = 0;

  constructor(options: FoldCacheOptions = {}) {
    this.maxStreams = options.maxStreams ?? 2_000;
    this.maxEvents = options.maxEvents ?? 1_000_000;
  }

  get<S>(streamId: string, decider: Pick<Decider<unknown, S, never>, 'initialState' | 'evolve'>): CachedFold<S> | undefined {
    const entry = this.entries.get(streamId);
    if (!entry || entry.evolve !== decider.evolve || entry.initialState !== decider.initialState) return undefined;
    // Most recently used last.
    this.entries.delete(streamId);
    this.entries.set(streamId, entry);
    return entry as CachedFold<S>;
  }

  /** Keeps the fold unless a newer one of the same decider is kept already (another request got further). */
  set<S>(streamId: string, decider: Pick<Decider<unknown, S, never>, 'initialState' | 'evolve'>, fold: CachedFold<S>): void {
    if (this.maxStreams <= 0 || fold.ids.size > this.maxEvents) return;
    const current = this.entries.get(streamId);
    if (current && current.evolve === decider.evolve && current.initialState === decider.initialState && current.revision > fold.revision) return;
    this.delete(streamId);
    this.entries.set(streamId, { ...fold, evolve: decider.evolve, initialState: decider.initialState, counted: fold.ids.size });
    this.events += fold.ids.size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.maxStreams && this.events <= this.maxEvents) break;
      this.entries.delete(oldest);
      this.events -= entry.counted;
    }
  }

  delete(streamId: string): void {
    const entry = this.entries.get(streamId);
    if (!entry) return;
    this.entries.delete(streamId);
    this.events -= entry.counted;
  }

  get size(): number {
    return this.entries.size;
  }
}
