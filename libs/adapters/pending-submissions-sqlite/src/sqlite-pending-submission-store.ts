import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PendingSubmissionRecord, PendingSubmissionStore } from '@pdr/application';

type Row = { submission_id: string; programme_id: string; code_hash: string; attempts_left: number; received_at: string; expires_at: string; sealed: string };

const toRecord = (row: Row): PendingSubmissionRecord => ({
  submissionId: row.submission_id,
  programmeId: row.programme_id,
  codeHash: row.code_hash,
  attemptsLeft: row.attempts_left,
  receivedAt: row.received_at,
  expiresAt: row.expires_at,
  sealed: row.sealed,
});

/**
 * The embedded store of pending public submissions: a SQLite file of its own under DATA_DIR (0600), rows holding the
 * submission sealed and the code hashed. `secure_delete` overwrites a removed row's bytes.
 */
export class SqlitePendingSubmissionStore implements PendingSubmissionStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    this.db = new Database(file);
    for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) chmodSync(path, 0o600);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS pending_submissions (
      submission_id TEXT PRIMARY KEY, programme_id TEXT NOT NULL, code_hash TEXT NOT NULL, attempts_left INTEGER NOT NULL,
      received_at TEXT NOT NULL, expires_at TEXT NOT NULL, sealed TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS pending_submissions_expiry ON pending_submissions (expires_at)`);
  }

  async add(record: PendingSubmissionRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO pending_submissions (submission_id, programme_id, code_hash, attempts_left, received_at, expires_at, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.submissionId, record.programmeId, record.codeHash, record.attemptsLeft, record.receivedAt, record.expiresAt, record.sealed);
  }

  async find(submissionId: string): Promise<PendingSubmissionRecord | undefined> {
    const row = this.db.prepare('SELECT * FROM pending_submissions WHERE submission_id = ?').get(submissionId) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  async spendAttempt(submissionId: string): Promise<number | undefined> {
    const row = this.db.prepare('UPDATE pending_submissions SET attempts_left = attempts_left - 1 WHERE submission_id = ? AND attempts_left > 0 RETURNING attempts_left').get(submissionId) as
      | { attempts_left: number }
      | undefined;
    return row?.attempts_left;
  }

  async remove(submissionId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM pending_submissions WHERE submission_id = ?').run(submissionId).changes > 0;
  }

  async expired(now: Date, limit: number): Promise<string[]> {
    // ISO 8601 instants in UTC (toISOString) order as text.
    return (this.db.prepare('SELECT submission_id FROM pending_submissions WHERE expires_at <= ? ORDER BY expires_at LIMIT ?').all(now.toISOString(), limit) as { submission_id: string }[]).map((row) => row.submission_id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
