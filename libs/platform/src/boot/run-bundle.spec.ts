import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformFileSync } from '@swc/core';

/**
 * Issue 13: a bundled service starts from V8's code cache, written by the first start after a build. Each start is a
 * process of its own, as a service's is: within one process V8 keeps what it compiled and never reads the cache.
 */
describe('runBundle', () => {
  let dir: string;
  let bundle: string;
  let runner: string;

  /** A bundle as esbuild writes one: CommonJS, requiring Node's modules and files beside it, reading __filename. */
  const writeBundle = (answer: number) =>
    writeFileSync(
      bundle,
      "const { basename, join } = require('node:path'); const beside = require('./beside');\n" +
        `function answer() { return beside + ${answer}; }\n` +
        'const line = JSON.stringify([basename(__filename), answer(), typeof module.exports, this === module.exports]);\n' +
        "require('node:fs').appendFileSync(join(__dirname, 'seen'), line + '\\n');\n" +
        // A service runs on; this one long enough for its cache to be written.
        'setTimeout(() => {}, 300);\n',
    );
  /** Starts the bundle in a process of its own: what runBundle made of the cache. */
  const start = (): string =>
    execFileSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(runner)}).runBundle(${JSON.stringify(bundle)}, { cacheAfterMs: 0 }))`]).toString();
  const seen = () => readFileSync(join(dir, 'seen'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pdr-run-bundle-'));
    bundle = join(dir, 'service.bundle.js');
    runner = join(dir, 'run-bundle.js');
    writeFileSync(runner, transformFileSync(join(__dirname, 'run-bundle.ts'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }).code);
    writeFileSync(join(dir, 'beside.js'), 'module.exports = 41;');
    writeBundle(1);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module, and starts from the cache the first start wrote', () => {
    expect(start()).toBe('absent');
    expect(start()).toBe('used');
    expect(start()).toBe('used');
    expect(seen()).toEqual(Array.from({ length: 3 }, () => ['service.bundle.js', 42, 'object', true]));
  });

  it('rejects a cache of another bundle (a new build, here of the same length, which V8 alone would take), or a file that is no cache, runs the bundle all the same, and writes a new cache', () => {
    start();
    writeBundle(2);
    expect(start()).toBe('rejected');
    expect(start()).toBe('used');
    writeFileSync(`${bundle}.v8cache`, 'not a cache');
    expect(start()).toBe('rejected');
    expect(seen().map((line) => (line as unknown[])[1])).toEqual([42, 43, 43, 43]);
  });

  it('runs without a cache where none can be written, leaving no partial file', () => {
    // The cache's name is taken by a directory that cannot be replaced.
    mkdirSync(join(`${bundle}.v8cache`, 'taken'), { recursive: true });
    expect(start()).toBe('absent');
    expect(start()).toBe('absent');
    expect(readdirSync(dir).sort()).toEqual(['beside.js', 'run-bundle.js', 'seen', 'service.bundle.js', 'service.bundle.js.v8cache']);
    expect(seen()).toHaveLength(2);
  });
});
