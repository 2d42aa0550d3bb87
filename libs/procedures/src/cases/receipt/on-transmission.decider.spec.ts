import { given } from '@pdr/event-sourcing';
import { periodEndedAt } from '../../deadlines/period-end';
import { currentRulebook } from '../../rulebooks/registry';
import { revisedRulebook, withRegisteredRulebook } from '../../rulebooks/registry.testing';
import type { CaseCommand } from '../case.commands';
import { caseDecider, caseDeciderWith } from '../case.decider';
import type { CaseEvent } from '../case.events';
import type { OpenCase } from '../case.state';
import { calendar, docketedBbb } from '../case-history.testing';

// The receipt part: BBB's procedure with VeraSafe's transmittal (VS-3.3, "delivered on transmission"), so every
// document that starts a period after its receipt starts it at sending.
const BBB = currentRulebook('bbb-eu-safe-harbor')!;
const ON_TRANSMISSION = revisedRulebook(BBB, 'on-transmission-test', { transmittal: { rule: 'VS-3.3', receipt: 'on-transmission' } });

const decider = caseDeciderWith(calendar);
const run = (history: readonly CaseEvent[], ...commands: CaseCommand[]): CaseEvent[] => commands.reduce<CaseEvent[]>((events, command) => [...events, ...given(decider, events).when(command)], [...history]);
const after = (history: readonly CaseEvent[], command: CaseCommand): CaseEvent[] => [...given(decider, [...history]).when(command)];
const stateOf = (events: readonly CaseEvent[]) => given(decider, [...events]).state as OpenCase;
const types = (events: readonly CaseEvent[]) => events.map((event) => event.type);

const REQUESTED = '2026-07-01T15:00:00.000Z';
const FILED = '2026-07-06T15:00:00.000Z';
const requested = () => run(docketedBbb(), { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: REQUESTED });
const position: CaseCommand = { kind: 'SubmitPosition', caseId: 'case-1', receivedAt: FILED, summary: 'my Position', issuedAt: FILED };

describe('receipt part: delivered on transmission', () => {
  it('VS-3.3 every notice is delivered the moment it is sent: each NoticeSent is followed by its NoticeDelivered', () =>
    withRegisteredRulebook(ON_TRANSMISSION, () => {
      const events = requested();
      const sent = events.filter((event) => event.type === 'NoticeSent');
      expect(sent.length).toBeGreaterThan(0);
      for (const notice of sent) {
        const next = events[events.indexOf(notice) + 1];
        expect(next).toEqual({ type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId: notice.data.noticeId, kind: notice.data.kind, recipient: notice.data.recipient, rule: 'VS-3.3', deliveredAt: notice.data.sentAt } });
      }
      expect(Object.values(stateOf(events).notices).every((notice) => notice.deliveredAt === notice.sentAt)).toBe(true);
    }));

  it('VS-3.3 a forwarded filing is received when sent: the next period runs from sending, with no delivery left to record', () =>
    withRegisteredRulebook(ON_TRANSMISSION, () => {
      const events = after(requested(), position);
      expect(types(events)).toEqual(['PositionSubmitted', 'DeadlineMet', 'NoticeSent', 'HearingDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
      expect(events.find((event) => event.type === 'DeadlineSet')).toMatchObject({ data: { kind: 'rebuttal', basis: { event: 'HearingDocumentDelivered', at: FILED } } });
      const state = stateOf([...requested(), ...events]);
      expect(state.deadlines['rebuttal-1']).toMatchObject({ status: 'pending' });
    }));

  it('VS-3.3 a default notice is received when sent: its further period runs at once', () =>
    withRegisteredRulebook(ON_TRANSMISSION, () => {
      const history = run(requested(), position);
      const lapsed = after(history, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'rebuttal-1', issuedAt: periodEndedAt(stateOf(history).deadlines['rebuttal-1']!.dueAt) });
      expect(types(lapsed)).toEqual(['DeadlineLapsed', 'DefaultNoticeIssued', 'NoticeSent', 'HearingDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
      expect(lapsed.find((event) => event.type === 'DeadlineSet')).toMatchObject({ data: { kind: 'rebuttal-after-default' } });
    }));

  it('VS-3.3 the referral notice is received when sent: the cure period runs at once (it would never start if it waited for a recorded delivery)', () =>
    withRegisteredRulebook(ON_TRANSMISSION, () => {
      const history = run(requested(), { kind: 'RefuseToProceed', caseId: 'case-1', reason: 'breach-of-confidentiality', party: 'respondent', details: 'published the Position', considerReferral: true, decidedBy: 'staff-1', issuedAt: FILED });
      const referred = after(history, { kind: 'DecideToRefer', caseId: 'case-1', agency: { name: 'FTC' }, respondentName: 'Acme', nature: 'confidentiality', summary: 'breach', reason: 'serious', decidedBy: 'staff-1', issuedAt: FILED });
      expect(types(referred)).toEqual(['ReferralDecided', 'ReferralNoticeIssued', 'NoticeSent', 'ReferralNoticeDelivered', 'DeadlineSet', 'NoticeDelivered']);
      expect(referred.find((event) => event.type === 'DeadlineSet')).toMatchObject({ data: { basis: { event: 'ReferralNoticeDelivered', at: FILED } } });
      expect(stateOf([...history, ...referred]).stage).toBe(BBB.referral!.cureStage);
    }));

  it('BBB-8.7 under recorded receipt a notice waits for its delivery to be recorded, and so does the period after it', () => {
    const events = [...given(caseDecider, requested()).when(position)];
    expect(types(events)).toEqual(['PositionSubmitted', 'DeadlineMet', 'NoticeSent']);
  });

  it('VS-3.3 a period that starts at receipt needs the case calendar: deciding without one fails loudly, never silently late', () =>
    withRegisteredRulebook(ON_TRANSMISSION, () => {
      expect(() => given(caseDecider, requested()).when(position)).toThrow(/needs the case's calendar/);
    }));
});
