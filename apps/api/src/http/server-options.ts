import type { Server } from 'node:http';
import type { FastifyHttpOptions } from 'fastify';

/** How long a client may take; tests pass small values to watch a slow client being cut off. */
export interface ServerTimeouts {
  /** The whole request, headers and body, must have arrived within this (slow uploads, "slow POST"). */
  readonly requestTimeoutMs: number;
  /** The request line and headers must have arrived within this (slowloris); at most requestTimeoutMs. */
  readonly headersTimeoutMs: number;
  /** A socket with no traffic either way is closed after this; above requestTimeoutMs so it never pre-empts it. */
  readonly connectionTimeoutMs: number;
  /** An idle keep-alive socket is closed after this; longer than a load balancer's idle timeout (commonly 60 s). */
  readonly keepAliveTimeoutMs: number;
  /** How often Node checks open requests against the two timeouts above (its default, 30 s, doubles them). */
  readonly timeoutCheckIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  timeoutCheckIntervalMs: 1_000,
};

/** Request bodies are JSON documents of a few kilobytes; the largest texts (50,000 characters) fit many times over. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * The Fastify (and Node HTTP server) options of the API. Fastify leaves requestTimeout at 0 (no limit), so without
 * these a client that sends its body one byte at a time holds a socket for as long as it likes.
 */
export function serverOptions(timeouts: Partial<ServerTimeouts> = {}): FastifyHttpOptions<Server> {
  const t = { ...DEFAULT_TIMEOUTS, ...timeouts };
  return {
    bodyLimit: BODY_LIMIT,
    requestTimeout: t.requestTimeoutMs,
    connectionTimeout: t.connectionTimeoutMs,
    keepAliveTimeout: t.keepAliveTimeoutMs,
    // Ids in paths are UUIDs or short names ('notice-3'); a longer segment is answered 414 before routing.
    routerOptions: { maxParamLength: 200 },
    genReqId: () => crypto.randomUUID(),
    http: { headersTimeout: Math.min(t.headersTimeoutMs, t.requestTimeoutMs), connectionsCheckingInterval: t.timeoutCheckIntervalMs },
  };
}
