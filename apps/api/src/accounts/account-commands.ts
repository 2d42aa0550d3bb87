import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { accountIdFor, type CommandContext, CommandProcessor, normaliseUsername } from '@pdr/application';
import { clientSecretFor, hashPassword } from '@pdr/identity-oidc';
import { IDENTITY, type OpenedIdentity } from '@pdr/platform';
import { type AccountBinding, type AccountCommand, accountDecider, type AccountKind, type AccountRole, accountStream, caseDecider, caseStream } from '@pdr/procedures';
import { NotFoundException, UnprocessableEntityException } from '@nestjs/common';

export interface OpenedAccount {
  readonly accountId: string;
  readonly username: string;
  readonly revision: number;
  readonly position: number;
  /** Shown once: a generated password (invitations) or a service's client secret. Never stored in the log. */
  readonly password?: string;
  readonly clientSecret?: string;
}

/** Accounts of the embedded sign-in, through the account decider; passwords are hashed before the decider sees them. */
@Injectable()
export class AccountCommands {
  constructor(
    private readonly processor: CommandProcessor,
    @Inject(IDENTITY) private readonly identity: OpenedIdentity,
  ) {}

  async open(context: CommandContext, request: { kind: AccountKind; username: string; displayName: string; roles: readonly AccountRole[]; binding?: AccountBinding; password?: string }): Promise<OpenedAccount> {
    const secrets = this.requireEmbedded();
    const username = normaliseUsername(request.username);
    const accountId = accountIdFor(username);
    const generated = request.kind === 'person' && request.password === undefined ? randomBytes(18).toString('base64url') : undefined;
    const password = request.password ?? generated;
    const passwordHash = request.kind === 'person' && password ? await hashPassword(password) : undefined;
    const outcome = await this.run(accountId, context, (issuedAt) => ({
      kind: 'OpenAccount',
      accountId,
      accountKind: request.kind,
      username,
      displayName: request.displayName,
      roles: request.roles,
      ...(request.binding ? { binding: request.binding } : {}),
      ...(passwordHash ? { passwordHash } : {}),
      issuedAt,
    }));
    return {
      accountId,
      username,
      ...outcome,
      ...(generated ? { password: generated } : {}),
      ...(request.kind === 'service' ? { clientSecret: clientSecretFor(secrets.clientSecretKey, accountId, 1) } : {}),
    };
  }

  /** Staff invite a Party or its representative to one case: an account bound to that case and side (BBB-2.5, BBB-8.5). */
  async invite(context: CommandContext, caseId: string, request: { side: 'complainant' | 'respondent'; representative?: boolean; username: string; displayName: string }): Promise<OpenedAccount> {
    const { state } = await this.processor.state(caseStream(caseId), caseDecider);
    if (state.status === 'none') throw new NotFoundException({ message: `no case ${caseId}`, field: 'caseId' });
    const role: AccountRole = request.representative ? 'representative' : request.side;
    return this.open(context, { kind: 'person', username: request.username, displayName: request.displayName, roles: [role], binding: { kind: 'party', caseId, side: request.side } });
  }

  async changePassword(context: CommandContext, accountId: string, password: string) {
    const passwordHash = await hashPassword(password);
    return this.run(accountId, context, (issuedAt) => ({ kind: 'ChangePassword', accountId, passwordHash, issuedAt }));
  }

  async rotateSecret(context: CommandContext, accountId: string) {
    const secrets = this.requireEmbedded();
    const outcome = await this.run(accountId, context, (issuedAt) => ({ kind: 'RotateSecret', accountId, issuedAt }));
    const { state } = await this.processor.state(accountStream(accountId), accountDecider);
    const version = state.status === 'none' ? 1 : (state.secretVersion ?? 1);
    return { ...outcome, clientSecret: clientSecretFor(secrets.clientSecretKey, accountId, version) };
  }

  close(context: CommandContext, accountId: string, reason: string) {
    return this.run(accountId, context, (issuedAt) => ({ kind: 'CloseAccount', accountId, reason, issuedAt }));
  }

  private async run(accountId: string, context: CommandContext, command: (issuedAt: string) => AccountCommand): Promise<{ revision: number; position: number }> {
    const outcome = await this.processor.process({ streamId: accountStream(accountId), decider: accountDecider, context, command });
    return { revision: outcome.revision, position: outcome.position };
  }

  private requireEmbedded() {
    if (!this.identity.embedded) throw new UnprocessableEntityException({ message: 'accounts are managed by the external identity provider (OIDC_ISSUER)', rule: 'ACCOUNTS-EXTERNAL' });
    return this.identity.embedded.secrets;
  }
}
