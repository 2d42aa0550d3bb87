import { randomFillSync } from 'node:crypto';

/** Bytes drawn from the CSPRNG at once: one call fills thousands of nonces. */
const POOL_BYTES = 64 * 1024;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * A fresh random nonce (an AES-GCM IV). Taken from a pool filled 64 KiB at a time: a `randomBytes(12)` call costs about
 * 6.6 µs here against 0.015 µs per nonce from the pool, and a filing seals dozens of values (issue 13 profile). Every
 * refill is a new buffer, and each nonce is copied out, so no nonce is ever handed out twice. Not for keys: they stay
 * out of a shared buffer.
 */
export function randomNonce(size = 12): Buffer {
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES));
    offset = 0;
  }
  const nonce = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return nonce;
}
