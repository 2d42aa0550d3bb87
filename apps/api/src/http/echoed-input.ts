/**
 * What a refusal may repeat of the request. Messages are built from input in many places (class-validator names
 * unknown properties, RuleViolations interpolate command fields, Nest quotes the URL of an unknown route), so they
 * are bounded where they leave: every echo of a long input is cut to an excerpt, and the whole text is capped.
 */
export const EXCERPT_LENGTH = 80;
export const MAX_TEXT_LENGTH = 1000;

/**
 * Long inputs matched (each costs a scan of the text), and nodes of the body visited to find them: the error path
 * stays cheap on a 1 MiB body. Echoes of inputs beyond these are still cut by the generic rules and the cap.
 */
const MAX_INPUTS = 20;
const MAX_NODES = 10_000;

/** The first `max` characters and an ellipsis, never splitting a surrogate pair. */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  if (text.length <= max) return text;
  const end = /[\ud800-\udbff]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

export interface RequestInput {
  readonly url?: string;
  readonly body?: unknown;
  readonly query?: unknown;
  readonly params?: unknown;
  readonly headers?: Readonly<Record<string, unknown>>;
}

/** The strings (keys included) longer than an excerpt that the client sent, longest first. */
export function longInputs(request: RequestInput | undefined): string[] {
  if (!request) return [];
  const found = new Set<string>();
  const pending: unknown[] = [request.url, request.body, request.query, request.params, request.headers];
  for (let visited = 0; pending.length > 0 && visited < MAX_NODES && found.size < MAX_INPUTS; visited++) {
    const value = pending.pop();
    if (typeof value === 'string') {
      if (value.length > EXCERPT_LENGTH) found.add(value);
    } else if (Array.isArray(value)) {
      pending.push(...value.slice(0, MAX_NODES));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) pending.push(key, item);
    }
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** Replaces each echo of `input` (or of a long enough start of it) in `text` by the input's excerpt. */
function cutEchoes(text: string, input: string): string {
  const probe = input.slice(0, EXCERPT_LENGTH + 1);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(probe); at >= 0; at = text.indexOf(probe, from)) {
    let length = probe.length;
    while (length < input.length && text[at + length] === input[length]) length++;
    out += text.slice(from, at) + excerpt(input);
    from = at + length;
  }
  return out + text.slice(from);
}

const LONG_QUOTED = new RegExp(`(["'\`])([^"'\`]{${EXCERPT_LENGTH + 1},})\\1`, 'g');
const LONG_TOKEN = new RegExp(`[^\\s"'\`]{${EXCERPT_LENGTH + 1},}`, 'g');

/**
 * `text` with every echoed input cut to an excerpt; quoted passages and unbroken runs longer than an excerpt (an
 * echo the matching missed, e.g. altered) cut too; and at most MAX_TEXT_LENGTH characters in all.
 */
export function boundText(text: string, inputs: readonly string[]): string {
  let bounded = text;
  for (const input of inputs) bounded = cutEchoes(bounded, input);
  bounded = bounded.replace(LONG_QUOTED, (_all, quote: string, inner: string) => `${quote}${excerpt(inner)}${quote}`);
  bounded = bounded.replace(LONG_TOKEN, (token) => excerpt(token));
  return excerpt(bounded, MAX_TEXT_LENGTH);
}
