import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PendingSubmissionRecord } from '@pdr/application';
import { SqlitePendingSubmissionStore } from './sqlite-pending-submission-store';

const record = (id: string, expiresAt: string): PendingSubmissionRecord => ({
  submissionId: id,
  programmeId: 'casro-safe-harbor',
  codeHash: 'ab'.repeat(32),
  attemptsLeft: 2,
  receivedAt: '2026-03-02T09:00:00.000Z',
  expiresAt,
  sealed: 'sealed-bytes',
});

describe('SQLite store of pending public submissions', () => {
  let dir: string;
  let store: SqlitePendingSubmissionStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-pending-'));
    store = new SqlitePendingSubmissionStore(join(dir, 'public-intake', 'pending.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("holds, finds and removes a submission once; its file is its owner's only", async () => {
    await store.add(record('s-1', '2026-03-03T09:00:00.000Z'));
    // Matched by its code, not by class: better-sqlite3's error may come from another module realm in a full Jest run.
    await expect(store.add(record('s-1', '2026-03-03T09:00:00.000Z'))).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_CONSTRAINT/) });
    expect(await store.find('s-1')).toEqual(record('s-1', '2026-03-03T09:00:00.000Z'));
    expect((statSync(join(dir, 'public-intake', 'pending.sqlite')).mode & 0o777).toString(8)).toBe('600');
    expect(await store.remove('s-1')).toBe(true);
    expect(await store.remove('s-1')).toBe(false);
    expect(await store.find('s-1')).toBeUndefined();
  });

  it('spends attempts down to none, then answers undefined', async () => {
    await store.add(record('s-1', '2026-03-03T09:00:00.000Z'));
    expect(await store.spendAttempt('s-1')).toBe(1);
    expect(await store.spendAttempt('s-1')).toBe(0);
    expect(await store.spendAttempt('s-1')).toBeUndefined();
    expect(await store.spendAttempt('unknown')).toBeUndefined();
  });

  it('lists the submissions expired at an instant, earliest first', async () => {
    await store.add(record('late', '2026-03-04T09:00:00.000Z'));
    await store.add(record('early', '2026-03-03T09:00:00.000Z'));
    expect(await store.expired(new Date('2026-03-03T08:59:59Z'), 10)).toEqual([]);
    expect(await store.expired(new Date('2026-03-03T09:00:00Z'), 10)).toEqual(['early']);
    expect(await store.expired(new Date('2026-03-05T00:00:00Z'), 10)).toEqual(['early', 'late']);
  });
});
