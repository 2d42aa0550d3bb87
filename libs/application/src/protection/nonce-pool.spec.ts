import { randomNonce } from './nonce-pool';

describe('randomNonce (issue 13: nonces drawn from a pool, not one CSPRNG call each)', () => {
  it('hands out nonces of the size asked for, never the same one twice, across many refills of the pool', () => {
    const seen = new Set<string>();
    const sizes = new Set<number>();
    // 64 KiB per pool / 12 bytes: about 5,461 nonces per refill, so this crosses 10 refills.
    for (let i = 0; i < 60_000; i++) {
      const nonce = randomNonce();
      sizes.add(nonce.length);
      seen.add(nonce.toString('hex'));
    }
    expect([...sizes]).toEqual([12]);
    expect(seen.size).toBe(60_000);
  });

  it('gives each nonce its own memory: changing one changes no other', () => {
    const a = randomNonce();
    const b = randomNonce();
    const before = b.toString('hex');
    a.fill(0);
    expect(b.toString('hex')).toBe(before);
    expect(randomNonce().equals(Buffer.alloc(12))).toBe(false);
  });
});
