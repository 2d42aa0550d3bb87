import type { DomainEvent } from '@pdr/event-sourcing';
import type { AccountBinding, AccountKind, AccountRole } from './account-roles';

/** An account that may sign in: a person with a password, or a service (a reporting job) with a client secret. */
export type AccountOpened = DomainEvent<
  'AccountOpened',
  {
    readonly accountId: string;
    readonly kind: AccountKind;
    /** What the account signs in with: a person's user name, or a service's client id. */
    readonly username: string;
    readonly displayName: string;
    readonly roles: readonly AccountRole[];
    readonly binding?: AccountBinding;
    /** A person's password as a scrypt hash (never the password). */
    readonly passwordHash?: string;
    /** A service's secret is derived from the server's key and this version: the secret itself is never stored. */
    readonly secretVersion?: number;
  }
>;

export type AccountPasswordChanged = DomainEvent<'AccountPasswordChanged', { readonly accountId: string; readonly passwordHash: string }>;
export type AccountSecretRotated = DomainEvent<'AccountSecretRotated', { readonly accountId: string; readonly secretVersion: number }>;
export type AccountClosed = DomainEvent<'AccountClosed', { readonly accountId: string; readonly reason: string }>;

export type AccountEvent = AccountOpened | AccountPasswordChanged | AccountSecretRotated | AccountClosed;
