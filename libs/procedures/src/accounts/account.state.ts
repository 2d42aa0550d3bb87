import type { AccountEvent, AccountOpened } from './account.events';

/** What an account is: as opened, then re-keyed. */
export type AccountRecord = AccountOpened['data'];

export type AccountState = { readonly status: 'none' } | (AccountRecord & { readonly status: 'open' | 'closed' });
export type OpenAccountState = AccountRecord & { readonly status: 'open' };

export const initialAccountState: AccountState = { status: 'none' };

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  switch (event.type) {
    case 'AccountOpened': {
      const { accountId, kind, username, displayName, roles, binding, passwordHash, secretVersion } = event.data;
      return { status: 'open', accountId, kind, username, displayName, roles, ...(binding ? { binding } : {}), ...(passwordHash ? { passwordHash } : {}), ...(secretVersion !== undefined ? { secretVersion } : {}) };
    }
    case 'AccountPasswordChanged':
      return state.status === 'none' ? state : { ...state, passwordHash: event.data.passwordHash };
    case 'AccountSecretRotated':
      return state.status === 'none' ? state : { ...state, secretVersion: event.data.secretVersion };
    case 'AccountClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
  }
}
