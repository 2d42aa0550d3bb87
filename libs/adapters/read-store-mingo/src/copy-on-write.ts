import { deepCopy, isPlainObject } from './document-copy';

type Container = Record<string, unknown> | unknown[];

const INDEX_SEGMENT = /^\d+$/;

/**
 * A copy of `doc` that an update on `paths` can change in place without touching `doc`.
 *
 * Stored documents are shared (with readers mid-call, with each other after an updateMany), so
 * nothing reachable from one may be mutated. Copying the whole document per update costs time in
 * proportion to its size; instead this copies only the containers mingo's operators write to:
 * every object or array along each path, the value at its end included (operators such as $push
 * and $pop change that array in place). Below a positional segment ($, $[], $[id]) or a field name
 * applied to an array, operators may touch any element, so those elements are copied deeply.
 */
export function copyAlongPaths<T extends Record<string, unknown>>(doc: T, paths: readonly string[]): T {
  const root = { ...doc };
  for (const path of paths) copyPath(root, path.split('.'));
  return root;
}

function copyPath(root: Record<string, unknown>, parts: readonly string[]): void {
  let node: Container = root;
  for (const part of parts) {
    if (Array.isArray(node) ? !INDEX_SEGMENT.test(part) : part.startsWith('$')) {
      copyChildrenDeeply(node);
      return;
    }
    const child: unknown = Array.isArray(node) ? node[Number(part)] : node[part];
    const copy = shallowCopy(child);
    if (copy === undefined) return;
    if (Array.isArray(node)) node[Number(part)] = copy;
    else node[part] = copy;
    node = copy;
  }
}

function shallowCopy(value: unknown): Container | undefined {
  if (Array.isArray(value)) return value.slice();
  if (isPlainObject(value)) return { ...value };
  return undefined;
}

function copyChildrenDeeply(node: Container): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = deepCopy(node[i]);
  } else {
    for (const key of Object.keys(node)) node[key] = deepCopy(node[key]);
  }
}
