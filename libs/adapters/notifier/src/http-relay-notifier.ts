import { randomUUID } from 'node:crypto';
import { assertSendable, NotificationError, type Notifier, type OutgoingEmail, type SentEmail } from '@pdr/application';

export interface HttpRelayOptions {
  /** Where messages are posted (MAIL_RELAY_URL). */
  readonly url: string;
  /** Sent as `Authorization: Bearer <token>` when set (MAIL_RELAY_TOKEN). */
  readonly token?: string;
  /** The sender address the relay puts on each message (MAIL_FROM). */
  readonly from: string;
  readonly timeoutMs?: number;
}

/**
 * The production Notifier: posts each message as JSON to an HTTP mail relay (an SMTP gateway, a provider's send API
 * behind a small adapter), with Node's fetch. The body is `{ messageId, from, to, subject, text }`; the relay answers
 * 2xx once it has accepted the message; `Idempotency-Key` carries the message id so a retried post is sent once.
 * Errors name the status only: never the address or the text.
 */
export class HttpRelayNotifier implements Notifier {
  constructor(private readonly options: HttpRelayOptions) {}

  async send(message: OutgoingEmail): Promise<SentEmail> {
    assertSendable(message);
    const messageId = randomUUID();
    let response: Response;
    try {
      response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': messageId,
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        body: JSON.stringify({ messageId, from: this.options.from, to: message.to, subject: message.subject, text: message.text }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new NotificationError('not-accepted', `the mail relay could not be reached (${(error as Error).name})`);
    }
    // The relay's answer is not read beyond its status: it could echo the message.
    await response.body?.cancel().catch(() => undefined);
    if (!response.ok) throw new NotificationError('not-accepted', `the mail relay answered ${response.status}`);
    return { messageId };
  }

  async close(): Promise<void> {}
}
