import { type ApiHarness, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { docketBbbCase } from '../support/journeys';

interface Notice {
  readonly kind: string;
  readonly rule: string;
  readonly recipient: string;
  readonly sentAt: string;
  readonly deliveredAt?: string;
}

/**
 * BBB-8.7: every notice is recorded as delivered once known (issue 10: a client recorded the Position's delivery through
 * POST hearing/deliveries and found the notice that carried it still undelivered under /notices/{id}/delivery; and the
 * Settlement letter of BBB-3.4 reached the Parties as no notice at all).
 */
describe('notices and the documents they carry through HTTP (BBB-8.7, BBB-3.4)', () => {
  let api: ApiHarness;
  let businessId: string;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await api.request('POST', '/businesses', { body: { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] }, as: STAFF });
    businessId = body.businessId;
    await api.request('POST', `/businesses/${businessId}/participation`, { body: { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] }, as: STAFF });
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status < 300 ? 'ok' : response.body }).toEqual({ url, status: 'ok' });
    return response;
  };
  const detail = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const noticeOfKind = async (caseId: string, kind: string): Promise<[string, Notice]> => Object.entries((await detail(caseId)).notices as Record<string, Notice>).find(([, notice]) => notice.kind === kind)!;
  const deliveriesOffered = async (caseId: string) =>
    ((await detail(caseId)).nextActions as { command: string; about?: Record<string, string> }[]).filter((action) => action.command === 'RecordNoticeDelivery').map((action) => action.about?.['noticeId']);
  const noticesDelivered = async (caseId: string, noticeId: string) =>
    (await api.eventStore.readStream(`case-${caseId}`)).filter((event) => event.type === 'NoticeDelivered' && (event.data as { noticeId: string }).noticeId === noticeId);

  it('BBB-8.7, BBB-4.4: the Position\'s delivery recorded through the hearing delivers the notice that forwarded it, once; the notice route then refuses (409)', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    const [noticeId, sent] = await noticeOfKind(caseId, 'position-forwarded');
    expect(sent).toMatchObject({ recipient: 'respondent' });
    expect(await deliveriesOffered(caseId)).toContain(noticeId);

    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-01T12:00:00Z' });
    expect((await detail(caseId)).notices[noticeId]).toMatchObject({ deliveredAt: '2026-06-01T12:00:00Z' });
    expect(await deliveriesOffered(caseId)).not.toContain(noticeId);
    expect(await post(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: '2026-06-01T12:00:00Z' })).toMatchObject({ status: 409, body: { rule: 'BBB-8.7' } });
    expect(await noticesDelivered(caseId, noticeId)).toHaveLength(1);
  });

  it('BBB-8.7, BBB-4.4.2: the Rebuttal\'s notice recorded delivered through /notices records the Rebuttal\'s receipt with it (the reply period starts); the hearing route then refuses (409)', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
    await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: '2026-06-01T12:00:00Z' });
    await ok(`/cases/${caseId}/hearing/rebuttal`, { receivedAt: '2026-06-01T12:00:00Z', summary: 'we disagree' }, actor('respondent', 'acme'));
    const [noticeId, sent] = await noticeOfKind(caseId, 'rebuttal-forwarded');
    expect(sent).toMatchObject({ recipient: 'complainant' });

    await ok(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: '2026-06-01T12:00:00Z' });
    const delivered = await detail(caseId);
    expect(delivered).toMatchObject({ stage: 'hearing-reply', deadlines: { 'reply-1': { rule: 'BBB-4.4.2' } } });
    expect(delivered.notices[noticeId]).toMatchObject({ deliveredAt: '2026-06-01T12:00:00Z' });
    expect(delivered.nextActions.map((action: { command: string }) => action.command)).not.toContain('RecordHearingDelivery');
    expect(await post(`/cases/${caseId}/hearing/deliveries`, { document: 'rebuttal', deliveredAt: '2026-06-01T12:00:00Z' })).toMatchObject({ status: 409, body: { rule: 'BBB-4.4.2' } });
    expect(await noticesDelivered(caseId, noticeId)).toHaveLength(1);
  });

  it('BBB-3.4, BBB-8.7: circulating the Settlement letter sends it to each Party as a notice, whose delivery is offered and recorded', async () => {
    const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
    await ok(`/cases/${caseId}/settlement`, { terms: 'Acme deletes the marketing profile' });
    const circulated = await ok(`/cases/${caseId}/settlement/letter`, {});
    expect(circulated.body.noticeIds).toHaveLength(2);
    const closed = await detail(caseId);
    expect(closed.status).toBe('closed');
    expect(circulated.body.noticeIds.map((noticeId: string) => closed.notices[noticeId])).toEqual([
      expect.objectContaining({ kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'respondent' }),
    ]);
    expect(await deliveriesOffered(caseId)).toEqual(expect.arrayContaining(circulated.body.noticeIds));
    await ok(`/cases/${caseId}/notices/${circulated.body.noticeIds[1]}/delivery`, { deliveredAt: '2026-06-01T12:00:00Z' });
    expect((await detail(caseId)).notices[circulated.body.noticeIds[1]]).toMatchObject({ deliveredAt: '2026-06-01T12:00:00Z' });
  });
});
