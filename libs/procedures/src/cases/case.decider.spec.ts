import { VERASAFE_FILING } from './case-history.testing';
import { given } from '@pdr/event-sourcing';
import type { FileComplaint } from './case.commands';
import { caseDecider } from './case.decider';

const fileComplaint = (overrides: Partial<FileComplaint> = {}): FileComplaint => ({
  kind: 'FileComplaint',
  caseId: 'case-1',
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-03-02T09:00:00.000Z',
  channel: 'web-form',
  complainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' },
  respondent: { name: 'Acme Analytics Inc.' },
  allegation: 'Kept processing my data after I objected',
  outcomesSought: ['suppress my personal data'],
  issuedAt: '2026-03-02T10:00:00.000Z',
  ...overrides,
});

describe('case decider: filing a complaint', () => {
  it('BBB-1.1 files a complaint under the Safe Harbor Privacy Principles without naming them (one framework)', () => {
    const [event] = given(caseDecider).when(fileComplaint());
    expect(event.type).toBe('ComplaintFiled');
    expect(event.data).toMatchObject({
      caseId: 'case-1',
      rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
      framework: 'safe-harbor',
      complainant: { country: 'FR', filingAs: 'data-subject' },
      respondent: { name: 'Acme Analytics Inc.' },
    });
  });

  it('BBB-2.2 records whether the Complainant files as data subject or as parent or guardian', () => {
    const complainant = { name: 'P. Parent', email: 'p@example.eu', country: 'NO', filingAs: 'parent-or-guardian' as const };
    const [event] = given(caseDecider).when(fileComplaint({ complainant }));
    expect(event).toMatchObject({ type: 'ComplaintFiled', data: { complainant: { filingAs: 'parent-or-guardian' } } });
  });

  it('VS-1.1 records which framework a VeraSafe complaint is brought under', () => {
    const [event] = given(caseDecider).when(fileComplaint({ rulebookId: 'verasafe-2016', ...VERASAFE_FILING, framework: 'us-swiss-safe-harbor' }));
    expect(event).toMatchObject({ type: 'ComplaintFiled', data: { framework: 'us-swiss-safe-harbor', rulebook: { id: 'verasafe-2016', version: '2016-10-24' } } });
  });

  it('VS-1.1 refuses a VeraSafe complaint that names no framework', () => {
    expect(() => given(caseDecider).when(fileComplaint({ rulebookId: 'verasafe-2016' }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'VS-1.1', field: 'framework' }),
    );
  });

  it('BBB-1.1 refuses a framework the BBB rules do not cover', () => {
    expect(() => given(caseDecider).when(fileComplaint({ framework: 'eu-us-privacy-shield' }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-1.1', field: 'framework' }),
    );
  });

  it('puts a filed complaint into eligibility review, under the rulebook\'s own programme when it names none', () => {
    const history = given(caseDecider).when(fileComplaint());
    expect(given(caseDecider, history).state).toEqual({
      status: 'open',
      caseId: 'case-1',
      rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
      // The Complainant's data was collected in the EU: good standing is checked for the EU framework.
      programme: { id: 'bbb-eu-safe-harbor', standingFramework: 'us-eu-safe-harbor' },
      stage: 'eligibility-review',
      receivedAt: '2026-03-02T09:00:00.000Z',
      identityVerified: false,
      deadlines: {},
      noticesSent: 0,
      notices: {},
      findings: {},
      docketed: false,
      acknowledgements: [],
      representatives: {},
      conciliation: { factsObtained: false, factsForwarded: false, responseReceived: false, offersPresented: 0, teleconferenceAgreedBy: [] },
      // The names Panelist conflicts are checked against (BBB-4.2.1).
      parties: { complainantName: 'Ada Example', respondentName: 'Acme Analytics Inc.' },
    });
  });

  it('refuses to file the same case twice', () => {
    const history = given(caseDecider).when(fileComplaint());
    expect(() => given(caseDecider, history).when(fileComplaint())).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'CASE-EXISTS' }),
    );
  });

  it('refuses a complaint received after the command is issued', () => {
    expect(() => given(caseDecider).when(fileComplaint({ receivedAt: '2026-03-02T10:00:00.001Z' }))).toThrow(
      expect.objectContaining({ field: 'receivedAt', rule: 'RECEIPT-IN-FUTURE' }),
    );
  });

  // Commands built by hand (a script, a worker) bypass the HTTP validation: the decider keeps ComplaintFiled complete.
  const without = (field: keyof FileComplaint) => ({ ...fileComplaint(), [field]: undefined }) as unknown as FileComplaint;
  it.each([
    ['complainant', without('complainant')],
    ['respondent', without('respondent')],
    ['allegation', without('allegation')],
    ['allegation', fileComplaint({ allegation: '   ' })],
    ['outcomesSought', without('outcomesSought')],
    ['outcomesSought', fileComplaint({ outcomesSought: [] })],
    ['outcomesSought[1]', fileComplaint({ outcomesSought: ['suppress my personal data', ''] })],
    ['channel', without('channel')],
    ['complainant', fileComplaint({ complainant: [] as never })],
    ['complainant.name', fileComplaint({ complainant: { email: 'ada@example.eu', country: 'FR', filingAs: 'data-subject' } as never })],
    ['complainant.email', fileComplaint({ complainant: { name: 'Ada', country: 'FR', filingAs: 'data-subject' } as never })],
    ['complainant.country', fileComplaint({ complainant: { name: 'Ada', email: 'ada@example.eu', filingAs: 'data-subject' } as never })],
    ['complainant.filingAs', fileComplaint({ complainant: { name: 'Ada', email: 'ada@example.eu', country: 'FR' } as never })],
    ['respondent.name', fileComplaint({ respondent: {} as never })],
  ])('refuses a complaint without %s, naming the field, and records nothing', (field, command) => {
    expect(() => given(caseDecider).when(command)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'FIELD-REQUIRED', field }));
  });

  it.each(['2026-03-02', 'soon', '2026-02-30T09:00:00Z', undefined])('refuses a complaint whose receipt time %s is no instant', (receivedAt) => {
    expect(() => given(caseDecider).when(fileComplaint({ receivedAt: receivedAt as string }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'INSTANT-INVALID', field: 'receivedAt' }),
    );
  });
});

