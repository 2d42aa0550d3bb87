import { randomUUID } from 'node:crypto';
import { ACCESS_POLICY, type AccessRule } from '../../apps/api/src/access/access-policy';
import { ADMIN, type ApiHarness, type Actor, actor, COMPLIANCE, removeDataDir, STAFF, startApi } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, enrolPanelist } from '../support/journeys';

type Side = 'complainant' | 'respondent';

interface Caller {
  readonly name: string;
  readonly actor?: Actor;
  /** What the token grants, to predict the policy's answer independently of the guard. */
  readonly role?: string;
  readonly side?: Side;
}

/**
 * Every operation of /openapi.json × every role × own/other case, against the one access table. The expected answer is
 * computed from the table; the real answer comes through HTTP with real tokens from the embedded provider. Denied is
 * 401 (no token) or 403; allowed is anything else (the empty body may well be 400 or 409 after the guard let it in).
 */
describe('authorization matrix (issue 8)', () => {
  let api: ApiHarness;
  let ownCase: string;
  let otherCase: string;
  let operations: { method: string; path: string; route: string }[];
  let callers: Caller[];

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const business = await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] } });
    const businessId = business.body.businessId as string;
    await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] } });
    const panelist = await enrolPanelist(api);
    ownCase = await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T12:00:00Z');
    expect((await api.request('POST', `/cases/${ownCase}/panel/appointment`, { body: {} })).status).toBe(200);
    otherCase = (await api.request('POST', '/cases', { body: { rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'email', complainant: { name: 'Bo Other', email: 'bo@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Globex' }, allegation: 'x', outcomesSought: ['y'] } })).body.caseId;

    const document = (await api.request('GET', '/openapi.json', { as: null })).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => ({ method: method.toUpperCase(), path, route: path.replace(/\{(\w+)\}/g, ':$1') })),
    );
    callers = [
      { name: 'anonymous' },
      { name: 'administrator', actor: ADMIN, role: 'administrator' },
      { name: 'case-manager', actor: STAFF, role: 'case-manager' },
      { name: 'compliance-officer', actor: COMPLIANCE, role: 'compliance-officer' },
      { name: 'reporting', actor: actor('reporting', 'nightly-report'), role: 'reporting' },
      { name: 'panelist (appointed to own case)', actor: panelist, role: 'panelist' },
      { name: 'complainant of own case', actor: actor('complainant', 'ada', { caseId: ownCase }), role: 'complainant', side: 'complainant' },
      { name: 'respondent of own case', actor: actor('respondent', 'acme', { caseId: ownCase }), role: 'respondent', side: 'respondent' },
      { name: "complainant's representative on own case", actor: actor('representative', 'counsel', { caseId: ownCase, side: 'complainant' }), role: 'representative', side: 'complainant' },
    ];
  }, 120_000);

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  it('every operation in /openapi.json has an entry in the access policy, and every entry an operation', () => {
    const documented = new Set(operations.map(({ method, route }) => `${method} ${route}`));
    expect(operations.length).toBeGreaterThan(90);
    expect([...documented].filter((key) => !ACCESS_POLICY[key])).toEqual([]);
    expect(Object.keys(ACCESS_POLICY).filter((key) => !documented.has(key))).toEqual([]);
  });

  /** The table's answer, derived here from the rule alone. */
  function expected(rule: AccessRule, caller: Caller, caseScope: 'own' | 'other' | 'none', method: string): 'allow' | 'deny' {
    if (rule.public) return 'allow';
    if (!caller.role || !rule.roles.includes(caller.role as never)) return 'deny';
    const party = caller.side !== undefined;
    if (party) {
      if (caseScope !== 'own' && !(caseScope === 'none' && method === 'GET')) return 'deny';
      if (caseScope === 'own' && !rule.sides?.includes(caller.side!)) return 'deny';
      if (rule.sideField) return 'deny'; // the empty body names no side
    }
    if (caller.role === 'panelist') {
      if (caseScope === 'other') return 'deny';
      if (rule.ownPanelistParam || rule.ownPanelistField) return 'deny'; // a stranger's Board id, or none
    }
    return 'allow';
  }

  it('allows and denies exactly as the policy says, for every operation × role × own/other case', async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const operation of operations) {
      const rule = ACCESS_POLICY[`${operation.method} ${operation.route}`]!;
      const scopes: ('own' | 'other' | 'none')[] = operation.route.includes(':caseId') ? ['own', 'other'] : ['none'];
      for (const scope of scopes) {
        const url = operation.path
          .replace('{caseId}', scope === 'own' ? ownCase : otherCase)
          .replace('{calendarId}', 'us-federal')
          .replace(/\{\w+\}/g, () => randomUUID());
        for (const caller of callers) {
          const token = caller.actor ? await api.tokenFor(caller.actor) : undefined;
          const response = await api.app.inject({
            method: operation.method as 'GET' | 'POST',
            url,
            headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(operation.method === 'POST' ? { 'content-type': 'application/json' } : {}) },
            ...(operation.method === 'POST' ? { payload: '{}' } : {}),
          });
          checked++;
          const denied = response.statusCode === 401 || response.statusCode === 403;
          const want = expected(rule, caller, scope, operation.method);
          if ((want === 'deny') !== denied) mismatches.push(`${operation.method} ${operation.route} [${scope}] as ${caller.name}: expected ${want}, got ${response.statusCode} ${response.body.slice(0, 120)}`);
          if (want === 'deny' && !caller.actor && response.statusCode !== 401) mismatches.push(`${operation.method} ${operation.route} anonymous: expected 401, got ${response.statusCode}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Recorded for the closing note: the size of the matrix checked.
    expect(checked).toBeGreaterThan(900);
    process.stdout.write(`authorization matrix: ${operations.length} operations, ${callers.length} callers, ${checked} requests checked\n`);
  }, 300_000);
});
