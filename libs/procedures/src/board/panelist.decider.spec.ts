import { given, RuleViolation } from '@pdr/event-sourcing';
import type { DeclareRelationship, EnrolPanelist, WithdrawPanelist } from './panelist.commands';
import { panelistDecider, panelistDeciderFor } from './panelist.decider';
import type { PanelistEvent } from './panelist.events';

const ISSUED = '2026-03-02T10:00:00.000Z';

const enrol = (overrides: Partial<EnrolPanelist> = {}): EnrolPanelist => ({
  kind: 'EnrolPanelist',
  panelistId: 'p-1',
  name: 'Grace Expert',
  email: 'grace@example.com',
  employer: 'Privacy Counsel LLP',
  affiliations: ['IAPP'],
  qualifications: ['CIPP', 'JD'],
  confidentialityAgreementSignedOn: '2026-02-15',
  issuedAt: ISSUED,
  ...overrides,
});

const declare = (overrides: Partial<DeclareRelationship> = {}): DeclareRelationship => ({
  kind: 'DeclareRelationship',
  panelistId: 'p-1',
  with: 'Acme Analytics Inc.',
  relationshipKind: 'business',
  description: 'Consulted on their privacy programme in 2024',
  issuedAt: ISSUED,
  ...overrides,
});

const withdraw = (overrides: Partial<WithdrawPanelist> = {}): WithdrawPanelist => ({ kind: 'WithdrawPanelist', panelistId: 'p-1', reason: 'retired', issuedAt: ISSUED, ...overrides });

const enrolled = (): readonly PanelistEvent[] => given(panelistDecider).when(enrol());

describe('panelist decider', () => {
  it('BBB-4.2 enrols a privacy expert with a signed confidentiality agreement', () => {
    expect(given(panelistDecider).when(enrol({ affiliations: ['IAPP', 'IAPP'] }))).toEqual([
      {
        type: 'PanelistEnrolled',
        data: {
          panelistId: 'p-1',
          name: 'Grace Expert',
          email: 'grace@example.com',
          employer: 'Privacy Counsel LLP',
          employerCompetitors: [],
          affiliations: ['IAPP'],
          qualifications: ['CIPP', 'JD'],
          confidentialityAgreementSignedOn: '2026-02-15',
        },
      },
    ]);
  });

  it('BBB-4.2 accepts an agreement dated today in a time zone ahead of UTC', () => {
    const [event] = given(panelistDecider).when(enrol({ confidentialityAgreementSignedOn: '2026-03-03', issuedAt: '2026-03-02T23:30:00.000Z' }));
    expect(event!.type).toBe('PanelistEnrolled');
  });

  it.each(['2026-03-05', '2026-02-30', '15/02/2026'])('BBB-4.2 refuses an agreement date %s that is not a past date, naming the field', (date) => {
    const act = () => given(panelistDecider).when(enrol({ confidentialityAgreementSignedOn: date }));
    expect(act).toThrow(RuleViolation);
    expect(act).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BBB-4.2', field: 'confidentialityAgreementSignedOn' }));
  });

  it("refuses under the rule of the Board's data, not a literal of the decider (issue 10)", () => {
    const act = () => given(panelistDeciderFor({ selectionRule: 'BOARD-MEMBERSHIP', conflictRule: 'BOARD-CONFLICT' })).when(enrol({ confidentialityAgreementSignedOn: '2026-03-05' }));
    expect(act).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'BOARD-MEMBERSHIP', field: 'confidentialityAgreementSignedOn' }));
  });

  it('refuses an unknown qualification, naming the field', () => {
    expect(() => given(panelistDecider).when(enrol({ qualifications: ['CIPP', 'PhD'] }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'PANELIST-QUALIFICATION', field: 'qualifications' }),
    );
  });

  it('refuses to enrol the same panelist twice', () => {
    expect(() => given(panelistDecider, enrolled()).when(enrol())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PANELIST-EXISTS' }));
  });

  it('BBB-4.2.1 records a relationship the panelist declares', () => {
    expect(given(panelistDecider, enrolled()).when(declare({ businessId: 'biz-9' }))).toEqual([
      {
        type: 'PanelistRelationshipDeclared',
        data: { panelistId: 'p-1', with: 'Acme Analytics Inc.', businessId: 'biz-9', kind: 'business', description: 'Consulted on their privacy programme in 2024' },
      },
    ]);
  });

  it('refuses a relationship or a withdrawal for an unknown panelist (not found)', () => {
    expect(() => given(panelistDecider).when(declare())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'PANELIST-UNKNOWN', field: 'panelistId' }));
    expect(() => given(panelistDecider).when(withdraw())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'PANELIST-UNKNOWN' }));
  });

  it('withdraws a panelist from the Board once; nothing more is declared afterwards', () => {
    const history = [...enrolled(), ...given(panelistDecider, enrolled()).when(withdraw())];
    expect(history[1]).toEqual({ type: 'PanelistWithdrawnFromBoard', data: { panelistId: 'p-1', reason: 'retired', withdrawnAt: ISSUED } });
    expect(given(panelistDecider, history).state).toEqual({ status: 'withdrawn', panelistId: 'p-1' });
    expect(() => given(panelistDecider, history).when(withdraw())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PANELIST-WITHDRAWN' }));
    expect(() => given(panelistDecider, history).when(declare())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'PANELIST-WITHDRAWN' }));
  });
});
