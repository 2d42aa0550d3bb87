import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from './sqlite-event-store';

const clock = { now: () => new Date('2026-06-01T00:00:00Z') };

describe('SQLite event store files', () => {
  it('keeps the data directory to its owner (0700) and every database file too (0600), WAL and shared memory included', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pdr-modes-'));
    const dir = join(root, 'data');
    try {
      const store = new SqliteEventStore({ file: join(dir, 'events.sqlite'), clock } as never);
      await store.append('s-1', [{ eventId: 'e-1', type: 'Tested', schemaVersion: 1, data: { a: 1 }, metadata: { actorId: 'a', actorRole: 'system', correlationId: 'c', causationId: 'c' } }], 'no-stream');
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      const files = readdirSync(dir);
      expect(files).toEqual(expect.arrayContaining(['events.sqlite', 'events.sqlite-wal']));
      for (const file of files) expect({ file, mode: (statSync(join(dir, file)).mode & 0o777).toString(8) }).toEqual({ file, mode: '600' });
      await store.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
