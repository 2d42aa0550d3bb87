import { UpcasterRegistry } from './upcasting';

describe('upcaster registry', () => {
  const registry = new UpcasterRegistry()
    .register({ type: 'ComplaintFiled', fromVersion: 1, upcast: (d) => ({ ...(d as object), channel: 'email' }) })
    .register({ type: 'ComplaintFiled', fromVersion: 2, upcast: (d) => ({ ...(d as object), outcomesSought: [] }) });

  it('reads a stored event of an old schema as the newest, step by step', () => {
    const stored = { type: 'ComplaintFiled', schemaVersion: 1, data: { caseId: 'x' }, eventId: 'e1' };
    const read = registry.upcast(stored);
    expect(read).toEqual({ type: 'ComplaintFiled', schemaVersion: 3, data: { caseId: 'x', channel: 'email', outcomesSought: [] }, eventId: 'e1' });
    // The stored event itself is untouched.
    expect(stored).toEqual({ type: 'ComplaintFiled', schemaVersion: 1, data: { caseId: 'x' }, eventId: 'e1' });
  });

  it('leaves current events and unknown types alone', () => {
    const current = { type: 'ComplaintFiled', schemaVersion: 3, data: {} };
    expect(registry.upcast(current)).toBe(current);
    expect(registry.currentVersion('ContactRecorded')).toBe(1);
  });

  it('refuses a gap in the chain', () => {
    const gappy = new UpcasterRegistry().register({ type: 'T', fromVersion: 2, upcast: (d) => d });
    expect(() => gappy.upcast({ type: 'T', schemaVersion: 1, data: {} })).toThrow(/No upcaster for T from schema version 1/);
  });

  it('refuses two upcasters for the same step', () => {
    expect(() => new UpcasterRegistry().register({ type: 'T', fromVersion: 1, upcast: (d) => d }).register({ type: 'T', fromVersion: 1, upcast: (d) => d })).toThrow(/already registered/);
  });
});
