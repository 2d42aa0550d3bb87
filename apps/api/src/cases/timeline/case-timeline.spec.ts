import type { EventStore } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { procedureUpcasters } from '@pdr/procedures';
import { caseTimeline, type TimelineViewer } from './case-timeline';

const designation = (designationId: string, party: string, content: string) => ({ type: 'ProprietaryInformationDesignated', data: { designationId, party, documentId: 'rebuttal', description: `about ${content}`, content, summary: 'a summary' } });

const history = [
  { type: 'ComplainantFactsObtained', data: { summary: 'conciliation exchange' } },
  { type: 'SettlementOfferPresented', data: { summary: 'an offer' } },
  designation('d-accepted', 'respondent', 'ACCEPTED-SECRET'),
  { type: 'ProprietaryDesignationAccepted', data: { designationId: 'd-accepted' } },
  designation('d-returned', 'respondent', 'RETURNED-SECRET'),
  { type: 'ProprietaryDesignationAccepted', data: { designationId: 'd-returned' } },
  { type: 'ProprietaryInformationReturned', data: { designationId: 'd-returned', party: 'respondent' } },
  designation('d-pending', 'complainant', 'PENDING-SECRET'),
];

const store = {
  readStream: async () =>
    history.map((event, revision): RecordedEvent => ({
      eventId: `e-${revision}`, streamId: 'case-c', revision, globalPosition: revision, recordedAt: '2026-06-01T00:00:00.000Z', schemaVersion: 1, ...event,
      metadata: { actorId: 'a', actorRole: 'case-manager', correlationId: 'c', causationId: 'c' },
    })),
} as unknown as EventStore;

const seen = async (viewer: TimelineViewer) => JSON.stringify(await caseTimeline(store, procedureUpcasters(), 'c', viewer));

describe('the case timeline, per reader', () => {
  it('BBB-8.5 staff and compliance officers replay everything', async () => {
    const text = await seen('staff');
    for (const secret of ['conciliation exchange', 'ACCEPTED-SECRET', 'RETURNED-SECRET', 'PENDING-SECRET']) expect(text).toContain(secret);
  });

  it('BBB-4.3.2 BBB-8.5 the Panelist sees accepted Proprietary Information, never Conciliation exchanges, returned or unaccepted material', async () => {
    const text = await seen('panelist');
    expect(text).toContain('ACCEPTED-SECRET');
    for (const hidden of ['conciliation exchange', 'an offer', 'RETURNED-SECRET', 'PENDING-SECRET']) expect(text).not.toContain(hidden);
  });

  it("BBB-8.5 a Party sees its own designations and the other Party's redacted", async () => {
    const complainant = await seen('complainant');
    expect(complainant).toContain('PENDING-SECRET');
    expect(complainant).not.toContain('ACCEPTED-SECRET');
    const respondent = await seen('respondent');
    expect(respondent).toContain('ACCEPTED-SECRET');
    expect(respondent).not.toContain('PENDING-SECRET');
  });
});
