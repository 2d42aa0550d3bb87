import { ConfigError, type KekRotation, loadConfig, rotateKeyEncryptionKey } from '@pdr/platform';

const USAGE = `usage: npm run keys -- rotate

  Re-wraps every data key under a new key-encryption key (KEK) and says how many, and the new KEK's id.
  Stop the service first, every API and worker process: a running one keeps the old KEK in memory.

  Embedded default (no KEY_ENCRYPTION_KEY): makes the new KEK itself in DATA_DIR/keys/key-encryption-key.json
    (the embedded key store is refused while the service has it open).
  Configured KEK (KEY_ENCRYPTION_KEY; with MONGODB_URL the keys are in <MONGODB_DATABASE>-keys): give the new one in
    NEW_KEY_ENCRYPTION_KEY (openssl rand -base64 32) and, optionally, NEW_KEY_ENCRYPTION_KEY_ID; then configure it
    as KEY_ENCRYPTION_KEY and KEY_ENCRYPTION_KEY_ID for every process before starting them.

  Interrupted? Run it again with the same settings: it finishes the same rotation.
`;

/** `npm run keys -- rotate`: KEK rotation, the service stopped. No key material is ever printed. */
async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return;
  }
  if (command !== 'rotate' || rest.length > 0) {
    process.stderr.write(USAGE);
    process.exit(2);
  }
  const rotation = await rotateKeyEncryptionKey(loadConfig(process.env), process.env);
  process.stdout.write(report(rotation));
}

function report(rotation: KekRotation): string {
  const lines = [
    `${rotation.resumed ? 'finished an interrupted rotation: ' : ''}re-wrapped ${rotation.rewrapped} data key(s) under KEK ${rotation.kekId} (was ${rotation.previousKekId}), in the ${rotation.store === 'mongodb' ? 'MongoDB' : 'embedded'} key store`,
  ];
  if (rotation.kekSource === 'file') {
    lines.push('the new KEK is in DATA_DIR/keys/key-encryption-key.json; the old one is gone. Start the service, then take a new backup: older key backups hold the old KEK with their keys');
  } else {
    lines.push(
      'next, before starting any process:',
      '  1. set KEY_ENCRYPTION_KEY to the value of NEW_KEY_ENCRYPTION_KEY in the secret manager, for every process',
      `  2. set KEY_ENCRYPTION_KEY_ID=${rotation.kekId}`,
      '  3. remove NEW_KEY_ENCRYPTION_KEY and NEW_KEY_ENCRYPTION_KEY_ID',
      `  4. keep the old KEK (${rotation.previousKekId}) only as long as you keep key-store backups taken before now; destroying it retires them`,
    );
  }
  return `${lines.join('\n')}\n`;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? 'Configuration error: ' : ''}${(error as Error).message}\n`);
  process.exit(1);
});
