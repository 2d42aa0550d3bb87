import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { type ClaimNames, DEFAULT_CLAIM_NAMES } from '@pdr/application';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Everything the service reads from its environment, validated once at start. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  /** Where the embedded event store keeps its data. */
  readonly dataDir: string;
  /** Set: events go to EventStoreDB. Unset: the embedded SQLite store under dataDir. */
  readonly eventStoreConnectionString?: string;
  /** Set: read models live in MongoDB. Unset: in-process, persisted in `DATA_DIR/read-models.sqlite` (see inMemoryReadModels). */
  readonly mongodbUrl?: string;
  /** READ_MODELS=memory (tests, benchmarks): the in-process read models are kept in memory only, rebuilt from the log at each start. */
  readonly inMemoryReadModels?: true;
  readonly mongodbDatabase: string;
  readonly redisUrl?: string;
  readonly logLevel: LogLevel;
  /** Whether this process runs the projections and the deadline timers (required with the in-process read store). */
  readonly projectionsInProcess: boolean;
  /** 'controllable' (never the default): time moves only through the admin endpoint, for tests and a training sandbox. */
  readonly clock: { readonly mode: 'system' } | { readonly mode: 'controllable'; readonly start?: string };
  /** How often the worker compares the running deadlines with the armed timers. */
  readonly reconcileIntervalMs: number;
  /** Where clients reach this service; the embedded provider's issuer is `<publicUrl>/oidc`. */
  readonly publicUrl: string;
  readonly identity: IdentityConfig;
  /** Origins a browser may call from; empty: CORS closed. */
  readonly corsOrigins: readonly string[];
  /**
   * The key-encryption key that wraps every data key (KEY_ENCRYPTION_KEY, 32 bytes base64). Unset on the embedded
   * default: one is made on first start in `DATA_DIR/keys`. Required with MongoDB, where several processes share keys.
   */
  readonly keyEncryptionKey?: { readonly id: string; readonly key: Buffer };
  /** Calendar days a closed case's file is kept, per rulebook, instead of the rulebook's own period (BBB-8.3). */
  readonly caseFileRetentionDays: Readonly<Record<string, number>>;
  /**
   * Where email (public intake's confirmation codes and acknowledgements) goes: an HTTP mail relay (MAIL_RELAY_URL,
   * MAIL_RELAY_TOKEN, MAIL_FROM). Unset: the embedded outbox, one file per message in `DATA_DIR/outbox`.
   */
  readonly mailRelay?: { readonly url: string; readonly token?: string; readonly from: string };
}

/** Who signs people in: the embedded OpenID provider (local accounts), or an external one (OIDC_ISSUER). */
export interface IdentityConfig {
  readonly mode: 'embedded' | 'external';
  readonly issuer: string;
  readonly audience: string;
  /** External only: where the signing keys are; discovered from the issuer when unset. */
  readonly jwksUrl?: string;
  readonly claims: ClaimNames;
  /** Embedded only: how long an access token lives (real time, whatever the procedure's clock). */
  readonly accessTokenTtlSeconds: number;
  /** Embedded only: the first administrator's password; unset, one is generated and logged once. */
  readonly adminInitialPassword?: string;
}

/** A variable is malformed: the message names it and says what it should look like. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const nonEmpty = (env: Env, name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `expected a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function url(env: Env, name: string, schemes: readonly string[]): string | undefined {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `expected a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}, got "${raw}"`);
  }
  if (!schemes.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(name, `expected a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}, got "${raw}"`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/** Reads and validates the environment. With no connection strings set, everything is embedded. */
