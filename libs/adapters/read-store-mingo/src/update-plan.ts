import * as updateOperators from 'mingo/operators/update';
import { updateOne as mingoUpdateOne } from 'mingo/updater';
import { isEqual } from 'mingo/util';
import type { Filter, Update } from '@pdr/application';
import { copyAlongPaths } from './copy-on-write';
import { deepCopy, isPlainObject } from './document-copy';
import { probePath } from './dot-path';
import { checkOperand } from './operand-checks';

type Doc = Record<string, unknown>;
type CompiledOperator = (doc: Doc) => string[];
type OperatorFactory = (expr: Doc) => CompiledOperator;
type Modifier = Parameters<typeof mingoUpdateOne>[2];

/**
 * mingo's update operators, read from the module namespace once (its getters cost per call).
 * The cast widens `$unset`'s declared operand ('' values): like MongoDB, it ignores the values.
 */
const OPERATORS = { ...updateOperators } as Readonly<Record<string, OperatorFactory>>;
const SET_ON_INSERT = '$setOnInsert';

/**
 * A validated update document, applied with mingo's update operators.
 *
 * mingo's `updateOne` rebuilds its operator context on every call (about 30 µs), too slow for
 * projection rebuilds, so the plan calls the operators directly. Two cases still go through
 * `updateOne`, which knows the filter and a fresh clock: the positional `$` (needs the filter) and
 * `$currentDate` (the operators' default options memoise the time of the first call).
 *
 * The plan keeps a private deep copy of the update, so callers may reuse or mutate their objects (unless they hand the
 * update over: see `compile`).
 */
export class UpdatePlan {
  private compiled?: readonly CompiledOperator[];
  private compiledOnInsert?: readonly CompiledOperator[];

  private constructor(
    private readonly operators: ReadonlyArray<readonly [string, Doc]>,
    private readonly setOnInsert: Doc | undefined,
    private readonly needsMingoUpdater: boolean,
    /** Every path the update writes (rename targets included), for copy-on-write. */
    private readonly writtenPaths: readonly string[],
    /**
     * Only `$set`/`$setOnInsert` of top-level fields: the shape of nearly every projection write, applied by
     * plain assignment. mingo's `$set` re-validates its parameters per field, which dominated rebuilds.
     */
    private readonly topLevelSetOnly: boolean,
  ) {}

  /** `handedOver`: the caller will not touch `update` again, so the plan keeps it rather than a copy. */
  static compile(update: Update, handedOver = false): UpdatePlan {
    if (!isPlainObject(update) || Object.keys(update).length === 0) {
      throw new Error('Update document requires atomic operators');
    }
    const copy = handedOver ? update : deepCopy(update);
    const operators: Array<readonly [string, Doc]> = [];
    const paths: string[] = [];
    const writtenPaths: string[] = [];
    let setOnInsert: Doc | undefined;
    let needsMingoUpdater = false;
    for (const [op, expr] of Object.entries(copy)) {
      if (!op.startsWith('$')) throw new Error('Update document requires atomic operators');
      if (op !== SET_ON_INSERT && !Object.hasOwn(OPERATORS, op)) throw new Error(`Unknown modifier: ${op}`);
      if (!isPlainObject(expr)) {
        throw new Error(`Modifiers operate on fields but we found type ${typeof expr} instead: {${op}: ${String(expr)}}`);
      }
      for (const path of Object.keys(expr)) {
        const target = op === '$rename' && typeof expr[path] === 'string' ? [expr[path] as string] : [];
        paths.push(path, ...target);
        if (op !== SET_ON_INSERT) writtenPaths.push(path, ...target);
        if (path.includes('$') && path.split('.').includes('$')) needsMingoUpdater = true;
      }
      if (op === '$currentDate') needsMingoUpdater = true;
      if (op === SET_ON_INSERT) setOnInsert = expr;
      else operators.push([op, expr]);
    }
    assertNoConflicts(paths);
    const topLevelSetOnly = operators.every(([op]) => op === '$set') && paths.every((path) => path !== '_id' && !path.includes('.') && !path.includes('$'));
    return new UpdatePlan(operators, setOnInsert, needsMingoUpdater, writtenPaths, topLevelSetOnly);
  }

