// Re-exports for tests that drive the domain directly, beside the HTTP API.
export { caseDecider, caseStream, procedureUpcasters } from '@pdr/procedures';
export { findCalendar } from '@pdr/calendar';

/** A FileComplaint command for tests that drive the case decider directly (BBB, received 5 January 2026). */
export const fileComplaintCommand = (caseId: string, issuedAt: string, complainantName = 'C') => ({
  kind: 'FileComplaint' as const,
  caseId,
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-01-05T10:00:00Z',
  channel: 'email' as const,
  complainant: { name: complainantName, email: 'c@example.eu', country: 'DE', filingAs: 'data-subject' as const },
  respondent: { name: 'Acme' },
  allegation: 'x',
  outcomesSought: ['y'],
  issuedAt,
});
