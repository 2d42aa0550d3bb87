import type { BusinessState, ParticipationPeriod } from './business.state';
import { participationAt, participationInPeriods } from './participation';

const period = (overrides: Partial<ParticipationPeriod> = {}): ParticipationPeriod => ({
  from: '2025-01-15T00:00:00.000Z',
  frameworks: ['us-eu-safe-harbor'],
  renewals: [],
  ...overrides,
});

const business = (periods: readonly ParticipationPeriod[]): BusinessState => ({
  status: 'registered',
  businessId: 'b-1',
  legalName: 'Acme',
  programs: ['bbb-eu-safe-harbor'],
  participation: { 'bbb-eu-safe-harbor': periods },
});

describe('participationAt', () => {
  it('BBB-2.3 is not current before participation began', () => {
    expect(participationAt(business([period()]), 'bbb-eu-safe-harbor', '2025-01-14T23:59:59Z')).toEqual({ current: false });
  });

  it('BBB-2.3 is current from the instant participation began (inclusive) while nothing ended it', () => {
    expect(participationAt(business([period()]), 'bbb-eu-safe-harbor', '2025-01-15T00:00:00Z')).toEqual({ current: true, since: '2025-01-15T00:00:00.000Z', frameworks: ['us-eu-safe-harbor'] });
  });

  it('CASRO-4 is not current from the instant a lapse takes effect (periods are half-open)', () => {
    const lapsed = business([period({ until: '2026-01-15T00:00:00.000Z', lapseReason: 'withdrawn' })]);
    expect(participationAt(lapsed, 'bbb-eu-safe-harbor', '2026-01-14T23:59:59.999Z').current).toBe(true);
    expect(participationAt(lapsed, 'bbb-eu-safe-harbor', '2026-01-15T00:00:00.000+00:00')).toEqual({ current: false, lapsedAt: '2026-01-15T00:00:00.000Z', lapseReason: 'withdrawn' });
  });

  it('CASRO-4 reports the frameworks as renewed by the instant asked about', () => {
    const renewed = [period({ renewals: [{ at: '2026-01-10T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] }] })];
    expect(participationInPeriods(renewed, '2026-01-09T00:00:00Z').frameworks).toEqual(['us-eu-safe-harbor']);
    expect(participationInPeriods(renewed, '2026-01-10T00:00:00Z').frameworks).toEqual(['us-eu-safe-harbor', 'us-swiss-safe-harbor']);
  });

  it('answers for the gap between two periods with the earlier lapse', () => {
    const periods = [period({ until: '2025-06-01T00:00:00.000Z', lapseReason: 'removed' }), period({ from: '2025-09-01T00:00:00.000Z' })];
    expect(participationInPeriods(periods, '2025-07-01T00:00:00Z')).toEqual({ current: false, lapsedAt: '2025-06-01T00:00:00.000Z', lapseReason: 'removed' });
    expect(participationInPeriods(periods, '2025-10-01T00:00:00Z')).toMatchObject({ current: true, since: '2025-09-01T00:00:00.000Z' });
  });

  it('is never current for an unregistered business or a program it never joined', () => {
    expect(participationAt({ status: 'none' }, 'bbb-eu-safe-harbor', '2026-01-01T00:00:00Z')).toEqual({ current: false });
    expect(participationAt(business([period()]), 'verasafe-2016', '2026-01-01T00:00:00Z')).toEqual({ current: false });
  });

  it('refuses an instant that is not one', () => {
    expect(() => participationAt(business([period()]), 'bbb-eu-safe-harbor', 'yesterday')).toThrow(RangeError);
  });
});
