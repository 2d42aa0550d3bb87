import { isInstant } from './instants';

describe('isInstant', () => {
  it.each(['2026-03-02T09:00:00Z', '2026-03-02T09:00:00.123Z', '2026-03-02T10:00:00+01:00', '2026-03-01T23:00:00-05:30', '2024-02-29T00:00:00Z', '2026-12-31T23:59:59.999999999Z'])(
    'accepts %s',
    (value) => expect(isInstant(value)).toBe(true),
  );

  it.each([
    ['a date alone', '2026-03-02'],
    ['no offset', '2026-03-02T09:00:00'],
    ['no seconds', '2026-03-02T09:00Z'],
    ['month 13, day 45', '2026-13-45T00:00:00Z'],
    ['30 February', '2026-02-30T09:00:00Z'],
    ['29 February of a common year', '2026-02-29T09:00:00Z'],
    ['hour 24', '2026-03-02T24:00:00Z'],
    ['second 60', '2026-03-02T09:00:60Z'],
    ['an offset without colon', '2026-03-02T09:00:00+0100'],
    ['an impossible offset', '2026-03-02T09:00:00+24:00'],
    ['a space for T', '2026-03-02 09:00:00Z'],
    ['lower-case z', '2026-03-02T09:00:00z'],
    ['a word', 'soon'],
    ['a number', 1772442000000],
    ['nothing', undefined],
  ])('refuses %s', (_what, value) => expect(isInstant(value)).toBe(false));
});
