import { join } from 'node:path';
import type { RecordedEvent } from '@pdr/event-sourcing';
import type { CaseEvent } from '@pdr/procedures';
import {
  caseEventOf,
  caseListProjection,
  caseReportFacts,
  CASES_COLLECTION,
  evolveCaseRecord,
  evolveCaseRow,
  pendingDeadlineWrite,
  publishedDecisionOf,
  type Recorded,
  unhandled,
} from '@pdr/read-side';
import { MingoReadStore } from '@pdr/read-store-mingo';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
const PROBE = join(ROOT, 'test', 'read-side', '__exhaustiveness-probe__.ts');

/** A program over the workspace's compiler options, with one extra in-memory source: the probe. */
function programWith(probe: string, previous?: ts.Program): { program: ts.Program; source: ts.SourceFile } {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, ...rest) => (file === PROBE ? ts.createSourceFile(file, probe, language) : getSourceFile(file, language, ...rest));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => file === PROBE || fileExists(file);
  // The previous program's unchanged files are reused: only the probe is read again.
  const program = ts.createProgram([PROBE], { ...config.options, noEmit: true }, host, previous);
  return { program, source: program.getSourceFile(PROBE)! };
}

/** Every member of CaseEvent, read from the types (not from a list that could fall behind them). */
function caseEventTypes(program: ts.Program, source: ts.SourceFile): string[] {
  const checker = program.getTypeChecker();
  const alias = source.statements.find((statement): statement is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(statement) && statement.name.text === 'Probed')!;
  const union = checker.getTypeAtLocation(alias.name) as ts.UnionType;
  return union.types.map((event) => (checker.getTypeOfSymbol(event.getProperty('type')!) as ts.StringLiteralType).value).sort();
}

const PROBE_HEAD = `
import type { CaseEvent } from '@pdr/procedures';
import { type Recorded, unhandled } from '@pdr/read-side';
export type Probed = CaseEvent;
`;

/** A switch over CaseEvent naming these types, ended by the exhaustiveness check. */
const switchOver = (types: readonly string[]) => `${PROBE_HEAD}
export function evolve(event: Recorded<CaseEvent>): string {
  switch (event.type) {
    ${types.map((type) => `case '${type}':`).join('\n    ')}
      return event.type;
    default:
      return unhandled(event);
  }
}
`;

const errorsOf = ({ program, source }: { program: ts.Program; source: ts.SourceFile }) => program.getSemanticDiagnostics(source).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));

/** The event types that reach the probe's exhaustiveness check, as the checker sees them. */
function typesReaching({ program, source }: { program: ts.Program; source: ts.SourceFile }): string[] {
  const checker = program.getTypeChecker();
  let argument: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'unhandled') argument = node.arguments[0];
    ts.forEachChild(node, visit);
  };
  visit(source);
  const reaching = checker.getTypeAtLocation(argument!);
  const members = reaching.isUnion() ? reaching.types : [reaching];
  return members.flatMap((member) => {
    const type = member.getProperty('type');
    return type ? [(checker.getTypeOfSymbol(type) as ts.StringLiteralType).value] : [];
  });
}

/** Data with every field present: a string for any key, so each case's code runs to its end. */
const anyData = (): unknown => new Proxy({}, { get: (_target, key) => (typeof key === 'string' ? `${key}-value` : undefined) });

