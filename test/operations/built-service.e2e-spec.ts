import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { complaint } from '../support/api-harness';

const root = join(__dirname, '..', '..');
const PASSWORD = 'built-service-admin-password';

/** A port nobody listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * What `npm start` runs is the bundled service (dist/api.js, tools/build.cjs), not the sources the other specs load: this
 * builds it (into a directory of its own) and drives it over HTTP as the README's first call does.
 */
describe('the built service, as npm start runs it', () => {
  const out = mkdtempSync(join(root, '.build-check-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'pdr-built-'));
  let api: ChildProcess | undefined;
  let base = '';
  const stderr: string[] = [];

  beforeAll(async () => {
    const built = spawnSync(process.execPath, [join(root, 'tools/build.cjs')], { env: { ...process.env, BUILD_OUT: out }, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // The embedded default whatever the outer environment names.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NEW_)?KEY_ENCRYPTION_KEY|^MONGODB_|^EVENTSTORE_|^REDIS_URL$|^NODE_ENV$/.test(name)));
    api = spawn(process.execPath, [join(out, 'api.js')], { env: { ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_INITIAL_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
    api.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const status = await fetch(`${base}/health`).then((response) => response.status, () => 0);
      if (status === 200) break;
      if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the built service did not become ready: ${stderr.join('')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 120_000);

  afterAll(async () => {
    let stopped = true;
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      // A shutdown that hangs is a defect of its own (an operator's stop would hang too): killed, then reported.
      stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 20_000))]);
      if (!stopped) {
        api.kill('SIGKILL');
        await exited;
      }
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    if (!stopped) throw new Error('the built service did not stop within 20 s of SIGTERM');
  }, 40_000);

  const token = async (username: string, password: string): Promise<string> => {
    const response = await fetch(`${base}/oidc/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', client_id: 'pdr-cli', username, password }) });
    expect(response.status).toBe(200);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  const call = (path: string, bearer: string, body?: unknown) =>
    fetch(`${base}${path}`, { method: body ? 'POST' : 'GET', headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });

  it('BBB-2.1 signs in, opens a case manager’s account, files a complaint and lists it, validating input on the way', async () => {
    const admin = await token('admin', PASSWORD);
    const me = await call('/accounts/me', admin);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ actingRole: 'administrator', roles: ['administrator'] });
    const opened = await call('/accounts', admin, { kind: 'person', username: 'casey', displayName: 'Casey Manager', roles: ['case-manager'], password: 'casey-password-1' });
    expect(opened.status).toBe(201);
    await opened.arrayBuffer();
    const staff = await token('casey', 'casey-password-1');
    // The README's first complaint.
    const filing = complaint();
    // class-validator's rules came through the bundle: a field out of its rule is refused and named.
    const refused = await call('/cases', staff, { ...filing, complainant: { ...filing.complainant, country: 'nowhere' } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('country');

    const filed = await call('/cases', staff, filing);
    expect(filed.status).toBe(201);
    const { caseId } = (await filed.json()) as { caseId: string };
    for (let tries = 0; tries < 50; tries++) {
      const page = (await (await call('/cases?sort=-receivedAt&pageSize=10', staff)).json()) as { items: Array<{ caseId: string }> };
      if (page.items.some((item) => item.caseId === caseId)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the filed case never reached the case list');
  });

  it('serves its OpenAPI document and the API explorer’s assets, which the bundle resolves from node_modules', async () => {
    const openapi = await fetch(`${base}/openapi.json`);
    expect(openapi.status).toBe(200);
    expect(((await openapi.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/cases');
    const docs = await fetch(`${base}/docs/`);
    expect(docs.status).toBe(200);
    const asset = (await docs.text()).match(/src="\.\/([^"]+\.js)"/)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${base}/docs/${asset}`);
    expect(script.status).toBe(200);
    // Read to the end: a response left unread keeps its connection busy, and the service's stop waits for it.
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(1_000);
  });
});
