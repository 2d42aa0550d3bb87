import { VERASAFE_FILING } from './case-history.testing';
import { given } from '@pdr/event-sourcing';
import { extendableDeadlineKinds } from '../rulebooks/deadline-rules';
import { currentRulebook } from '../rulebooks/registry';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import { after, calendar, docketedBbb, run, stateOf } from './case-history.testing';
import { nextActions } from './next-actions/next-actions';

const BBB = currentRulebook('bbb-eu-safe-harbor')!;
const VS = currentRulebook('verasafe-2016')!;

const file = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}), receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});
const requested = (rulebookId: string) => run([], file(rulebookId), { kind: 'RequestInformation', caseId: 'case-1', requested: 'the emails', channel: 'email', calendar, issuedAt: '2026-06-02T18:00:00.000Z' });
const extend = (deadlineId: string, issuedAt = '2026-06-05T15:00:00.000Z'): CaseCommand => ({
  kind: 'ExtendDeadline', caseId: 'case-1', deadlineId, count: 5, unit: 'business-days', reason: 'good cause', grantedBy: 'staff-1', calendar, issuedAt,
});
const extensionsOffered = (events: CaseEvent[]) => nextActions(stateOf(events)).filter((action) => action.command === 'ExtendDeadline').map((action) => action.deadlineId);

/** BBB-8.8 after BBB-8.4: the Respondent breached confidentiality, the CBBB decided to refer, the notice reached it: the cure period runs. */
const cureRunning = () =>
  run(
    docketedBbb(),
    { kind: 'RefuseToProceed', caseId: 'case-1', reason: 'breach-of-confidentiality', party: 'respondent', details: 'published the Rebuttal', considerReferral: true, decidedBy: 'admin-1', issuedAt: '2026-06-10T15:00:00.000Z' },
    {
      kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'breach of confidentiality',
      summary: 'published the Rebuttal', reason: 'breach of confidentiality', decidedBy: 'admin-1', issuedAt: '2026-06-11T15:00:00.000Z',
    },
    { kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt: '2026-06-12T15:00:00.000Z', calendar, issuedAt: '2026-06-12T15:00:00.000Z' },
  );

/** BBB-4.4: a hearing requested with the complaint as the Position, forwarded and received: the Rebuttal period runs. */
const rebuttalRunning = () =>
  run(
    docketedBbb(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-02T15:00:00.000Z', calendar, issuedAt: '2026-07-02T15:00:00.000Z' },
  );

describe('case decider: which periods an extension for good cause may move (BBB-4.5.4, VS-8.4a)', () => {
  it('BBB-4.5.4: the BBB rules let the CBBB extend the periods of the hearing submissions and of the answers to the Panelist, and no other (rulebook data)', () => {
    expect([...extendableDeadlineKinds(BBB)].sort()).toEqual([
      'panelist-information-after-default', 'panelist-information-answer', 'panelist-information-comment', 'position', 'rebuttal', 'rebuttal-after-default', 'reply', 'response',
    ]);
  });

  it("VS-8.4a VS-9.2: VeraSafe extends late filings to the hearing officer: the Participant's rebuttal (VS-8.2) and the answers to the officer's requests are; the VS-5.4 answer, the mediation's periods and the appeal's rebuttal are not", () => {
    expect(extendableDeadlineKinds(VS)).toEqual(['participant-rebuttal', 'officer-information-answer']);
  });

  it('BBB-4.5.4, BBB-2.4b: the information-request period is not extendable: the extension is refused (422 naming BBB-4.5.4) and not offered', () => {
    const history = requested('bbb-eu-safe-harbor');
    expect(stateOf(history).deadlines['information-response-1']).toMatchObject({ status: 'pending', rule: 'BBB-2.4b' });
    expect(() => after(history, extend('information-response-1'))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.4', field: 'deadlineId', message: expect.stringContaining('BBB-2.4b') }),
    );
    expect(extensionsOffered(history)).toEqual([]);
  });

  it('VS-8.4a, VS-5.4: nor is VeraSafe\'s: refused naming VS-8.4a, and not offered', () => {
    const history = requested('verasafe-2016');
    expect(() => after(history, extend('information-response-1'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'VS-8.4a', field: 'deadlineId' }));
    expect(extensionsOffered(history)).toEqual([]);
  });

  it('BBB-4.5.4, BBB-8.8: the referral cure period is not extendable (its length is set when referring): refused and not offered', () => {
    const history = cureRunning();
    expect(stateOf(history).deadlines['referral-cure-1']).toMatchObject({ status: 'pending', rule: 'BBB-8.8' });
    expect(() => after(history, extend('referral-cure-1', '2026-06-15T15:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.5.4', field: 'deadlineId' }));
    expect(extensionsOffered(history)).toEqual([]);
  });

  it('BBB-4.5.4, BBB-4.4: the Rebuttal period is extendable: offered, and granted from its current end', () => {
    const history = rebuttalRunning();
    expect(extensionsOffered(history)).toEqual(['rebuttal-1']);
    const [extended] = after(history, extend('rebuttal-1', '2026-07-10T15:00:00.000Z'));
    expect(extended).toMatchObject({ type: 'DeadlineExtended', data: { deadlineId: 'rebuttal-1', previousDueAt: stateOf(history).deadlines['rebuttal-1']!.dueAt, count: 5 } });
    expect(() => given(caseDecider, history).when(extend('rebuttal-1', '2026-07-10T15:00:00.000Z'))).not.toThrow();
  });
});
