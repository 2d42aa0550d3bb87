import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WalSync } from './wal-sync';

describe('WalSync: a WAL database made durable off the event loop', () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  let sync: WalSync;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-wal-sync-'));
    file = join(dir, 'data.sqlite');
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE t (n INTEGER)');
    sync = new WalSync(file);
  });

  afterEach(async () => {
    await sync.close();
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets many callers share fsyncs: those that arrive while one runs wait for the next, together', async () => {
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    const waits: Promise<void>[] = [];
    for (let n = 0; n < 100; n++) {
      insert.run(n);
      waits.push(sync.sync());
    }
    await Promise.all(waits);
    // The first caller's fsync, then one more for everyone who came while it ran.
    expect(sync.count).toBe(2);
  });

  it('a caller that arrives while an fsync runs gets one that begins after its call', async () => {
    const first = sync.sync();
    const order: string[] = [];
    const second = sync.sync().then(() => order.push('second'));
    void first.then(() => order.push('first'));
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect(sync.count).toBe(2);
  });

  it('fails, rather than claiming durability, when there is no WAL to sync', async () => {
    db.close();
    await expect(sync.sync()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
