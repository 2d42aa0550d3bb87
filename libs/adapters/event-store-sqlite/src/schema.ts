import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order. The database's `PRAGMA user_version` records how many have run,
 * so a later release appends a step here and existing files upgrade on open. Never edit a shipped step.
 */
const MIGRATIONS: readonly string[] = [
  // 1: the log. `position` is the rowid: AUTOINCREMENT so a position is never reused, and reading all
  // events in order is a walk of the table's own b-tree. UNIQUE(stream_id, revision) is both the
  // concurrency guard and the index readStream uses.
  `CREATE TABLE events (
     position       INTEGER PRIMARY KEY AUTOINCREMENT,
     event_id       TEXT    NOT NULL UNIQUE,
     stream_id      TEXT    NOT NULL,
     revision       INTEGER NOT NULL CHECK (revision >= 0),
     type           TEXT    NOT NULL,
     schema_version INTEGER NOT NULL,
     data           TEXT    NOT NULL,
     metadata       TEXT    NOT NULL,
     recorded_at    TEXT    NOT NULL,
     UNIQUE (stream_id, revision)
   );`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file to SCHEMA_VERSION; refuses a file written by a newer release rather than misreading it. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`Event store schema version ${current} is newer than this release understands (${SCHEMA_VERSION})`);
  }
  if (current === SCHEMA_VERSION) return;
  // One transaction for all steps: a crash mid-upgrade leaves the previous version intact.
  db.transaction(() => {
    for (let version = current; version < SCHEMA_VERSION; version++) db.exec(MIGRATIONS[version]!);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
