import type { NewEvent, RecordedEvent } from '@pdr/event-sourcing';
import { ERASED } from '@pdr/procedures';
import type { AppendResult, EventStore, ExpectedRevision, ReadAllOptions, ReadStreamOptions, StoreHealth, SubscribeOptions, Subscription, SubscriptionHandlers } from '../ports/event-store.port';
import type { KeyStore } from '../ports/key-store.port';
import { stringSlots, slotAt } from './classified-paths';
import { fieldBinding, openField, sealField } from './field-cipher';
import type { ProtectionPolicy } from './protection-policy';

/** A sealed value whose key is missing (a log restored without its keys) or which fails authentication. */
export const UNREADABLE = '[unreadable]';

type FoundKey = Buffer | 'destroyed' | undefined;

/**
 * Envelope encryption around any event store: classified fields are sealed with their subject's data key on append
 * and opened on every read, so deciders, projections and views see plain values, or `[erased]` once the key was
 * destroyed. The inner store only ever holds ciphertext for them; `metadata.protected` records what was sealed with
 * which key, so reading never depends on today's classification.
 */
export class ProtectedEventStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly keys: KeyStore,
    private readonly policy: ProtectionPolicy,
    private readonly onUnreadable: (event: RecordedEvent, path: string) => void = () => undefined,
  ) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const sealed: NewEvent[] = [];
    for (const event of events) sealed.push(await this.seal(streamId, event));
    const result = await this.inner.append(streamId, sealed, expected);
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

  /** Seals the event's classified strings; a destroyed key refuses the append (DataKeyDestroyedError), writing nothing. */
  private async seal(streamId: string, event: NewEvent): Promise<NewEvent> {
    const patterns = this.policy.sealedPatterns(event.type);
    if (patterns.length === 0) return event;
    const data = copyJson(event.data);
    const sealedPaths: Record<string, string> = {};
    for (const { pattern, dataSubject } of patterns) {
      const slots = stringSlots(data, pattern);
      if (slots.length === 0) continue;
      const subject = this.policy.keySubject(streamId, dataSubject);
      const key = await this.keys.dataKey(subject);
      for (const slot of slots) {
        const value = read(slot.holder, slot.key);
        if (value === ERASED) continue; // already forgotten: nothing personal left to seal
        write(slot.holder, slot.key, sealField(key, fieldBinding(event.eventId, slot.path, subject), value));
        sealedPaths[slot.path] = subject;
      }
    }
    if (Object.keys(sealedPaths).length === 0) return event;
    return { ...event, data, metadata: { ...event.metadata, protected: sealedPaths } };
  }

  private async openAll(events: readonly RecordedEvent[]): Promise<RecordedEvent[]> {
    const keys = new Map<string, FoundKey>();
    const opened: RecordedEvent[] = [];
    for (const event of events) opened.push(event.metadata.protected ? await this.open(event, keys) : event);
    return opened;
  }

  private async open(event: RecordedEvent, keys: Map<string, FoundKey>): Promise<RecordedEvent> {
    const data = copyJson(event.data);
    for (const [path, subject] of Object.entries(event.metadata.protected!)) {
      const slot = slotAt(data, path);
      if (!slot) continue;
      let key = keys.get(subject);
      if (!keys.has(subject)) {
        key = await this.keys.findDataKey(subject);
        keys.set(subject, key);
      }
      write(slot.holder, slot.key, this.openValue(event, path, subject, key, read(slot.holder, slot.key)));
    }
    return { ...event, data };
  }

  private openValue(event: RecordedEvent, path: string, subject: string, key: FoundKey, sealed: string): string {
    if (key === 'destroyed') return ERASED;
    if (key !== undefined) {
      try {
        return openField(key, fieldBinding(event.eventId, path, subject), sealed);
      } catch {
        // Falls through: tampered or sealed under another key.
      }
    }
    this.onUnreadable(event, path);
    return UNREADABLE;
  }
}

const copyJson = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
const read = (holder: Record<string, unknown> | unknown[], key: string | number): string => (holder as Record<string | number, unknown>)[key] as string;
const write = (holder: Record<string, unknown> | unknown[], key: string | number, value: string): void => {
  (holder as Record<string | number, unknown>)[key] = value;
};
