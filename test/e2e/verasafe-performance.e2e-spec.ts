import type { ApiHarness } from '../support/api-harness';
import { removeDataDir } from '../support/api-harness';
import { type Action, startVeraSafeApi, VS_COMPLAINANT, VS_PARTICIPANT, verasafeRequests } from '../support/verasafe-scene';

// VeraSafe's monitoring of a Settlement's performance through HTTP (VS-12), with real tokens and the controllable clock:
// a Settlement reached at the Mediation Teleconference (VS-7.4 (iii)) is monitored once its terms went to both Parties;
// performed, the case closes "Closed by Settlement" (VS-12.1); not performed, it is noted and referred (VS-12.2, VS-13).
// Every notice is delivered on transmission (VS-3.3).

interface Notice { kind: string; rule: string; recipient: string; sentAt: string; deliveredAt?: string }

const DAY = 86_400_000;
const REFER = {
  agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Analytics Inc.', nature: 'failure to perform a Settlement Agreement',
  summary: 'Acme Analytics Inc. did not perform the Settlement Agreement reached in mediation', reason: 'the Settlement was not performed',
};

describe('VeraSafe performance of a Settlement through HTTP (VS-12)', () => {
  let api: ApiHarness;
  let businessId: string;
  const { post, ok, detail, advance, docketedCase, heldTeleconference } = verasafeRequests(() => api, () => businessId);

  beforeAll(async () => {
    ({ api, businessId } = await startVeraSafeApi());
  });
  afterAll(async () => {
    await api.close();
    removeDataDir(api.dataDir);
  });

  const notices = async (caseId: string, kind: string): Promise<Notice[]> => Object.values((await detail(caseId)).notices as Record<string, Notice>).filter((notice) => notice.kind === kind);
  const offered = async (caseId: string): Promise<Action[]> => (await detail(caseId)).nextActions as Action[];

  /** Docketed now, answered, a teleconference requested, held 16 days on with a Settlement, its terms sent: monitored (VS-12.1). */
  async function settledCase(): Promise<string> {
    const caseId = await docketedCase('2026-06-01T09:00:00Z');
    await heldTeleconference(caseId);
    await ok(`/cases/${caseId}/mediation/outcome`, { outcome: 'settlement', terms: 'Acme deletes the profile within 30 days' });
    expect(await detail(caseId)).toMatchObject({ stage: 'settlement-terms' });
    // Nothing is monitored before the terms went to both Parties.
    expect(await post(`/cases/${caseId}/performance/confirmation`, { verified: 'too early' })).toMatchObject({ status: 409, body: { rule: 'VS-12.1' } });
    expect(await post(`/cases/${caseId}/performance/failure`, { details: 'too early' })).toMatchObject({ status: 409, body: { rule: 'VS-12.2' } });
    await ok(`/cases/${caseId}/mediation/settlement-terms`, {});
    expect(await detail(caseId)).toMatchObject({ status: 'open', stage: 'settlement-performance' });
    return caseId;
  }

  it('VS-12.1 the Settlement performed to VeraSafe\'s satisfaction: "Closed by Settlement", both Parties notified', async () => {
    const caseId = await settledCase();
    const actions = await offered(caseId);
    expect(actions).toEqual(expect.arrayContaining([
      expect.objectContaining({ command: 'ConfirmPerformance', by: 'administrator', rule: 'VS-12.1', awaited: true, href: `/cases/${caseId}/performance/confirmation` }),
      expect.objectContaining({ command: 'RecordNonPerformance', by: 'administrator', rule: 'VS-12.2', awaited: true, href: `/cases/${caseId}/performance/failure` }),
    ]));

    // Only VeraSafe confirms performance: not the Participant; the note of what was verified is required.
    expect((await post(`/cases/${caseId}/performance/confirmation`, { verified: 'we did it' }, VS_PARTICIPANT)).status).toBe(403);
    expect((await post(`/cases/${caseId}/performance/confirmation`, {})).status).toBe(400);
    expect((await post(`/cases/${caseId}/performance/confirmation`, { verified: 'done', unknown: true })).status).toBe(400);

    // Thirty days on, VeraSafe is satisfied.
    await advance(new Date(Date.parse((await notices(caseId, 'settlement-terms'))[0]!.sentAt) + 30 * DAY).toISOString());
    await ok(`/cases/${caseId}/performance/confirmation`, { verified: 'Acme confirmed deletion in writing; the profile no longer resolves' });
    const closed = await detail(caseId);
    expect(closed).toMatchObject({ status: 'closed', stage: 'closed', closure: { reason: 'closed-by-settlement', rule: 'VS-12.1', label: 'Closed by Settlement' } });
    const told = await notices(caseId, 'outcome-closed-by-settlement');
    expect(told.map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
    expect(told.every((notice) => notice.rule === 'VS-12.1' && notice.deliveredAt === notice.sentAt)).toBe(true);
    // Closed: nothing more to confirm.
    expect(await post(`/cases/${caseId}/performance/confirmation`, { verified: 'again' })).toMatchObject({ status: 409 });
  });

  it('VS-12.2 VS-13.2 VS-13.4 the Settlement not performed: noted and referred; no cure within the period: "Closed by Referral to Regulatory Agency"', async () => {
    const caseId = await settledCase();
    await advance(new Date(Date.parse((await notices(caseId, 'settlement-terms'))[0]!.sentAt) + 45 * DAY).toISOString());
    expect((await post(`/cases/${caseId}/performance/failure`, { details: 'not performed' }, VS_COMPLAINANT)).status).toBe(403);
    await ok(`/cases/${caseId}/performance/failure`, { details: 'The profile is still used for marketing 45 days after the Settlement' });

    const asked = await detail(caseId);
    expect(asked).toMatchObject({ status: 'open', stage: 'referral-decision' });
    // VS-12.2 "shall refer": deciding not to refer is neither offered nor accepted.
    expect((asked.nextActions as Action[]).map((action) => action.command)).toContain('DecideToRefer');
    expect((asked.nextActions as Action[]).map((action) => action.command)).not.toContain('DecideNotToRefer');
    expect(await post(`/cases/${caseId}/referral/decision-not-to-refer`, { reason: 'a second chance' })).toMatchObject({ status: 409, body: { rule: 'VS-12.2' } });
    expect(await post(`/cases/${caseId}/performance/confirmation`, { verified: 'late' })).toMatchObject({ status: 409, body: { rule: 'VS-12.1' } });

    const events = await api.eventStore.readStream(`case-${caseId}`);
    expect(events.find((event) => event.type === 'NonPerformanceRecorded')!.data).toMatchObject({ rule: 'VS-12.2', undertaking: 'settlement' });
    expect(events.find((event) => event.type === 'ReferralDecisionRequired')!.data).toMatchObject({ rule: 'VS-12.2', reason: 'settlement-not-performed', stage: 'referral-decision' });
    // Noted in the next Annual Procedure Report (VS-12.2), as the report's data says.
    expect(events.filter((event) => event.type === 'NotedForReport').map((event) => event.data)).toEqual([expect.objectContaining({ matter: 'noncompliance', rule: 'VS-12.2' })]);

    await ok(`/cases/${caseId}/referral/decision-to-refer`, REFER);
    const { dueAt } = (await detail(caseId)).deadlines['referral-cure-1'];
    expect(await detail(caseId)).toMatchObject({ stage: 'referral-cure', deadlines: { 'referral-cure-1': { rule: 'VS-13.2' } } });
    await advance(new Date(Date.parse(dueAt) + 1).toISOString());

    const closed = await detail(caseId);
    expect(closed).toMatchObject({ status: 'closed', closure: { reason: 'referred', rule: 'VS-13.4', label: 'Closed by Referral to Regulatory Agency' } });
    expect((await notices(caseId, 'outcome-referred')).map((notice) => notice.recipient).sort()).toEqual(['complainant', 'respondent']);
  });
});
