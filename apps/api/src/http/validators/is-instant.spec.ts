import { IsInstant } from './is-instant';
import { violationsOf } from './validate-plain.testing';

class Probe {
  @IsInstant()
  at!: string;
}

describe('IsInstant', () => {
  it.each(['2026-03-02T09:00:00Z', '2026-03-02T10:00:00.5+01:00'])('lets %s through', async (at) => {
    expect(await violationsOf(Probe, { at })).toEqual([]);
  });

  it.each(['2026-03-02', '2026-13-45T00:00:00Z', '2026-02-30T09:00:00Z', '2026-03-02T09:00:00', '2026-03-02 09:00:00Z', 'soon', 1772442000000, null])(
    'refuses %s, naming the field without echoing the value',
    async (at) => {
      const violations = await violationsOf(Probe, { at });
      expect(violations).toEqual([{ field: 'at', problems: ['at must be an ISO 8601 instant with seconds and an offset, e.g. 2026-03-02T09:00:00Z'] }]);
    },
  );

  it('refuses a missing instant', async () => {
    expect(await violationsOf(Probe, {})).toEqual([expect.objectContaining({ field: 'at' })]);
  });
});
