import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

// Issue 10: a program's rule ids are rulebook data (libs/procedures/src/rulebooks/). Code that decides, projects or
// reports names the rule its rulebook gives (`rules.conflictRule`, `documents.caseRecordRule`, `report.statistics`),
// so a case under another program never cites BBB rules. This reads every non-test source file under libs/ and apps/
// with the TypeScript compiler and fails on string literals (and template heads and spans) that carry a rule id:
// - a literal that IS a rule id ('BBB-4.2.1', `VS-5.4`, "CASRO-4"), wherever it is, types included;
// - a literal that CITES one in its text ('… only (BBB-4.3.2, BBB-8.5)'), outside decorators.
// Comments are not read. Text inside decorators (OpenAPI summaries and descriptions) is documentation, like a comment;
// an OpenAPI `example:` that is a rule id is allowed only when listed in EXAMPLES below.

const ROOT = join(__dirname, '..', '..');
const RULEBOOKS = join('libs', 'procedures', 'src', 'rulebooks') + sep;

const CITES_RULE = /\b(?:BBB|VS|CASRO)-\d/;
const IS_RULE = /^(?:BBB|VS|CASRO)-\d[\w.]*(?: \(\d+\))?$/;

/**
 * OpenAPI examples that are rule ids, by file: documentation of what a client will see for a BBB case, decided by no
 * code. Keep this short; a value the code decides with belongs in a rulebook.
 */
const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  // A next action's rule, a pending deadline's rule, a disposal's rule: whatever the case's rulebook names.
  'apps/api/src/cases/case-detail.dto.ts': ['BBB-4.4'],
  'apps/api/src/deadlines/pending-deadline.dto.ts': ['BBB-2.4b'],
  'apps/api/src/cases/documents/case-record.dto.ts': ['BBB-8.3'],
  // A published Decision's rules, read from its DecisionFlaggedForPublication event.
  'apps/api/src/decisions/published-decision.dto.ts': ['BBB-4.6.4', 'BBB-7.3'],
  // The rule a refusal names (Problem.rule).
  'apps/api/src/http/problem.dto.ts': ['BBB-4.4'],
};

const isTest = (path: string) => /\.(spec|e2e-spec|test|testing|fixture)\.ts$/.test(path) || path.endsWith('.d.ts');

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourcesUnder(path);
    return entry.name.endsWith('.ts') && !isTest(path) && !path.startsWith(RULEBOOKS) ? [path] : [];
  });
}

export interface RuleLiteral {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** Inside a decorator (OpenAPI documentation). */
  readonly decorated: boolean;
  /** The value of an `example:` property. */
  readonly example: boolean;
}

/** Every string literal, template head and span of a source that names a rule id, with where it is. */
export function ruleLiteralsIn(file: string, text: string): RuleLiteral[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: RuleLiteral[] = [];
  const visit = (node: ts.Node, decorated: boolean): void => {
    const inDecorator = decorated || ts.isDecorator(node);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (CITES_RULE.test(node.text)) {
        const parent = node.parent;
        const example = ts.isPropertyAssignment(parent) && parent.initializer === node && ts.isIdentifier(parent.name) && parent.name.text === 'example';
        found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text, decorated: inDecorator, example });
      }
    }
    ts.forEachChild(node, (child) => visit(child, inDecorator));
  };
  visit(source, false);
  return found;
}

/** The literals the rule forbids: rule ids anywhere but a listed OpenAPI example, and rule citations outside decorators. */
export function violations(literals: readonly RuleLiteral[], examples: Readonly<Record<string, readonly string[]>> = EXAMPLES): string[] {
  return literals
    .filter((literal) => {
      if (IS_RULE.test(literal.text.trim())) return !(literal.decorated && literal.example && (examples[literal.file] ?? []).includes(literal.text));
      return !literal.decorated;
    })
    .map((literal) => `${literal.file}:${literal.line} ${JSON.stringify(literal.text)}`);
}

describe('rule ids are rulebook data: no BBB-, VS- or CASRO- literal outside rulebooks/ and tests (issue 10)', () => {
  const files = [...sourcesUnder('libs'), ...sourcesUnder('apps')].map((path) => relative(ROOT, join(ROOT, path)).split(sep).join('/'));
  const literals = files.flatMap((file) => ruleLiteralsIn(file, readFileSync(join(ROOT, file), 'utf8')));

  it('reads the sources: libraries and applications, not the rulebooks nor tests', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain('libs/procedures/src/board/panelist-selection.ts');
    expect(files).toContain('apps/api/src/reports/reports.controller.ts');
    expect(files.filter((file) => file.startsWith('libs/procedures/src/rulebooks/') || isTest(file))).toEqual([]);
  });

  it('no code names a rule id: it reads the rule from its rulebook (each file:line listed)', () => {
    expect(violations(literals)).toEqual([]);
  });

  it('the allowed OpenAPI examples are still there: the list does not outlive what it allows', () => {
    const stale = Object.entries(EXAMPLES).flatMap(([file, values]) =>
      values.filter((value) => !literals.some((literal) => literal.file === file && literal.example && literal.decorated && literal.text === value)).map((value) => `${file} ${value}`),
    );
    expect(stale).toEqual([]);
  });

  it('tells a rule literal from a comment, a decorator description and an allowed example', () => {
    const text = [
      '// BBB-4.2: a comment may cite a rule',
      "/** BBB-8.2 in a doc comment */",
      "export const rule = 'BBB-4.2.1';",
      "type Exclusion = { rule: 'BBB-4.2' | \"VS-5.4\" };",
      'const message = (who: string) => `${who} is not appointed (BBB-4.5)`;',
      'const nested = (a: string, b: string) => `${a} middle CASRO-4 ${b} tail VS-10.1`;',
      "const fine = 'BBB is a program; rule ids are data';",
      'class Dto {',
      "  @ApiProperty({ description: 'BBB-3.2: the facts', example: 'BBB-4.4' }) rule!: string;",
      "  @ApiProperty({ enum: ['BBB-7.1'] }) section!: string;",
      '}',
    ].join('\n');
    expect(violations(ruleLiteralsIn('x.ts', text), { 'x.ts': ['BBB-4.4'] })).toEqual([
      'x.ts:3 "BBB-4.2.1"',
      'x.ts:4 "BBB-4.2"',
      'x.ts:4 "VS-5.4"',
      'x.ts:5 " is not appointed (BBB-4.5)"',
      'x.ts:6 " middle CASRO-4 "',
      'x.ts:6 " tail VS-10.1"',
      'x.ts:10 "BBB-7.1"',
    ]);
    expect(violations(ruleLiteralsIn('x.ts', text), {})).toContain('x.ts:9 "BBB-4.4"');
  });
});
