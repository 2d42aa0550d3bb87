import type { NewEvent, RecordedEvent, SealedFields } from '@pdr/event-sourcing';
import { ERASED } from '@pdr/procedures';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StoreHealth, SubscribeOptions, Subscription, SubscriptionHandlers } from '../ports/event-store.port';
import type { KeyStore } from '../ports/key-store.port';
import { type FieldSlot, slotAt, stringSlots } from './classified-paths';
import { openField, sealField, sealedBinding } from './field-cipher';
import type { ProtectionPolicy } from './protection-policy';

/** What a sealed field holds in the stored data; its value is in `metadata.sealed`. */
export const SEALED = '[sealed]';

/** A sealed value whose key is missing (a log restored without its keys) or which fails authentication. */
export const UNREADABLE = '[unreadable]';

type FoundKey = Buffer | 'destroyed' | undefined;

/**
 * Envelope encryption around any event store: classified fields are sealed with their subject's data key on append
 * and opened on every read, so deciders, projections and views see plain values, or `[erased]` once the key was
 * destroyed. The inner store holds `[sealed]` in their place, and `metadata.sealed`, per key, which fields it sealed
 * (so reading never depends on today's classification) with their values sealed together: one AES-GCM operation per
 * key and event, not per field.
 */
export class ProtectedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeyStore,
    private readonly policy: ProtectionPolicy,
    private readonly onUnreadable: (event: RecordedEvent, path: string) => void = () => undefined,
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const result = await this.inner.append(streamId, await this.sealAll(streamId, events), expected);
    await this.forget(events.map((event) => ({ streamId, type: event.type, data: event.data })));
    return result;
  }

  /**
   * Destroys the keys these recorded events say are forgotten (disposal, erasure); idempotent. Runs after every
   * append, and over the whole log at start (`ForgettingSweep`) for a crash between an append and its destruction.
   */
  async forget(events: readonly Pick<RecordedEvent, 'streamId' | 'type' | 'data'>[]): Promise<string[]> {
    const destroyed: string[] = [];
    for (const event of events) {
      for (const subject of this.policy.keysForgottenBy(event.streamId, event.type, event.data)) {
        if ((await this.keys.findDataKey(subject)) === 'destroyed') continue;
        await this.keys.destroy(subject, new Date());
        destroyed.push(subject);
      }
    }
    return destroyed;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readStream(streamId, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.openAll(await this.inner.readAll(options));
  }

  subscribeToAll(options: SubscribeOptions, handlers: SubscriptionHandlers): Subscription {
    return this.inner.subscribeToAll(options, {
      onEvents: async (events) => handlers.onEvents(await this.openAll(events)),
      ...(handlers.onError ? { onError: handlers.onError } : {}),
    });
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  async health(): Promise<StoreHealth> {
    const [log, keys] = await Promise.all([this.inner.health(), this.keys.health()]);
    if (!keys.ok) return { ok: false, detail: `key store: ${keys.detail ?? 'unavailable'}` };
    return log;
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /**
   * Seals the events' classified strings; a destroyed key refuses the append (DataKeyDestroyedError), writing nothing.
   * Every key the append needs is asked for at once, so new ones are made together (one write to the key store).
   */
  private async sealAll(streamId: string, events: readonly NewEvent[]): Promise<NewEvent[]> {
    const planned = events.map((event) => this.plan(streamId, event));
    const subjects = [...new Set(planned.flatMap((plan) => (plan ? [...plan.groups.keys()] : [])))];
    const keys = new Map(await Promise.all(subjects.map(async (subject) => [subject, await this.keys.dataKey(subject)] as const)));
    return events.map((event, index) => {
      const plan = planned[index];
      if (!plan) return event;
      const sealed: Record<string, SealedFields> = {};
      for (const [subject, slots] of plan.groups) {
        const paths = slots.map((slot) => slot.path);
        const value = sealField(keys.get(subject)!, sealedBinding(event.eventId, subject, paths), JSON.stringify(slots.map((slot) => read(slot.holder, slot.key))));
        for (const slot of slots) write(slot.holder, slot.key, SEALED);
        sealed[subject] = { paths, value };
      }
      return { ...event, data: plan.data, metadata: { ...event.metadata, sealed } };
    });
  }

  /** The event's classified strings (on a copy of its data), grouped by the key that seals them; undefined: none. */
  private plan(streamId: string, event: NewEvent): { data: unknown; groups: Map<string, FieldSlot[]> } | undefined {
    const patterns = this.policy.sealedPatterns(event.type);
    if (patterns.length === 0) return undefined;
    const data = copyJson(event.data);
    const groups = new Map<string, FieldSlot[]>();
    for (const { pattern, dataSubject } of patterns) {
      for (const slot of stringSlots(data, pattern)) {
        // Already forgotten (a decider carried an erased value over): nothing personal left to seal.
        if (read(slot.holder, slot.key) === ERASED) continue;
        const subject = this.policy.keySubject(streamId, dataSubject);
        const group = groups.get(subject);
        if (group) group.push(slot);
        else groups.set(subject, [slot]);
      }
    }
    return groups.size > 0 ? { data, groups } : undefined;
  }

  /**
   * Opens a batch: the keys it needs are fetched at once; an event's sealed fields are opened when a reader first
   * reads its `data` (a getter on the event), so a reader that passes an event by (most projections, by its type)
   * never decrypts it. Opening writes into the inner store's fresh copy of the data, and is idempotent.
   */
  private async openAll(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const needed = new Set<string>();
    for (const event of events) if (event.metadata.sealed) for (const subject in event.metadata.sealed) needed.add(subject);
    if (needed.size === 0) return events as RecordedEvent[];
    const keys = await this.keys.findDataKeys([...needed]);
    return events.map((event) => (event.metadata.sealed ? this.openingOnRead(event, keys) : event));
  }

  private openingOnRead(event: RecordedEvent, keys: ReadonlyMap<string, FoundKey>): RecordedEvent {
    const sealed = event.metadata.sealed!;
    let data = event.data;
    let opened = false;
    const open = (): void => {
      opened = true;
      for (const subject in sealed) this.openFields(event, data, subject, sealed[subject]!, keys.get(subject));
    };
    return {
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      metadata: event.metadata,
      streamId: event.streamId,
      revision: event.revision,
      globalPosition: event.globalPosition,
      recordedAt: event.recordedAt,
      get data() {
        if (!opened) open();
        return data;
      },
      set data(value: unknown) {
        opened = true;
        data = value;
      },
    };
  }

  /** Puts one key's fields of the event back in place: their values, or `[erased]`, or `[unreadable]`. */
  private openFields(event: RecordedEvent, data: unknown, subject: string, fields: SealedFields, key: FoundKey): void {
    const values = this.openValues(event, subject, fields, key);
    fields.paths.forEach((path, index) => {
      const slot = slotAt(data, path);
      if (slot) write(slot.holder, slot.key, values[index]!);
    });
  }

  private openValues(event: RecordedEvent, subject: string, fields: SealedFields, key: FoundKey): readonly string[] {
    if (key === 'destroyed') return fields.paths.map(() => ERASED);
    if (key !== undefined) {
      try {
        const values = JSON.parse(openField(key, sealedBinding(event.eventId, subject, fields.paths), fields.value)) as unknown;
        if (Array.isArray(values) && values.length === fields.paths.length && values.every((value) => typeof value === 'string')) return values as string[];
      } catch {
        // Falls through: tampered, or sealed under another key.
      }
    }
    for (const path of fields.paths) this.onUnreadable(event, path);
    return fields.paths.map(() => UNREADABLE);
  }
}

const copyJson = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const read = (holder: Record<string, unknown> | unknown[], key: string | number): string => (holder as Record<string | number, unknown>)[key] as string;
const write = (holder: Record<string, unknown> | unknown[], key: string | number, value: string): void => {
  (holder as Record<string | number, unknown>)[key] = value;
};
