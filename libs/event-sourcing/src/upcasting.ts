/** A stored event's type, version and payload: the part an upcaster may reshape. */
export interface VersionedPayload {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** Turns version `fromVersion` of an event type into version `fromVersion + 1`. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: unknown): unknown;
}

/**
 * Reads old events as the current schema. Stored events are never rewritten:
 * every read passes through the chain of upcasters from the stored version to the newest.
 */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();
  private readonly latest = new Map<string, number>();

  register(upcaster: Upcaster): this {
    const key = `${upcaster.type}@${upcaster.fromVersion}`;
    if (this.byKey.has(key)) throw new Error(`An upcaster for ${key} is already registered`);
    this.byKey.set(key, upcaster);
    const next = upcaster.fromVersion + 1;
    if ((this.latest.get(upcaster.type) ?? 1) < next) this.latest.set(upcaster.type, next);
    return this;
  }

  /** The schema version new events of this type are written with. */
  currentVersion(type: string): number {
    return this.latest.get(type) ?? 1;
  }

  upcast<T extends VersionedPayload>(event: T): T {
    const target = this.currentVersion(event.type);
    if (event.schemaVersion >= target) return event;
    let { data } = event;
    for (let version = event.schemaVersion; version < target; version++) {
      const step = this.byKey.get(`${event.type}@${version}`);
      if (!step) throw new Error(`No upcaster for ${event.type} from schema version ${version}`);
      data = step.upcast(data);
    }
    return { ...event, schemaVersion: target, data };
  }
}
