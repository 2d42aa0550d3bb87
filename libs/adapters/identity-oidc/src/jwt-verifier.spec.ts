import { AuthenticationError, DEFAULT_CLAIM_NAMES } from '@pdr/application';
import { createLocalJWKSet, type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { JwtVerifier } from './jwt-verifier';

const ISSUER = 'https://id.example.org/realms/pdr';
const AUDIENCE = 'pdr-api';

describe('JWT verification (the identity port)', () => {
  let sign: (payload: JWTPayload, options?: { key?: CryptoKey; alg?: string; issuer?: string; audience?: string; expiresIn?: string | number }) => Promise<string>;
  let verifier: JwtVerifier;
  let strangerKey: CryptoKey;
  let jwks: ReturnType<typeof createLocalJWKSet>;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' }] });
    verifier = new JwtVerifier(jwks, { issuer: ISSUER, audience: AUDIENCE, claims: DEFAULT_CLAIM_NAMES });
    sign = (payload, options = {}) =>
      new SignJWT(payload)
        .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: 'k1' })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(options.key ?? privateKey);
  });

  it('reads who acts from a verified token: subject, roles and bindings under the configured claim names', async () => {
    const token = await sign({ sub: 'acct-1', roles: ['case-manager', 'administrator'] });
    expect(await verifier.verify(token)).toEqual({ subject: 'acct-1', roles: ['case-manager', 'administrator'], expiresAt: expect.any(Number) });
    const party = await sign({ sub: 'acct-2', roles: ['complainant'], case_id: 'c-1', case_side: 'complainant' });
    expect(await verifier.verify(party)).toMatchObject({ roles: ['complainant'], case: { caseId: 'c-1', side: 'complainant' } });
  });

  it.each([
    ['signed by a key the issuer does not publish', () => sign({ sub: 'a', roles: ['administrator'] }, { key: strangerKey })],
    ['from another issuer', () => sign({ sub: 'a', roles: ['administrator'] }, { issuer: 'https://evil.example' })],
    ['for another audience', () => sign({ sub: 'a', roles: ['administrator'] }, { audience: 'other-api' })],
    ['expired', () => sign({ sub: 'a', roles: ['administrator'] }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    ['without a subject', () => sign({ roles: ['administrator'] })],
    ['unsigned (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'a', iss: ISSUER, aud: AUDIENCE, exp: 9e9, roles: ['administrator'] })).toString('base64url')}.`],
    ['not a JWT at all', async () => 'garbage'],
  ])('refuses a token %s', async (_case, make) => {
    await expect(verifier.verify(await make())).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('remembers a verified token only until it expires', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const token = await sign({ sub: 'a', roles: ['case-manager'] }, { expiresIn: '2m' });
      expect((await verifier.verify(token)).roles).toEqual(['case-manager']);
      expect((await verifier.verify(token)).roles).toEqual(['case-manager']);
      jest.setSystemTime(Date.now() + 3 * 60_000);
      await expect(verifier.verify(token)).rejects.toBeInstanceOf(AuthenticationError);
    } finally {
      jest.useRealTimers();
    }
  });

  it('never grants the internal system role, a Party role without its case, nor a Panelist role without a Board id', async () => {
    expect((await verifier.verify(await sign({ sub: 'a', roles: ['system', 'case-manager'] }))).roles).toEqual(['case-manager']);
    expect((await verifier.verify(await sign({ sub: 'a', roles: ['respondent'] }))).roles).toEqual([]);
    expect((await verifier.verify(await sign({ sub: 'a', roles: ['respondent'], case_id: 'c-1', case_side: 'complainant' }))).roles).toEqual([]);
    expect((await verifier.verify(await sign({ sub: 'a', roles: ['panelist'] }))).roles).toEqual([]);
    expect(await verifier.verify(await sign({ sub: 'a', roles: ['panelist'], panelist_id: 'p-1' }))).toMatchObject({ roles: ['panelist'], panelistId: 'p-1' });
  });

  it('reads roles from a claim named as configured (e.g. a space-separated scope-like claim)', async () => {
    const custom = new JwtVerifier(jwks, { issuer: ISSUER, audience: AUDIENCE, claims: { ...DEFAULT_CLAIM_NAMES, roles: 'pdr_roles' } });
    expect((await custom.verify(await sign({ sub: 'a', pdr_roles: 'case-manager compliance-officer', roles: ['administrator'] }))).roles).toEqual(['case-manager', 'compliance-officer']);
  });
});
