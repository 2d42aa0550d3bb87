import { given } from '@pdr/event-sourcing';
import type { CaseCommand } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';
import type { OpenCase } from './case.state';

const SENT = '2026-06-03T15:00:00.000Z';
const file = (rulebookId: string): CaseCommand => ({
  kind: 'FileComplaint', caseId: 'case-1', rulebookId, ...(rulebookId === 'verasafe-2016' ? { framework: 'eu-us-privacy-shield' } : {}),
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
const deliver = (deliveredAt: string, issuedAt = '2026-06-05T12:00:00.000Z', noticeId = 'notice-1'): CaseCommand => ({ kind: 'RecordNoticeDelivery', caseId: 'case-1', noticeId, deliveredAt, issuedAt });

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
