import type { AccountBinding, AccountKind, AccountRole } from './account-roles';
import type { AccountEvent } from './account.events';

export interface AccountRecord {
      readonly accountId: string;
      readonly kind: AccountKind;
      readonly username: string;
      readonly displayName: string;
      readonly roles: readonly AccountRole[];
      readonly binding?: AccountBinding;
      readonly passwordHash?: string;
      readonly secretVersion?: number;
}

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
