import type { EventStore } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import { procedureUpcasters } from '@pdr/procedures';
import { publishedDecision } from './published-decision';

// VS-15: the published text of a VeraSafe case is its Hearing Decisions, read from the log; nothing about the
// Complainant, the officer or the rest of the procedure.

const COMPLAINANT = { name: 'Zoe Secret', email: 'zoe@secret.eu', country: 'FR', filingAs: 'data-subject' };
const hearing = {
  name: 'the Hearing Decision', rule: 'VS-8.4c', officerId: 'officer-hearing', role: 'hearing-officer', standard: 'clear, convincing and satisfactory evidence',
  substantiated: false, violatesFramework: false, findings: 'No evidence the Participant shared the data', outcome: 'no-action-taken', publicationRule: 'VS-15', issuedAt: '2026-07-01T15:00:00.000Z',
};
const appellate = {
  ...hearing, name: 'the Appellate Hearing Decision', rule: 'VS-9.4', officerId: 'officer-appellate', role: 'appellate-officer', substantiated: true, violatesFramework: true,
  findings: 'The Participant shared the data with brokers', outcome: 'reparation-order', stage: 'reparation-performance', issuedAt: '2026-09-01T15:00:00.000Z',
  reparationOrder: [{ kind: 'delete-personal-data', description: 'Delete the personal data', terms: 'Delete it from every broker by October' }],
};

const storeOf = (events: ReadonlyArray<{ type: string; data: Record<string, unknown> }>) =>
  ({
    readStream: async () =>
      events.map((event, revision): RecordedEvent => ({
        eventId: `e-${revision}`, streamId: 'case-c', revision, globalPosition: revision, recordedAt: '2026-06-01T00:00:00.000Z', schemaVersion: 1, type: event.type, data: { caseId: 'c', ...event.data },
        metadata: { actorId: 'a', actorRole: 'case-manager', correlationId: 'c', causationId: 'c' },
      })),
  }) as unknown as EventStore;

const entry = { caseId: 'c', rule: 'VS-8.4c', publicationRule: 'VS-15', publishedAt: '2026-07-01T15:00:00.000Z' };

describe('a published Decision read from the log (VS-15)', () => {
  it("VS-15, VS-8.4c, VS-9.4: every public Hearing Decision of the case in order, with its Reparation Order; no BBB Decision, nothing about the Complainant or the officers", async () => {
    const store = storeOf([
      { type: 'ComplaintFiled', data: { complainant: COMPLAINANT, respondent: { name: 'Acme' }, allegation: 'Zoe Secret says Acme sold it', facts: 'zoe wrote' } },
      { type: 'RespondentIdentified', data: { businessId: 'b-1', legalName: 'Acme Analytics Inc.' } },
      { type: 'HearingDecisionIssued', data: hearing },
      { type: 'CaseClosed', data: { reason: 'no-action-taken', rule: 'VS-8.4c', label: 'Closed – No Action Taken', closedAt: hearing.issuedAt } },
      { type: 'HearingDecisionIssued', data: appellate },
    ]);
    const published = await publishedDecision(store, procedureUpcasters(), entry);
    expect(published).toEqual({
      ...entry,
      respondent: 'Acme Analytics Inc.',
      hearingDecisions: [
        { name: 'the Hearing Decision', rule: 'VS-8.4c', issuedAt: hearing.issuedAt, standard: hearing.standard, substantiated: false, violatesFramework: false, findings: hearing.findings, outcome: 'no-action-taken' },
        {
          name: 'the Appellate Hearing Decision', rule: 'VS-9.4', issuedAt: appellate.issuedAt, standard: hearing.standard, substantiated: true, violatesFramework: true, findings: appellate.findings,
          outcome: 'reparation-order', reparationOrder: appellate.reparationOrder,
        },
      ],
    });
    expect(published).not.toHaveProperty('decision');
    expect(JSON.stringify(published)).not.toMatch(/Zoe|zoe@|complainant|officer-|hearing-officer|appellate-officer|reparation-performance/i);
  });

  it('VS-15: a Hearing Decision its rulebook does not make public is not published; with nothing public there is nothing to answer', async () => {
    const confidential: Record<string, unknown> = { ...hearing };
    delete confidential['publicationRule'];
    expect(await publishedDecision(storeOf([{ type: 'HearingDecisionIssued', data: confidential }]), procedureUpcasters(), entry)).toBeUndefined();
  });
});
