import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** What a start made of the code cache: used, absent (none yet) or rejected (another Node.js, other flags, another bundle). */
export type CodeCacheUse = 'used' | 'absent' | 'rejected';

/**
 * Runs a bundled service (one CommonJS file, see tools/build.cjs) as Node.js would run it, with V8's code cache kept
 * beside it (`<bundle>.v8cache`): a start then deserializes the compiled code instead of parsing and compiling the
 * 6.6 MB bundle and every function start-up calls (about 0.3 s of the API's start, issue 13). Node.js 22 does this
 * itself (`module.enableCompileCache`); Node.js 20 does not. The cache is derived: V8 checks it against its own version
 * and flags, but of the source only its length, so the cache begins with the source's SHA-256 and one taken from
 * another bundle is rejected here (a rebuild that changes one digit would otherwise run the old code). A start without
 * a usable cache (the first after a build) writes one once start-up is over (`cacheAfterMs`), so it holds what start-up
 * compiled. Where the directory is not writable there is simply no cache.
 */
export function runBundle(bundle: string, { cacheAfterMs = 10_000 }: { cacheAfterMs?: number } = {}): CodeCacheUse {
  const cacheFile = `${bundle}.v8cache`;
  const source = readFileSync(bundle, 'utf8');
  const digest = createHash('sha256').update(source).digest();
  const cached = readIfPresent(cacheFile);
  const ofThisSource = cached !== undefined && cached.length > digest.length && digest.equals(cached.subarray(0, digest.length));
  const script = new Script(Module.wrap(source), { filename: bundle, ...(ofThisSource ? { cachedData: cached.subarray(digest.length) } : {}) });
  const use: CodeCacheUse = cached === undefined ? 'absent' : !ofThisSource || script.cachedDataRejected ? 'rejected' : 'used';
  if (use !== 'used') setTimeout(() => writeCache(cacheFile, digest, script), cacheAfterMs).unref();
  const module = new Module(bundle);
  module.filename = bundle;
  module.loaded = true;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return use;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written whole under another name, then renamed: a start never reads half a cache. */
function writeCache(cacheFile: string, digest: Buffer, script: Script): void {
  const partial = `${cacheFile}.${process.pid}`;
  try {
    writeFileSync(partial, Buffer.concat([digest, script.createCachedData()]));
    renameSync(partial, cacheFile);
  } catch {
    // A read-only install: no cache, as before.
    rmSync(partial, { force: true });
  }
}
