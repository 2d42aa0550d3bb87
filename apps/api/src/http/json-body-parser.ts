import type { FastifyInstance } from 'fastify';
import { readBody } from './body/read-body';
import { parseJsonBody } from './body/parse-json';

export interface JsonBodyOptions {
  /** Deepest nesting of objects and arrays accepted; 64 is far beyond any request document of the API. */
  readonly maxDepth?: number;
  /** Bytes of an oversized body read and discarded so the client can read its 413 (see BodyLimits.drainLimit). */
  readonly drainLimit?: number;
}

const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_DRAIN_LIMIT = 32 * 1024 * 1024;

/**
 * Replaces Fastify's JSON parser with one that refuses, as 400 problems, what the default answers with a 500 or lets
 * through: deep nesting, unpaired surrogates, invalid UTF-8, "__proto__"/"constructor" keys; and answers an oversized
 * body with a 413 the client can read. The body limit is the route's (else the server's) bodyLimit.
 *
 * With NestJS, create the application with `bodyParser: false`: otherwise Nest registers its own JSON parser at init
 * and Fastify refuses the second one (FST_ERR_CTP_ALREADY_PRESENT).
 */
export function registerJsonBodyParser(fastify: FastifyInstance, options: JsonBodyOptions = {}): void {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const drainLimit = options.drainLimit ?? DEFAULT_DRAIN_LIMIT;
  if (fastify.hasContentTypeParser('application/json')) fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', (request, payload, done) => {
    const limit = request.routeOptions.bodyLimit ?? fastify.initialConfig.bodyLimit ?? 1024 * 1024;
    readBody(payload, request.headers['content-length'], { limit, drainLimit }).then(
      (bytes) => {
        try {
          done(null, parseJsonBody(bytes, { maxDepth }));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
      (error: Error) => done(error, undefined),
    );
  });
}
