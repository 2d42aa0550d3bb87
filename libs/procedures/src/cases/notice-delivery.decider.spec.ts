import { VERASAFE_FILING } from './case-history.testing';
import { given } from '@pdr/event-sourcing';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { OpenCase } from './case.state';
import { periodEndedAt } from '../deadlines/period-end';
import { after, calendar, docketedBbb, run as runFrom, stateOf } from './case-history.testing';
import { nextActions } from './next-actions/next-actions';

const SENT = '2026-06-03T15:00:00.000Z';
const file = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? VERASAFE_FILING : {}),
  receivedAt: '2026-06-01T09:00:00Z', channel: 'web-form',
  complainant: { name: 'Ada', email: 'ada@example.eu', country: 'DE', filingAs: 'data-subject' }, respondent: { name: 'Acme' },
  allegation: 'x', outcomesSought: ['suppress my data'], issuedAt: '2026-06-01T10:00:00Z',
});

function run(...commands: CaseCommand[]): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (const command of commands) events.push(...given(caseDecider, events).when(command));
  return events;
}

/** Withdrawn: the case is closed and the notice confirming it is on its way to the Complainant. */
const withdrawn = (rulebookId = 'bbb-eu-safe-harbor') => run(file(rulebookId), { kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: SENT });
const deliver = (deliveredAt: string, issuedAt = '2026-06-05T12:00:00.000Z', noticeId = 'notice-1'): CaseCommand => ({ kind: 'RecordNoticeDelivery', caseId: 'case-1', noticeId, deliveredAt, calendar, issuedAt });

describe('case decider: delivery of notices', () => {
  it('BBB-8.7 records when a notice reached its recipient, even after the case closed', () => {
    const history = withdrawn();
    const sent = history.find((event) => event.type === 'NoticeSent');
    expect(sent).toMatchObject({ data: { noticeId: 'notice-1', recipient: 'complainant', channel: 'email' } });
    const events = given(caseDecider, history).when(deliver('2026-06-04T08:30:00.000Z'));
    expect(events).toEqual([
      { type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId: 'notice-1', kind: 'withdrawal-confirmed', recipient: 'complainant', rule: 'BBB-8.7', deliveredAt: '2026-06-04T08:30:00.000Z' } },
    ]);
    expect((given(caseDecider, [...history, ...events]).state as OpenCase).notices['notice-1']).toMatchObject({ sentAt: SENT, deliveredAt: '2026-06-04T08:30:00.000Z' });
  });

  it('BBB-8.7 refuses a second delivery, a delivery before sending and one in the future', () => {
    const history = withdrawn();
    const delivered = [...history, ...given(caseDecider, history).when(deliver('2026-06-04T08:30:00.000Z'))];
    expect(() => given(caseDecider, delivered).when(deliver('2026-06-04T09:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.7', field: 'noticeId' }));
    expect(() => given(caseDecider, history).when(deliver('2026-06-02T09:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.7', field: 'deliveredAt' }));
    expect(() => given(caseDecider, history).when(deliver('2026-06-06T09:00:00.000Z'))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'RECEIPT-IN-FUTURE', field: 'deliveredAt' }));
  });

  it('BBB-8.7 names an unknown notice', () => {
    expect(() => given(caseDecider, withdrawn()).when(deliver('2026-06-04T08:30:00.000Z', undefined, 'notice-9'))).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'NOTICE-UNKNOWN', field: 'noticeId' }));
  });

  it('VS-3.3 has nothing to record: a notice is delivered on transmission', () => {
    expect(() => given(caseDecider, withdrawn('verasafe-2016')).when(deliver('2026-06-04T08:30:00.000Z'))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'VS-3.3' }));
  });
});

/** BBB-4.4: a hearing with the Complainant's Position filed, and forwarded to the Respondent as a notice. */
const positionForwarded = (): CaseEvent[] =>
  runFrom(
    docketedBbb(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'SubmitPosition', caseId: 'case-1', receivedAt: '2026-07-10T14:00:00.000Z', summary: 'my Position', issuedAt: '2026-07-10T14:00:00.000Z' },
  );
const noticeOf = (events: CaseEvent[], kind: string) => Object.entries(stateOf(events).notices).find(([, notice]) => notice.kind === kind)!;
const hearingDelivery = (document: 'position' | 'default-notice' | 'rebuttal' | 'reply', deliveredAt: string): CaseCommand => ({ kind: 'RecordHearingDelivery', caseId: 'case-1', document, deliveredAt, calendar, issuedAt: deliveredAt });
const noticeDelivery = (noticeId: string, deliveredAt: string): CaseCommand => ({ kind: 'RecordNoticeDelivery', caseId: 'case-1', noticeId, deliveredAt, calendar, issuedAt: deliveredAt });
const DELIVERED = '2026-07-14T16:00:00.000Z';

