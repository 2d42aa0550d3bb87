import { randomBytes } from 'node:crypto';
import { newDataKey, unwrapKey, wrapKey } from './key-wrap';

describe('wrapping data keys with the key-encryption key', () => {
  const kek = { id: 'kek-1', key: randomBytes(32) };

  it('unwraps what it wrapped, with a fresh nonce every time', () => {
    const key = newDataKey();
    const first = wrapKey(kek, 'contact:c-1', key);
    const second = wrapKey(kek, 'contact:c-1', key);
    expect(first.equals(second)).toBe(false);
    expect(unwrapKey(kek, 'contact:c-1', first).equals(key)).toBe(true);
  });

  it('refuses another KEK, a wrapped key moved to another subject, and any altered byte', () => {
    const wrapped = wrapKey(kek, 'contact:c-1', newDataKey());
    expect(() => unwrapKey({ id: 'kek-2', key: randomBytes(32) }, 'contact:c-1', wrapped)).toThrow();
    expect(() => unwrapKey(kek, 'contact:c-2', wrapped)).toThrow();
    const altered = Buffer.from(wrapped);
    altered[altered.length - 1]! ^= 1;
    expect(() => unwrapKey(kek, 'contact:c-1', altered)).toThrow();
  });
});
