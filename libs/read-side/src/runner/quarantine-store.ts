import type { ReadStore } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';

export const QUARANTINE_COLLECTION = 'projection_quarantine';

/** Longest error message kept: enough to recognise the fault, too short to carry a document. */
const ERROR_MESSAGE_LIMIT = 300;

/**
 * An event a projection could not apply, set aside so the projection keeps serving every other event.
 * Only where the event is and what went wrong: never its data, which holds personal data.
 */
export type QuarantinedEvent = {
  readonly projection: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly globalPosition: number;
  readonly type: string;
  readonly error: string;
  readonly firstFailedAt: string;
  readonly lastFailedAt: string;
  /** Applications tried so far, across the first failure and every retry. */
  readonly attempts: number;
};

/** Where an event is in the log: all a quarantine entry keeps of it. */
export type EventLocation = Pick<RecordedEvent, 'eventId' | 'streamId' | 'revision' | 'globalPosition' | 'type'>;

/** The runner whose read models miss the event: its checkpoint id (a rebuild's shadow differs from the live runner). */
type QuarantineDocument = QuarantinedEvent & { _id: string; runner: string };

/** The error's name and message, cut short; a thrown non-Error is described by its type only, as it may be event data. */
export function describeFailure(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : `non-Error thrown (${typeof error})`;
  return text.length > ERROR_MESSAGE_LIMIT ? `${text.slice(0, ERROR_MESSAGE_LIMIT - 1)}…` : text;
}

/** Quarantined events live beside the read models they are missing from, so they survive exactly as long as those do. */
export class QuarantineStore {
  constructor(private readonly store: ReadStore) {}

  /** Records a failure; a failure of an event already quarantined adds its attempts and replaces the error. */
  async record(runner: string, projection: string, event: EventLocation, error: unknown, attempts: number, at: Date): Promise<QuarantinedEvent> {
    const id = documentId(runner, event.eventId);
    const message = describeFailure(error);
    await this.collection().bulkWrite([
      {
        updateOne: {
          filter: { _id: id },
          update: {
            $setOnInsert: { runner, projection, eventId: event.eventId, streamId: event.streamId, revision: event.revision, globalPosition: event.globalPosition, type: event.type, firstFailedAt: at.toISOString() },
            $set: { error: message, lastFailedAt: at.toISOString() },
            $inc: { attempts },
          },
          upsert: true,
        },
      },
    ]);
    const stored = await this.collection().findOne({ _id: id });
    return publicView(stored!);
  }

  /** Oldest first (log order), which is the order a retry applies them in. */
  async list(runner: string, eventId?: string): Promise<QuarantinedEvent[]> {
    const found = await this.collection().find({ runner, ...(eventId ? { eventId } : {}) }, { sort: { globalPosition: 1 } });
    return found.map(publicView);
  }

  async has(runner: string, eventId: string): Promise<boolean> {
    return (await this.collection().count({ _id: documentId(runner, eventId) })) > 0;
  }

  async remove(runner: string, eventId: string): Promise<void> {
    await this.collection().bulkWrite([{ deleteOne: { filter: { _id: documentId(runner, eventId) } } }]);
  }

  async clear(runner: string): Promise<void> {
    await this.collection().bulkWrite([{ deleteMany: { filter: { runner } } }]);
  }

  /** A finished rebuild: the shadow's quarantine becomes the live runner's, replacing what the old read model missed. */
  async handOver(from: string, to: string): Promise<void> {
    const moving = await this.collection().find({ runner: from });
    await this.clear(to);
    if (moving.length > 0) {
      await this.collection().bulkWrite(moving.map(({ _id, ...entry }) => ({ insertOne: { document: { ...entry, _id: documentId(to, entry.eventId), runner: to } } })));
    }
    await this.clear(from);
  }

  private collection() {
    return this.store.collection<QuarantineDocument>(QUARANTINE_COLLECTION);
  }
}

function documentId(runner: string, eventId: string): string {
  return `${runner}:${eventId}`;
}

function publicView({ _id, runner, ...entry }: QuarantineDocument): QuarantinedEvent {
  return entry;
}
