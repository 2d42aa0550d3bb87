import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { assertGrantsConsistent } from './account-grants';
import type { AccountCommand } from './account.commands';
import type { AccountEvent } from './account.events';
import { type AccountState, evolveAccount, initialAccountState, type OpenAccountState } from './account.state';

const USERNAME = /^[a-z0-9][a-z0-9._@+-]{1,99}$/;

function requireOpen(state: AccountState, accountId: string): OpenAccountState {
  if (state.status === 'none') throw new RuleViolation('not-found', 'ACCOUNT-UNKNOWN', `no account ${accountId}`, 'accountId');
  if (state.status === 'closed') throw new RuleViolation('conflict', 'ACCOUNT-CLOSED', `account ${accountId} is closed`, 'accountId');
  return { ...state, status: 'open' };
}

/** Local accounts of the embedded sign-in: opened, re-keyed and closed by administrators, never deleted. */
export const accountDecider: Decider<AccountCommand, AccountState, AccountEvent> = {
  initialState: initialAccountState,

  decide(command, state) {
    switch (command.kind) {
      case 'OpenAccount': {
        if (state.status !== 'none') throw new RuleViolation('conflict', 'ACCOUNT-EXISTS', 'an account with that user name exists', 'username');
        if (!USERNAME.test(command.username)) throw new RuleViolation('unprocessable', 'ACCOUNT-USERNAME', 'a user name is 2 to 100 of a-z 0-9 . _ @ + -, starting with a letter or digit', 'username');
        if (!command.displayName.trim()) throw new RuleViolation('unprocessable', 'ACCOUNT-NAME', 'an account has a display name', 'displayName');
        assertGrantsConsistent(command.accountKind, command.roles, command.binding);
        if (command.accountKind === 'person' && !command.passwordHash) throw new RuleViolation('unprocessable', 'ACCOUNT-PASSWORD', 'a person signs in with a password', 'password');
        if (command.accountKind === 'service' && command.passwordHash) throw new RuleViolation('unprocessable', 'ACCOUNT-PASSWORD', 'a service signs in with its client secret, not a password', 'password');
        return [
          {
            type: 'AccountOpened',
            data: {
              accountId: command.accountId,
              kind: command.accountKind,
              username: command.username,
              displayName: command.displayName,
              roles: command.roles,
              ...(command.binding ? { binding: command.binding } : {}),
              ...(command.passwordHash ? { passwordHash: command.passwordHash } : { secretVersion: 1 }),
            },
          },
        ];
      }
      case 'ChangePassword': {
        const account = requireOpen(state, command.accountId);
        if (account.kind !== 'person') throw new RuleViolation('unprocessable', 'ACCOUNT-PASSWORD', 'a service has a client secret, not a password', 'accountId');
        return [{ type: 'AccountPasswordChanged', data: { accountId: command.accountId, passwordHash: command.passwordHash } }];
      }
      case 'RotateSecret': {
        const account = requireOpen(state, command.accountId);
        if (account.kind !== 'service') throw new RuleViolation('unprocessable', 'ACCOUNT-SECRET', 'a person has a password, not a client secret', 'accountId');
        return [{ type: 'AccountSecretRotated', data: { accountId: command.accountId, secretVersion: (account.secretVersion ?? 1) + 1 } }];
      }
      case 'CloseAccount': {
        requireOpen(state, command.accountId);
        if (!command.reason.trim()) throw new RuleViolation('unprocessable', 'ACCOUNT-CLOSE-REASON', 'closing an account gives a reason', 'reason');
        return [{ type: 'AccountClosed', data: { accountId: command.accountId, reason: command.reason } }];
      }
    }
  },

  evolve: evolveAccount,
};
