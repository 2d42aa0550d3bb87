import { resolve } from 'node:path';

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
  /** Set: read models live in MongoDB. Unset: in-process, rebuilt from the log at start. */
  readonly mongodbUrl?: string;
  readonly mongodbDatabase: string;
  readonly redisUrl?: string;
  readonly logLevel: LogLevel;
  /** Whether this process runs the projections and the deadline timers (required with the in-process read store). */
  readonly projectionsInProcess: boolean;
  /** 'controllable' (never the default): time moves only through the admin endpoint, for tests and a training sandbox. */
  readonly clock: { readonly mode: 'system' } | { readonly mode: 'controllable'; readonly start?: string };
  /** How often the worker compares the running deadlines with the armed timers. */
  readonly reconcileIntervalMs: number;
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
  return {
    port: integer(env, 'PORT', 3000, 1, 65535),
    host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
    dataDir: resolve(nonEmpty(env, 'DATA_DIR') ?? './data'),
    ...(eventStoreConnectionString ? { eventStoreConnectionString } : {}),
    ...(mongodbUrl ? { mongodbUrl } : {}),
    mongodbDatabase: nonEmpty(env, 'MONGODB_DATABASE') ?? 'pdr',
    ...(redisUrl ? { redisUrl } : {}),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    projectionsInProcess: projections === 'in-process',
    clock: clockMode === 'controllable' ? { mode: 'controllable', ...(clockStart ? { start: new Date(clockStart).toISOString() } : {}) } : { mode: 'system' },
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_SECONDS', 60, 1, 86_400) * 1000,
  };
}
