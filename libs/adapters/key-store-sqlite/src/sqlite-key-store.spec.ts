import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeKeyStoreContract } from '@pdr/testing';
import Database from 'better-sqlite3';
import { SqliteKeyStore } from './sqlite-key-store';

describeKeyStoreContract('SQLite (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdr-keys-'));
  const store = new SqliteKeyStore({ file: join(dir, 'keys', 'data-keys.sqlite'), kek: { id: 'kek-1', key: randomBytes(32) } });
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

describe('SQLite key store file', () => {
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
