import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type KeyEncryptionKey, unwrapKey } from '@pdr/application';
import { SqliteKeyStore } from '@pdr/key-store-sqlite';
import { backupDataDir, loadConfig } from '@pdr/platform';
import { complaint, removeDataDir, startApi } from '../support/api-harness';
import { runTool } from './run-tool';

const keysDir = (dataDir: string) => join(dataDir, 'keys');
const dataKeysFile = (dataDir: string) => join(keysDir(dataDir), 'data-keys.sqlite');
const kekFile = (dataDir: string) => join(keysDir(dataDir), 'key-encryption-key.json');

function readKek(dataDir: string, file = kekFile(dataDir)): KeyEncryptionKey & { base64: string } {
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { id: string; key: string };
  return { id: stored.id, key: Buffer.from(stored.key, 'base64'), base64: stored.key };
}

/** The live rows as stored: subject, wrapped key, the id of the KEK that wrapped it. */
function wrappedKeys(dataDir: string): { subject: string; wrapped: Buffer; kekId: string }[] {
  const db = new Database(dataKeysFile(dataDir), { readonly: true });
  try {
    return (db.prepare('SELECT subject, wrapped, kek_id AS kekId FROM data_keys WHERE wrapped IS NOT NULL ORDER BY subject').all() as { subject: string; wrapped: Buffer; kekId: string }[]);
  } finally {
    db.close();
  }
}

/** Every live data key, unwrapped through the key store with this KEK. */
async function dataKeys(dataDir: string, kek: KeyEncryptionKey): Promise<Map<string, string>> {
  const store = new SqliteKeyStore({ file: dataKeysFile(dataDir), kek });
  try {
    const keys = new Map<string, string>();
    for (const { subject } of wrappedKeys(dataDir)) keys.set(subject, ((await store.findDataKey(subject)) as Buffer).toString('hex'));
    return keys;
  } finally {
    await store.close();
  }
}

