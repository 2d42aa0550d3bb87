#!/usr/bin/env node
// Compiles the workspace's TypeScript (apps, libs, tools; not tests) to CommonJS under dist/ (or BUILD_OUT), keeping
// the folder layout and rewriting the @pdr/* aliases to relative paths. swc, not tsc: tsc is run by `npm test` for
// type checking, and swc emits in about a second. Then bundles each service (dist/api.bundle.js, dist/worker.bundle.js,
// run by dist/api.js and dist/worker.js through V8's code cache): a start that loads some 1,900 modules one file at a
// time spent over a second doing so (issue 13).
'use strict';
const fs = require('fs');
const path = require('path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '..');
const out = path.resolve(root, process.env.BUILD_OUT || 'dist');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const { paths } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

const isSource = (file) => file.endsWith('.ts') && !/\.(spec|e2e-spec|test|fixture)\.ts$/.test(file) && !file.endsWith('.d.ts');

function sources(dir) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...sources(full));
    else if (isSource(full)) found.push(full);
  }
  return found;
}

const files = ['apps', 'libs', 'tools'].flatMap((dir) => sources(path.join(root, dir)));
fs.rmSync(out, { recursive: true, force: true });
for (const file of files) {
  const { code, map } = swc.transformFileSync(file, {
    ...swcrc,
    swcrc: false,
    jsc: { ...swcrc.jsc, baseUrl: root, paths },
    sourceMaps: true,
    sourceFileName: path.relative(path.join(out, path.relative(root, path.dirname(file))), file),
  });
  const target = path.join(out, path.relative(root, file)).replace(/\.ts$/, '.js');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
  if (map) fs.writeFileSync(`${target}.map`, map);
}

// Loaded only when configured or never used (production adapters, Nest's optional transports), or native: required
// from node_modules at run time, as before, instead of bundled.
const external = [
  'better-sqlite3',
  'bullmq',
  'ioredis',
  'mongodb',
  '@eventstore/db-client',
  '@bull-board/*',
  '@fastify/multipart',
  '@nestjs/microservices',
  '@nestjs/microservices/*',
  '@nestjs/platform-express',
  '@nestjs/websockets/*',
];
const services = { api: 'apps/api/src/main.js', worker: 'apps/worker/src/main.js' };
for (const [name, entry] of Object.entries(services)) {
  require('esbuild').buildSync({
    entryPoints: [path.join(out, entry)],
    outfile: path.join(out, `${name}.bundle.js`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    external,
    // ES modules bundled into CommonJS (oidc-provider, @nestjs/swagger) resolve packages from import.meta.url.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Whitespace and syntax only: names stay, as Nest's module tokens and log contexts use class names.
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    legalComments: 'none',
    charset: 'ascii',
    sourcemap: 'linked',
    logLevel: 'error',
  });
}
// What `node dist/api.js` runs: the bundle, through V8's code cache (libs/platform/src/boot/run-bundle.ts).
for (const name of Object.keys(services)) {
  fs.writeFileSync(
    path.join(out, `${name}.js`),
    `'use strict';\nrequire('./libs/platform/src/boot/run-bundle.js').runBundle(require('node:path').join(__dirname, '${name}.bundle.js'));\n`,
  );
}
process.stdout.write(`built ${files.length} files into ${path.relative(root, out)}/, services bundled as ${Object.keys(services).map((name) => `${name}.bundle.js`).join(', ')}, run by ${Object.keys(services).map((name) => `${name}.js`).join(', ')}\n`);
