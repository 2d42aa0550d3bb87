import { IsCalendarDate } from './is-calendar-date';
import { violationsOf } from './validate-plain.testing';

class Probe {
  @IsCalendarDate()
  on!: string;
}

describe('IsCalendarDate', () => {
  it.each(['2026-03-02', '2028-02-29'])('lets %s through', async (on) => {
    expect(await violationsOf(Probe, { on })).toEqual([]);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-3-2', '02/03/2026', '2026-03-02T00:00:00Z', 20260302])('refuses %s, naming the field', async (on) => {
    expect(await violationsOf(Probe, { on })).toEqual([{ field: 'on', problems: ['on must be a calendar date as YYYY-MM-DD, e.g. 2026-03-02'] }]);
  });
});