const recorded = (type: string, data: unknown, revision = 3, streamId = 'case-c-1'): RecordedEvent => ({
  eventId: `${streamId}-${revision}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actorId: 'staff-1', actorRole: 'case-manager', correlationId: 'c', causationId: 'k', rulebook: { id: 'bbb-eu-safe-harbor', version: '1' } },
  streamId,
  revision,
  globalPosition: revision + 1,
  recordedAt: `2026-06-0${Math.min(revision + 1, 9)}T12:00:00.000Z`,
});

const typed = (type: string): Recorded<CaseEvent> => {
  const read = caseEventOf(recorded(type, anyData()));
  if (!read?.known) throw new Error(`${type} is not read as a case event`);
  return read.event;
};

describe('typed projections: exhaustive over the event union (issue 10)', () => {
  // Building the first program is the slow part; the others reuse it.
  const head = programWith(PROBE_HEAD);
  const types = caseEventTypes(head.program, head.source);

  it('reads every CaseEvent type from the types', () => {
    expect(types.length).toBeGreaterThan(80);
    expect(types).toEqual(expect.arrayContaining(['ComplaintFiled', 'CaseClosed', 'DeadlineSet', 'DecisionIssued']));
  });

  it('a switch that names every CaseEvent compiles, and one that leaves a type out does not', () => {
    expect(errorsOf(programWith(switchOver(types), head.program))).toEqual([]);
    const incomplete = programWith(switchOver(types.filter((type) => type !== 'CaseClosed')), head.program);
    const errors = errorsOf(incomplete);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("is not assignable to parameter of type 'never'");
    expect(typesReaching(incomplete)).toEqual(['CaseClosed']);
  });

  it('the same holds for the type checker run over the workspace (tsc)', () => {
    const incomplete = (event: Recorded<CaseEvent>): string => {
      switch (event.type) {
        case 'ComplaintFiled':
          return 'filed';
        default:
          // @ts-expect-error: every other CaseEvent reaches here, and none is `never`.
          return unhandled(event);
      }
    };
    expect(incomplete(typed('ComplaintFiled'))).toBe('filed');
    expect(() => incomplete(typed('CaseClosed'))).toThrow('no case for event type CaseClosed');
  });

  it('every CaseEvent type is read as a case event; another aggregate\'s type or a newer one is not', () => {
    for (const type of types) expect(caseEventOf(recorded(type, {}))).toMatchObject({ id: 'c-1', known: true });
    expect(caseEventOf(recorded('AccountOpened', {}))).toMatchObject({ known: false });
    expect(caseEventOf(recorded('SomethingNewer', {}))).toMatchObject({ known: false });
    expect(caseEventOf(recorded('CaseClosed', {}, 3, 'contact-k-1'))).toBeUndefined();
  });

  it('the case list handles every CaseEvent and ignores none: each moves the row\'s revision, the filing creates the row', () => {
    for (const type of types) {
      const change = evolveCaseRow(typed(type));
      expect({ type, kind: change.kind }).toEqual({ type, kind: type === 'ComplaintFiled' ? 'created' : 'changed' });
      const writes = caseListProjection.project(recorded(type, anyData()));
      expect(writes).toHaveLength(1);
      expect(writes[0]!.collection).toBe(CASES_COLLECTION);
      expect(JSON.stringify(writes[0]!.operation)).toContain('"revision":3');
    }
  });

  it('the other case projections decide for every CaseEvent without falling through', () => {
    for (const type of types) {
      const event = typed(type);
      expect(() => [evolveCaseRecord(event), caseReportFacts(event, 'c-1'), pendingDeadlineWrite(event), publishedDecisionOf(event, 'c-1')]).not.toThrow();
    }
  });
});

describe('the case list takes the stage from the event that carries it', () => {
  let store: MingoReadStore;
  const apply = async (...events: RecordedEvent[]) => {
    for (const event of events) for (const write of caseListProjection.project(event)) await store.collection(write.collection).bulkWrite([write.operation]);
  };
  const row = () => store.collection(CASES_COLLECTION).findOne({ _id: 'c-1' });
  const filing = recorded('ComplaintFiled', {
    caseId: 'c-1', rulebook: { id: 'verasafe-2016', version: '2016-10-24' }, framework: 'us-eu-privacy-shield', receivedAt: '2026-06-01T09:00:00.000Z', channel: 'web-form',
    complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' }, respondent: { name: 'Acme Analytics Inc.' }, allegation: 'x', outcomesSought: [],
  }, 0);

  beforeEach(() => {
    store = new MingoReadStore();
  });
  afterEach(() => store.close());

  it('BBB-2.4a, BBB-4.1, BBB-4.4: docketing and the written phase set the stage their events name, whatever it is called', async () => {
    await apply(
      filing,
      recorded('CaseDocketed', { caseId: 'c-1', rule: 'BBB-2.4a', docketedAt: '2026-06-02T09:00:00.000Z', stage: 'stage-named-by-docketing' }, 1),
      recorded('HearingRequested', { caseId: 'c-1', rule: 'BBB-4.1', requestedBy: 'complainant', stage: 'stage-named-by-request', remedies: [], conciliationEnded: true, requestedAt: '2026-06-03T09:00:00.000Z' }, 2),
    );
    expect(await row()).toMatchObject({ stage: 'stage-named-by-request', status: 'open', docketedAt: '2026-06-02T09:00:00.000Z', revision: 2 });
    await apply(recorded('PositionSubmitted', { caseId: 'c-1', stage: 'stage-named-by-position', rule: 'BBB-4.4', receivedAt: '2026-06-04T09:00:00.000Z', summary: 's', fromComplaint: false }, 3));
    expect(await row()).toMatchObject({ stage: 'stage-named-by-position', revision: 3 });
  });

  it('VS-5.5(a): a reopened case is open again at the stage CaseReopened carries, its closure gone', async () => {
    await apply(
      filing,
      recorded('CaseClosed', { caseId: 'c-1', reason: 'not-eligible', rule: 'VS-5.5', label: 'Not eligible', closedAt: '2026-06-02T09:00:00.000Z' }, 1),
    );
    expect(await row()).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'not-eligible' } });
    await apply(
      recorded('ClosureAppealed', { caseId: 'c-1', rule: 'VS-5.5(a)', reason: 'not-eligible', party: 'complainant', grounds: 'g', receivedAt: '2026-06-03T09:00:00.000Z' }, 2),
      recorded('ClosureAppealDecided', { caseId: 'c-1', rule: 'VS-5.5(a)', decision: 'granted', reasons: 'r', decidedBy: 'staff-1', decidedAt: '2026-06-04T09:00:00.000Z' }, 3),
    );
    expect(await row()).toMatchObject({ status: 'closed', stage: 'closed', revision: 3 });
    await apply(recorded('CaseReopened', { caseId: 'c-1', rule: 'VS-5.5(a)', reason: 'appeal granted', stage: 'eligibility-review', reopenedAt: '2026-06-04T09:00:00.000Z' }, 4));
    const reopened = await row();
    expect(reopened).toMatchObject({ status: 'open', stage: 'eligibility-review', revision: 4 });
    expect(reopened).not.toHaveProperty('closure');
  });

  it('VS-8.4(c), VS-9.4: a Hearing Decision shows on the row; with a Reparation Order the case moves to the stage it names, with No Action Taken its CaseClosed closes it', async () => {
    const decision = { rule: 'VS-8.4c', name: 'the Hearing Decision', officerId: 'officer-1', role: 'hearing-officer', standard: 's', substantiated: false, violatesFramework: false, findings: 'f', publicationRule: 'VS-15' };
    await apply(
      filing,
      recorded('HearingDecisionIssued', { caseId: 'c-1', ...decision, outcome: 'no-action-taken', issuedAt: '2026-07-01T09:00:00.000Z' }, 1),
    );
    expect(await row()).toMatchObject({ stage: 'eligibility-review', hearingDecision: { name: 'the Hearing Decision', rule: 'VS-8.4c', officerId: 'officer-1', outcome: 'no-action-taken', issuedAt: '2026-07-01T09:00:00.000Z' } });
    await apply(recorded('CaseClosed', { caseId: 'c-1', reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken', closedAt: '2026-07-01T09:00:00.000Z' }, 2));
    expect(await row()).toMatchObject({ status: 'closed', stage: 'closed', hearingDecision: { outcome: 'no-action-taken' } });
    const reparationOrder = [{ kind: 'delete-personal-data', description: 'Delete the personal data', terms: 'by October' }];
    await apply(
      recorded('CaseReopened', { caseId: 'c-1', rule: 'VS-9.1', reason: 'no-action-taken', stage: 'appeal-rebuttal', reopenedAt: '2026-07-10T09:00:00.000Z' }, 3),
      recorded('HearingDecisionIssued', {
        caseId: 'c-1', ...decision, rule: 'VS-9.4', name: 'the Appellate Hearing Decision', officerId: 'officer-2', substantiated: true, violatesFramework: true,
        outcome: 'reparation-order', reparationOrder, stage: 'stage-named-by-the-order', issuedAt: '2026-09-01T09:00:00.000Z',
      }, 4),
    );
    expect(await row()).toMatchObject({
      status: 'open', stage: 'stage-named-by-the-order', revision: 4,
      hearingDecision: { name: 'the Appellate Hearing Decision', rule: 'VS-9.4', officerId: 'officer-2', outcome: 'reparation-order', reparationOrder, issuedAt: '2026-09-01T09:00:00.000Z' },
    });
  });

  it('an event type newer than this build moves the revision (the If-Match token) and changes nothing else', async () => {
    await apply(filing, recorded('SomethingNewer', { caseId: 'c-1', stage: 'not-taken' }, 1));
    expect(await row()).toMatchObject({ stage: 'eligibility-review', revision: 1, lastEventType: 'SomethingNewer' });
  });
});
