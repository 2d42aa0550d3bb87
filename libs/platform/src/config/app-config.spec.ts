import { resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('is entirely embedded when no connection string is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: resolve('./data'),
      mongodbDatabase: 'pdr',
      logLevel: 'info',
      projectionsInProcess: true,
      clock: { mode: 'system' },
      reconcileIntervalMs: 60_000,
      publicUrl: 'http://localhost:3000',
      identity: {
        mode: 'embedded',
        issuer: 'http://localhost:3000/oidc',
        audience: 'urn:pdr:api',
        claims: { roles: 'roles', panelist: 'panelist_id', caseId: 'case_id', side: 'case_side' },
        accessTokenTtlSeconds: 900,
      },
      corsOrigins: [],
      caseFileRetentionDays: {},
    });
  });

  it('reads the production engines from their connection strings', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/pdr',
      EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
      MONGODB_URL: 'mongodb://localhost:27017',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PROJECTIONS: 'off',
      KEY_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      KEY_ENCRYPTION_KEY_ID: 'kek-2026',
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/pdr',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      mongodbUrl: 'mongodb://localhost:27017',
      redisUrl: 'redis://127.0.0.1:6379',
      projectionsInProcess: false,
      keyEncryptionKey: { id: 'kek-2026', key: Buffer.alloc(32, 7) },
    });
  });

  it('trusts an external OpenID provider when OIDC_ISSUER is set, with configurable claim names and CORS origins', () => {
    const config = loadConfig({ OIDC_ISSUER: 'https://id.example.org/realms/pdr/', OIDC_AUDIENCE: 'pdr-api', OIDC_ROLES_CLAIM: 'groups', CORS_ORIGINS: 'https://app.example.org, https://ops.example.org' });
    expect(config.identity).toMatchObject({ mode: 'external', issuer: 'https://id.example.org/realms/pdr', audience: 'pdr-api', claims: { roles: 'groups' } });
    expect(config.corsOrigins).toEqual(['https://app.example.org', 'https://ops.example.org']);
  });

  it('keeps closed case files per rulebook for the configured number of days (BBB-8.3)', () => {
    expect(loadConfig({ CASE_FILE_RETENTION_DAYS: 'bbb-eu-safe-harbor=60, verasafe-2016=0' }).caseFileRetentionDays).toEqual({ 'bbb-eu-safe-harbor': 60, 'verasafe-2016': 0 });
    expect(() => loadConfig({ CASE_FILE_RETENTION_DAYS: 'bbb-eu-safe-harbor:60' })).toThrow(/CASE_FILE_RETENTION_DAYS/);
  });

  it('runs a controllable clock only when asked, from the start time given', () => {
    expect(loadConfig({ CLOCK: 'controllable', CLOCK_START: '2026-01-05T09:00:00-05:00' }).clock).toEqual({ mode: 'controllable', start: '2026-01-05T14:00:00.000Z' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MONGODB_URL: 'localhost:27017' }, 'MONGODB_URL'],
    [{ MONGODB_URL: 'http://localhost' }, 'MONGODB_URL'],
    [{ EVENTSTORE_CONNECTION_STRING: 'not a url' }, 'EVENTSTORE_CONNECTION_STRING'],
    [{ REDIS_URL: 'tcp://x' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PROJECTIONS: 'off' }, 'PROJECTIONS'],
    [{ CLOCK: 'fast' }, 'CLOCK'],
    [{ CLOCK: 'controllable', REDIS_URL: 'redis://127.0.0.1:6379' }, 'CLOCK'],
    [{ CLOCK: 'controllable', CLOCK_START: 'soon' }, 'CLOCK_START'],
    [{ CLOCK_START: '2026-01-01T00:00:00Z' }, 'CLOCK_START'],
    [{ RECONCILE_INTERVAL_SECONDS: '0' }, 'RECONCILE_INTERVAL_SECONDS'],
    [{ OIDC_ISSUER: 'https://id.example.org' }, 'OIDC_AUDIENCE'],
    [{ MONGODB_URL: 'mongodb://localhost:27017' }, 'KEY_ENCRYPTION_KEY'],
    [{ KEY_ENCRYPTION_KEY: Buffer.alloc(16).toString('base64') }, 'KEY_ENCRYPTION_KEY'],
    [{ KEY_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'), KEY_ENCRYPTION_KEY_ID: 'has spaces' }, 'KEY_ENCRYPTION_KEY_ID'],
    [{ OIDC_ISSUER: 'ldap://id.example.org', OIDC_AUDIENCE: 'x' }, 'OIDC_ISSUER'],
    [{ OIDC_JWKS_URL: 'https://id.example.org/jwks' }, 'OIDC_JWKS_URL'],
    [{ ADMIN_INITIAL_PASSWORD: 'short' }, 'ADMIN_INITIAL_PASSWORD'],
    [{ OIDC_ROLES_CLAIM: 'roles claim' }, 'OIDC_ROLES_CLAIM'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ PUBLIC_URL: 'localhost:3000' }, 'PUBLIC_URL'],
    [{ MAIL_RELAY_URL: 'smtp://mail.example.org' }, 'MAIL_RELAY_URL'],
    [{ MAIL_RELAY_TOKEN: 'secret' }, 'MAIL_RELAY_TOKEN'],
    [{ MAIL_RELAY_URL: 'https://relay.example.org/send', MAIL_FROM: 'two words' }, 'MAIL_FROM'],
  ])('stops on a malformed value, naming the variable (%p)', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

describe('where email goes (public intake)', () => {
  it('is the embedded outbox unless MAIL_RELAY_URL is set; then the relay, its token and the sender (default: no-reply at the public host)', () => {
    expect(loadConfig({}).mailRelay).toBeUndefined();
    expect(loadConfig({ MAIL_RELAY_URL: 'https://relay.example.org/send', PUBLIC_URL: 'https://pdr.example.org' }).mailRelay).toEqual({ url: 'https://relay.example.org/send', from: 'no-reply@pdr.example.org' });
    expect(loadConfig({ MAIL_RELAY_URL: 'https://relay.example.org/send', MAIL_RELAY_TOKEN: 't0ken', MAIL_FROM: 'complaints@example.org' }).mailRelay).toEqual({ url: 'https://relay.example.org/send', token: 't0ken', from: 'complaints@example.org' });
  });
});
