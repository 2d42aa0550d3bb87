import { join } from 'node:path';
import { EVENT_CLASSIFICATION, nonPersonalByName } from '@pdr/procedures';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const PROBE = join(ROOT, 'libs/procedures/src/classification/data-classification.ts');

/** Every event type's string field paths (`a.b`, `list[]`), read from the types: string-literal enumerations excluded. */
function stringFieldsOfEveryEvent(): Map<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const program = ts.createProgram([PROBE], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(PROBE)!;
  const alias = source.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'AnyProcedureEvent')!;
  const union = checker.getTypeAtLocation(alias.name) as ts.UnionType;
  const fields = new Map<string, string[]>();
  const walk = (type: ts.Type, path: string, found: Set<string>, depth: number): void => {
    if (depth > 8) return;
    const present = checker.getNonNullableType(type);
    if (present.isUnion()) {
      if (present.types.every((member) => member.isStringLiteral() || (member.flags & ts.TypeFlags.BooleanLiteral) !== 0)) return;
      for (const member of present.types) walk(member, path, found, depth);
      return;
    }
    if (present.flags & ts.TypeFlags.String) found.add(path);
    else if (checker.isArrayType(present)) walk(checker.getTypeArguments(present as ts.TypeReference)[0]!, `${path}[]`, found, depth + 1);
    else if (present.flags & ts.TypeFlags.Object) for (const property of checker.getPropertiesOfType(present)) walk(checker.getTypeOfSymbol(property), path ? `${path}.${property.name}` : property.name, found, depth + 1);
  };
  for (const event of union.types) {
    const type = (checker.getTypeOfSymbol(event.getProperty('type')!) as ts.StringLiteralType).value;
    const found = new Set<string>();
    walk(checker.getTypeOfSymbol(event.getProperty('data')!), '', found, 0);
    fields.set(type, [...found].sort());
  }
  return fields;
}

describe('personal and confidential data is classified where events are defined (issue 9)', () => {
  const fields = stringFieldsOfEveryEvent();

  it('reads every event type from the types', () => {
    expect(fields.size).toBeGreaterThan(90);
    expect([...fields.keys()].sort()).toEqual(Object.keys(EVENT_CLASSIFICATION).sort());
  });

  it('every string field of every event is classified, or non-personal by name: a new field cannot leak by omission', () => {
    const unclassified = [...fields].flatMap(([type, paths]) => paths.filter((path) => !nonPersonalByName(path) && !(path in EVENT_CLASSIFICATION[type as keyof typeof EVENT_CLASSIFICATION])).map((path) => `${type}.${path}`));
    expect(unclassified).toEqual([]);
  });

  it('classifies no field an event does not have', () => {
    const stale = Object.entries(EVENT_CLASSIFICATION).flatMap(([type, classes]) => Object.keys(classes).filter((path) => !fields.get(type)?.includes(path)).map((path) => `${type}.${path}`));
    expect(stale).toEqual([]);
  });

  it('BBB-8.3 keeps the Settlement Agreement and the Decision under their own subject, apart from the case file', () => {
    expect(EVENT_CLASSIFICATION.SettlementReached.terms).toEqual({ kind: 'confidential', subject: 'retained-document' });
    expect(EVENT_CLASSIFICATION.DecisionIssued.findings).toEqual({ kind: 'confidential', subject: 'retained-document' });
    expect(EVENT_CLASSIFICATION.ProprietaryInformationDesignated.content).toEqual({ kind: 'confidential', subject: 'case-file' });
    expect(EVENT_CLASSIFICATION.ComplaintFiled['complainant.email']).toEqual({ kind: 'personal', subject: 'complainant' });
  });
});
