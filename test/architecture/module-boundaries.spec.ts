import { join, resolve } from 'node:path';
import { boundaryViolations, importsOf, loadWorkspace, type ProjectInfo } from './boundaries';

const root = resolve(__dirname, '..', '..');
const workspace = loadWorkspace(root);

describe('module boundaries (the rules in nx.json)', () => {
  it('every project has exactly one type tag and every alias points into a project', () => {
    for (const project of workspace.projects) expect(project.tags.filter((tag) => tag.startsWith('type:'))).toHaveLength(1);
    expect(workspace.projectsByAlias.size).toBe(Object.keys(workspace.paths).length);
  });

  it.each(workspace.projects.map((project) => [project.name, project]))('%s respects its dependency constraints', (_, project) => {
    expect(boundaryViolations(project as ProjectInfo, workspace.filesOf(project as ProjectInfo), workspace.projectsByAlias, workspace.rules)).toEqual([]);
  });
});

describe('the boundary check itself', () => {
  const domain: ProjectInfo = { name: 'procedures', root: join(root, 'libs/procedures'), tags: ['type:domain'] };
  const file = (text: string, name = 'x.ts') => [{ path: join(root, 'libs/procedures/src', name), text }];
  const check = (text: string, name?: string) => boundaryViolations(domain, file(text, name), workspace.projectsByAlias, workspace.rules);

  it('finds imports in every syntax', () => {
    expect(importsOf(`import { a } from 'x';\nimport 'y';\nexport * from "z";\nconst q = require('w');\nawait import('v');`)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('catches domain code importing NestJS, a database client, or an adapter', () => {
    expect(check(`import { Injectable } from '@nestjs/common';`)).toHaveLength(1);
    expect(check(`import { MongoClient } from 'mongodb';`)).toHaveLength(1);
    expect(check(`import { SqliteEventStore } from '@pdr/event-store-sqlite';`)[0]).toMatch(/may not import @pdr\/event-store-sqlite/);
    expect(check(`import { x } from '../../application/src/index';`)[0]).toMatch(/leaves/);
  });

  it('catches domain code reading the clock or randomness, but not in its tests', () => {
    expect(check(`const now = Date.now();`)[0]).toMatch(/Date\.now\(/);
    expect(check(`const now = new Date();`)).toHaveLength(1);
    expect(check(`const r = Math.random();`)).toHaveLength(1);
    expect(check(`const now = new Date();`, 'x.spec.ts')).toEqual([]);
    expect(check(`// Date.now() is banned here\nconst ok = new Date('2026-01-01');`)).toEqual([]);
  });
});
