import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertSendable, type Notifier, type OutgoingEmail, type SentEmail } from '@pdr/application';

/** One message in the outbox, as its file holds it. */
export interface OutboxMessage extends OutgoingEmail {
  readonly messageId: string;
  /** When it was queued (ISO 8601, real time). */
  readonly queuedAt: string;
}

/**
 * The embedded default's Notifier: nothing leaves the machine. Each message is one JSON file in the outbox directory
 * (`DATA_DIR/outbox`, the directory 0700 and its files 0600: they hold addresses and codes), named so they sort in
 * the order queued. A local user reads their confirmation code there; a relay can be configured instead
 * (MAIL_RELAY_URL). Written to a temporary name and renamed, so a reader never sees half a message.
 */
export class OutboxNotifier implements Notifier {
  /** Orders messages queued within the same millisecond. */
  private sequence = 0;

  constructor(private readonly dir: string) {}

  async send(message: OutgoingEmail): Promise<SentEmail> {
    assertSendable(message);
    if (!existsSync(this.dir)) mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.dir, 0o700);
    const queuedAt = new Date().toISOString();
    const messageId = `${queuedAt.replace(/[-:.]/g, '')}-${String(this.sequence++ % 1e6).padStart(6, '0')}-${randomUUID()}`;
    const file = join(this.dir, `${messageId}.json`);
    const body: OutboxMessage = { messageId, queuedAt, to: message.to, subject: message.subject, text: message.text };
    writeFileSync(`${file}.tmp`, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    renameSync(`${file}.tmp`, file);
    return { messageId };
  }

  async close(): Promise<void> {}
}

/** Every message in an outbox directory, oldest first (none when it does not exist). */
export function readOutbox(dir: string): OutboxMessage[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as OutboxMessage);
}
