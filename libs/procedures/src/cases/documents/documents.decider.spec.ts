import { given } from '@pdr/event-sourcing';
import { currentRulebook } from '../../rulebooks/registry';
import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { after, calendar, participation, run, stateOf } from '../case-history.testing';

const AT = '2026-06-03T15:00:00.000Z';
const SECRET = 'ACME-INTERNAL: retention is 731 days in cluster eu-west-9';

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

/** Position accepted from the complaint, delivered, and the Respondent's Rebuttal received. */
const withRebuttal = (): CaseEvent[] =>
  run(
    docketed(),
    { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], acceptComplaintAsPosition: true, calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'position', deliveredAt: '2026-07-01T15:00:00.000Z', calendar, issuedAt: '2026-07-01T15:00:00.000Z' },
    { kind: 'SubmitRebuttal', caseId: 'case-1', receivedAt: '2026-07-06T15:00:00.000Z', summary: 'the Rebuttal', issuedAt: '2026-07-06T16:00:00.000Z' },
  );

const designate = (extra: Record<string, unknown> = {}): CaseCommand =>
  ({ kind: 'DesignateProprietaryInformation', caseId: 'case-1', documentId: 'rebuttal', party: 'respondent', description: 'retention architecture', content: SECRET, affirmation: true, summary: 'Acme describes how long and where it keeps marketing data', issuedAt: '2026-07-06T17:00:00.000Z', ...extra }) as CaseCommand;

