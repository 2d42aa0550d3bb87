import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UNREADABLE } from '@pdr/application';
import { backupDataDir, loadConfig, restoreDataDir } from '@pdr/platform';
import { type ApiHarness, complaint, removeDataDir, startApi } from '../support/api-harness';
import { runTool } from './run-tool';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
const complainant = (name: string) => ({ name, email: 'subject@example.eu', country: 'FR', filingAs: 'data-subject' });

async function fileCase(api: ApiHarness, name: string): Promise<string> {
  const filed = await api.request('POST', '/cases', { body: complaint({ complainant: complainant(name) }) });
  expect(filed.status).toBe(201);
  return filed.body.caseId;
}

async function complainantName(api: ApiHarness, caseId: string): Promise<string> {
  const read = await api.request('GET', `/cases/${caseId}`, { headers: { 'x-min-position': String(await api.eventStore.headPosition()) } });
  expect(read.status).toBe(200);
  return read.body.complainant.name;
}

describe('backup and restore of the embedded default (issue 9, storage hygiene)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pdr-backup-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('copies the log online, newest events included, and the keys apart; a restore into an empty DATA_DIR serves the same cases, their sealed fields readable', async () => {
    const api = await startApi();
    const filed: string[] = [];
    for (let i = 0; i < 3; i++) filed.push(await fileCase(api, `Ada Backup-${i}`));
    const target = join(scratch, 'backup-1');
    // Taken while the service runs: the last commits are still in the WALs (log and keys), which a file copy would miss.
    const manifest = await backupDataDir(loadConfig({ DATA_DIR: api.dataDir }), target, new Date('2026-12-01T00:00:00Z'));
    filed.push(await fileCase(api, 'Ada After-backup'));
    const kek = JSON.parse(readFileSync(join(api.dataDir, 'keys', 'key-encryption-key.json'), 'utf8')) as { id: string; key: string };
    await api.close();
    removeDataDir(api.dataDir);

    expect(manifest.log).toMatchObject({ file: 'log/events.sqlite', pages: expect.any(Number) });
    expect(manifest.keys.identity).toEqual(['keys/identity/server-secrets.json']);
    expect(manifest.keys.dataKeys).toMatchObject({ store: 'sqlite', file: 'keys/data-keys.sqlite', keys: expect.any(Number), destroyed: 0, wrappedBy: { [kek.id]: expect.any(Number) } });
    expect(manifest.keys.dataKeys?.store === 'sqlite' && manifest.keys.dataKeys.keys).toBeGreaterThanOrEqual(3);
    expect(manifest.keys.kek).toEqual({ source: 'file', id: kek.id, file: 'keys/key-encryption-key.json' });
    expect(manifest.keys.files).toEqual(['keys/data-keys.sqlite', 'keys/key-encryption-key.json', 'keys/identity/server-secrets.json']);
    for (const file of ['manifest.json', 'log/events.sqlite', ...manifest.keys.files]) expect(mode(join(target, file))).toBe('600');
    // The log apart, alone in its directory; the key store copied as one file, no WAL beside it.
    expect(readdirSync(join(target, 'log'))).toEqual(['events.sqlite']);
    expect(readdirSync(join(target, 'keys')).sort()).toEqual(['data-keys.sqlite', 'identity', 'key-encryption-key.json']);
    // The manifest names the KEK, never holds it.
    expect(readFileSync(join(target, 'manifest.json'), 'utf8')).not.toContain(kek.key);
    // The log's copy holds the complainants' names sealed only.
    const logBytes = readFileSync(join(target, 'log', 'events.sqlite'));
    for (let i = 0; i < 3; i++) expect(logBytes.includes(`Ada Backup-${i}`)).toBe(false);

    const restoredDir = join(scratch, 'restored');
    expect(restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), target)).toEqual({ dataKeys: true, kek: 'file', identityFiles: 1 });
    expect(() => restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), target)).toThrow(/already holds an event log/);
    for (const dir of ['', 'keys', 'identity']) expect(mode(join(restoredDir, dir))).toBe('700');
    for (const file of ['events.sqlite', 'keys/data-keys.sqlite', 'keys/key-encryption-key.json', 'identity/server-secrets.json']) expect(mode(join(restoredDir, file))).toBe('600');
    const restored = await startApi({}, restoredDir);
    try {
      // The accounts' sealed password hashes open too: staff sign in on the restored service.
      for (let i = 0; i < 3; i++) expect(await complainantName(restored, filed[i]!)).toBe(`Ada Backup-${i}`);
      // Filed after the backup: not in it.
      expect((await restored.request('GET', `/cases/${filed[3]}`)).status).toBe(404);
    } finally {
      await restored.close();
    }
  });

  it('a log restored without its keys serves, every classified field [unreadable]: why log and keys are kept apart', async () => {
    const api = await startApi();
    const caseId = await fileCase(api, 'Bea Logonly');
    const target = join(scratch, 'backup-log-only');
    await backupDataDir(loadConfig({ DATA_DIR: api.dataDir }), target, new Date('2026-12-01T00:00:00Z'));
    await api.close();
    removeDataDir(api.dataDir);

    // What a thief of the log's storage holds.
    const stolen = join(scratch, 'log-only');
    cpSync(join(target, 'log'), join(stolen, 'log'), { recursive: true });
    expect(readFileSync(join(stolen, 'log', 'events.sqlite')).includes('Bea Logonly')).toBe(false);
    const restoredDir = join(scratch, 'restored-log-only');
    expect(restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), stolen)).toEqual({ dataKeys: false, kek: 'none', identityFiles: 0 });
    const restored = await startApi({}, restoredDir);
    try {
      const [filed] = await restored.eventStore.readStream(`case-${caseId}`);
      expect(filed).toMatchObject({ type: 'ComplaintFiled', data: { complainant: { name: UNREADABLE, email: UNREADABLE }, allegation: UNREADABLE, respondent: { name: UNREADABLE } } });
      // What is not personal stays readable.
      expect(filed!.data).toMatchObject({ channel: 'web-form', receivedAt: '2026-03-02T09:00:00Z', complainant: { filingAs: 'data-subject' } });
    } finally {
      await restored.close();
    }
  });

  it('with a configured KEY_ENCRYPTION_KEY copies no KEK: the manifest says it comes from configuration, and a restore needs it configured', async () => {
    const key = randomBytes(32).toString('base64');
    const configured = { KEY_ENCRYPTION_KEY: key, KEY_ENCRYPTION_KEY_ID: 'kek-configured-1' };
    const api = await startApi(configured);
    const caseId = await fileCase(api, 'Cy Configured');
    const target = join(scratch, 'backup-configured');
    const manifest = await backupDataDir(loadConfig({ DATA_DIR: api.dataDir, ...configured }), target, new Date('2026-12-01T00:00:00Z'));
    await api.close();
    removeDataDir(api.dataDir);

    expect(manifest.keys.kek).toEqual({ source: 'configuration', id: 'kek-configured-1', note: expect.stringContaining('KEY_ENCRYPTION_KEY') });
    expect(manifest.keys.files).toEqual(['keys/data-keys.sqlite', 'keys/identity/server-secrets.json']);
    expect(existsSync(join(target, 'keys', 'key-encryption-key.json'))).toBe(false);
    for (const file of manifest.keys.files) expect(readFileSync(join(target, file)).includes(Buffer.from(key, 'base64'))).toBe(false);

    const restoredDir = join(scratch, 'restored-configured');
    expect(() => restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), target)).toThrow(/wrapped by a configured KEK \(id kek-configured-1\).*set KEY_ENCRYPTION_KEY/);
    expect(() => restoreDataDir(loadConfig({ DATA_DIR: restoredDir, KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64'), KEY_ENCRYPTION_KEY_ID: 'kek-other' }), target)).toThrow(/wrapped by KEK kek-configured-1, but KEY_ENCRYPTION_KEY is kek-other/);
    expect(existsSync(join(restoredDir, 'events.sqlite'))).toBe(false);
    expect(restoreDataDir(loadConfig({ DATA_DIR: restoredDir, ...configured }), target)).toEqual({ dataKeys: true, kek: 'configuration', identityFiles: 1 });
    expect(existsSync(join(restoredDir, 'keys', 'key-encryption-key.json'))).toBe(false);
    const restored = await startApi(configured, restoredDir);
    try {
      expect(await complainantName(restored, caseId)).toBe('Cy Configured');
    } finally {
      await restored.close();
    }
  });

  it('runs as the backup and restore commands (the CLI behind npm run backup / restore)', async () => {
    const api = await startApi();
    const caseId = await fileCase(api, 'Dee Commandline');
    const target = join(scratch, 'backup-cli');
    const backup = runTool('backup', ['backup', target], { DATA_DIR: api.dataDir });
    expect(backup).toMatchObject({ status: 0 });
    expect(backup.stdout).toMatch(/keys apart in .*keys/);
    expect(backup.stdout).toMatch(/keys\/data-keys\.sqlite: \d+ data key\(s\), 0 destroyed/);
    expect(backup.stdout).toMatch(/keys\/key-encryption-key\.json: KEK kek-\w+/);
    await api.close();
    removeDataDir(api.dataDir);
    const restoredDir = join(scratch, 'restored-cli');
    const restore = runTool('backup', ['restore', target], { DATA_DIR: restoredDir });
    expect(restore).toMatchObject({ status: 0 });
    expect(restore.stdout).toContain('restored');
    for (const file of ['identity/server-secrets.json', 'keys/data-keys.sqlite', 'keys/key-encryption-key.json']) expect(existsSync(join(restoredDir, file))).toBe(true);
    const restored = await startApi({}, restoredDir);
    try {
      expect(await complainantName(restored, caseId)).toBe('Dee Commandline');
    } finally {
      await restored.close();
    }
    const again = runTool('backup', ['restore', target], { DATA_DIR: restoredDir });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds an event log/);
  }, 60_000);
});