export function loadConfig(env: Env): AppConfig {
  const mongodbUrl = url(env, 'MONGODB_URL', ['mongodb', 'mongodb+srv']);
  const projections = oneOf(env, 'PROJECTIONS', ['in-process', 'off'], 'in-process');
  if (projections === 'off' && !mongodbUrl) {
    throw new ConfigError('PROJECTIONS', 'cannot be "off" without MONGODB_URL: the in-process read store is only filled by this process');
  }
  const readModels = oneOf(env, 'READ_MODELS', ['persisted', 'memory'], 'persisted');
  if (readModels === 'memory' && mongodbUrl) throw new ConfigError('READ_MODELS', 'is only read without MONGODB_URL (MongoDB keeps the read models)');
  const eventStoreConnectionString = url(env, 'EVENTSTORE_CONNECTION_STRING', ['esdb', 'esdb+discover', 'kurrentdb', 'kurrentdb+discover']);
  const redisUrl = url(env, 'REDIS_URL', ['redis', 'rediss']);
  const clockMode = oneOf(env, 'CLOCK', ['system', 'controllable'], 'system');
  const clockStart = nonEmpty(env, 'CLOCK_START');
  if (clockStart !== undefined && (clockMode !== 'controllable' || Number.isNaN(Date.parse(clockStart)))) {
    throw new ConfigError('CLOCK_START', clockMode !== 'controllable' ? 'is only read with CLOCK=controllable' : `expected an ISO 8601 instant, got "${clockStart}"`);
  }
  if (clockMode === 'controllable' && redisUrl) {
    throw new ConfigError('CLOCK', 'controllable runs with the in-process scheduler: unset REDIS_URL (Redis delays follow real time)');
  }
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http', 'https']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  return {
    port,
    host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
    dataDir: resolve(nonEmpty(env, 'DATA_DIR') ?? './data'),
    ...(eventStoreConnectionString ? { eventStoreConnectionString } : {}),
    ...(mongodbUrl ? { mongodbUrl } : {}),
    mongodbDatabase: nonEmpty(env, 'MONGODB_DATABASE') ?? 'pdr',
    ...(readModels === 'memory' ? { inMemoryReadModels: true as const } : {}),
    ...(redisUrl ? { redisUrl } : {}),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    projectionsInProcess: projections === 'in-process',
    clock: clockMode === 'controllable' ? { mode: 'controllable', ...(clockStart ? { start: new Date(clockStart).toISOString() } : {}) } : { mode: 'system' },
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_SECONDS', 60, 1, 86_400) * 1000,
    publicUrl,
    identity: identityConfig(env, publicUrl),
    corsOrigins: corsOrigins(env),
    ...keyEncryptionKey(env, mongodbUrl !== undefined),
    caseFileRetentionDays: retentionDays(env),
    ...mailRelay(env, publicUrl),
  };
}

/** MAIL_RELAY_URL (http or https), MAIL_RELAY_TOKEN, MAIL_FROM (default: no-reply at the public host). */
function mailRelay(env: Env, publicUrl: string): Pick<AppConfig, 'mailRelay'> {
  const relayUrl = url(env, 'MAIL_RELAY_URL', ['http', 'https']);
  const token = nonEmpty(env, 'MAIL_RELAY_TOKEN');
  const from = nonEmpty(env, 'MAIL_FROM');
  if (!relayUrl) {
    if (token !== undefined) throw new ConfigError('MAIL_RELAY_TOKEN', 'is only read with MAIL_RELAY_URL');
    return {};
  }
  if (from !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(from)) throw new ConfigError('MAIL_FROM', `expected one email address, got "${from.slice(0, 80)}"`);
  return { mailRelay: { url: relayUrl, ...(token ? { token } : {}), from: from ?? `no-reply@${new URL(publicUrl).hostname}` } };
}

/** `CASE_FILE_RETENTION_DAYS=bbb-eu-safe-harbor=60,other-rulebook=90`. */
function retentionDays(env: Env): Readonly<Record<string, number>> {
  const raw = nonEmpty(env, 'CASE_FILE_RETENTION_DAYS');
  if (raw === undefined) return {};
  const entries = raw.split(',').map((entry) => {
    const match = /^\s*([a-z0-9][a-z0-9.-]{0,63})=(\d{1,4})\s*$/.exec(entry);
    if (!match) throw new ConfigError('CASE_FILE_RETENTION_DAYS', `expected rulebook=days pairs separated by commas (bbb-eu-safe-harbor=60), got "${entry.trim().slice(0, 60)}"`);
    return [match[1]!, Number(match[2])] as const;
  });
  return Object.fromEntries(entries);
}

