// Re-exports for tests that drive the domain directly, beside the HTTP API.
export { caseDecider, caseStream, procedureUpcasters } from '@pdr/procedures';
export { findCalendar } from '@pdr/calendar';