  /**
   * The updated version of a stored document (without `$setOnInsert`), or undefined when the
   * update changes nothing. `current` itself is never modified, so a failing update leaves no trace.
   */
  updated<T extends Doc>(current: T, filter: Filter): T | undefined {
    const next = copyAlongPaths(current, this.writtenPaths);
    return this.apply(next, filter) ? next : undefined;
  }

  private apply(doc: Doc, filter: Filter): boolean {
    if (this.topLevelSetOnly) return assignTopLevel(doc, this.operators[0]?.[1], true);
    this.checkOperands(doc, this.operators);
    if (this.needsMingoUpdater) return this.applyWithUpdater(doc, this.operators, filter);
    this.compiled ??= compileAll(this.operators);
    return runAll(this.compiled, doc);
  }

  /** Applies the update to a document an upsert is about to insert, `$setOnInsert` included. */
  applyOnInsert(doc: Doc): void {
    const operators = this.operatorsOnInsert();
    if (this.topLevelSetOnly) {
      assignTopLevel(doc, operators[0]?.[1], false);
      return;
    }
    this.checkOperands(doc, operators);
    if (this.needsMingoUpdater) {
      this.applyWithUpdater(doc, operators, {});
      return;
    }
    this.compiledOnInsert ??= compileAll(operators);
    runAll(this.compiledOnInsert, doc);
  }

  private operatorsOnInsert(): ReadonlyArray<readonly [string, Doc]> {
    if (!this.setOnInsert) return this.operators;
    // Paths cannot overlap (checked at compile time), so $setOnInsert is a $set on insert.
    const others = this.operators.filter(([op]) => op !== '$set');
    const set = this.operators.find(([op]) => op === '$set')?.[1];
    return [...others, ['$set', { ...set, ...this.setOnInsert }]];
  }

  private applyWithUpdater(doc: Doc, operators: ReadonlyArray<readonly [string, Doc]>, filter: Filter): boolean {
    const modifier = Object.fromEntries(operators) as Modifier;
    // 'copy' is enough: values come from the plan's private copy of the update.
    return mingoUpdateOne([doc], filter, modifier, { cloneMode: 'copy' }).modifiedCount > 0;
  }

  private checkOperands(doc: Doc, operators: ReadonlyArray<readonly [string, Doc]>): void {
    for (const [op, expr] of operators) {
      for (const path of Object.keys(expr)) {
        if (path.includes('$')) continue;
        checkOperand(op, path, probePath(doc, path), doc['_id']);
      }
    }
  }
}

/**
 * `$set` of top-level fields by assignment. A top-level field can never be blocked by a scalar parent, so no
 * operand check applies. Values come from the plan's private copy and stored rows are never mutated in
 * place, so rows may share them.
 */
function assignTopLevel(doc: Doc, set: Doc | undefined, onlyChanges: boolean): boolean {
  let modified = false;
  for (const path in set) {
    if (onlyChanges && Object.hasOwn(doc, path) && isEqual(doc[path], set[path])) continue;
    doc[path] = set[path];
    modified = true;
  }
  return modified;
}

function compileAll(operators: ReadonlyArray<readonly [string, Doc]>): CompiledOperator[] {
  return operators.map(([op, expr]) => OPERATORS[op](expr));
}

function runAll(compiled: readonly CompiledOperator[], doc: Doc): boolean {
  let modified = false;
  for (const operator of compiled) if (operator(doc).length > 0) modified = true;
  return modified;
}

/** MongoDB refuses an update touching one path twice or a path and its parent. */
function assertNoConflicts(paths: readonly string[]): void {
  // Linear, not pairwise: a projection's insert sets every field of a row, and comparing each pair dominated rebuilds.
  const firstAt = new Map<string, number>();
  paths.forEach((path, index) => {
    if (firstAt.has(path)) throw conflict(path, path);
    firstAt.set(path, index);
  });
  for (const [path, index] of firstAt) {
    for (let dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
      const parent = path.slice(0, dot);
      const parentAt = firstAt.get(parent);
      if (parentAt !== undefined) throw parentAt < index ? conflict(parent, path) : conflict(path, parent);
    }
  }
}

/** `earlier` and `later` in the order the update names them, as MongoDB words it. */
function conflict(earlier: string, later: string): Error {
  return new Error(`Updating the path '${later}' would create a conflict at '${earlier}'`);
}
