import type { AccountBinding, AccountKind, AccountRole } from './account-roles';

export interface OpenAccount {
  readonly kind: 'OpenAccount';
  readonly accountId: string;
  readonly accountKind: AccountKind;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly binding?: AccountBinding;
  readonly passwordHash?: string;
  readonly issuedAt: string;
}

export interface ChangePassword {
  readonly kind: 'ChangePassword';
  readonly accountId: string;
  readonly passwordHash: string;
  readonly issuedAt: string;
}

export interface RotateSecret {
  readonly kind: 'RotateSecret';
  readonly accountId: string;
  readonly issuedAt: string;
}

export interface CloseAccount {
  readonly kind: 'CloseAccount';
  readonly accountId: string;
  readonly reason: string;
  readonly issuedAt: string;
}

export type AccountCommand = OpenAccount | ChangePassword | RotateSecret | CloseAccount;
