import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Issue 10: a cycle among the deciders made the procedures library throw a ReferenceError whenever a
// module other than case.decider was loaded first. Load order must not matter, so no cycle may exist.

const ROOT = join(__dirname, '..', '..');
const LIBRARY = join(ROOT, 'libs/procedures/src');

interface Edge {
  readonly to: string;
  /** A type-only edge vanishes from the emitted JavaScript; it cannot fail at load time, but is still a cycle. */
  readonly typeOnly: boolean;
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });

const isTest = (file: string) => file.endsWith('.spec.ts');

function compilerOptions(): ts.CompilerOptions {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  return config.options;
}

/** Every module specifier a file names, with whether only types cross it. */
function specifiersOf(source: ts.SourceFile): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const everyNameIsAType = !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && everyNameIsAType));
      found.push({ specifier: literal(node.moduleSpecifier)!, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const clause = node.exportClause;
      const everyNameIsAType = !!clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
      found.push({ specifier: literal(node.moduleSpecifier)!, typeOnly: node.isTypeOnly || everyNameIsAType });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      found.push({ specifier: literal(node.moduleReference.expression)!, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      found.push({ specifier: literal(node.argument.literal)!, typeOnly: true });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const specifier = literal(node.arguments[0]);
      if (specifier) found.push({ specifier, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((entry) => entry.specifier !== undefined);
}

/** The import graph of the library's own files: relative imports and `@pdr/procedures` both resolve to files. */
function importGraph(files: readonly string[]): Map<string, Edge[]> {
  const options = compilerOptions();
  const inLibrary = new Set(files);
  const graph = new Map<string, Edge[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const edges: Edge[] = [];
    for (const { specifier, typeOnly } of specifiersOf(source)) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule?.resolvedFileName;
      if (resolved && inLibrary.has(resolved)) edges.push({ to: resolved, typeOnly });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Tarjan's strongly connected components: every set of files that reach each other. */
function cyclesOf(graph: ReadonlyMap<string, readonly Edge[]>, follow: (edge: Edge) => boolean): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const edge of graph.get(file) ?? []) {
      if (!follow(edge)) continue;
      if (!index.has(edge.to)) {
        connect(edge.to);
        low.set(file, Math.min(low.get(file)!, low.get(edge.to)!));
      } else if (onStack.has(edge.to)) low.set(file, Math.min(low.get(file)!, index.get(edge.to)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const inside = new Set(component);
    const importsItself = (graph.get(file) ?? []).some((edge) => follow(edge) && edge.to === file);
    if (component.length === 1 && !importsItself) return;
    // Each file of the cycle with the files of the same cycle it imports: where to cut.
    const within = (path: string) => [...new Set((graph.get(path) ?? []).filter((edge) => follow(edge) && inside.has(edge.to)).map((edge) => relative(LIBRARY, edge.to)))].sort();
    components.push(component.map((path) => `${relative(LIBRARY, path)} → ${within(path).join(', ')}`).sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('libs/procedures has no import cycle (issue 10)', () => {
  const files = filesUnder(LIBRARY);
  const graph = importGraph(files);

  it('reads the whole library, tests included', () => {
    expect(files.filter((file) => !isTest(file)).length).toBeGreaterThan(100);
    expect(graph.get(join(LIBRARY, 'index.ts'))!.length).toBeGreaterThan(10);
  });

  it('no cycle of imports that survive compilation: load order cannot matter', () => {
    expect(cyclesOf(graph, (edge) => !edge.typeOnly)).toEqual([]);
  });

  it('no cycle at all, counting type-only imports too', () => {
    expect(cyclesOf(graph, () => true)).toEqual([]);
  });
});

// The modules that formed the cycles issue 10 found, by their place before it: the lapse and cure registries and the
// deciders that took closing from one of them (a value cycle), and the case's state with its parts' states (types only).
const ONCE_CYCLIC = [
  'cases/lapse-consequences',
  'cases/cure-resumptions',
  'cases/referral/referral.decider',
  'cases/conciliation/performance',
  'cases/decision/compliance',
  'cases/exchange/exchange-lapse',
  'cases/exchange/exchange-cure',
  'cases/case.state',
  'cases/decision/decision.state',
  'cases/documents/documents.state',
  'cases/hearing/hearing.state',
  'cases/panel/panel.state',
  'cases/panelist-proceedings/panelist-proceedings.state',
  'cases/referral/referral.state',
];

describe('any module of libs/procedures may be loaded first (issue 10)', () => {
  it.each(ONCE_CYCLIC)('%s loads first in a fresh registry, every export defined', (module) => {
    let loaded: Record<string, unknown> = {};
    // A cycle shows here as a ReferenceError (an export read before its module finished) or an export left undefined.
    jest.isolateModules(() => {
      loaded = require(join(LIBRARY, module)) as Record<string, unknown>;
    });
    expect(Object.keys(loaded).filter((name) => loaded[name] === undefined)).toEqual([]);
  });

  it('so does every other module of the library', () => {
    const failures: string[] = [];
    for (const file of filesUnder(LIBRARY).filter((path) => !isTest(path))) {
      jest.isolateModules(() => {
        try {
          const loaded = require(file) as Record<string, unknown>;
          const undefinedExports = Object.keys(loaded).filter((name) => loaded[name] === undefined);
          if (undefinedExports.length > 0) failures.push(`${relative(LIBRARY, file)}: ${undefinedExports.join(', ')} undefined`);
        } catch (error) {
          failures.push(`${relative(LIBRARY, file)}: ${String(error)}`);
        }
      });
    }
    expect(failures).toEqual([]);
  });
});

describe('the cycle finder itself', () => {
  const graphOf = (edges: Record<string, [string, boolean][]>) =>
    new Map(Object.entries(edges).map(([from, to]) => [join(LIBRARY, from), to.map(([file, typeOnly]) => ({ to: join(LIBRARY, file), typeOnly }))]));

  it('finds a cycle through several files, a self-import, and nothing in a tree', () => {
    const graph = graphOf({ 'a.ts': [['b.ts', false]], 'b.ts': [['c.ts', false]], 'c.ts': [['a.ts', false]], 'd.ts': [['d.ts', false]], 'e.ts': [['a.ts', false]] });
    expect(cyclesOf(graph, () => true)).toEqual([['a.ts → b.ts', 'b.ts → c.ts', 'c.ts → a.ts'], ['d.ts → d.ts']]);
  });

  it('tells a cycle closed only by a type-only import apart from a value cycle', () => {
    const graph = graphOf({ 'a.ts': [['b.ts', false]], 'b.ts': [['a.ts', true]] });
    expect(cyclesOf(graph, (edge) => !edge.typeOnly)).toEqual([]);
    expect(cyclesOf(graph, () => true)).toEqual([['a.ts → b.ts', 'b.ts → a.ts']]);
  });

  it('reads every kind of import and which of them carry only types', () => {
    const source = ts.createSourceFile(
      'x.ts',
      `import { a } from './a';\nimport type { B } from './b';\nimport { type C } from './c';\nimport { type D, d } from './d';\nexport * from './e';\nexport type { F } from './f';\nimport './g';\ntype H = import('./h').H;\nconst i = require('./i');\nvoid import('./j');`,
      ts.ScriptTarget.ES2022,
      true,
    );
    expect(specifiersOf(source)).toEqual([
      { specifier: './a', typeOnly: false },
      { specifier: './b', typeOnly: true },
      { specifier: './c', typeOnly: true },
      { specifier: './d', typeOnly: false },
      { specifier: './e', typeOnly: false },
      { specifier: './f', typeOnly: true },
      { specifier: './g', typeOnly: false },
      { specifier: './h', typeOnly: true },
      { specifier: './i', typeOnly: false },
      { specifier: './j', typeOnly: false },
    ]);
  });
});
