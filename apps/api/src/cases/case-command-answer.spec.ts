import type { CommandOutcome } from '@pdr/application';
import type { NewEvent } from '@pdr/event-sourcing';
import { answerCaseCommand, idIn, idsIn } from './case-command-answer';

const event = (type: string, data: Record<string, unknown>): NewEvent =>
  ({ eventId: `${type}-${JSON.stringify(data)}`, type, schemaVersion: 1, data, metadata: { actorId: 'a', actorRole: 'case-manager', correlationId: 'c', causationId: 'k' } }) as NewEvent;

const outcome = (events: NewEvent[]): CommandOutcome => ({ streamId: 'case-1', revision: 7, position: 42, events });

describe('a case command answer', () => {
  const requested = [
    event('PanelistInformationRequested', { requestId: 'panelist-request-1' }),
    event('NoticeSent', { noticeId: 'notice-4' }),
    event('PanelistInformationRequested', { requestId: 'panelist-request-2' }),
  ];

  it('reads the ids of what the command created from its events, in order', () => {
    expect(idsIn(requested, 'PanelistInformationRequested', 'requestId')).toEqual(['panelist-request-1', 'panelist-request-2']);
    expect(idIn(requested, 'PanelistInformationRequested', 'requestId')).toBe('panelist-request-1');
    expect(() => idIn(requested, 'OralHearingScheduled', 'hearingId')).toThrow('OralHearingScheduled');
  });

  it('names the revision (also as ETag), the position, the notices sent and what `created` reads', () => {
    const headers: Record<string, string> = {};
    const reply = { header: (name: string, value: string) => (headers[name] = value) };
    const answer = answerCaseCommand(reply, outcome(requested), (events) => ({ requestIds: idsIn(events, 'PanelistInformationRequested', 'requestId') }));
    expect(answer).toEqual({ revision: 7, position: 42, noticeIds: ['notice-4'], requestIds: ['panelist-request-1', 'panelist-request-2'] });
    expect(headers).toEqual({ etag: '"7"' });
  });

  it('lists no notices when none was sent', () => {
    expect(answerCaseCommand({ header: () => undefined }, outcome([]))).toEqual({ revision: 7, position: 42 });
  });
});