describe('case decider: verifying the Complainant\'s identity', () => {
  const verify = { kind: 'VerifyComplainantIdentity' as const, caseId: 'case-1', method: 'passport copy checked', issuedAt: '2026-03-03T10:00:00.000Z' };

  it('BBB-2.2.1 records that the CBBB verified the Complainant\'s identity, and how', () => {
    const history = given(caseDecider).when(fileComplaint());
    expect(given(caseDecider, history).when(verify)).toEqual([
      { type: 'ComplainantIdentityVerified', data: { caseId: 'case-1', method: 'passport copy checked', verifiedAt: '2026-03-03T10:00:00.000Z' } },
    ]);
  });

  it('BBB-2.2.1 refuses to verify an identity twice', () => {
    const filed = given(caseDecider).when(fileComplaint());
    const verified = given(caseDecider, filed).when(verify);
    expect(() => given(caseDecider, [...filed, ...verified]).when(verify)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-2.2.1' }));
  });

  it('refuses identity verification under a procedure that has no such step (VeraSafe)', () => {
    const history = given(caseDecider).when(fileComplaint({ rulebookId: 'verasafe-2016', ...VERASAFE_FILING }));
    expect(() => given(caseDecider, history).when(verify)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'STEP-NOT-IN-PROCEDURE' }));
  });

  it('refuses to act on a case that was never filed', () => {
    expect(() => given(caseDecider).when(verify)).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'CASE-UNKNOWN' }));
  });
});
