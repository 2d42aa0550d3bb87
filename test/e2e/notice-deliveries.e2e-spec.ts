import { type ApiHarness, actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, docketBbbCase, enrolPanelist } from '../support/journeys';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';

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

  beforeAll(async () => ({ api, businessId } = await startBbbApi()));
  afterAll(() => stopApi(api));
  const { post, ok, detail } = caseRequests(() => api);
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
  // Issue 10, continued: the Decision and the Notice of Intent, the Panelist's requests and forwarded answers, and the
  // referral notice each left the notice that carried them undelivered under /notices/{id}/delivery. This test moves the
  // clock, so it runs last.
  it('BBB-8.7, BBB-4.5.1, BBB-4.6.2, BBB-4.6.4, BBB-8.8: each document\'s receipt recorded through its own route delivers the notice that sent it (the notices of GET /cases/{id}); the notice route then refuses (409); the notice first records the document\'s receipt', async () => {
    const ADMIN = actor('administrator', 'admin-1');
    const advance = async (now: string) => expect((await api.request('POST', '/admin/clock', { body: { now }, as: ADMIN })).status).toBe(200);
    /** The notice is delivered at `at` in the case detail, and recording it again through the notice route is refused. */
    const deliveredOnce = async (caseId: string, noticeId: string, at: string) => {
      expect({ noticeId, notice: (await detail(caseId)).notices[noticeId] }).toMatchObject({ noticeId, notice: { deliveredAt: at } });
      expect(await deliveriesOffered(caseId)).not.toContain(noticeId);
      expect(await post(`/cases/${caseId}/notices/${noticeId}/delivery`, { deliveredAt: at })).toMatchObject({ status: 409, body: { rule: 'BBB-8.7', field: 'noticeId' } });
      expect(await noticesDelivered(caseId, noticeId)).toHaveLength(1);
    };

    await advance('2026-06-02T14:00:00Z');
    const PANELIST = await enrolPanelist(api);
    const caseId = await bbbCaseAwaitingPanelist(api, businessId, '2026-06-02T14:00:00Z');
    await ok(`/cases/${caseId}/panel/appointment`, {});

    // BBB-4.5.1: the Panelist asks both Parties; the Respondent's request is recorded received through the proceedings.
    const asked = await ok(`/cases/${caseId}/panelist/information-requests`, { parties: ['complainant', 'respondent'], question: 'Which vendors received the data?' }, PANELIST);
    expect(asked.body).toMatchObject({ requestIds: ['panelist-request-1', 'panelist-request-2'], noticeIds: [expect.any(String), expect.any(String)] });
    const [toComplainant, toRespondent] = asked.body.noticeIds as string[];
    await advance('2026-06-03T14:00:00Z');
    await ok(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-2', document: 'request', deliveredAt: '2026-06-03T14:00:00Z' });
    await deliveredOnce(caseId, toRespondent!, '2026-06-03T14:00:00Z');
    expect((await detail(caseId)).notices[toComplainant!].deliveredAt).toBeUndefined();

    // The reverse order: the Complainant's request notice recorded first records the request's receipt (its answer period starts).
    await ok(`/cases/${caseId}/notices/${toComplainant}/delivery`, { deliveredAt: '2026-06-03T14:00:00Z' });
    expect((await detail(caseId)).deadlines).toMatchObject({ 'panelist-information-answer-2': { kind: 'panelist-information-answer', rule: 'BBB-4.5.1', dueOn: '2026-06-17' } });
    expect(await post(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-1', document: 'request', deliveredAt: '2026-06-03T14:00:00Z' })).toMatchObject({ status: 409, body: { rule: 'BBB-4.5.1', field: 'document' } });
    expect(await noticesDelivered(caseId, toComplainant!)).toHaveLength(1);

    // BBB-4.5.1: the Respondent's answer, forwarded to the Complainant, recorded received through the proceedings.
    const answered = await ok(`/cases/${caseId}/panelist/answers`, { requestId: 'panelist-request-2', receivedAt: '2026-06-03T14:00:00Z', summary: 'vendors A and B' });
    const [forwarded] = answered.body.noticeIds as string[];
    await advance('2026-06-04T14:00:00Z');
    await ok(`/cases/${caseId}/panelist/deliveries`, { requestId: 'panelist-request-2', document: 'answer', deliveredAt: '2026-06-04T14:00:00Z' });
    await deliveredOnce(caseId, forwarded!, '2026-06-04T14:00:00Z');

    // BBB-4.6.2: the Decision, sent to both Parties; its receipt by the Respondent recorded through the Decision.
    await advance('2026-06-05T14:00:00Z');
    const decided = await ok(
      `/cases/${caseId}/decision`,
      { findings: 'kept the profile', correctiveActionNecessary: true, correctiveAction: { description: 'delete the profile', remedies: [{ kind: 'suppress-personal-data' }], performBy: '2026-08-31T16:00:00Z' } },
      PANELIST,
    );
    const [decisionToComplainant, decisionToRespondent] = decided.body.noticeIds as string[];
    await advance('2026-06-08T14:00:00Z');
    await ok(`/cases/${caseId}/decision/deliveries`, { document: 'decision', deliveredAt: '2026-06-08T14:00:00Z' });
    await deliveredOnce(caseId, decisionToRespondent!, '2026-06-08T14:00:00Z');
    expect((await detail(caseId)).notices[decisionToComplainant!].deliveredAt).toBeUndefined();

    // BBB-4.6.4: no statement within 15 days: the Notice of Intent, recorded received through the Decision.
    await advance('2026-06-24T14:00:00Z');
    const [noticeOfIntent] = await noticeOfKind(caseId, 'notice-of-intent');
    await ok(`/cases/${caseId}/decision/deliveries`, { document: 'notice-of-intent', deliveredAt: '2026-06-24T14:00:00Z' });
    await deliveredOnce(caseId, noticeOfIntent, '2026-06-24T14:00:00Z');

    // BBB-8.8: still no intent: the CBBB decides to refer and notifies the Respondent; the notice's receipt, recorded
    // through the referral, can be no earlier than its sending (BBB-8.7).
    await advance('2026-07-02T14:00:00Z');
    expect(await detail(caseId)).toMatchObject({ stage: 'referral-decision' });
    const referred = await ok(`/cases/${caseId}/referral/decision-to-refer`, {
      agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'marketing profile kept', summary: 'no intent to comply', reason: 'no intent after the Notice of Intent',
    });
    const [referralNotice] = referred.body.noticeIds as string[];
    expect(await post(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-07-02T13:00:00Z' })).toMatchObject({ status: 422, body: { rule: 'BBB-8.7', field: 'deliveredAt' } });
    await advance('2026-07-03T14:00:00Z');
    await ok(`/cases/${caseId}/referral/notice-delivery`, { deliveredAt: '2026-07-03T14:00:00Z' });
    await deliveredOnce(caseId, referralNotice!, '2026-07-03T14:00:00Z');
  });
});
