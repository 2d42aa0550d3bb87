import { END, type AllStreamResolvedEvent, type ReadPosition } from '@eventstore/db-client';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { isSystemEvent, toRecordedEvent } from './event-codec';
import { readPositionAfter, toGlobalPosition } from './position';

/** One page of $all as the client reads it: forward from a position inclusive, backward exclusive. */
export type ReadAllPage = (
  from: ReadPosition,
  direction: 'forwards' | 'backwards',
  maxCount: number,
) => Promise<AllStreamResolvedEvent[]>;

/**
 * Pages through $all because system events are dropped on our side (the client's readAll takes no
 * filter): a page of N records may hold fewer than N of ours. Each page restarts at the prepare
 * position of the last record seen (never at its reported commit position, which a whole batch may
 * share: see position.ts), so a page must hold at least two records to make progress.
 */
export async function readAllAfter(
  readPage: ReadAllPage,
  after: number | undefined,
  maxCount: number | undefined,
  pageSize: number,
): Promise<RecordedEvent[]> {
  if (pageSize < 2) throw new RangeError('pageSize must be at least 2');
  const wanted = maxCount ?? Number.POSITIVE_INFINITY;
  const found: RecordedEvent[] = [];
  if (wanted <= 0) return found;
  let cursor = after ?? -1;
  let from = readPositionAfter(after);
  for (;;) {
    const page = await readPage(from, 'forwards', pageSize);
    const pageStart = cursor;
    for (const { event } of page) {
      if (!event) continue;
      const position = toGlobalPosition(event.position, event.id);
      // Everything at or before the cursor was delivered already (or precedes `after`): see position.ts.
      if (position <= cursor) continue;
      cursor = position;
      if (isSystemEvent(event)) continue;
      found.push(toRecordedEvent(event));
      if (found.length >= wanted) return found;
    }
    if (page.length < pageSize) return found;
    // A full page that moved nothing forward would be read again forever.
    if (cursor === pageStart) throw new Error(`Reading $all from position ${cursor} made no progress`);
    from = readPositionAfter(cursor);
  }
}

/** Position of the newest event of ours, skipping newer system events; -1 when there is none. */
export async function findHeadPosition(readPage: ReadAllPage, pageSize: number): Promise<number> {
  let from: ReadPosition = END;
  for (;;) {
    const page = await readPage(from, 'backwards', pageSize);
    let oldest: number | undefined;
    for (const { event } of page) {
      if (!event) continue;
      oldest = toGlobalPosition(event.position, event.id);
      if (!isSystemEvent(event)) return oldest;
    }
    if (page.length < pageSize || oldest === undefined) return -1;
    // Backward reads exclude their start: the next page begins just below the oldest record seen.
    from = { commit: BigInt(oldest), prepare: BigInt(oldest) };
  }
}
