/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`, found in one pass over the characters with a
 * counter, before anything recursive (JSON.parse's reviver, class-transformer, class-validator) sees the document:
 * those recurse once per level, and 10,000 levels overflow the stack, a 500.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
