#!/usr/bin/env node
// Compiles the workspace's TypeScript (apps, libs, tools; not tests) to CommonJS under dist/, keeping the
// folder layout and rewriting the @pdr/* aliases to relative paths. swc, not tsc: tsc is run by `npm test`
// for type checking, and swc emits in about a second.
'use strict';
const fs = require('fs');
const path = require('path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist');
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
process.stdout.write(`built ${files.length} files into ${path.relative(root, out)}/\n`);