describe('documents on a case (BBB-4.3.2, BBB-8.2, 8.3, 8.5, 8.6, 8.9)', () => {
  it('BBB-8.5 / BBB-8.6: given a Rebuttal, when the Respondent designates part of it with an affirmation and a summary, then ProprietaryInformationDesignated carries both; the case state never holds the text', () => {
    const history = withRebuttal();
    const events = after(history, designate());
    expect(events).toEqual([
      { type: 'ProprietaryInformationDesignated', data: expect.objectContaining({ caseId: 'case-1', rule: 'BBB-8.5', designationId: 'proprietary-1', documentId: 'rebuttal', party: 'respondent', content: SECRET, affirmation: true, summary: expect.stringContaining('marketing') }) },
    ]);
    const state = stateOf([...history, ...events]);
    expect(state.documents?.designations['proprietary-1']).toEqual({ party: 'respondent', documentId: 'rebuttal', status: 'pending' });
    expect(JSON.stringify(state)).not.toContain(SECRET);
  });

  it('BBB-8.5: given a Rebuttal, when the Complainant tries to designate material in it, or the Respondent does not affirm it is not public, then it is refused', () => {
    expect(() => after(withRebuttal(), designate({ party: 'complainant' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.5', field: 'party' }));
    expect(() => after(withRebuttal(), designate({ affirmation: false }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.5', field: 'affirmation' }));
    expect(() => after(docketed(), designate())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.5', field: 'documentId' }));
  });

  it('BBB-8.5 / BBB-8.6: given a reply but no response (BBB-4.4.3), when the Respondent designates material in a response, then it is refused (409); once the response is received, it is accepted', () => {
    const replied = run(
      withRebuttal(),
      { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'rebuttal', deliveredAt: '2026-07-06T16:00:00.000Z', calendar, issuedAt: '2026-07-06T16:00:00.000Z' },
      { kind: 'SubmitReply', caseId: 'case-1', receivedAt: '2026-07-06T16:10:00.000Z', summary: 'my reply', issuedAt: '2026-07-06T16:10:00.000Z' },
      { kind: 'RecordHearingDelivery', caseId: 'case-1', document: 'reply', deliveredAt: '2026-07-06T16:20:00.000Z', calendar, issuedAt: '2026-07-06T16:20:00.000Z' },
    );
    expect(() => after(replied, designate({ documentId: 'response' }))).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.5', field: 'documentId' }));
    const responded = run(replied, { kind: 'SubmitResponse', caseId: 'case-1', receivedAt: '2026-07-06T16:30:00.000Z', summary: 'our response', issuedAt: '2026-07-06T16:30:00.000Z' });
    expect(after(responded, designate({ documentId: 'response' }))).toEqual([{ type: 'ProprietaryInformationDesignated', data: expect.objectContaining({ documentId: 'response', party: 'respondent', rule: 'BBB-8.5' }) }]);
  });

  it('BBB-8.6: given a designation without a non-confidential summary, when it is made, then it is refused under BBB-8.6', () => {
    expect(() => after(withRebuttal(), designate({ summary: '  ' }))).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-8.6', field: 'summary' }));
  });

  it('BBB-8.5: given a pending designation, when the CBBB accepts it, then it is considered; a second ruling is refused', () => {
    const history = run(withRebuttal(), designate());
    const events = after(history, { kind: 'AcceptProprietaryDesignation', caseId: 'case-1', designationId: 'proprietary-1', issuedAt: '2026-07-07T15:00:00.000Z' });
    expect(events).toEqual([{ type: 'ProprietaryDesignationAccepted', data: expect.objectContaining({ designationId: 'proprietary-1', rule: 'BBB-8.5' }) }]);
    expect(stateOf([...history, ...events]).documents?.designations['proprietary-1'].status).toBe('accepted');
    expect(() => after([...history, ...events], { kind: 'AcceptProprietaryDesignation', caseId: 'case-1', designationId: 'proprietary-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict' }));
  });

  it('BBB-8.5 / BBB-8.6: given a pending designation, when the CBBB disagrees or judges the summary unacceptable, then the material is returned and not considered', () => {
    const history = run(withRebuttal(), designate());
    const disagreed = after(history, { kind: 'ReturnProprietaryDesignation', caseId: 'case-1', designationId: 'proprietary-1', ground: 'not-proprietary', reason: 'published on the website', issuedAt: AT });
    expect(disagreed).toEqual([{ type: 'ProprietaryDesignationReturned', data: expect.objectContaining({ rule: 'BBB-8.5', ground: 'not-proprietary', considered: false }) }]);
    const unacceptable = after(history, { kind: 'ReturnProprietaryDesignation', caseId: 'case-1', designationId: 'proprietary-1', ground: 'summary-unacceptable', reason: 'too vague to respond to', issuedAt: AT });
    expect(unacceptable).toEqual([{ type: 'ProprietaryDesignationReturned', data: expect.objectContaining({ rule: 'BBB-8.6', ground: 'summary-unacceptable', considered: false }) }]);
    expect(stateOf([...history, ...unacceptable]).documents?.designations['proprietary-1'].status).toBe('returned');
  });

  it('BBB-8.3: given an open case, when staff dispose of the file, then it is refused; given the closed case, then Proprietary Information is returned and the file disposed except the Settlement Agreement or Decision', () => {
    const history = run(withRebuttal(), designate(), { kind: 'AcceptProprietaryDesignation', caseId: 'case-1', designationId: 'proprietary-1', issuedAt: AT });
    expect(() => after(history, { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.3' }));
    const closed = run(history, { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'settled privately', issuedAt: '2026-07-08T15:00:00.000Z' });
    expect(stateOf(closed).status).toBe('closed');
    const events = after(closed, { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: '2026-07-09T15:00:00.000Z' });
    expect(events).toEqual([
      { type: 'ProprietaryInformationReturned', data: expect.objectContaining({ designationId: 'proprietary-1', party: 'respondent', rule: 'BBB-8.3' }) },
      { type: 'CaseFileDisposed', data: expect.objectContaining({ rule: 'BBB-8.3', retained: ['settlement-agreement', 'decision'] }) },
    ]);
    expect(() => after([...closed, ...events], { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: AT })).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-8.3' }));
  });

  it('BBB-8.9: given a docketed case, when interpretation is provided to the Complainant, then it is recorded per Party against proceedings in English', () => {
    const history = docketed();
    const events = after(history, { kind: 'RecordLanguageAssistance', caseId: 'case-1', party: 'complainant', language: 'de', assistance: 'interpretation', issuedAt: AT });
    expect(events).toEqual([{ type: 'LanguageAssistanceRecorded', data: expect.objectContaining({ rule: 'BBB-8.9', party: 'complainant', language: 'de', kind: 'interpretation', proceedingsLanguage: 'en' }) }]);
    expect(stateOf([...history, ...events]).documents?.languageAssistance).toEqual([{ party: 'complainant', language: 'de', kind: 'interpretation' }]);
  });

  it('BBB-8.2 / BBB-4.3.2: the rulebook names the confidentiality and Case Record rules it applies', () => {
    expect(currentRulebook('bbb-eu-safe-harbor')!.documents).toMatchObject({ confidentialityRule: 'BBB-8.2', caseRecordRule: 'BBB-4.3.2', language: 'en' });
  });
});
