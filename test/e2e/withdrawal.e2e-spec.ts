import { type ApiHarness, removeDataDir, STAFF, startApi, actor, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, docketBbbCase, enrolPanelist } from '../support/journeys';

const COMPLAINANT = actor('complainant', 'ada');

describe('withdrawal at several stages through HTTP (BBB-6 (3))', () => {
  let api: ApiHarness;
  let businessId: string;
  let PANELIST: Actor;

  beforeAll(async () => {
    api = await startApi({ CLOCK: 'controllable', CLOCK_START: '2026-06-01T12:00:00Z' });
    const { body } = await post('/businesses', { legalName: 'Acme Analytics Inc.', programs: ['bbb-eu-safe-harbor'] });
    businessId = body.businessId;
    await post(`/businesses/${businessId}/participation`, { program: 'bbb-eu-safe-harbor', effectiveFrom: '2020-01-01T00:00:00Z', frameworks: ['us-eu-safe-harbor'] });
    PANELIST = await enrolPanelist(api);
  });

  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  // The clock's own time: documents are received and delivered as the actions are taken.
  const NOW = '2026-06-01T12:00:00Z';
  const post = (url: string, body: unknown, as: Actor = STAFF) => api.request('POST', url, { body, as });
  const read = async (caseId: string) => (await api.request('GET', `/cases/${caseId}`, { as: STAFF, headers: { 'x-min-position': String(await api.eventStore.headPosition()) } })).body;
  const ok = async (url: string, body: unknown, as: Actor = STAFF) => {
    const response = await post(url, body, as);
    expect({ url, status: response.status, body: response.body }).toEqual({ url, status: 200, body: expect.anything() });
  };

  const stages: [string, string, (caseId: string) => Promise<void>, { url: string; body: unknown; as?: Actor }][] = [
    ['in Conciliation, facts exchanged', 'conciliation', async (caseId) => ok(`/cases/${caseId}/conciliation/complainant-facts`, { summary: 'the marketing emails', obtainedAt: NOW }), { url: 'settlement', body: { terms: 'Acme apologises' } }],
    [
      'in the hearing, the Rebuttal period running',
      'hearing-rebuttal',
      async (caseId) => {
        await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true });
        await ok(`/cases/${caseId}/hearing/deliveries`, { document: 'position', deliveredAt: NOW });
      },
      { url: 'hearing/rebuttal', body: { receivedAt: NOW, summary: 'too late' } },
    ],
    ['with the Panelist appointed', 'panelist-appointed', async (caseId) => ok(`/cases/${caseId}/panel/appointment`, {}), { url: 'panelist/no-oral-hearing', body: {} }],
    [
      'after the Decision, the statement period running',
      'decision-compliance',
      async (caseId) => {
        await ok(`/cases/${caseId}/panel/appointment`, {});
        await ok(`/cases/${caseId}/decision`, { findings: 'kept the profile', correctiveActionNecessary: true, correctiveAction: { description: 'delete it', remedies: [{ kind: 'suppress-personal-data' }], performBy: '2026-08-31T16:00:00Z' } }, PANELIST);
        await ok(`/cases/${caseId}/decision/deliveries`, { document: 'decision', deliveredAt: NOW });
      },
      { url: 'decision/compliance-intent', body: { how: 'we will delete it', receivedAt: NOW } },
    ],
  ];

  it.each(stages)('BBB-6 (3) the Complainant withdraws %s: closed as withdrawn, the running periods cancelled, the Complainant told, nothing more taken', async (_, stage, reach, refused) => {
    const hearing = stage !== 'conciliation' && stage !== 'hearing-rebuttal';
    const caseId = hearing ? await bbbCaseAwaitingPanelist(api, businessId, NOW) : await docketBbbCase(api, businessId, NOW);
    await reach(caseId);
    const before = await read(caseId);
    expect(before.stage).toBe(stage);
    if (stage === 'hearing-rebuttal' || stage === 'decision-compliance') expect(Object.keys(before.deadlines)).toHaveLength(1);

    await ok(`/cases/${caseId}/withdrawal`, { reason: 'resolved with the company' }, COMPLAINANT);
    const closed = await read(caseId);
    expect(closed).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'withdrawn', rule: 'BBB-6' }, deadlines: {} });
    expect((await api.request('GET', `/deadlines?caseId=${caseId}&count=true`)).body.total).toBe(0);
    const withdrawalNotice = Object.values(closed.notices as Record<string, { kind: string; recipient: string }>).find((notice) => notice.kind === 'withdrawal-confirmed');
    expect(withdrawalNotice).toMatchObject({ recipient: 'complainant', rule: 'BBB-6' });
    // Only what a closed case allows: its file's disposal and the deliveries still to record.
    expect(new Set(closed.nextActions.map((action: { command: string }) => action.command))).toEqual(new Set(['DisposeCaseFile', 'RecordNoticeDelivery']));
    const after = await post(`/cases/${caseId}/${refused.url}`, refused.body, stage === 'panelist-appointed' ? PANELIST : (refused.as ?? STAFF));
    expect(after).toMatchObject({ status: 409, body: { rule: 'BBB-6' } });
  });
});
