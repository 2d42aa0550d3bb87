import { procedureUpcasters } from './event-schemas';

describe('procedure upcasters', () => {
  const upcasters = procedureUpcasters();

  it('reads v1 registry events (rulebook ids) as v2 (programme ids): verasafe-2016 is the verasafe programme', () => {
    expect(upcasters.currentVersion('BusinessRegistered')).toBe(2);
    expect(upcasters.upcast({ type: 'BusinessRegistered', schemaVersion: 1, data: { businessId: 'b', programs: ['verasafe-2016', 'bbb-eu-safe-harbor'] } }).data).toEqual({ businessId: 'b', programs: ['verasafe', 'bbb-eu-safe-harbor'] });
    for (const type of ['ParticipationBegan', 'ParticipationRenewed', 'ParticipationLapsed']) {
      expect(upcasters.upcast({ type, schemaVersion: 1, data: { businessId: 'b', program: 'verasafe-2016' } })).toEqual({ type, schemaVersion: 2, data: { businessId: 'b', program: 'verasafe' } });
    }
  });

  it('leaves events already at v2 and other types as they are', () => {
    const current = { type: 'ParticipationBegan', schemaVersion: 2, data: { program: 'verasafe' } };
    expect(upcasters.upcast(current)).toBe(current);
    expect(upcasters.currentVersion('ComplaintFiled')).toBe(1);
  });
});
