import type Database from 'better-sqlite3';
import type { EventMetadata, RecordedEvent } from '@pdr/event-sourcing';

/** A row of `events` in raw (array) mode: better-sqlite3 builds arrays faster than objects. */
type EventRow = [
  position: number,
  eventId: string,
  streamId: string,
  revision: number,
  type: string,
  schemaVersion: number,
  data: string,
  metadata: string,
  recordedAt: string,
];

/** Where an already-stored event id sits: what the idempotency check needs. */
export interface StoredEventRef {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
}

export interface InsertParams {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: string;
  readonly metadata: string;
  readonly recordedAt: string;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at';
// SQLite reads a negative LIMIT as "no limit".
const NO_LIMIT = -1;

/** Every statement the store runs, prepared once: preparing costs more than most executions. */
export class Statements {
  private readonly streamForward;
  private readonly streamBackward;
  private readonly allAfter;
  private readonly lastOfStream;
  private readonly eventById;
  private readonly insert;
  private readonly head;

  constructor(db: Database.Database) {
    this.streamForward = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?`,
      )
      .raw(true);
    this.streamBackward = db
      .prepare<[string, number, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      )
      .raw(true);
    this.allAfter = db
      .prepare<[number, number], EventRow>(`SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position ASC LIMIT ?`)
      .raw(true);
    this.lastOfStream = db.prepare<[string], { revision: number; position: number }>(
      'SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    );
    this.eventById = db.prepare<[string], StoredEventRef>(
      'SELECT stream_id AS streamId, revision, position FROM events WHERE event_id = ?',
    );
    this.insert = db.prepare<[InsertParams]>(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at)
       VALUES (@eventId, @streamId, @revision, @type, @schemaVersion, @data, @metadata, @recordedAt)`,
    );
    this.head = db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck(true);
  }

  readStream(streamId: string, direction: 'forward' | 'backward', fromRevision: number | undefined, maxCount?: number): RecordedEvent[] {
    const limit = maxCount ?? NO_LIMIT;
    const rows =
      direction === 'forward'
        ? this.streamForward.all(streamId, fromRevision ?? 0, limit)
        : this.streamBackward.all(streamId, fromRevision ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map(toRecordedEvent);
  }

  readAll(after: number, maxCount?: number): RecordedEvent[] {
    return this.allAfter.all(after, maxCount ?? NO_LIMIT).map(toRecordedEvent);
  }

  /** The stream's last revision and its position; revision -1 and position -1 when it does not exist. */
  streamHead(streamId: string): { revision: number; position: number } {
    return this.lastOfStream.get(streamId) ?? { revision: -1, position: -1 };
  }

  findEvent(eventId: string): StoredEventRef | undefined {
    return this.eventById.get(eventId);
  }

  /** Inserts one event; returns its global position. */
  insertEvent(params: InsertParams): number {
    return Number(this.insert.run(params).lastInsertRowid);
  }

  headPosition(): number {
    return this.head.get() ?? -1;
  }
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row[1],
    type: row[4],
    schemaVersion: row[5],
    data: JSON.parse(row[6]) as unknown,
    metadata: JSON.parse(row[7]) as EventMetadata,
    streamId: row[2],
    revision: row[3],
    globalPosition: row[0],
    recordedAt: row[8],
  };
}
