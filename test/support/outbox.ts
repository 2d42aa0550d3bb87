import { join } from 'node:path';
import { type OutboxMessage, readOutbox } from '@pdr/notifier';
import { outboxDir } from '../../apps/api/src/public-intake/public-intake.providers';

/** The embedded outbox of a test instance (DATA_DIR/outbox): every email the service sent, oldest first. */
export function outboxOf(dataDir: string): OutboxMessage[] {
  return readOutbox(outboxDir(dataDir));
}

/** The newest confirmation code sent to `to`, read from its message as a member of the public would. */
export function confirmationCodeFor(dataDir: string, to: string): string {
  const message = outboxOf(dataDir).filter((candidate) => candidate.to === to && /confirmation code is/.test(candidate.text)).pop();
  const code = message ? /confirmation code is (\d{6})/.exec(message.text)?.[1] : undefined;
  if (!code) throw new Error('no confirmation code in the outbox for that address');
  return code;
}
