import { type ApiHarness, type Actor } from '../support/api-harness';
import { bbbCaseAwaitingPanelist, enrolPanelist } from '../support/journeys';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';

const FINDINGS = 'The Respondent kept the profile it had promised to delete';

describe('published Decisions through HTTP (BBB-4.6.4, BBB-7.3)', () => {
  let api: ApiHarness;
  let businessId: string;
  let panelist: Actor;

  beforeAll(async () => {
    ({ api, businessId } = await startBbbApi());
    panelist = await enrolPanelist(api);
  });
  afterAll(() => stopApi(api));
  const { ok, get, advance } = caseRequests(() => api);
  const anonymous = (url: string) => get(url, null);

  it('BBB-4.6.4 / BBB-7.3: a Decision whose corrective action the Respondent never agreed to is public, naming the Respondent and never the Complainant; other Decisions are not', async () => {
    await advance('2026-06-01T14:00:00Z');
    const [silent, complying] = [await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T14:00:00Z'), await bbbCaseAwaitingPanelist(api, businessId, '2026-06-01T14:00:00Z')];
    await advance('2026-06-15T14:00:00Z');
    for (const caseId of [silent, complying]) {
      await ok(`/cases/${caseId}/panel/appointment`, {});
      await ok(`/cases/${caseId}/decision`, { findings: FINDINGS, correctiveActionNecessary: true, correctiveAction: { description: 'delete the profile', remedies: [{ kind: 'suppress-personal-data' }], performBy: '2026-08-31T16:00:00Z' } }, panelist);
    }
    await advance('2026-06-16T15:00:00Z');
    for (const caseId of [silent, complying]) await ok(`/cases/${caseId}/decision/deliveries`, { document: 'decision', deliveredAt: '2026-06-16T14:00:00Z' });
    // BBB-4.6.2 passes with no statement: a Notice of Intent, received the next day.
    await advance('2026-07-02T12:00:00Z');
    for (const caseId of [silent, complying]) await ok(`/cases/${caseId}/decision/deliveries`, { document: 'notice-of-intent', deliveredAt: '2026-07-02T12:00:00Z' });
    await advance('2026-07-06T14:00:00Z');
    await ok(`/cases/${complying}/decision/compliance-intent`, { how: 'deleting it in August', receivedAt: '2026-07-06T13:00:00Z' });
    expect((await anonymous('/published-decisions?count=true')).body).toMatchObject({ items: [], total: 0, next: null });

    // BBB-4.6.4: still no intent after the Notice of Intent's 5 business days: the Decision is made public.
    await advance('2026-07-14T12:00:00Z');
    // Counted only when asked (issue 13); one page, so no cursor to a next one.
    const list = await anonymous('/published-decisions?count=true');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, next: null, items: [{ caseId: silent, rule: 'BBB-4.6.4', publicationRule: 'BBB-7.3', publishedAt: expect.any(String) }] });
    const published = await anonymous(`/published-decisions/${silent}`);
    expect(published.body).toMatchObject({
      caseId: silent,
      respondent: 'Acme Analytics Inc.',
      decision: { findings: FINDINGS, correctiveActionNecessary: true, correctiveAction: { description: 'delete the profile', remedies: [{ kind: 'suppress-personal-data' }] } },
    });
    // Nothing about the Complainant (the journeys' complaint is Ada Example's), the Panelist or the procedure's exchanges.
    expect(JSON.stringify(published.body)).not.toMatch(/Ada Example|ada@example|panelistId|Rebuttal|reply/i);

    // The Decision of a Respondent that agreed is not public, and says no more than an unknown case does.
    expect((await anonymous(`/published-decisions/${complying}`)).body).toMatchObject({ statusCode: 404, field: 'caseId' });
    expect((await anonymous('/published-decisions/00000000-0000-4000-8000-000000000000')).body).toMatchObject({ statusCode: 404, field: 'caseId' });
  });
});
