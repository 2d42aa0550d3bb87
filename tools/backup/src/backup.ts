import { backupDataDir, type BackupManifest, ConfigError, loadConfig, type RestoreReport, restoreDataDir } from '@pdr/platform';

/**
 * `npm run backup -- <dir>`: an online copy of the embedded event log into <dir>/log and, apart, of its keys into
 * <dir>/keys: the data-key store with its KEK (unless configured) and the embedded provider's keys (safe while serving).
 * `npm run restore -- <dir>`: puts one back into an empty DATA_DIR, the service stopped.
 */
async function main(): Promise<void> {
  const [command, target] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !target) {
    process.stderr.write('usage: npm run backup -- <dir>   |   npm run restore -- <dir>\n');
    process.exit(2);
  }
  const config = loadConfig(process.env);
  if (command === 'backup') {
    const manifest = await backupDataDir(config, target, new Date());
    process.stdout.write(backedUp(config.dataDir, target, manifest));
  } else {
    process.stdout.write(restored(target, config.dataDir, restoreDataDir(config, target)));
  }
}

function backedUp(dataDir: string, target: string, manifest: BackupManifest): string {
  const { dataKeys, kek, identity } = manifest.keys;
  const lines = [`backed up ${dataDir} into ${target}: ${manifest.log.file} (${manifest.log.pages} pages); keys apart in ${target}/keys:`];
  if (dataKeys?.store === 'sqlite') lines.push(`  ${dataKeys.file}: ${dataKeys.keys} data key(s), ${dataKeys.destroyed} destroyed`);
  else if (dataKeys) lines.push(`  data keys: ${dataKeys.note}`);
  else lines.push('  data keys: none yet (no key store in DATA_DIR)');
  if (kek?.source === 'file') lines.push(`  ${kek.file}: KEK ${kek.id}, which unwraps them`);
  else if (kek) lines.push(`  KEK ${kek.id}: ${kek.note}`);
  lines.push(`  ${identity.length} file(s) of the embedded provider's keys`);
  lines.push(`store ${target}/log and ${target}/keys in different places, and keep key backups only briefly: an old key backup brings back what was erased since`);
  return `${lines.join('\n')}\n`;
}

function restored(source: string, dataDir: string, report: RestoreReport): string {
  const lines = [`restored ${source} into ${dataDir}`];
  if (report.mongodbKeys) lines.push(`the data keys are in MongoDB: restore ${report.mongodbKeys} with MongoDB's tools (mongorestore), then configure the KEK they were wrapped under`);
  else if (!report.dataKeys) lines.push('warning: no data keys in this backup: every classified field of the restored log will read [unreadable]');
  else if (report.kek === 'configuration') lines.push('the data keys are wrapped by the configured KEY_ENCRYPTION_KEY: keep it configured');
  lines.push('at its next start the service destroys again the key of every disposal and erasure in the log');
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${(error as Error).message}\n`);
  process.exit(1);
});
