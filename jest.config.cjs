// One Jest project per Nx project (selectable with --selectProjects <name>), all sharing one transform.
const fs = require('fs');
const path = require('path');

const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(__dirname, 'tsconfig.base.json'), 'utf8'));

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace('/', '\\/')}$`] = `<rootDir>/${target.replace(/^\.\//, '')}`;
}

// NestJS 12 (and content-disposition, under @fastify/static) ship ES modules only: swc must transform them for Jest on Node 20.
// So do Redocly's lint library and its JSONPath dependency (the OpenAPI contract test, test/e2e/openapi-contract.e2e-spec.ts).
const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcrc, swcrc: false, sourceMaps: 'inline' }] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@redocly|jsonpath-rfc9535|oidc-provider|jose|content-disposition|(light-my-request/node_modules/)?cookie)/)'],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

function projectsUnder(dir) {
  const found = [];
  for (const entry of fs.readdirSync(path.join(__dirname, dir), { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const rel = path.join(dir, entry.name);
    if (fs.existsSync(path.join(__dirname, rel, 'project.json'))) found.push(rel);
    else found.push(...projectsUnder(rel));
  }
  return found;
}

const projects = [...projectsUnder('apps'), ...projectsUnder('libs')].map((root) => ({
  ...shared,
  displayName: JSON.parse(fs.readFileSync(path.join(__dirname, root, 'project.json'), 'utf8')).name,
  roots: [`<rootDir>/${root}`],
  testMatch: ['**/*.spec.ts'],
}));

// Cross-cutting suites: architecture rules and end-to-end journeys through HTTP.
projects.push({ ...shared, displayName: 'e2e', roots: ['<rootDir>/test'], testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'] });

module.exports = { projects, testTimeout: 30000 };