describe('KEK rotation (npm run keys -- rotate)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pdr-kek-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('says how to use it, the service stopped', () => {
    const help = runTool('keys', ['--help'], { DATA_DIR: join(scratch, 'none') });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/npm run keys -- rotate/);
    expect(help.stdout).toMatch(/Stop the service first/);
    expect(runTool('keys', [], { DATA_DIR: join(scratch, 'none') }).status).toBe(2);
    const nothing = runTool('keys', ['rotate'], { DATA_DIR: join(scratch, 'none') });
    expect(nothing.status).toBe(1);
    expect(nothing.stderr).toMatch(/no key store at .*: nothing to rotate/);
  });

  it('embedded default: refused while the service runs; stopped, re-wraps every data key under a new KEK file, and the old KEK unwraps none', async () => {
    const api = await startApi();
    const filed = await api.request('POST', '/cases', { body: complaint({ complainant: { name: 'Rita Rotation', email: 'rita@example.eu', country: 'FR', filingAs: 'data-subject' } }) });
    expect(filed.status).toBe(201);
    const dataDir = api.dataDir;
    const old = readKek(dataDir);

    // The service holds the key store: nothing is written, not even the new KEK.
    const refused = runTool('keys', ['rotate'], { DATA_DIR: dataDir });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/is open in another process \(is the service running\? stop it first\)/);
    expect(readKek(dataDir).id).toBe(old.id);
    expect(readdirSync(keysDir(dataDir)).filter((file) => file.endsWith('.json'))).toEqual(['key-encryption-key.json']);
    await api.close();

    const before = await dataKeys(dataDir, old);
    expect(before.size).toBeGreaterThanOrEqual(2); // the Complainant's and the case file's, and the accounts'
    const rotated = runTool('keys', ['rotate'], { DATA_DIR: dataDir });
    expect(rotated.status).toBe(0);
    const [, count, newId, previousId] = /re-wrapped (\d+) data key\(s\) under KEK (kek-[0-9a-f]+) \(was (kek-[0-9a-f]+)\)/.exec(rotated.stdout) ?? [];
    expect(Number(count)).toBe(before.size);
    expect(previousId).toBe(old.id);

    const next = readKek(dataDir);
    expect(next.id).toBe(newId);
    expect(next.id).not.toBe(old.id);
    expect(next.key.equals(old.key)).toBe(false);
    expect((statSync(kekFile(dataDir)).mode & 0o777).toString(8)).toBe('600');
    expect(readdirSync(keysDir(dataDir)).filter((file) => !file.startsWith('data-keys.sqlite'))).toEqual(['key-encryption-key.json']);
    // No key material on the terminal.
    for (const secret of [old.base64, next.base64, old.key.toString('hex'), next.key.toString('hex')]) expect(rotated.stdout + rotated.stderr).not.toContain(secret);

    // The same data keys, now wrapped by the new KEK only; the old one unwraps none of them.
    expect(await dataKeys(dataDir, next)).toEqual(before);
    for (const row of wrappedKeys(dataDir)) {
      expect(row.kekId).toBe(next.id);
      expect(() => unwrapKey(old, row.subject, row.wrapped)).toThrow();
    }
    const withOld = new SqliteKeyStore({ file: dataKeysFile(dataDir), kek: old });
    await expect(withOld.findDataKey([...before.keys()][0]!)).rejects.toThrow(/wrapped by KEK .*, not the configured/);
    await withOld.close();

    // The service starts on the new KEK file and opens what was sealed before the rotation.
    const restarted = await startApi({}, dataDir);
    try {
      const read = await restarted.request('GET', `/cases/${filed.body.caseId}`, { headers: { 'x-min-position': String(await restarted.eventStore.headPosition()) } });
      expect(read.body.complainant.name).toBe('Rita Rotation');
    } finally {
      await restarted.close();
      removeDataDir(dataDir);
    }
  }, 60_000);

  it('embedded default: a rotation interrupted after the re-wrap (keys under a new KEK not yet in place) is finished by the next run, and blocks backups meanwhile', async () => {
    const dataDir = join(scratch, 'interrupted');
    const old: KeyEncryptionKey = { id: 'kek-old', key: randomBytes(32) };
    const staged: KeyEncryptionKey = { id: 'kek-staged', key: randomBytes(32) };
    const seed = new SqliteKeyStore({ file: dataKeysFile(dataDir), kek: old });
    const key = await seed.dataKey('contact:c-1');
    await seed.dataKey('contact:c-2');
    await seed.destroy('contact:c-2', new Date('2026-12-01T00:00:00Z'));
    writeFileSync(kekFile(dataDir), JSON.stringify({ id: old.id, key: old.key.toString('base64') }), { mode: 0o600 });
    // Steps 1 and 2 of a rotation, then a crash: the new KEK staged, the keys re-wrapped under it, the old KEK file in place.
    writeFileSync(join(keysDir(dataDir), 'key-encryption-key.next.json'), JSON.stringify({ id: staged.id, key: staged.key.toString('base64') }), { mode: 0o600 });
    expect(await seed.rewrap(staged.key, staged.id)).toBe(1);
    await seed.close();

    await expect(backupDataDir(loadConfig({ DATA_DIR: dataDir }), join(scratch, 'backup-interrupted'), new Date())).rejects.toThrow(/a KEK rotation was interrupted/);
    const finished = runTool('keys', ['rotate'], { DATA_DIR: dataDir });
    expect(finished.status).toBe(0);
    expect(finished.stdout).toContain('finished an interrupted rotation: re-wrapped 1 data key(s) under KEK kek-staged (was kek-old)');
    expect(readKek(dataDir).id).toBe('kek-staged');
    expect(existsSync(join(keysDir(dataDir), 'key-encryption-key.next.json'))).toBe(false);
    expect((await dataKeys(dataDir, staged)).get('contact:c-1')).toBe(key.toString('hex'));
    const store = new SqliteKeyStore({ file: dataKeysFile(dataDir), kek: staged });
    expect(await store.findDataKey('contact:c-2')).toBe('destroyed');
    await store.close();
  }, 60_000);

  it('configured KEK: takes the new one from NEW_KEY_ENCRYPTION_KEY, re-wraps, and says what to configure next without printing it', async () => {
    const dataDir = join(scratch, 'configured');
    const current = randomBytes(32);
    const seed = new SqliteKeyStore({ file: dataKeysFile(dataDir), kek: { id: 'kek-a', key: current } });
    const key = await seed.dataKey('case:k-1:complainant');
    await seed.close();
    const env = { DATA_DIR: dataDir, KEY_ENCRYPTION_KEY: current.toString('base64'), KEY_ENCRYPTION_KEY_ID: 'kek-a' };

    const missing = runTool('keys', ['rotate'], env);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^Configuration error: NEW_KEY_ENCRYPTION_KEY: is required/m);
    const malformed = runTool('keys', ['rotate'], { ...env, NEW_KEY_ENCRYPTION_KEY: 'too-short' });
    expect(malformed.stderr).toMatch(/^Configuration error: NEW_KEY_ENCRYPTION_KEY: expected 32 bytes in base64/m);
    const same = runTool('keys', ['rotate'], { ...env, NEW_KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'), NEW_KEY_ENCRYPTION_KEY_ID: 'kek-a' });
    expect(same.stderr).toMatch(/NEW_KEY_ENCRYPTION_KEY_ID: is the current KEK's id/);
    expect(wrappedKeys(dataDir).map((row) => row.kekId)).toEqual(['kek-a']);

    const next = randomBytes(32);
    const rotated = runTool('keys', ['rotate'], { ...env, NEW_KEY_ENCRYPTION_KEY: next.toString('base64'), NEW_KEY_ENCRYPTION_KEY_ID: 'kek-b' });
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toContain('re-wrapped 1 data key(s) under KEK kek-b (was kek-a)');
    expect(rotated.stdout).toContain('set KEY_ENCRYPTION_KEY to the value of NEW_KEY_ENCRYPTION_KEY');
    expect(rotated.stdout).toContain('KEY_ENCRYPTION_KEY_ID=kek-b');
    for (const secret of [current, next]) expect(rotated.stdout + rotated.stderr).not.toContain(secret.toString('base64'));
    // No KEK file is written for a configured KEK.
    expect(existsSync(kekFile(dataDir))).toBe(false);
    expect((await dataKeys(dataDir, { id: 'kek-b', key: next })).get('case:k-1:complainant')).toBe(key.toString('hex'));
    const [row] = wrappedKeys(dataDir);
    expect(() => unwrapKey({ id: 'kek-a', key: current }, row!.subject, row!.wrapped)).toThrow();
  }, 60_000);
});