function keyEncryptionKey(env: Env, shared: boolean): Pick<AppConfig, 'keyEncryptionKey'> {
  const raw = nonEmpty(env, 'KEY_ENCRYPTION_KEY');
  if (raw === undefined) {
    if (shared) throw new ConfigError('KEY_ENCRYPTION_KEY', 'is required with MONGODB_URL: 32 random bytes in base64 (openssl rand -base64 32), the same for every process');
    return {};
  }
  const key = Buffer.from(raw, 'base64');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw) || key.length !== 32) throw new ConfigError('KEY_ENCRYPTION_KEY', 'expected 32 bytes in base64 (openssl rand -base64 32)');
  const id = nonEmpty(env, 'KEY_ENCRYPTION_KEY_ID') ?? createHash('sha256').update(key).digest('hex').slice(0, 12);
  if (!/^[\w.-]{1,64}$/.test(id)) throw new ConfigError('KEY_ENCRYPTION_KEY_ID', 'expected 1 to 64 letters, digits, dots, dashes or underscores');
  return { keyEncryptionKey: { id, key } };
}

function identityConfig(env: Env, publicUrl: string): IdentityConfig {
  const issuer = url(env, 'OIDC_ISSUER', ['http', 'https']);
  const audience = nonEmpty(env, 'OIDC_AUDIENCE');
  if (issuer && !audience) throw new ConfigError('OIDC_AUDIENCE', 'is required with OIDC_ISSUER: the audience this API accepts tokens for');
  const jwksUrl = url(env, 'OIDC_JWKS_URL', ['http', 'https']);
  if (jwksUrl && !issuer) throw new ConfigError('OIDC_JWKS_URL', 'is only read with OIDC_ISSUER');
  const adminInitialPassword = nonEmpty(env, 'ADMIN_INITIAL_PASSWORD');
  if (adminInitialPassword !== undefined && (adminInitialPassword.length < 12 || adminInitialPassword.length > 256)) {
    throw new ConfigError('ADMIN_INITIAL_PASSWORD', 'expected 12 to 256 characters');
  }
  const claim = (name: string, fallback: string) => {
    const value = nonEmpty(env, name) ?? fallback;
    if (!/^[\w.:/-]{1,100}$/.test(value)) throw new ConfigError(name, `expected a claim name, got "${value.slice(0, 40)}"`);
    return value;
  };
  return {
    mode: issuer ? 'external' : 'embedded',
    issuer: issuer?.replace(/\/+$/, '') ?? `${publicUrl}/oidc`,
    // A resource indicator (RFC 8707) is an absolute URI.
    audience: audience ?? 'urn:pdr:api',
    ...(jwksUrl ? { jwksUrl } : {}),
    claims: {
      roles: claim('OIDC_ROLES_CLAIM', DEFAULT_CLAIM_NAMES.roles),
      panelist: claim('OIDC_PANELIST_CLAIM', DEFAULT_CLAIM_NAMES.panelist),
      caseId: claim('OIDC_CASE_CLAIM', DEFAULT_CLAIM_NAMES.caseId),
      side: claim('OIDC_SIDE_CLAIM', DEFAULT_CLAIM_NAMES.side),
    },
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 60, 86_400),
    ...(adminInitialPassword ? { adminInitialPassword } : {}),
  };
}

function corsOrigins(env: Env): readonly string[] {
  const raw = nonEmpty(env, 'CORS_ORIGINS');
  if (raw === undefined) return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    if (!/^https?:\/\/[^/\s]+$/.test(trimmed)) throw new ConfigError('CORS_ORIGINS', `expected comma-separated origins such as https://app.example.org, got "${trimmed.slice(0, 60)}"`);
    return trimmed;
  });
}
