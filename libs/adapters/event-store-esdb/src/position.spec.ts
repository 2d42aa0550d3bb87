import { START } from '@eventstore/db-client';
import { readPositionAfter, toGlobalPosition } from './position';

describe('readPositionAfter', () => {
  it('starts at the beginning without a checkpoint', () => {
    expect(readPositionAfter(undefined)).toBe(START);
    expect(readPositionAfter(-1)).toBe(START);
  });

  it('starts at the event itself (commit = prepare = after); the caller skips it', () => {
    expect(readPositionAfter(0)).toEqual({ commit: 0n, prepare: 0n });
    expect(readPositionAfter(123_456)).toEqual({ commit: 123_456n, prepare: 123_456n });
  });

  it('rejects positions that are not integers', () => {
    expect(() => readPositionAfter(1.5)).toThrow(RangeError);
  });
});

describe('toGlobalPosition', () => {
  it('is the prepare position, whatever the commit position', () => {
    expect(toGlobalPosition({ commit: 220n, prepare: 340n }, 'e')).toBe(340);
    expect(toGlobalPosition({ commit: 340n, prepare: 340n }, 'e')).toBe(340);
  });

  it('keeps events of one batch distinct and ordered even when they share a commit position', () => {
    const batch = [220n, 340n, 460n].map((prepare) => toGlobalPosition({ commit: 220n, prepare }, 'e'));
    expect(new Set(batch).size).toBe(3);
    expect([...batch].sort((a, b) => a - b)).toEqual(batch);
  });

  it('refuses a missing position or the server sentinel', () => {
    expect(() => toGlobalPosition(undefined, 'e')).toThrow(/no log position/);
    expect(() => toGlobalPosition({ commit: 0xffffffffffffffffn, prepare: 0xffffffffffffffffn }, 'e')).toThrow(/no log position/);
  });

  it('refuses positions beyond Number.MAX_SAFE_INTEGER', () => {
    const big = BigInt(Number.MAX_SAFE_INTEGER) + 1n;
    expect(() => toGlobalPosition({ commit: big, prepare: big }, 'e')).toThrow(RangeError);
  });
});
