import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataKeyDestroyedError } from '@pdr/application';
import { describeKeyStoreContract } from '@pdr/testing';
import Database from 'better-sqlite3';
import { holdWalSyncs } from '@pdr/sqlite-support';
import { backupKeyDatabase } from './backup';
import { SqliteKeyStore } from './sqlite-key-store';

describeKeyStoreContract('SQLite (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdr-keys-'));
  const store = new SqliteKeyStore({ file: join(dir, 'keys', 'data-keys.sqlite'), kek: { id: 'kek-1', key: randomBytes(32) } });
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

describe('SQLite key store file', () => {
  /** A fresh key store whose fsyncs wait for `disk.release()`; closed and removed afterwards. */
  async function withDiskHeld(body: (store: SqliteKeyStore, disk: ReturnType<typeof holdWalSyncs>) => Promise<void>): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-keys-'));
    const store = new SqliteKeyStore({ file: join(dir, 'data-keys.sqlite'), kek: { id: 'kek-1', key: randomBytes(32) } });
    const disk = holdWalSyncs();
    try {
      await body(store, disk);
    } finally {
      disk.restore();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('hands out a new key, to every caller asking for it, only once an fsync has put it on disk', async () => {
    await withDiskHeld(async (store, disk) => {
      const handedOut: string[] = [];
      const handOut = (who: string) => (key: Buffer) => {
        handedOut.push(who);
        return key;
      };
      const first = store.dataKey('complainant-1').then(handOut('first'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      // Written (the row is there to read back), not yet on disk: a second caller waits too.
      const second = store.dataKey('complainant-1').then(handOut('second'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(handedOut).toEqual([]);
      disk.release();
      const [a, b] = await Promise.all([first, second]);
      expect(a.equals(b)).toBe(true);
      expect(handedOut.sort()).toEqual(['first', 'second']);
      // Once on disk, from memory at once.
      expect((await store.dataKey('complainant-1')).equals(a)).toBe(true);
    });
  });

  it('refuses a new key destroyed (erasure) while its fsync ran: no event is sealed with it', async () => {
    await withDiskHeld(async (store, disk) => {
      const asked = store.dataKey('complainant-2');
      await new Promise((resolve) => setTimeout(resolve, 30));
      await store.destroy('complainant-2', new Date('2026-12-02T10:00:00Z'));
      disk.release();
      await expect(asked).rejects.toBeInstanceOf(DataKeyDestroyedError);
      expect(await store.findDataKey('complainant-2')).toBe('destroyed');
    });
  });

  it('is its owner\'s only, refuses a KEK other than the one that wrapped its keys, and keeps no destroyed key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-keys-'));
    const file = join(dir, 'keys', 'data-keys.sqlite');
    try {
      const kek = { id: 'kek-1', key: randomBytes(32) };
      const store = new SqliteKeyStore({ file, kek });
      const key = await store.dataKey('contact:c-1');
      expect((statSync(file).mode & 0o777).toString(8)).toBe('600');
      const peek = new Database(file, { readonly: true });
      const { wrapped } = peek.prepare('SELECT wrapped FROM data_keys WHERE subject = ?').get('contact:c-1') as { wrapped: Buffer };
      peek.close();
      expect(readFileSync(file).includes(wrapped) || readFileSync(`${file}-wal`).includes(wrapped)).toBe(true);
      await store.destroy('contact:c-1', new Date('2026-12-01T00:00:00Z'));
      await store.close();
      // Neither the data key nor its wrapped form is left in the file's bytes.
      const bytes = readFileSync(file);
      expect(bytes.includes(key)).toBe(false);
      expect(bytes.includes(wrapped)).toBe(false);
      const other = new SqliteKeyStore({ file, kek: { id: 'kek-2', key: randomBytes(32) } });
      await other.dataKey('contact:c-2');
      await other.close();
      const again = new SqliteKeyStore({ file, kek });
      await expect(again.findDataKey('contact:c-2')).rejects.toThrow(/wrapped by KEK kek-2/);
      expect(await again.findDataKey('contact:c-1')).toBe('destroyed');
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite key store maintenance', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('held exclusively, is refused while another connection has it open, and refuses others until closed', async () => {
    const file = join(dir, 'keys', 'data-keys.sqlite');
    const kek = { id: 'kek-1', key: randomBytes(32) };
    const serving = new SqliteKeyStore({ file, kek });
    await serving.dataKey('contact:c-1');
    expect(() => new SqliteKeyStore({ file, kek, exclusive: true })).toThrow(/is open in another process \(is the service running\? stop it first\)/);
    expect(await serving.findDataKey('contact:c-1')).toBeInstanceOf(Buffer);
    await serving.close();

    const held = new SqliteKeyStore({ file, kek, exclusive: true });
    expect(await held.summary()).toEqual({ keys: 1, destroyed: 0, wrappedBy: { 'kek-1': 1 } });
    const other = new Database(file, { timeout: 0 });
    expect(() => other.prepare('SELECT count(*) FROM data_keys').get()).toThrow(/locked/);
    other.close();
    await held.close();
    const again = new SqliteKeyStore({ file, kek });
    expect(await again.findDataKey('contact:c-1')).toBeInstanceOf(Buffer);
    await again.close();
  });

  it('backs up online: keys still in the WAL included, a single file of the owner\'s, no destroyed key in it', async () => {
    const file = join(dir, 'keys', 'data-keys.sqlite');
    const kek = { id: 'kek-1', key: randomBytes(32) };
    const store = new SqliteKeyStore({ file, kek });
    const kept = await store.dataKey('contact:c-1');
    await store.dataKey('contact:c-2');
    const peek = new Database(file, { readonly: true });
    const { wrapped: gone } = peek.prepare('SELECT wrapped FROM data_keys WHERE subject = ?').get('contact:c-2') as { wrapped: Buffer };
    peek.close();
    await store.destroy('contact:c-2', new Date('2026-12-01T00:00:00Z'));
    const late = await store.dataKey('contact:c-3'); // in the WAL only
    expect(existsSync(`${file}-wal`)).toBe(true);

    const copy = join(dir, 'backup', 'keys', 'data-keys.sqlite');
    expect(await backupKeyDatabase(file, copy)).toEqual({ pages: expect.any(Number), keys: 2, destroyed: 1, wrappedBy: { 'kek-1': 2 } });
    await store.close();
    expect(readdirSync(join(dir, 'backup', 'keys'))).toEqual(['data-keys.sqlite']);
    expect((statSync(copy).mode & 0o777).toString(8)).toBe('600');
    expect(readFileSync(copy).includes(gone)).toBe(false);

    const restored = new SqliteKeyStore({ file: copy, kek });
    expect(((await restored.findDataKey('contact:c-1')) as Buffer).equals(kept)).toBe(true);
    expect(((await restored.findDataKey('contact:c-3')) as Buffer).equals(late)).toBe(true);
    expect(await restored.findDataKey('contact:c-2')).toBe('destroyed');
    await restored.close();
    await expect(backupKeyDatabase(join(dir, 'none.sqlite'), join(dir, 'x.sqlite'))).rejects.toThrow(/no data-key database/);
  });
});
