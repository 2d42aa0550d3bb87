import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AccountDirectory, type ClaimNames, type OpenAccount } from '@pdr/application';
import Provider, { type ClientMetadata, errors, type KoaContextWithOIDC } from 'oidc-provider';
import { decoyHash, MAX_PASSWORD_LENGTH, verifyPassword } from './password-hash';
import { ExpiringMemoryStorage } from './provider-storage';
import { clientSecretFor, type ServerSecrets } from './server-secrets';
import { SignInThrottle } from './sign-in-throttle';

/** The first-party client people and scripts sign in through with a user name and password. */
export const PASSWORD_CLIENT_ID = 'pdr-cli';
export const OIDC_MOUNT_PATH = '/oidc';
const API_SCOPE = 'api';

export interface EmbeddedProviderOptions {
  /** `<public URL>/oidc`: what the tokens name as issuer. */
  readonly issuer: string;
  readonly audience: string;
  readonly claims: ClaimNames;
  readonly accessTokenTtlSeconds: number;
  readonly secrets: ServerSecrets;
  readonly accounts: AccountDirectory;
}

export interface EmbeddedProvider {
  /** Handles a request whose URL starts with the mount path. */
  handle(request: IncomingMessage, response: ServerResponse): void;
}

/** The claims of an account's access token, under the configured claim names. */
export function grantClaims(account: OpenAccount, claims: ClaimNames): Record<string, unknown> {
  const binding = account.binding;
  return {
    [claims.roles]: account.roles,
    name: account.displayName,
    ...(binding?.kind === 'panelist' ? { [claims.panelist]: binding.panelistId } : {}),
    ...(binding?.kind === 'party' ? { [claims.caseId]: binding.caseId, [claims.side]: binding.side } : {}),
  };
}

/**
 * The embedded OpenID provider (`oidc-provider`, certified), issuing JWT access tokens for the API:
 * - `password` grant on the first-party `pdr-cli` client: local accounts, for people and scripts (curl);
 * - `client_credentials`: service accounts (a reporting job), whose client id is the account's user name.
 * Accounts are read from their event streams on every sign-in, so a closed account signs in no more.
 */
export function createEmbeddedProvider(options: EmbeddedProviderOptions): EmbeddedProvider {
  const { accounts, claims, secrets } = options;
  const resourceServer = { scope: API_SCOPE, audience: options.audience, accessTokenFormat: 'jwt' as const, accessTokenTTL: options.accessTokenTtlSeconds, jwt: { sign: { alg: 'RS256' as const } } };
  const throttle = new SignInThrottle();

  async function serviceClient(clientId: string): Promise<ClientMetadata | undefined> {
    const account = await accounts.findByUsername(clientId);
    if (!account || account.kind !== 'service') return undefined;
    return {
      client_id: account.username,
      client_secret: clientSecretFor(secrets.clientSecretKey, account.accountId, account.secretVersion ?? 1),
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    };
  }

  const provider = new Provider(options.issuer, {
    jwks: secrets.signingKeys as never,
    clients: [{ client_id: PASSWORD_CLIENT_ID, token_endpoint_auth_method: 'none', grant_types: ['password'], response_types: [], redirect_uris: [] }],
    adapter: (model: string) =>
      model === 'Client'
        ? Object.assign(new ExpiringMemoryStorage(model), { find: (id: string) => serviceClient(id) as never })
        : new ExpiringMemoryStorage(model),
    // A key of its own for cookies, derived from the server key: never the key client secrets derive from.
    cookies: { keys: [createHmac('sha256', secrets.clientSecretKey).update('oidc-provider cookies').digest('base64url')] },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: false },
      revocation: { enabled: false },
      userinfo: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => options.audience,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx, indicator) => {
          if (indicator !== options.audience) throw new errors.InvalidTarget();
          return resourceServer;
        },
      },
    },
    scopes: [API_SCOPE],
    ttl: { AccessToken: options.accessTokenTtlSeconds, ClientCredentials: options.accessTokenTtlSeconds },
    async extraTokenClaims(_ctx, token) {
      // Service tokens name their client; people's name their account.
      const account = 'accountId' in token && token.accountId ? await accounts.find(String(token.accountId)) : await accounts.findByUsername(token.clientId ?? '');
      if (!account) throw new errors.InvalidGrant('the account is closed');
      return grantClaims(account, claims);
    },
    renderError(ctx, out) {
      ctx.type = 'application/json';
      ctx.body = out;
    },
  });

  provider.registerGrantType(
    'password',
    async (ctx: KoaContextWithOIDC) => {
      const params = ctx.oidc.params as { username?: string; password?: string };
      const username = typeof params.username === 'string' ? params.username : '';
      const password = typeof params.password === 'string' ? params.password : '';
      if (!username || !password || password.length > MAX_PASSWORD_LENGTH) throw new errors.InvalidRequest('username and password are required');
      if (throttle.isLocked(username)) throw new errors.InvalidGrant('too many failed sign-ins: wait and try again');
      const account = await accounts.findByUsername(username);
      const matches = await verifyPassword(password, account?.kind === 'person' && account.passwordHash ? account.passwordHash : await decoyHash);
      if (!account || account.kind !== 'person' || !matches) {
        throttle.failed(username);
        throw new errors.InvalidGrant('invalid user name or password');
      }
      throttle.succeeded(username);
      const token = new ctx.oidc.provider.AccessToken({ accountId: account.accountId, client: ctx.oidc.client!, gty: 'password', scope: API_SCOPE } as never);
      token.resourceServer = resourceServer as never;
      const value = await token.save();
      ctx.body = { access_token: value, expires_in: token.expiration, token_type: 'Bearer', scope: API_SCOPE };
    },
    ['username', 'password', 'scope'],
  );

  const callback = provider.callback();
  return {
    handle(request, response) {
      // The provider routes relative to its issuer path.
      request.url = (request.url ?? '/').slice(OIDC_MOUNT_PATH.length) || '/';
      void callback(request, response);
    },
  };
}
