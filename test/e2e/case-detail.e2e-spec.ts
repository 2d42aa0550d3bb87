import { ACTION_ROUTES } from '../../apps/api/src/cases/next-actions/action-routes';
import { type ApiHarness, removeDataDir, STAFF, startApi, actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

const ADMIN = actor('administrator', 'admin-1');

describe('the case detail: stage, pending deadlines, next actions and notices through HTTP', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown) => api.request('POST', url, { body, as: STAFF });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const commandsOffered = (detail: { nextActions: { command: string }[] }) => detail.nextActions.map((action) => action.command);

  it('every next action names an endpoint the API serves', async () => {
    const { body: openapi } = await api.request('GET', '/openapi.json', { as: STAFF });
    const served = Object.keys(openapi.paths);
    for (const [command, route] of Object.entries(ACTION_ROUTES)) {
      expect({ command, served: served.includes(`/cases/{caseId}/${route}`) }).toEqual({ command, served: true });
    }
  });

  it('BBB-2.3, BBB-2.4a: a filed complaint shows its stage and awaits each condition; docketing appears once all are met', async () => {
    const { body } = await post('/cases', { rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form', complainant: { name: 'Ada', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' }, respondent: { name: 'Acme' }, allegation: 'x', outcomesSought: ['suppress'] });
    const detail = await read(body.caseId);
    expect(detail).toMatchObject({ stage: 'eligibility-review', status: 'open' });
    const awaited = detail.nextActions.filter((action: { awaited: boolean }) => action.awaited);
    expect(awaited[0]).toMatchObject({ command: 'VerifyComplainantIdentity', by: 'administrator', rule: 'BBB-2.2.1', method: 'POST', href: `/cases/${body.caseId}/identity-verification` });
    expect(commandsOffered(detail)).not.toContain('DocketCase');
  });

  it('BBB-4.4, BBB-4.1: a Rebuttal is not offered before a Position, and taking it anyway is refused naming BBB-4.4', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    expect(await read(caseId)).toMatchObject({ stage: 'conciliation' });
    expect((await post(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data', details: 'stop the newsletters' }] })).status).toBe(200);
    const detail = await read(caseId);
    expect(detail.stage).toBe('hearing-position');
    const position = detail.nextActions.find((action: { command: string }) => action.command === 'SubmitPosition');
    const [deadlineId] = Object.keys(detail.deadlines);
    expect(position).toMatchObject({ by: 'complainant', rule: 'BBB-4.4', awaited: true, deadlineId, href: `/cases/${caseId}/hearing/position` });
    expect(commandsOffered(detail)).not.toContain('SubmitRebuttal');
    const rebuttal = await post(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-06-02T09:00:00Z', summary: 'we disagree' });
    expect(rebuttal).toMatchObject({ status: 409, body: { rule: 'BBB-4.4' } });
    expect(detail.nextActions.find((action: { command: string; deadlineId?: string }) => action.command === 'ExtendDeadline' && action.deadlineId === deadlineId)).toMatchObject({
      href: `/cases/${caseId}/deadlines/${deadlineId}/extensions`, awaited: false,
    });
  });

  it('BBB-8.7, BBB-8.3: the detail lists each notice; its delivery is recorded once known and is no longer offered', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    const withdrawn = await post(`/cases/${caseId}/withdrawal`, { reason: 'resolved directly' });
    expect(withdrawn.status).toBe(200);
    const closed = await read(caseId);
    const [noticeId, notice] = Object.entries(closed.notices as Record<string, { recipient: string; channel: string; sentAt: string }>)[0];
    // The command's answer names the notice it sent, so its delivery can be recorded without reading the case.
    expect(withdrawn.body.noticeIds).toEqual([noticeId]);
    expect(notice).toMatchObject({ recipient: 'complainant', channel: 'email', kind: 'withdrawal-confirmed' });
    // BBB-8.3: the closed case's file awaits disposal; the notice's delivery is offered alongside.
    expect(commandsOffered(closed)).toEqual(['DisposeCaseFile', 'RecordNoticeDelivery']);
    expect(closed.nextActions[1]).toMatchObject({ href: `/cases/${caseId}/notices/${noticeId}/delivery`, about: { noticeId }, awaited: false });

    expect(await post(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: 'yesterday' })).toMatchObject({ status: 400, body: { violations: [{ field: 'deliveredAt' }] } });
    expect(await post(`/cases/${caseId}/notices/notice-99/delivery`, { deliveredAt: notice.sentAt })).toMatchObject({ status: 404, body: { rule: 'NOTICE-UNKNOWN' } });
    expect(await api.request('POST', `/cases/${caseId}/notices/${noticeId}/delivery`, { body: { deliveredAt: notice.sentAt }, as: actor('complainant', 'ada') })).toMatchObject({ status: 403 });
    expect((await post(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: notice.sentAt })).status).toBe(200);
    const delivered = await read(caseId);
    expect(delivered.notices[noticeId]).toMatchObject({ deliveredAt: notice.sentAt });
    expect(commandsOffered(delivered)).toEqual(['DisposeCaseFile']);
    expect(await post(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: notice.sentAt })).toMatchObject({ status: 409, body: { rule: 'BBB-8.7' } });
  });

  it('BBB-8.1, BBB-3.2: a docketed Case offers its opening steps and no longer docketing', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    const detail = await read(caseId);
    expect(detail.revision).toBeGreaterThan(0);
    expect(commandsOffered(detail)).toEqual(expect.arrayContaining(['AcknowledgeWaiver', 'ObtainComplainantFacts', 'RequestHearing', 'WithdrawComplaint']));
    expect(commandsOffered(detail)).not.toContain('DocketCase');
  });
});
