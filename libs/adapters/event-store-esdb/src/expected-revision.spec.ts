import { ANY, NO_STREAM } from '@eventstore/db-client';
import { fromEsdbCurrentRevision, satisfies, toEsdbExpectedRevision } from './expected-revision';

describe('toEsdbExpectedRevision', () => {
  it('maps the named expectations to the client constants', () => {
    expect(toEsdbExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
  });

  it('maps a revision to a bigint', () => {
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });

  it('rejects negative or fractional revisions before they reach the server', () => {
    expect(() => toEsdbExpectedRevision(-1)).toThrow(RangeError);
    expect(() => toEsdbExpectedRevision(1.5)).toThrow(RangeError);
  });
});

describe('fromEsdbCurrentRevision', () => {
  it('is -1 for a missing stream and the revision otherwise', () => {
    expect(fromEsdbCurrentRevision(NO_STREAM)).toBe(-1);
    expect(fromEsdbCurrentRevision(7n)).toBe(7);
  });
});

describe('satisfies', () => {
  it.each([
    ['any', -1, true],
    ['any', 3, true],
    ['no-stream', -1, true],
    ['no-stream', 0, false],
    [2, 2, true],
    [2, 3, false],
    [0, -1, false],
  ] as const)('%s against actual %s is %s', (expected, actual, result) => {
    expect(satisfies(expected, actual)).toBe(result);
  });
});
