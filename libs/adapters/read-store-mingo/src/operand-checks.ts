import type { PathProbe } from './dot-path';

/**
 * Errors MongoDB raises and mingo's update operators silently skip (they leave the field alone).
 * Raising them here keeps a projection that is wrong on MongoDB from passing on the embedded store.
 */
const CREATES_PATH = new Set(['$set', '$inc', '$mul', '$max', '$min', '$push', '$addToSet', '$currentDate', '$bit']);
const NUMERIC = new Set(['$inc', '$mul']);
const APPENDS = new Set(['$push', '$addToSet']);
const REMOVES_FROM_ARRAY = new Set(['$pull', '$pullAll', '$pop']);

export function checkOperand(op: string, path: string, probe: PathProbe, id: unknown): void {
  if (probe.kind === 'blocked') {
    if (!CREATES_PATH.has(op)) return;
    const field = path.slice(probe.at.length + 1).split('.')[0];
    throw new Error(`Cannot create field '${field}' in element {${probe.at}: ${describe(probe.blocker)}}`);
  }
  const value = probe.value;
  if (value === undefined) return;
  if (NUMERIC.has(op) && typeof value !== 'number' && typeof value !== 'bigint') {
    throw new Error(
      `Cannot apply ${op} to a value of non-numeric type. {_id: ${describe(id)}} has the field '${path}' of non-numeric type ${bsonType(value)}`,
    );
  }
  if (APPENDS.has(op) && !Array.isArray(value)) {
    throw new Error(`The field '${path}' must be an array but is of type ${bsonType(value)} in document {_id: ${describe(id)}}`);
  }
  if (REMOVES_FROM_ARRAY.has(op) && !Array.isArray(value)) {
    throw new Error(`Cannot apply ${op} to a non-array value`);
  }
}

function bsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
