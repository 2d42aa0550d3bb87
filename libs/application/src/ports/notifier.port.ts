/**
 * Notifier port: sends one email to one address (a public submitter's confirmation code, the acknowledgement of a
 * complaint filed through the public form). A message holds personal data: an adapter never logs it, never puts its
 * address or text in an error message, a job payload or a metric label.
 */
export interface OutgoingEmail {
  /** One address, as the submitter gave it (validated as an email address before it gets here). */
  readonly to: string;
  /** One line: no line breaks (they would inject headers). */
  readonly subject: string;
  /** Plain text. */
  readonly text: string;
}

export interface SentEmail {
  /** The adapter's id for the message (the outbox file's name, the relay's idempotency key). */
  readonly messageId: string;
}

export interface Notifier {
  /** Sends (or durably queues) the message; resolves once it is accepted. Refuses a malformed message, sending nothing. */
  send(message: OutgoingEmail): Promise<SentEmail>;
  close(): Promise<void>;
}

/** A message was refused before sending (malformed) or not accepted by the transport. The message says which, never what. */
export class NotificationError extends Error {
  constructor(
    readonly reason: 'malformed' | 'not-accepted',
    detail: string,
  ) {
    super(`notification ${reason}: ${detail}`);
    this.name = 'NotificationError';
  }
}

/** One address, of a plausible form, without whitespace or header-breaking characters. */
const ADDRESS = /^[^\s@<>(),;:"\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The checks every adapter runs before sending: one well-formed address, a one-line subject, a bounded body. */
export function assertSendable(message: OutgoingEmail): void {
  if (typeof message.to !== 'string' || message.to.length > 254 || !ADDRESS.test(message.to)) throw new NotificationError('malformed', 'the recipient is not one email address');
  if (typeof message.subject !== 'string' || message.subject.length === 0 || message.subject.length > 200 || /[\r\n\0]/.test(message.subject)) {
    throw new NotificationError('malformed', 'the subject must be one line of 1 to 200 characters');
  }
  if (typeof message.text !== 'string' || message.text.length === 0 || message.text.length > 20_000) throw new NotificationError('malformed', 'the text must be 1 to 20000 characters');
}
