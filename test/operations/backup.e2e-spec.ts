import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupDataDir, loadConfig, restoreDataDir } from '@pdr/platform';
import { complaint, removeDataDir, startApi } from '../support/api-harness';

describe('backup and restore of the embedded default (issue 9, storage hygiene)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'pdr-backup-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('copies the log online, newest events included, with the keys apart; a restore into an empty DATA_DIR serves the same cases', async () => {
    const api = await startApi();
    const filed: string[] = [];
    for (let i = 0; i < 3; i++) filed.push((await api.request('POST', '/cases', { body: complaint() })).body.caseId);
    const target = join(scratch, 'backup-1');
    // Taken while the service runs: the last commits are still in the WAL, which a file copy would miss.
    const manifest = await backupDataDir(loadConfig({ DATA_DIR: api.dataDir }), target, new Date('2026-12-01T00:00:00Z'));
    filed.push((await api.request('POST', '/cases', { body: complaint() })).body.caseId);
    await api.close();
    removeDataDir(api.dataDir);

    expect(manifest.log).toMatchObject({ file: 'log/events.sqlite', pages: expect.any(Number) });
    expect(manifest.keys.files).toEqual(['keys/server-secrets.json']);
    for (const file of ['log/events.sqlite', 'keys/server-secrets.json', 'manifest.json']) expect((statSync(join(target, file)).mode & 0o777).toString(8)).toBe('600');
    expect(readdirSync(join(target, 'log'))).toEqual(['events.sqlite']);

    const restoredDir = join(scratch, 'restored');
    restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), target);
    expect(() => restoreDataDir(loadConfig({ DATA_DIR: restoredDir }), target)).toThrow(/already holds an event log/);
    const restored = await startApi({}, restoredDir);
    try {
      for (const caseId of filed.slice(0, 3)) expect((await restored.request('GET', `/cases/${caseId}`, { headers: { 'x-min-position': String(await restored.eventStore.headPosition()) } })).status).toBe(200);
      // Filed after the backup: not in it.
      expect((await restored.request('GET', `/cases/${filed[3]}`)).status).toBe(404);
    } finally {
      await restored.close();
    }
  });

  it('runs as the backup and restore commands (the CLI behind npm run backup / restore)', async () => {
    const api = await startApi();
    const { caseId } = (await api.request('POST', '/cases', { body: complaint() })).body;
    const cli = (command: string, dir: string, dataDir: string) =>
      execFileSync(process.execPath, ['-r', join(__dirname, '../../tools/ts-register.cjs'), join(__dirname, '../../tools/backup/src/backup.ts'), command, dir], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    const target = join(scratch, 'backup-cli');
    expect(cli('backup', target, api.dataDir)).toMatch(/keys apart in .*keys/);
    await api.close();
    removeDataDir(api.dataDir);
    const restoredDir = join(scratch, 'restored-cli');
    expect(cli('restore', target, restoredDir)).toContain('restored');
    expect(existsSync(join(restoredDir, 'identity', 'server-secrets.json'))).toBe(true);
    const restored = await startApi({}, restoredDir);
    try {
      expect((await restored.request('GET', `/cases/${caseId}`, { headers: { 'x-min-position': String(await restored.eventStore.headPosition()) } })).status).toBe(200);
    } finally {
      await restored.close();
    }
  }, 60_000);
});
