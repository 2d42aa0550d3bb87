import { keysForgottenBy } from './forgotten-keys';

describe('keys forgotten by recording an event', () => {
  it("GDPR Art. 17: a Complainant's erasure destroys the Complainant's key only, never the file's or the retained documents'", () => {
    expect(keysForgottenBy('case-c1', 'ComplainantDataErased', { caseId: 'c1', requestId: 'r1', erasedAt: '2026-07-01T10:00:00Z' })).toEqual(['case:c1:complainant']);
  });

  it("GDPR Art. 17: a contact's erasure destroys the contact's key", () => {
    expect(keysForgottenBy('contact-k1', 'ContactErased', { contactId: 'k1', requestId: 'r1', erasedAt: '2026-07-01T10:00:00Z' })).toEqual(['contact:k1']);
  });

  it("BBB-8.3: disposal destroys the Complainant's and the file's keys; recording a request forgets nothing", () => {
    expect(keysForgottenBy('case-c1', 'CaseFileDisposed', { caseId: 'c1' })).toEqual(['case:c1:complainant', 'case:c1:file']);
    expect(keysForgottenBy('erasure-request-r1', 'ErasureRequested', { requestId: 'r1', covers: { kind: 'contact', contactId: 'k1' } })).toEqual([]);
    expect(keysForgottenBy('erasure-request-r1', 'ErasureCompleted', { requestId: 'r1', erased: [] })).toEqual([]);
  });
});
