import { spawnSync } from 'node:child_process';

/**
 * Whether a Redis answers at the URL's host and port. Synchronous, so a suite can choose `describe` or
 * `describe.skip` when it is registered and Jest reports the skip instead of a vacuous pass.
 */
export function redisReachable(url: string, timeoutMs = 500): boolean {
  const { hostname, port } = new URL(url);
  const probe = `const s=require('net').createConnection({host:${JSON.stringify(hostname)},port:${Number(port || 6379)}});` +
    `s.setTimeout(${timeoutMs},()=>process.exit(1));s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: timeoutMs * 4 }).status === 0;
}
