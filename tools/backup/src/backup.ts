import { backupDataDir, ConfigError, loadConfig, restoreDataDir } from '@pdr/platform';

/**
 * `npm run backup -- <dir>`: an online copy of the embedded event log and, apart, of its keys (safe while serving).
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
    process.stdout.write(`backed up ${config.dataDir} into ${target}: ${manifest.log.file} (${manifest.log.pages} pages), keys apart in ${target}/keys (${manifest.keys.files.length} file(s)); store the two in different places\n`);
  } else {
    restoreDataDir(config, target);
    process.stdout.write(`restored ${target} into ${config.dataDir}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${(error as Error).message}\n`);
  process.exit(1);
});