describe('case decider: a document\'s delivery is its notice\'s delivery (BBB-8.7)', () => {
  it('BBB-8.7, BBB-4.4: recording the Position\'s delivery to the Respondent marks the notice that forwarded it delivered, once', () => {
    const history = positionForwarded();
    const [noticeId, notice] = noticeOf(history, 'position-forwarded');
    expect(notice).toMatchObject({ recipient: 'respondent' });
    const events = after(history, hearingDelivery('position', DELIVERED));
    expect(events.filter((event) => event.type === 'NoticeDelivered')).toEqual([
      { type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId, kind: 'position-forwarded', recipient: 'respondent', rule: 'BBB-8.7', deliveredAt: DELIVERED } },
    ]);
    const delivered = [...history, ...events];
    expect(stateOf(delivered).notices[noticeId]).toMatchObject({ deliveredAt: DELIVERED });
    // Recorded through the notice as well: refused, nothing recorded twice.
    expect(() => after(delivered, noticeDelivery(noticeId, DELIVERED))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.7', field: 'noticeId' }));
  });

  it('BBB-8.7, BBB-4.4: recording it through the notice records the Position\'s receipt with it (the Rebuttal period starts); the hearing route then refuses a second record', () => {
    const history = positionForwarded();
    const [noticeId] = noticeOf(history, 'position-forwarded');
    const events = after(history, noticeDelivery(noticeId, DELIVERED));
    expect(events.map((event) => event.type)).toEqual(['HearingDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[0]).toMatchObject({ data: { document: 'position', recipient: 'respondent', deliveredAt: DELIVERED } });
    expect(events[1]).toMatchObject({ data: { deadlineId: 'rebuttal-1', basis: { event: 'HearingDocumentDelivered', at: DELIVERED } } });
    expect(events[2]).toMatchObject({ data: { noticeId, deliveredAt: DELIVERED } });
    expect(() => after([...history, ...events], hearingDelivery('position', DELIVERED))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-4.4' }));
  });

  it('BBB-8.7, BBB-4.4.1: the default notice\'s receipt, recorded through the hearing, is the notice\'s delivery too', () => {
    let history = runFrom(positionForwarded(), hearingDelivery('position', DELIVERED));
    history = runFrom(history, { kind: 'RecordDeadlineLapse', caseId: 'case-1', deadlineId: 'rebuttal-1', issuedAt: periodEndedAt(stateOf(history).deadlines['rebuttal-1']!.dueAt) });
    const [noticeId] = noticeOf(history, 'default-notice');
    const at = '2026-08-31T15:00:00.000Z';
    const events = after(history, hearingDelivery('default-notice', at));
    expect(events.map((event) => event.type)).toEqual(['HearingDocumentDelivered', 'DeadlineSet', 'NoticeDelivered']);
    expect(events[2]).toMatchObject({ data: { noticeId, kind: 'default-notice', recipient: 'respondent', deliveredAt: at } });
  });

  it('BBB-8.7: a history whose notice delivery was recorded before the document\'s (before this rule) records no second NoticeDelivered', () => {
    const history = positionForwarded();
    const [noticeId, notice] = noticeOf(history, 'position-forwarded');
    // Written by hand: only an earlier version of the service recorded the notice without the document.
    const earlier: CaseEvent = { type: 'NoticeDelivered', data: { caseId: 'case-1', noticeId, kind: notice.kind, recipient: notice.recipient, rule: 'BBB-8.7', deliveredAt: DELIVERED } };
    const events = after([...history, earlier], hearingDelivery('position', DELIVERED));
    expect(events.map((event) => event.type)).toEqual(['HearingDocumentDelivered', 'DeadlineSet']);
  });

  it('BBB-3.4, BBB-8.7: circulating the Settlement letter sends it to each Party as a notice, whose delivery is then offered', () => {
    const settled = runFrom(docketedBbb(), { kind: 'ReachSettlement', caseId: 'case-1', actorId: 'staff-1', terms: 'remove Ada from all lists', issuedAt: '2026-06-10T15:00:00.000Z' });
    const events = after(settled, { kind: 'CirculateSettlementLetter', caseId: 'case-1', actorId: 'staff-1', calendar, issuedAt: '2026-06-11T15:00:00.000Z' });
    const sent = events.filter((event) => event.type === 'NoticeSent');
    expect(sent.map((event) => event.data)).toEqual([
      { caseId: 'case-1', noticeId: expect.any(String), kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'complainant', channel: 'email', sentAt: '2026-06-11T15:00:00.000Z' },
      { caseId: 'case-1', noticeId: expect.any(String), kind: 'settlement-letter', rule: 'BBB-3.4', recipient: 'respondent', channel: 'email', sentAt: '2026-06-11T15:00:00.000Z' },
    ]);
    const closed = [...settled, ...events];
    expect(stateOf(closed)).toMatchObject({ status: 'closed' });
    const offered = nextActions(stateOf(closed)).filter((action) => action.command === 'RecordNoticeDelivery').map((action) => action.about?.['noticeId']);
    expect(offered).toEqual(expect.arrayContaining(sent.map((event) => (event.data as { noticeId: string }).noticeId)));
  });

  it('BBB-3.4, BBB-5: a letter with corrective action notifies both Parties too, and sets the certification period', () => {
    const settled = runFrom(docketedBbb(), {
      kind: 'ReachSettlement', caseId: 'case-1', actorId: 'staff-1', terms: 'remove Ada from all lists', correctiveAction: { description: 'fix the job', performBy: '2026-07-31' }, issuedAt: '2026-06-10T15:00:00.000Z',
    });
    const events = after(settled, { kind: 'CirculateSettlementLetter', caseId: 'case-1', actorId: 'staff-1', calendar, issuedAt: '2026-06-11T15:00:00.000Z' });
    expect(events.map((event) => event.type)).toEqual(['SettlementLetterCirculated', 'NoticeSent', 'NoticeSent', 'DeadlineSet']);
    expect(events.filter((event) => event.type === 'NoticeSent').map((event) => event.data)).toEqual([
      expect.objectContaining({ kind: 'settlement-letter', recipient: 'complainant' }),
      expect.objectContaining({ kind: 'settlement-letter', recipient: 'respondent' }),
    ]);
  });
});
