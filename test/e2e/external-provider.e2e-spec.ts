import { createServer } from 'node:net';
import { type ApiHarness, ADMIN, removeDataDir, STAFF, startApi } from '../support/api-harness';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * The same verification code against an external provider: one instance, listening on loopback, plays the external
 * OpenID provider; the other trusts it through OIDC_ISSUER, discovering its JWKS over HTTP like it would Keycloak's.
 */
describe('an external OpenID provider (OIDC_ISSUER)', () => {
  let provider: ApiHarness;
  let api: ApiHarness;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    provider = await startApi({ PUBLIC_URL: `http://127.0.0.1:${port}` });
    await provider.app.listen(port, '127.0.0.1');
    api = await startApi({ OIDC_ISSUER: `http://127.0.0.1:${port}/oidc`, OIDC_AUDIENCE: 'urn:pdr:api' });
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await provider.close();
    removeDataDir(api.dataDir);
    removeDataDir(provider.dataDir);
  });

  it("verifies the issuer's tokens with its published keys and reads roles from its claims", async () => {
    const staff = await provider.tokenFor(STAFF);
    const listed = await api.request('GET', '/cases', { as: null, headers: { authorization: `Bearer ${staff}` } });
    expect(listed.status).toBe(200);
    const forbidden = await api.request('POST', '/calendars/us-federal/closures', { as: null, headers: { authorization: `Bearer ${staff}` }, body: { date: '2026-12-24', reason: 'x' } });
    expect(forbidden.status).toBe(403);
    const admin = await provider.tokenFor(ADMIN);
    expect((await api.request('GET', '/health', { as: null, headers: { authorization: `Bearer ${admin}` } })).body).toHaveProperty('eventStore');
  });

  it('refuses a token whose signature was tampered with, and keeps accounts with the external provider', async () => {
    const token = await provider.tokenFor(STAFF);
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), roles: ['administrator'] })).toString('base64url');
    expect((await api.request('GET', '/cases', { as: null, headers: { authorization: `Bearer ${header}.${forged}.${signature}` } })).status).toBe(401);
    expect((await api.request('POST', '/oidc/token', { as: null, headers: { 'content-type': 'application/x-www-form-urlencoded' }, rawBody: 'grant_type=password' })).status).toBe(404);
    const admin = await provider.tokenFor(ADMIN);
    const opened = await api.request('POST', '/accounts', { as: null, headers: { authorization: `Bearer ${admin}` }, body: { kind: 'person', username: 'x1', displayName: 'X', roles: ['case-manager'], password: 'a-long-enough-password' } });
    expect(opened).toMatchObject({ status: 422, body: { rule: 'ACCOUNTS-EXTERNAL' } });
  });
});
