import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** What the embedded provider keeps outside the log: its token signing keys and the key its client secrets derive from. */
export interface ServerSecrets {
  readonly signingKeys: { readonly keys: JWK[] };
  /** Public halves only, for verifying tokens in process. */
  readonly publicKeys: { readonly keys: JWK[] };
  readonly clientSecretKey: Buffer;
}

/** Read from `<dir>/server-secrets.json`, created on first start readable by the owner only (0600). */
export async function loadServerSecrets(dir: string): Promise<ServerSecrets> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'server-secrets.json');
  if (!existsSync(file)) {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(privateKey)), kid: randomBytes(8).toString('hex'), alg: 'RS256', use: 'sig' };
    writeFileSync(file, JSON.stringify({ signingKeys: { keys: [jwk] }, clientSecretKey: randomBytes(32).toString('base64url') }), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { signingKeys: { keys: JWK[] }; clientSecretKey: string };
  const publicKeys = stored.signingKeys.keys.map(({ kty, n, e, crv, x, y, kid, alg, use }) => ({ kty, n, e, crv, x, y, kid, alg, use }) as JWK);
  return { signingKeys: stored.signingKeys, publicKeys: { keys: publicKeys }, clientSecretKey: Buffer.from(stored.clientSecretKey, 'base64url') };
}

/**
 * A service account's client secret: derived from the server's key, the account and its secret version, so the log
 * never holds it; rotating the version replaces it.
 */
export function clientSecretFor(key: Buffer, accountId: string, version: number): string {
  return createHmac('sha256', key).update(`${accountId}:${version}`).digest('base64url');
}
