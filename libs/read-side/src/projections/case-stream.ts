const PREFIX = 'case-';

/** The case id of an event on a case stream, or undefined for any other stream. */
export function caseIdOf(streamId: string): string | undefined {
  return streamId.startsWith(PREFIX) ? streamId.slice(PREFIX.length) : undefined;
}
