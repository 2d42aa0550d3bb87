/** An Idempotency-Key already used by the same actor for a different request: refused (422), never answered with the first result. */
export class IdempotencyKeyReusedError extends Error {
  constructor() {
    super('this Idempotency-Key was used for a different request; use a new key for a new request');
    this.name = 'IdempotencyKeyReusedError';
  }
}
