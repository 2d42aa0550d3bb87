import { given } from '@pdr/event-sourcing';
import type { OpenAccount } from './account.commands';
import { accountDecider } from './account.decider';

const open = (overrides: Partial<OpenAccount> = {}): OpenAccount => ({
  kind: 'OpenAccount',
  accountId: 'a-1',
  accountKind: 'person',
  username: 'staff.one',
  displayName: 'Staff One',
  roles: ['case-manager'],
  passwordHash: 'scrypt$hash',
  issuedAt: '2026-03-02T10:00:00.000Z',
  ...overrides,
});

const refusal = (rule: string, field: string) => expect.objectContaining({ rule, field });

describe('account decider', () => {
  it('opens a staff account with its roles and password hash', () => {
    expect(given(accountDecider).when(open())).toEqual([
      { type: 'AccountOpened', data: { accountId: 'a-1', kind: 'person', username: 'staff.one', displayName: 'Staff One', roles: ['case-manager'], passwordHash: 'scrypt$hash' } },
    ]);
  });

  it('BBB-8.5 binds a Party credential to one case and one side, holding no other role', () => {
    const binding = { kind: 'party', caseId: 'c-1', side: 'complainant' } as const;
    expect(given(accountDecider).when(open({ roles: ['complainant'], binding }))[0]!.data).toMatchObject({ binding });
    expect(() => given(accountDecider).when(open({ roles: ['complainant'] }))).toThrow(refusal('ACCOUNT-ROLES', 'binding'));
    expect(() => given(accountDecider).when(open({ roles: ['respondent'], binding }))).toThrow(refusal('ACCOUNT-ROLES', 'binding.side'));
    expect(() => given(accountDecider).when(open({ roles: ['complainant', 'case-manager'], binding }))).toThrow(refusal('ACCOUNT-ROLES', 'roles'));
    expect(given(accountDecider).when(open({ roles: ['representative'], binding: { ...binding, side: 'respondent' } }))).toHaveLength(1);
  });

  it('BBB-4.5 binds a Panelist to their Board record', () => {
    expect(() => given(accountDecider).when(open({ roles: ['panelist'] }))).toThrow(refusal('ACCOUNT-ROLES', 'binding'));
    expect(given(accountDecider).when(open({ roles: ['panelist'], binding: { kind: 'panelist', panelistId: 'p-1' } }))).toHaveLength(1);
  });

  it('gives a service account only the reporting role and no password', () => {
    expect(given(accountDecider).when(open({ accountKind: 'service', roles: ['reporting'], passwordHash: undefined }))[0]!.data).toMatchObject({ kind: 'service', secretVersion: 1 });
    expect(() => given(accountDecider).when(open({ accountKind: 'service', roles: ['administrator'], passwordHash: undefined }))).toThrow(refusal('ACCOUNT-ROLES', 'roles'));
    expect(() => given(accountDecider).when(open({ accountKind: 'service', roles: ['reporting'] }))).toThrow(refusal('ACCOUNT-PASSWORD', 'password'));
  });

  it('refuses a second account under the same user name, a malformed user name and a role no one holds', () => {
    const history = given(accountDecider).when(open());
    expect(() => given(accountDecider, history).when(open())).toThrow(refusal('ACCOUNT-EXISTS', 'username'));
    expect(() => given(accountDecider).when(open({ username: 'Robert Tables' }))).toThrow(refusal('ACCOUNT-USERNAME', 'username'));
    expect(() => given(accountDecider).when(open({ roles: ['system' as never] }))).toThrow(refusal('ACCOUNT-ROLES', 'roles'));
  });

  it('changes a password and rotates a secret only on an open account of the right kind; closing is final', () => {
    const person = given(accountDecider).when(open());
    expect(given(accountDecider, person).when({ kind: 'ChangePassword', accountId: 'a-1', passwordHash: 'scrypt$new', issuedAt: '2026-03-03T00:00:00Z' })).toHaveLength(1);
    expect(() => given(accountDecider, person).when({ kind: 'RotateSecret', accountId: 'a-1', issuedAt: '2026-03-03T00:00:00Z' })).toThrow(refusal('ACCOUNT-SECRET', 'accountId'));
    const service = given(accountDecider).when(open({ accountKind: 'service', roles: ['reporting'], passwordHash: undefined }));
    expect(given(accountDecider, service).when({ kind: 'RotateSecret', accountId: 'a-1', issuedAt: '2026-03-03T00:00:00Z' })[0]!.data).toEqual({ accountId: 'a-1', secretVersion: 2 });
    const closed = [...person, ...given(accountDecider, person).when({ kind: 'CloseAccount', accountId: 'a-1', reason: 'left', issuedAt: '2026-03-03T00:00:00Z' })];
    expect(() => given(accountDecider, closed).when({ kind: 'ChangePassword', accountId: 'a-1', passwordHash: 'x', issuedAt: '2026-03-04T00:00:00Z' })).toThrow(refusal('ACCOUNT-CLOSED', 'accountId'));
    expect(() => given(accountDecider).when({ kind: 'CloseAccount', accountId: 'a-9', reason: 'x', issuedAt: '2026-03-04T00:00:00Z' })).toThrow(refusal('ACCOUNT-UNKNOWN', 'accountId'));
  });
});
