/**
 * Refusals of a request body before any controller sees it. They carry `statusCode` like Fastify's own errors, so the
 * problem filter (and Fastify's default error handler) answer `{ statusCode, error, message }`. Messages describe the
 * body and never quote it.
 */
export class BadBody extends Error {
  readonly statusCode = 400;

  constructor(message: string) {
    super(message);
    this.name = 'BadBody';
  }
}

export class BodyTooLarge extends Error {
  readonly statusCode = 413;

  constructor(limit: number) {
    super(`the request body is larger than ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}
