import { join } from 'node:path';
import type { AccountDirectory, IdentityVerifier } from '@pdr/application';
import { createEmbeddedProvider, type EmbeddedProvider, JwtVerifier, loadServerSecrets, type ServerSecrets } from '@pdr/identity-oidc';
import { createLocalJWKSet, createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../config/app-config';

export interface OpenedIdentity {
  readonly verifier: IdentityVerifier;
  /** Embedded only: the OpenID provider mounted at /oidc, and the secrets service accounts' client secrets derive from. */
  readonly embedded?: { readonly provider: EmbeddedProvider; readonly secrets: ServerSecrets };
}

/** The external provider's signing keys, found through its discovery document unless OIDC_JWKS_URL names them. */
function remoteKeys(issuer: string, jwksUrl: string | undefined): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async (): Promise<JWTVerifyGetKey> => {
    if (jwksUrl) return createRemoteJWKSet(new URL(jwksUrl));
    const response = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    const { jwks_uri: uri } = (await response.json()) as { jwks_uri?: string };
    if (!uri) throw new Error('the issuer publishes no jwks_uri');
    return createRemoteJWKSet(new URL(uri));
  };
  return async (header, token) => {
    keys ??= discover().catch((error) => {
      keys = undefined;
      throw error;
    });
    return (await keys)(header, token);
  };
}

/**
 * The identity port's adapter: the same JWT verification for both, with keys from the embedded provider
 * (in process, no network) or from the external issuer's JWKS.
 */
export async function openIdentity(config: AppConfig, accounts: AccountDirectory): Promise<OpenedIdentity> {
  const { identity } = config;
  const options = { issuer: identity.issuer, audience: identity.audience, claims: identity.claims };
  if (identity.mode === 'external') return { verifier: new JwtVerifier(remoteKeys(identity.issuer, identity.jwksUrl), options) };
  const secrets = await loadServerSecrets(join(config.dataDir, 'identity'));
  const provider = createEmbeddedProvider({ ...options, accessTokenTtlSeconds: identity.accessTokenTtlSeconds, secrets, accounts });
  return { verifier: new JwtVerifier(createLocalJWKSet(secrets.publicKeys), options), embedded: { provider, secrets } };
}
