import { NotificationError, type Notifier, type OutgoingEmail } from '@pdr/application';
import { describeContract, type Harness } from './contract-suite';

/** A Notifier under test, and, where the transport lets a test look, the message it delivered by id. */
export interface NotifierUnderTest {
  readonly notifier: Notifier;
  readonly delivered?: (messageId: string) => Promise<OutgoingEmail | undefined>;
}

export type NotifierHarness = Harness<NotifierUnderTest>;

/**
 * What every Notifier adapter must do, as one Jest suite: accept a well-formed message with an id of its own, deliver
 * it as sent (where the adapter can be inspected), and refuse a malformed one (not one address, a header-breaking
 * subject) without sending, with an error that quotes neither the address nor the text.
 */
export function describeNotifierContract(adapterName: string, open: (() => Promise<NotifierHarness>) | undefined, skipReason?: string): void {
  describeContract('Notifier', adapterName, open, skipReason, registerContractTests);
}

const message = (overrides: Partial<OutgoingEmail> = {}): OutgoingEmail => ({
  to: 'contract-test@example.eu',
  subject: 'Your confirmation code',
  text: 'Your confirmation code is 123456.\nIt expires in 24 hours.',
  ...overrides,
});

function registerContractTests(under: () => NotifierUnderTest): void {
  it('accepts a message and answers an id of its own, a new one per message', async () => {
    const first = await under().notifier.send(message());
    const second = await under().notifier.send(message());
    expect(first.messageId).toEqual(expect.any(String));
    expect(first.messageId).not.toBe(second.messageId);
  });

  it('delivers the message as sent: recipient, subject and text (where the adapter can be inspected)', async () => {
    const sent = message({ text: 'Ünïcode and a line\nbreak: 042917' });
    const { messageId } = await under().notifier.send(sent);
    const delivered = await under().delivered?.(messageId);
    if (under().delivered) expect(delivered).toEqual(expect.objectContaining(sent));
  });

  it.each([
    ['two addresses', { to: 'a@example.eu, b@example.eu' }],
    ['no address', { to: 'not an address' }],
    ['a header injected through the subject', { subject: 'Hello\r\nBcc: victim@example.eu' }],
    ['an empty text', { text: '' }],
  ])('refuses %s, sending nothing, and its error quotes neither address nor text', async (_label, overrides) => {
    const bad = message(overrides);
    const refusal = await under().notifier.send(bad).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(NotificationError);
    expect((refusal as NotificationError).reason).toBe('malformed');
    expect((refusal as Error).message).not.toContain('example.eu');
    expect((refusal as Error).message).not.toContain('Bcc');
  });
}
