import { END, START } from '@eventstore/db-client';
import { findHeadPosition, readAllAfter } from './all-reader';
import { fakeLog, type FakeRecord } from './esdb-client.fixture';

// One three-event append (shared commit position, as some servers report it) among system records.
const LOG: FakeRecord[] = [
  { streamId: '$settings', type: '$settings', prepare: 0 },
  { streamId: 'case-1', type: 'Filed', prepare: 100, revision: 0 },
  { streamId: 'case-1', type: 'Assigned', prepare: 220, commit: 220, revision: 1 },
  { streamId: 'case-1', type: 'Noted', prepare: 340, commit: 220, revision: 2 },
  { streamId: 'case-1', type: 'Noted', prepare: 460, commit: 220, revision: 3 },
  { streamId: '$$case-1', type: '$metadata', prepare: 580 },
  { streamId: '$ce-case', type: '$>', prepare: 700 },
  { streamId: 'case-2', type: 'Filed', prepare: 820, revision: 0 },
  { streamId: '$stats-127.0.0.1:2113', type: '$statsCollected', prepare: 940 },
];

const positions = (events: { globalPosition: number }[]) => events.map((e) => e.globalPosition);

describe('readAllAfter', () => {
  it('returns only our events, in order, with prepare positions as global positions', async () => {
    const { readPage, calls } = fakeLog(LOG);
    const events = await readAllAfter(readPage, undefined, undefined, 100);
    expect(positions(events)).toEqual([100, 220, 340, 460, 820]);
    expect(calls).toEqual([START]);
  });

  it('resumes exactly after an event inside a multi-event append', async () => {
    const { readPage, calls } = fakeLog(LOG);
    const events = await readAllAfter(readPage, 340, undefined, 100);
    expect(positions(events)).toEqual([460, 820]);
    expect(calls[0]).toEqual({ commit: 340n, prepare: 340n });
  });

  it('pages over system records without losing or repeating events', async () => {
    const { readPage, calls } = fakeLog(LOG);
    const events = await readAllAfter(readPage, undefined, undefined, 2);
    expect(positions(events)).toEqual([100, 220, 340, 460, 820]);
    expect(calls.length).toBeGreaterThan(3);
  });

  it('stops at maxCount', async () => {
    const { readPage } = fakeLog(LOG);
    expect(positions(await readAllAfter(readPage, 100, 2, 3))).toEqual([220, 340]);
    expect(await readAllAfter(readPage, undefined, 0, 3)).toEqual([]);
  });

  it('returns nothing after the newest event', async () => {
    const { readPage } = fakeLog(LOG);
    expect(await readAllAfter(readPage, 820, undefined, 10)).toEqual([]);
  });

  it('refuses to loop on a page that makes no progress', async () => {
    const stuck = fakeLog(LOG.slice(1, 3));
    const readPage: typeof stuck.readPage = () => stuck.readPage(START, 'forwards', 2);
    await expect(readAllAfter(readPage, 220, undefined, 2)).rejects.toThrow(/no progress/);
  });
});

describe('findHeadPosition', () => {
  it('skips newer system records', async () => {
    const { readPage, calls } = fakeLog(LOG);
    expect(await findHeadPosition(readPage, 2)).toBe(820);
    expect(calls[0]).toBe(END);
  });

  it('is -1 for a store holding only system records', async () => {
    const { readPage } = fakeLog(LOG.filter((r) => r.streamId.startsWith('$')));
    expect(await findHeadPosition(readPage, 2)).toBe(-1);
  });

  it('is -1 for an empty log', async () => {
    expect(await findHeadPosition(fakeLog([]).readPage, 10)).toBe(-1);
  });
});
