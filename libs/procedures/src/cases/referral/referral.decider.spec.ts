import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';

const lapse = (deadlineId: string, at: string): CaseCommand => ({ kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId, issuedAt: at });

const docketed = (): CaseEvent[] =>
  run(
    [],
    {
      kind: 'FileComplaint', caseId: 'case-1', rulebookId: 'bbb-eu-safe-harbor', receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
      complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
      allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
    },
    { kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: AT },
    { kind: 'IdentifyRespondent', caseId: 'case-1', business: { businessId: 'biz-1', legalName: 'Acme Inc.' }, issuedAt: AT },
    ...currentRulebook('bbb-eu-safe-harbor')!
      .eligibility.conditions.filter((c) => c.id !== 'identity-verified')
      .map((c): CaseCommand => ({
        kind: 'AssessEligibilityCondition', caseId: 'case-1', condition: c.id, met: true, note: 'ok', issuedAt: AT,
        ...(c.id === 'participating-business' ? { participation } : c.id === 'good-faith-attempt' ? { account: 'wrote twice' } : {}),
      })),
    { kind: 'DocketCase', caseId: 'case-1', issuedAt: AT },
  );

/** BBB-4.4.1: the Respondent never filed a Rebuttal, even after the default notice: 'referral-decision'. */
function defaulted(): CaseEvent[] {
  let events = run(
    docketed(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-01T15:00:00.000Z', calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
  );
  events = run(events, lapse('rebuttal-1', periodEndedAt(stateOf(events).deadlines['rebuttal-1'].dueAt)));
  events = run(events, { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'default-notice', deliveredAt: '2026-08-31T15:00:00.000Z', calendar, issuedAt: '2026-08-31T15:00:00.000Z' });
  return run(events, lapse('rebuttal-after-default-1', periodEndedAt(stateOf(events).deadlines['rebuttal-after-default-1'].dueAt)));
}

const DECIDED_AT = '2026-09-28T15:00:00.000Z';
const refer = (extra: Record<string, unknown> = {}): CaseCommand => ({
  kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'Federal Trade Commission' }, respondentName: 'Acme Inc.', nature: 'marketing profile kept after objection',
  summary: 'Acme Inc. defaulted on its Rebuttal after a default notice', reason: 'default on the Rebuttal after notice', decidedBy: 'admin-1', issuedAt: DECIDED_AT, ...extra,
} as CaseCommand);
const DELIVERED_AT = '2026-09-29T15:00:00.000Z';
const deliver = (deliveredAt = DELIVERED_AT): CaseCommand => ({ kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt, calendar, issuedAt: deliveredAt });

