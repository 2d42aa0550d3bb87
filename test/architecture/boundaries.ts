import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** One Nx project as the boundary check sees it. */
export interface ProjectInfo {
  readonly name: string;
  readonly root: string;
  readonly tags: readonly string[];
}

export interface BoundaryRules {
  readonly depConstraints: readonly { sourceTag: string; onlyDependOnLibsWithTags: readonly string[] }[];
  readonly bannedImports: Readonly<Record<string, readonly string[]>>;
  readonly bannedCalls: Readonly<Record<string, readonly string[]>>;
}

export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;(])import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

export function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(IMPORT)) found.push(match[1] ?? match[2] ?? match[3] ?? match[4]);
  return found;
}

const isTestFile = (path: string) => /\.(spec|e2e-spec|test)\.ts$/.test(path) || /\.fixture\.ts$/.test(path);

function matches(pattern: string, specifier: string): boolean {
  return pattern.endsWith('/*') ? specifier.startsWith(pattern.slice(0, -1)) : specifier === pattern || specifier.startsWith(`${pattern}/`);
}

/** Every way a project's files break the rules, as readable sentences. */
export function boundaryViolations(
  project: ProjectInfo,
  files: readonly SourceFile[],
  projectsByAlias: ReadonlyMap<string, ProjectInfo>,
  rules: BoundaryRules,
): string[] {
  const problems: string[] = [];
  const allowedTags = new Set(rules.depConstraints.filter((c) => project.tags.includes(c.sourceTag)).flatMap((c) => c.onlyDependOnLibsWithTags));
  const banned = project.tags.flatMap((tag) => rules.bannedImports[tag] ?? []);
  const bannedCalls = project.tags.flatMap((tag) => rules.bannedCalls[tag] ?? []);

  for (const file of files) {
    const where = file.path;
    for (const specifier of importsOf(file.text)) {
      const target = projectsByAlias.get(specifier);
      // Tests of any project may use the shared contract suites and test helpers.
      const allowed = (tag: string) => allowedTags.has(tag) || (isTestFile(file.path) && tag === 'type:testing');
      if (target && target.name !== project.name && !target.tags.some(allowed)) {
        problems.push(`${where}: ${project.name} (${project.tags.join(', ')}) may not import ${specifier} (${target.tags.join(', ')})`);
      }
      if (specifier.startsWith('.')) {
        const resolved = resolve(dirname(file.path), specifier);
        if (!resolved.startsWith(resolve(project.root) + sep)) problems.push(`${where}: relative import ${specifier} leaves ${project.root}; import the project by its alias`);
      }
      if (!isTestFile(file.path)) {
        for (const pattern of banned) if (matches(pattern, specifier)) problems.push(`${where}: ${project.name} is pure domain code and may not import ${specifier}`);
      }
    }
    if (!isTestFile(file.path)) {
      const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const call of bannedCalls) if (code.includes(call)) problems.push(`${where}: ${project.name} is pure domain code and may not use ${call}: time and randomness arrive on commands`);
    }
  }
  return problems;
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Reads the workspace: every project.json, the aliases of tsconfig.base.json and the rules of nx.json. */
export function loadWorkspace(root: string) {
  const rules = JSON.parse(readFileSync(join(root, 'nx.json'), 'utf8')).moduleBoundaries as BoundaryRules;
  const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths as Record<string, string[]>;
  const projects: ProjectInfo[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const rel = join(dir, entry.name);
      const manifest = join(root, rel, 'project.json');
      if (existsSync(manifest)) {
        const { name, tags } = JSON.parse(readFileSync(manifest, 'utf8'));
        projects.push({ name, root: join(root, rel), tags });
      } else walk(rel);
    }
  };
  ['apps', 'libs', 'tools'].forEach(walk);
  const projectsByAlias = new Map<string, ProjectInfo>();
  for (const [alias, [target]] of Object.entries(paths)) {
    const owner = projects.find((project) => resolve(root, target).startsWith(project.root + sep));
    if (owner) projectsByAlias.set(alias, owner);
  }
  const filesOf = (project: ProjectInfo): SourceFile[] => sourcesUnder(project.root).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  return { rules, projects, projectsByAlias, filesOf, paths };
}
