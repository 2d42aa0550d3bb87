import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs an operations command (tools/<tool>/src/<tool>.ts, the CLI behind `npm run <tool>`) in a child process, as npm
 * would, on the embedded default whatever the outer environment names (no database URLs, no KEK): `env` says the rest.
 */
export function runTool(tool: 'backup' | 'keys', args: readonly string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const outer = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NEW_)?KEY_ENCRYPTION_KEY|^MONGODB_|^EVENTSTORE_|^REDIS_URL$/.test(name)));
  const root = join(__dirname, '..', '..');
  const result = spawnSync(process.execPath, ['-r', join(root, 'tools/ts-register.cjs'), join(root, `tools/${tool}/src/${tool}.ts`), ...args], { env: { ...outer, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