describe('case decider: referral to a government agency (BBB-8.8) and refusals to proceed (BBB-6)', () => {
  it('BBB-8.8 a default lands on staff as a referral decision; deciding to refer first notifies the Respondent', () => {
    const history = defaulted();
    expect(stateOf(history).stage).toBe('referral-decision');
    const events = after(history, refer());
    expect(events.map((e) => e.type)).toEqual(['ReferralDecided', 'ReferralNoticeIssued', 'NoticeSent']);
    expect(events[0].data).toMatchObject({ rule: 'BBB-8.8', agency: { name: 'Federal Trade Commission' }, cureBusinessDays: 10 });
    expect(events[2].data).toMatchObject({ kind: 'referral-notice', rule: 'BBB-8.8', recipient: 'respondent' });
    expect(stateOf([...history, ...events])).toMatchObject({ status: 'open', stage: 'referral-notice' });
  });

  it('BBB-8.8 the cure period is at least 10 business days: fewer is refused (422)', () => {
    expect(() => after(defaulted(), refer({ cureBusinessDays: 9 }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.8', field: 'cureBusinessDays' }));
  });

  it('BBB-8.8 a referral decision is only taken in the referral-decision stage (409)', () => {
    expect(() => after(docketed(), refer())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.8' }));
  });

  it('BBB-8.8 the cure period runs from receipt of the notice; the administrator may give more than 10 business days', () => {
    const noticed = run(defaulted(), refer({ cureBusinessDays: 15 }));
    expect(Object.values(stateOf(noticed).deadlines).some((d) => d.kind === 'referral-cure')).toBe(false);
    const events = after(noticed, deliver());
    expect(events[0]).toMatchObject({ type: 'ReferralNoticeDelivered', data: { stage: 'referral-cure', deliveredAt: DELIVERED_AT } });
    expect(events[1].data).toMatchObject({ deadlineId: 'referral-cure-1', kind: 'referral-cure', rule: 'BBB-8.8', count: 15, basis: { event: 'ReferralNoticeDelivered', at: DELIVERED_AT }, ...calendar.addBusinessDays(DELIVERED_AT, 15) });
  });

  it('BBB-8.8 BBB-7.3 BBB-6 no cure in time: referred, kept for the report naming the Respondent, closed with reason (8)', () => {
    const history = run(defaulted(), refer(), deliver());
    const due = stateOf(history).deadlines['referral-cure-1'].dueAt;
    // 10 business days from Tuesday 29 September, skipping Columbus Day (12 October): Wednesday 14 October.
    expect(stateOf(history).deadlines['referral-cure-1'].dueOn).toBe('2026-10-14');
    const events = after(history, lapse('referral-cure-1', periodEndedAt(due)));
    expect(events.map((e) => e.type)).toEqual(['DeadlineLapsed', 'ReferralMade', 'CaseClosed']);
    expect(events[1].data).toMatchObject({
      rule: 'BBB-8.8', reportRule: 'BBB-7.3', agency: { name: 'Federal Trade Commission' }, respondent: { name: 'Acme Inc.', businessId: 'biz-1' },
      summary: 'Acme Inc. defaulted on its Rebuttal after a default notice', nature: 'marketing profile kept after objection', actionTaken: expect.stringContaining('Federal Trade Commission'),
    });
    expect(events[2].data).toMatchObject({ reason: 'referred', rule: 'BBB-6' });
    expect(stateOf([...history, ...events])).toMatchObject({ status: 'closed', closure: { reason: 'referred' } });
  });

  it('BBB-8.8, BBB-4.4.1, BBB-4.4.2: a cure of a default within the period is the late Rebuttal: forwarded, and the reply follows', () => {
    const history = run(defaulted(), refer(), deliver());
    const events = after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-10-05T15:00:00.000Z', actionTaken: 'filed its Rebuttal', calendar, issuedAt: '2026-10-05T16:00:00.000Z' });
    expect(events).toEqual([
      { type: 'ReferralCured', data: { caseId: 'case-1', rule: 'BBB-8.8', stage: 'hearing-reply', actionTaken: 'filed its Rebuttal', curedAt: '2026-10-05T15:00:00.000Z' } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'referral-cure-1', metAt: '2026-10-05T15:00:00.000Z' } },
      { type: 'RebuttalSubmitted', data: { caseId: 'case-1', stage: 'hearing-reply', rule: 'BBB-4.4.1', receivedAt: '2026-10-05T15:00:00.000Z', summary: 'filed its Rebuttal', afterDefault: true } },
      expect.objectContaining({ type: 'NoticeSent', data: expect.objectContaining({ kind: 'rebuttal-forwarded', recipient: 'complainant', sentAt: '2026-10-05T16:00:00.000Z' }) }),
    ]);
    const cured = [...history, ...events];
    expect(stateOf(cured)).toMatchObject({ status: 'open', stage: 'hearing-reply', referral: {} });
    // The reply period runs from the Complainant's receipt of the Rebuttal, as after any Rebuttal.
    const delivered = after(cured, { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'rebuttal', deliveredAt: '2026-10-06T15:00:00.000Z', calendar, issuedAt: '2026-10-06T16:00:00.000Z' });
    expect(delivered).toContainEqual(expect.objectContaining({ type: 'DeadlineSet', data: expect.objectContaining({ kind: 'reply', rule: 'BBB-4.4.2' }) }));
  });

  it('BBB-8.8: after a cure, a later referral question starts afresh: its notice and cure are taken again', () => {
    const cured = run(defaulted(), refer(), deliver(), { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-10-05T15:00:00.000Z', actionTaken: 'filed its Rebuttal', calendar, issuedAt: '2026-10-05T16:00:00.000Z' });
    const refused = run(cured, { kind: 'RefuseToProceed', caseId: 'case-1', reason: 'breach-of-confidentiality', party: 'respondent', details: 'published the Rebuttal', considerReferral: true, decidedBy: 'admin-1', issuedAt: '2026-10-07T15:00:00.000Z' });
    const again = run(refused, refer({ issuedAt: '2026-10-07T16:00:00.000Z' }));
    expect(() => after(again, { kind: 'RecordReferralNoticeDelivery', caseId: 'case-1', deliveredAt: '2026-10-08T15:00:00.000Z', calendar, issuedAt: '2026-10-08T16:00:00.000Z' })).not.toThrow();
  });

  it("BBB-8.8 the cure period's lapse is dated after its last day: nothing at dueAt, when a cure is still on time; the referral and closure on the next day", () => {
    const history = run(defaulted(), refer(), deliver());
    const due = stateOf(history).deadlines['referral-cure-1'].dueAt;
    // The last day is Wednesday 14 October in New York; its last millisecond is 03:59:59.999 UTC on the 15th.
    expect(due).toBe('2026-10-15T03:59:59.999Z');
    expect(after(history, lapse('referral-cure-1', due))).toEqual([]);
    const cured = after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: due, actionTaken: 'filed its Rebuttal', calendar, issuedAt: '2026-10-15T14:00:00.000Z' });
    expect(cured.slice(0, 2)).toEqual([
      { type: 'ReferralCured', data: { caseId: 'case-1', rule: 'BBB-8.8', stage: 'hearing-reply', actionTaken: 'filed its Rebuttal', curedAt: due } },
      { type: 'DeadlineMet', data: { caseId: 'case-1', deadlineId: 'referral-cure-1', metAt: due } },
    ]);

    const endedAt = periodEndedAt(due);
    expect(endedAt).toBe('2026-10-15T04:00:00.000Z');
    expect(() => after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: endedAt, actionTaken: 'late', calendar, issuedAt: '2026-10-15T14:00:00.000Z' })).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.8', field: 'receivedAt' }),
    );
    const events = after(history, lapse('referral-cure-1', endedAt));
    expect(events).toEqual([
      { type: 'DeadlineLapsed', data: { caseId: 'case-1', deadlineId: 'referral-cure-1', dueAt: due, observedAt: endedAt } },
      expect.objectContaining({ type: 'ReferralMade', data: expect.objectContaining({ referredAt: endedAt }) }),
      expect.objectContaining({ type: 'CaseClosed', data: expect.objectContaining({ reason: 'referred', closedAt: endedAt }) }),
    ]);
    expect(calendar.localDateOf(endedAt)).toBe('2026-10-15');
  });

  it('BBB-8.8 a cure after the period ended is refused (409)', () => {
    const history = run(defaulted(), refer(), deliver());
    expect(() => after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-10-20T15:00:00.000Z', actionTaken: 'late', calendar, issuedAt: '2026-10-20T16:00:00.000Z' })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.8' }));
  });

  it('BBB-8.8 BBB-6 deciding not to refer closes the case for the Party\'s conduct (reason (11))', () => {
    const events = after(defaulted(), { kind: 'DecideNotToRefer', caseId: 'case-1', reason: 'the Complainant no longer wishes to pursue', decidedBy: 'admin-1', issuedAt: DECIDED_AT });
    expect(events.map((e) => e.type)).toEqual(['ReferralDeclined', 'CaseClosed']);
    expect(events[1].data).toMatchObject({ reason: 'refused-party-conduct', rule: 'BBB-6' });
  });

  const refuse = (reason: string, party: 'complainant' | 'respondent', considerReferral?: boolean): CaseCommand =>
    ({ kind: 'RefuseToProceed', caseId: 'case-1', reason, party, details: 'what happened', ...(considerReferral ? { considerReferral } : {}), decidedBy: 'admin-1', issuedAt: AT }) as CaseCommand;

  it.each([
    ['direct-contact-with-panelist', 'BBB-4.3.1', 'refused-direct-contact-with-panelist'],
    ['breach-of-confidentiality', 'BBB-8.4', 'refused-breach-of-confidentiality'],
    ['party-conduct', 'BBB-6', 'refused-party-conduct'],
  ])('BBB-6 BBB-4.3.1 BBB-8.4 refusal to proceed for %s closes under %s', (reason, rule, closure) => {
    const events = after(docketed(), refuse(reason, 'complainant'));
    expect(events.at(0)).toMatchObject({ type: 'RefusedToProceed', data: { rule, reason, party: 'complainant', referralConsidered: false } });
    expect(events.at(-1)).toMatchObject({ type: 'CaseClosed', data: { reason: closure, rule: 'BBB-6' } });
  });

  it('BBB-4.3.1 a Respondent contacting the Panelist directly may be referred: the case goes to the referral decision; not referring closes with reason (10)', () => {
    const history = run(docketed(), refuse('direct-contact-with-panelist', 'respondent', true));
    expect(stateOf(history)).toMatchObject({ status: 'open', stage: 'referral-decision' });
    expect(history.at(-1)).toMatchObject({ type: 'ReferralDecisionRequired', data: { rule: 'BBB-8.8', deadlineRule: 'BBB-4.3.1' } });
    const events = after(history, { kind: 'DecideNotToRefer', caseId: 'case-1', reason: 'refusal suffices', decidedBy: 'admin-1', issuedAt: DECIDED_AT });
    expect(events.at(-1)!.data).toMatchObject({ reason: 'refused-direct-contact-with-panelist' });
  });

  it('BBB-8.4 only a violating Respondent may be referred (422 for the Complainant or for a Party\'s conduct)', () => {
    expect(() => after(docketed(), refuse('breach-of-confidentiality', 'complainant', true))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.4' }));
    expect(() => after(docketed(), refuse('party-conduct', 'respondent', true))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-6' }));
  });

  it('BBB-8.4 a Respondent referred after a breach of confidentiality that cures still has its refusal stand (closed with reason (9))', () => {
    const history = run(docketed(), refuse('breach-of-confidentiality', 'respondent', true), refer(), deliver());
    const events = after(history, { kind: 'CureReferral', caseId: 'case-1', receivedAt: '2026-10-01T15:00:00.000Z', actionTaken: 'retracted the publication', calendar, issuedAt: '2026-10-01T16:00:00.000Z' });
    expect(events.map((e) => e.type)).toEqual(['ReferralCured', 'DeadlineMet', 'CaseClosed']);
    expect(events.at(-1)!.data).toMatchObject({ reason: 'refused-breach-of-confidentiality' });
  });
});
