import { ADMIN_PASSWORD, complaint, removeDataDir, STAFF, startApi } from '../support/api-harness';
import { createApi } from '../../apps/api/src/bootstrap';
import { loadConfig } from '@pdr/platform';

describe('readiness: GET /health is ready once every projection reached the head the log had at start', () => {
  it('on a store pre-filled with events: 503 naming the projections behind and by how much, then 200 with every projection at that head', async () => {
    // READ_MODELS=memory: every start replays the log, so the projections start behind.
    const first = await startApi({ READ_MODELS: 'memory' });
    try {
      for (let i = 0; i < 20; i++) expect((await first.request('POST', '/cases', { body: complaint({ respondent: { name: `Ready ${i} Ltd` } }), as: STAFF })).status).toBe(201);
      const head = await first.eventStore.headPosition();
      await first.close();

      const app = await createApi(loadConfig({ DATA_DIR: first.dataDir, LOG_LEVEL: 'silent', ADMIN_INITIAL_PASSWORD: ADMIN_PASSWORD, READ_MODELS: 'memory' }));
      try {
        const seen: { status: number; body: any }[] = [];
        for (let i = 0; i < 500; i++) {
          const response = await app.inject({ method: 'GET', url: '/health' });
          seen.push({ status: response.statusCode, body: JSON.parse(response.body) });
          if (response.statusCode === 200) break;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const last = seen[seen.length - 1]!;
        expect(last).toEqual({ status: 200, body: { status: 'ok' } });
        for (const early of seen.slice(0, -1)) {
          // Names and counts only, for anyone: which projections are behind the head at start, and by how many positions.
          expect(early.status).toBe(503);
          // Once none is behind, the read models' indexes are built before the service is ready.
          const building = early.body.catchingUp?.behind?.length === 0 ? { buildingIndexes: true } : {};
          expect(early.body).toEqual({ status: 'unavailable', catchingUp: { headAtStart: expect.any(Number), behind: expect.any(Array), ...building } });
          expect(early.body.catchingUp.headAtStart).toBeGreaterThanOrEqual(head);
          for (const entry of early.body.catchingUp.behind) expect(entry).toEqual({ projection: expect.any(String), positions: expect.any(Number) });
          expect(JSON.stringify(early.body)).not.toContain('Ready ');
        }
        // Ready means every projection has applied the head the log had when the service started.
        const signIn = await app.inject({
          method: 'POST',
          url: '/oidc/token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ grant_type: 'password', client_id: 'pdr-cli', username: 'admin', password: ADMIN_PASSWORD }).toString(),
        });
        const token = JSON.parse(signIn.body).access_token as string;
        const details = JSON.parse((await app.inject({ method: 'GET', url: '/health', headers: { authorization: `Bearer ${token}` } })).body);
        for (const projection of details.projections.projections) expect({ name: projection.name, atHead: projection.position >= head }).toEqual({ name: projection.name, atHead: true });
      } finally {
        await app.close();
      }
    } finally {
      removeDataDir(first.dataDir);
    }
  });
});
