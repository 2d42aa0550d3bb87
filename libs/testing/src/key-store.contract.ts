import { randomBytes, randomUUID } from 'node:crypto';
import { DataKeyDestroyedError, type KeyStore } from '@pdr/application';
import { describeContract, type Harness } from './contract-suite';

export type KeyStoreHarness = Harness<KeyStore>;

/**
 * What every KeyStore adapter must do (issue 9), as one suite: the embedded SQLite file and MongoDB run it alike.
 * Every test uses fresh subjects, so it runs against a shared server too.
 */
export function describeKeyStoreContract(adapterName: string, open: (() => Promise<KeyStoreHarness>) | undefined, skipReason?: string): void {
  describeContract('KeyStore', adapterName, open, skipReason, registerContractTests);
}

const subject = () => `case:${randomUUID()}:complainant`;

function registerContractTests(store: () => KeyStore): void {
  it('makes a 32-byte data key on first use and gives the same key after', async () => {
    const s = subject();
    expect(await store().findDataKey(s)).toBeUndefined();
    const key = await store().dataKey(s);
    expect(key).toHaveLength(32);
    expect((await store().dataKey(s)).equals(key)).toBe(true);
    expect((await store().findDataKey(s)) as Buffer).toEqual(key);
  });

  it('finds many keys at once: live, destroyed and never made', async () => {
    const [live, gone, never] = [subject(), subject(), subject()];
    const key = await store().dataKey(live);
    await store().dataKey(gone);
    await store().destroy(gone, new Date('2026-12-01T00:00:00Z'));
    const found = await store().findDataKeys([live, gone, never]);
    expect((found.get(live) as Buffer).equals(key)).toBe(true);
    expect(found.get(gone)).toBe('destroyed');
    expect(found.has(never)).toBe(true);
    expect(found.get(never)).toBeUndefined();
  });

  it('gives every subject its own key, also when two writers ask for a new subject at once', async () => {
    const s = subject();
    const [a, b] = await Promise.all([store().dataKey(s), store().dataKey(s)]);
    expect(a.equals(b)).toBe(true);
    expect((await store().dataKey(subject())).equals(a)).toBe(false);
  });

  it('destroys a key for good: found as destroyed, never made again; destroying twice is harmless', async () => {
    const s = subject();
    await store().dataKey(s);
    await store().destroy(s, new Date('2026-12-01T00:00:00Z'));
    await store().destroy(s, new Date('2026-12-02T00:00:00Z'));
    expect(await store().findDataKey(s)).toBe('destroyed');
    await expect(store().dataKey(s)).rejects.toBeInstanceOf(DataKeyDestroyedError);
  });

  it('marks a subject destroyed even if it never had a key, so none is made later', async () => {
    const s = subject();
    await store().destroy(s, new Date('2026-12-01T00:00:00Z'));
    expect(await store().findDataKey(s)).toBe('destroyed');
    await expect(store().dataKey(s)).rejects.toBeInstanceOf(DataKeyDestroyedError);
  });

  it('re-wraps every live key under a new key-encryption key without changing the data keys', async () => {
    const live = subject();
    const gone = subject();
    const key = await store().dataKey(live);
    await store().dataKey(gone);
    await store().destroy(gone, new Date('2026-12-01T00:00:00Z'));
    expect(await store().rewrap(randomBytes(32), `kek-${randomUUID()}`)).toBeGreaterThanOrEqual(1);
    expect(((await store().findDataKey(live)) as Buffer).equals(key)).toBe(true);
    expect(await store().findDataKey(gone)).toBe('destroyed');
  });

  it('reports itself healthy', async () => {
    expect(await store().health()).toEqual(expect.objectContaining({ ok: true }));
  });
}
