import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { accountIdFor, CommandProcessor } from '@pdr/application';
import { hashPassword } from '@pdr/identity-oidc';
import { type AccountCommand, accountDecider, accountStream } from '@pdr/procedures';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../tokens';

export const FIRST_ADMINISTRATOR = 'admin';

/**
 * On the embedded provider's first start, opens the first administrator's account and says once, in the log, how to
 * sign in. Its password is ADMIN_INITIAL_PASSWORD, or generated (then shown in that one line only).
 */
@Injectable()
export class FirstAdministrator implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly processor: CommandProcessor,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.identity.mode !== 'embedded') return;
    const accountId = accountIdFor(FIRST_ADMINISTRATOR);
    const { revision } = await this.processor.state(accountStream(accountId), accountDecider);
    if (revision >= 0) return;
    const given = this.config.identity.adminInitialPassword;
    const password = given ?? randomBytes(18).toString('base64url');
    const passwordHash = await hashPassword(password);
    await this.processor.process({
      streamId: accountStream(accountId),
      decider: accountDecider,
      context: { actorId: 'system', actorRole: 'system', correlationId: randomUUID(), commandId: randomUUID() },
      command: (issuedAt): AccountCommand => ({ kind: 'OpenAccount', accountId, accountKind: 'person', username: FIRST_ADMINISTRATOR, displayName: 'First administrator', roles: ['administrator'], passwordHash, issuedAt }),
    });
    const secret = given ? 'the password in ADMIN_INITIAL_PASSWORD' : `password ${password}`;
    this.logger.warn(
      `First administrator created: user name "${FIRST_ADMINISTRATOR}", ${secret}. Sign in with: ` +
        `curl -s ${this.config.identity.issuer}/token -d grant_type=password -d client_id=pdr-cli -d username=${FIRST_ADMINISTRATOR} -d password=… ; ` +
        'then change the password (POST /accounts/{accountId}/password). This is said once.',
    );
  }
}
