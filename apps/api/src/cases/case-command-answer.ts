import type { CommandOutcome } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import type { CaseEvent } from '@pdr/procedures';

/** What a case command's answer names besides its revision: the ids of what it created, read from the events it appended. */
export type CreatedIds = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Every case command answers this much (CaseCommandAcceptedDto documents it). */
export interface CaseCommandAnswer {
  readonly revision: number;
  readonly position: number;
  /** The notices the command sent: their deliveries are recorded by id (BBB-8.7). */
  readonly noticeIds?: readonly string[];
}

type DataOf<T extends CaseEvent['type']> = Extract<CaseEvent, { type: T }>['data'];

/** The `field` of every appended event of `type`, in order. Ids are read back from the events, never guessed. */
export function idsIn<T extends CaseEvent['type']>(events: readonly NewEvent[], type: T, field: keyof DataOf<T> & string): string[] {
  return events.flatMap((event) => {
    const value = event.type === type ? (event.data as Record<string, unknown>)[field] : undefined;
    return typeof value === 'string' ? [value] : [];
  });
}

/** The one id of that kind the command created. Its absence is a bug in the command, not the client's fault. */
export function idIn<T extends CaseEvent['type']>(events: readonly NewEvent[], type: T, field: keyof DataOf<T> & string): string {
  const [id] = idsIn(events, type, field);
  if (id === undefined) throw new Error(`the command appended no ${type} naming its ${field}`);
  return id;
}

/**
 * A case command's answer: the new revision (also as ETag, the next If-Match), the log position (X-Min-Position for
 * reading one's own write), the notices it sent, and whatever `created` reads from its events.
 */
export function answerCaseCommand<T extends CreatedIds = Record<never, never>>(
  reply: { header(name: string, value: string): unknown },
  outcome: CommandOutcome,
  created?: (events: readonly NewEvent[]) => T,
): CaseCommandAnswer & T {
  reply.header('etag', `"${outcome.revision}"`);
  const noticeIds = idsIn(outcome.events, 'NoticeSent', 'noticeId');
  return { revision: outcome.revision, position: outcome.position, ...(noticeIds.length > 0 ? { noticeIds } : {}), ...(created?.(outcome.events) as T) };
}
