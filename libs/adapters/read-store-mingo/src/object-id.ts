import { randomBytes, randomInt } from 'node:crypto';

// Same layout as a MongoDB ObjectId (time, per-process random, counter) so generated ids sort by
// creation time like the server's, but kept as a hex string because read documents have string ids.
const PROCESS_PART = randomBytes(5).toString('hex');
let counter = randomInt(0x1000000);

export function newObjectIdHex(): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(Date.now() / 1000).toString(16).padStart(8, '0');
  return seconds + PROCESS_PART + counter.toString(16).padStart(6, '0');
}
