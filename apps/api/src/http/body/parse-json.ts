import { BadBody } from './body-errors';
import { nestsDeeperThan } from './json-depth';

export interface JsonLimits {
  /** Objects and arrays nested deeper than this are refused (the API's documents need a handful of levels). */
  readonly maxDepth: number;
}

/** Strict UTF-8: invalid bytes, encoded surrogates (CESU-8/WTF-8 'ED A0 80') included, fail instead of becoming U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** An unpaired UTF-16 surrogate ("\ud800" in JSON): no character, and not storable as UTF-8 text. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** Keys that reach an object's prototype when the body is later merged or copied (prototype poisoning). */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor']);

/** JSON.parse's message quotes the input; only the position is kept. */
function syntaxProblem(error: unknown): BadBody {
  const position = /position (\d+)/.exec(String((error as Error)?.message))?.[1];
  return new BadBody(`the body is not valid JSON${position === undefined ? '' : ` (at position ${position})`}`);
}

const pathOf = (parent: string, key: string | number) => (typeof key === 'number' ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key);

/** Every key and string in the document, without recursion (depth is bounded already, but a stack is as simple). */
function assertCleanValues(document: unknown): void {
  const pending: { value: unknown; path: string }[] = [{ value: document, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) throw new BadBody(`${path || 'the body'} contains an unpaired UTF-16 surrogate (e.g. "\\ud800"), which is no character`);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push({ value: item, path: pathOf(path, index) }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) throw new BadBody(`the body may not use "${key}" as a key${path ? ` (in ${path})` : ''}`);
        if (LONE_SURROGATE.test(key)) throw new BadBody(`a key${path ? ` in ${path}` : ''} contains an unpaired UTF-16 surrogate`);
        pending.push({ value: item, path: pathOf(path, key) });
      }
    }
  }
}

/** The JSON document a request body holds, or a 400 saying what is wrong with it. */
export function parseJsonBody(bytes: Uint8Array, limits: JsonLimits): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new BadBody('the body is not valid UTF-8');
  }
  if (text.trim() === '') throw new BadBody('the body is empty: send a JSON document, or no Content-Type');
  if (nestsDeeperThan(text, limits.maxDepth)) throw new BadBody(`the body nests objects or arrays deeper than ${limits.maxDepth} levels`);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw syntaxProblem(error);
  }
  assertCleanValues(document);
  return document;
}
