import { findRulebook } from '@pdr/procedures';
// Tests only, not in the library's public API: a rulebook version composing the exchange part differently (the app runs in this process).
import { mediationExchangeRulebook, withRegisteredRulebook } from '@pdr/procedures/testing';
import { actor, type ApiHarness, STAFF } from '../support/api-harness';
import { caseRequests, startBbbApi, stopApi } from '../support/bbb-scene';
import { docketBbbCase } from '../support/journeys';

const COMPLAINANT_PARTY = actor('complainant', 'ada');
const RESPONDENT_PARTY = actor('respondent', 'acme-counsel');

// Issue 10: an exchange whose slots have no endpoint of their own (VeraSafe's consultative mediation, VS-7.1 to 7.3,
// composed in rulebooks/exchange.testing.ts), filed through /submissions/{slot} under the same access policy and
// validation as every other filing.
const COMPOSED = mediationExchangeRulebook(findRulebook({ id: 'bbb-eu-safe-harbor', version: '1' })!, 'exchange-e2e');

describe('exchange slots through HTTP (issue 10)', () => {
  let api: ApiHarness;
  let businessId: string;
  const { post, ok, get, detail } = caseRequests(() => api);

  beforeAll(async () => {
    ({ api, businessId } = await startBbbApi());
  });
  afterAll(() => stopApi(api));

  it('VS-7.1 VS-7.3 a slot filed through /submissions/{slot}: its filer only, from its own side; bad slot ids and bodies are 4xx and write nothing', () =>
    withRegisteredRulebook(COMPOSED, async () => {
      const caseId = await docketBbbCase(api, businessId, '2026-06-01T09:00:00Z');
      await ok(`/cases/${caseId}/hearing-request`, { requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }] }, COMPLAINANT_PARTY);
      const opened = await detail(caseId);
      expect(opened).toMatchObject({ stage: 'awaiting-response', rulebook: { version: 'exchange-e2e' } });
      expect(opened.nextActions).toEqual(expect.arrayContaining([expect.objectContaining({ command: 'FileSubmission', by: 'respondent', rule: 'VS-7.1', about: { slot: 'response-to-complaint' } })]));
      const before = (await api.eventStore.readStream(`case-${caseId}`)).length;

      const url = `/cases/${caseId}/submissions/response-to-complaint`;
      const body = { filedBy: 'respondent', receivedAt: '2026-06-01T11:00:00Z', summary: 'We dispute the facts; see attached logs', submissionKind: 'dispute' };
      expect((await post(url, { ...body, filedBy: 'respondent' }, COMPLAINANT_PARTY)).status).toBe(403);
      expect((await post(url, { ...body, filedBy: 'complainant' }, COMPLAINANT_PARTY)).body).toMatchObject({ statusCode: 422, rule: 'VS-7.1', field: 'filedBy' });
      expect((await post(`/cases/${caseId}/submissions/Not_A_Slot`, body, RESPONDENT_PARTY)).body).toMatchObject({ statusCode: 400, field: 'slot' });
      expect((await post(`/cases/${caseId}/submissions/no-such-slot`, body, RESPONDENT_PARTY)).body).toMatchObject({ statusCode: 422, field: 'slot' });
      expect((await post(url, { receivedAt: body.receivedAt, summary: body.summary }, STAFF)).body).toMatchObject({ statusCode: 400, message: expect.stringContaining('filedBy') });
      expect((await api.eventStore.readStream(`case-${caseId}`)).length).toBe(before);

      await ok(url, body, RESPONDENT_PARTY);
      const events = await api.eventStore.readStream(`case-${caseId}`);
      expect(events.find((event) => event.type === 'SubmissionFiled')).toMatchObject({ data: { slot: 'response-to-complaint', by: 'respondent', stage: 'awaiting-teleconference-request', rule: 'VS-7.1' } });
      expect(await detail(caseId)).toMatchObject({ stage: 'awaiting-teleconference-request' });
      expect((await get(`/cases/${caseId}`, STAFF)).status).toBe(200);
    }));
});
