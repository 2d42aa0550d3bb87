import { given } from '@pdr/event-sourcing';
import type { BeginParticipation, RecordParticipationLapse, RecordParticipationRenewal, RegisterBusiness } from './business.commands';
import { businessDecider } from './business.decider';
import type { BusinessEvent } from './business.events';
import { participationAt } from './participation';

const NOW = '2026-03-10T12:00:00.000Z';
const PROGRAM = 'bbb-eu-safe-harbor';

const register = (overrides: Partial<RegisterBusiness> = {}): RegisterBusiness => ({
  kind: 'RegisterBusiness',
  businessId: 'b-1',
  legalName: 'Acme Analytics Inc.',
  aliases: ['Acme', 'ACME ANALYTICS INC.', 'acme', ' Acme Data '],
  website: 'https://acme.example',
  country: 'US',
  programs: [PROGRAM],
  issuedAt: NOW,
  ...overrides,
});

const begin = (overrides: Partial<BeginParticipation> = {}): BeginParticipation => ({
  kind: 'BeginParticipation',
  businessId: 'b-1',
  program: PROGRAM,
  effectiveFrom: '2025-01-15T00:00:00Z',
  frameworks: ['us-eu-safe-harbor'],
  issuedAt: NOW,
  ...overrides,
});

const lapse = (overrides: Partial<RecordParticipationLapse> = {}): RecordParticipationLapse => ({
  kind: 'RecordParticipationLapse',
  businessId: 'b-1',
  program: PROGRAM,
  effectiveFrom: '2026-01-15T00:00:00Z',
  reason: 'certification-lapsed',
  issuedAt: NOW,
  ...overrides,
});

const renew = (overrides: Partial<RecordParticipationRenewal> = {}): RecordParticipationRenewal => ({
  kind: 'RecordParticipationRenewal',
  businessId: 'b-1',
  program: PROGRAM,
  effectiveFrom: '2026-01-10T00:00:00Z',
  frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'],
  issuedAt: NOW,
  ...overrides,
});

/** Runs commands in order, each on the history so far. */
function history(...commands: Parameters<typeof businessDecider.decide>[0][]): BusinessEvent[] {
  return commands.reduce<BusinessEvent[]>((events, command) => [...events, ...given(businessDecider, events).when(command)], []);
}

describe('business decider', () => {
  it('registers a US business with distinct aliases and the programs it names', () => {
    expect(given(businessDecider).when(register())).toEqual([
      {
        type: 'BusinessRegistered',
        data: { businessId: 'b-1', legalName: 'Acme Analytics Inc.', aliases: ['Acme', 'Acme Data'], website: 'https://acme.example', country: 'US', programs: [PROGRAM] },
      },
    ]);
  });

  it('refuses to register the same business twice', () => {
    expect(() => given(businessDecider, history(register())).when(register())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BUSINESS-EXISTS', field: 'businessId' }));
  });

  it('refuses an unknown program and a blank legal name, naming the field', () => {
    expect(() => given(businessDecider).when(register({ programs: ['nope'] }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'PROGRAM-UNKNOWN', field: 'programs' }));
    expect(() => given(businessDecider).when(register({ legalName: '  ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BUSINESS-NAME', field: 'legalName' }));
  });

  it('CASRO-4 records participation from its effective instant with the frameworks certified', () => {
    expect(given(businessDecider, history(register())).when(begin({ frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor', 'us-eu-safe-harbor'] }))).toEqual([
      {
        type: 'ParticipationBegan',
        data: { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2025-01-15T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] },
      },
    ]);
  });

  it('CASRO-4 refuses a participation that names no known framework', () => {
    const registered = history(register());
    expect(() => given(businessDecider, registered).when(begin({ frameworks: [] }))).toThrow(expect.objectContaining({ rule: 'CASRO-4', field: 'frameworks' }));
    expect(() => given(businessDecider, registered).when(begin({ frameworks: ['gdpr'] }))).toThrow(expect.objectContaining({ rule: 'CASRO-4', field: 'frameworks' }));
  });

  it('refuses participation of an unknown business (404) and one that begins in the future', () => {
    expect(() => given(businessDecider).when(begin())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'BUSINESS-UNKNOWN', field: 'businessId' }));
    expect(() => given(businessDecider, history(register())).when(begin({ effectiveFrom: '2026-03-11T00:00:00Z' }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'INSTANT-IN-FUTURE', field: 'effectiveFrom' }),
    );
  });

  it('refuses to begin a participation that is already current', () => {
    expect(() => given(businessDecider, history(register(), begin())).when(begin({ effectiveFrom: '2025-06-01T00:00:00Z' }))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'PARTICIPATION-CURRENT', field: 'program' }),
    );
  });

  it('CASRO-4 records a lapse that ends good standing', () => {
    const events = given(businessDecider, history(register(), begin())).when(lapse());
    expect(events).toEqual([{ type: 'ParticipationLapsed', data: { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2026-01-15T00:00:00.000Z', reason: 'certification-lapsed' } }]);
  });

  it('refuses a lapse when nothing is current, or one that does not follow the participation', () => {
    expect(() => given(businessDecider, history(register())).when(lapse())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PARTICIPATION-NOT-CURRENT', field: 'program' }));
    expect(() => given(businessDecider, history(register(), begin())).when(lapse({ effectiveFrom: '2025-01-15T00:00:00Z' }))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'PARTICIPATION-ORDER', field: 'effectiveFrom' }),
    );
  });

  it('CASRO-4 tracks renewals of a current participation, and refuses to renew a lapsed one', () => {
    const renewed = history(register(), begin(), renew());
    expect(renewed[2]).toEqual({ type: 'ParticipationRenewed', data: { businessId: 'b-1', program: PROGRAM, effectiveFrom: '2026-01-10T00:00:00.000Z', frameworks: ['us-eu-safe-harbor', 'us-swiss-safe-harbor'] } });
    expect(() => given(businessDecider, history(register(), begin(), lapse())).when(renew({ effectiveFrom: '2026-02-01T00:00:00Z' }))).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'CASRO-4', field: 'program' }),
    );
  });

  it('begins again after a lapse, never before the lapse', () => {
    const lapsed = history(register(), begin(), lapse());
    expect(() => given(businessDecider, lapsed).when(begin({ effectiveFrom: '2026-01-01T00:00:00Z' }))).toThrow(expect.objectContaining({ rule: 'PARTICIPATION-ORDER', field: 'effectiveFrom' }));
    expect(given(businessDecider, lapsed).when(begin({ effectiveFrom: '2026-02-01T00:00:00Z' }))[0].type).toBe('ParticipationBegan');
  });

  it('BBB-2.3 answers whether participation was current when the complaint was filed', () => {
    const { state } = given(businessDecider, history(register(), begin(), lapse(), begin({ effectiveFrom: '2026-02-01T00:00:00Z' })));
    expect(participationAt(state, PROGRAM, '2025-06-01T00:00:00Z')).toEqual({ current: true, since: '2025-01-15T00:00:00.000Z', frameworks: ['us-eu-safe-harbor'] });
    expect(participationAt(state, PROGRAM, '2026-01-20T00:00:00Z')).toEqual({ current: false, lapsedAt: '2026-01-15T00:00:00.000Z', lapseReason: 'certification-lapsed' });
    expect(participationAt(state, PROGRAM, '2026-03-01T00:00:00Z')).toMatchObject({ current: true, since: '2026-02-01T00:00:00.000Z' });
    expect(participationAt(state, 'verasafe-2016', '2026-03-01T00:00:00Z')).toEqual({ current: false });
  });
});
