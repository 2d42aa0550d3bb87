import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `body` with a fresh temporary directory (under `base`, by default the OS temp dir), removed afterwards whatever happens. */
export async function withTempDir<T>(prefix: string, body: (dir: string) => Promise<T>, base: string = tmpdir()): Promise<T> {
  const dir = mkdtempSync(join(base, `pdr-bench-${prefix}-`));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A memory-backed directory (Linux's /dev/shm) when there is one, else the OS temp dir: for data a benchmark only
 * reads back, where fsync is setup cost and the files would sit in the page cache anyway.
 */
export function memoryTmpdir(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}
