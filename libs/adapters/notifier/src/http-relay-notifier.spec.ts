import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OutgoingEmail } from '@pdr/application';
import { describeNotifierContract } from '@pdr/testing';
import { HttpRelayNotifier } from './http-relay-notifier';

// Against a real relay only: e.g. MAIL_RELAY_URL=https://relay.internal/send MAIL_RELAY_TOKEN=… (it cannot be inspected).
const relayUrl = process.env.MAIL_RELAY_URL;

describeNotifierContract(
  'HTTP mail relay',
  relayUrl
    ? async () => ({
        store: { notifier: new HttpRelayNotifier({ url: relayUrl, from: process.env.MAIL_FROM ?? 'no-reply@example.org', ...(process.env.MAIL_RELAY_TOKEN ? { token: process.env.MAIL_RELAY_TOKEN } : {}) }) },
        dispose: async () => undefined,
      })
    : undefined,
  'set MAIL_RELAY_URL to run against a mail relay',
);

/** A relay on loopback that records what it receives, answering `status`. */
async function fakeRelay(status = 202): Promise<{ url: string; received: { headers: IncomingMessage['headers']; body: any }[]; server: Server }> {
  const received: { headers: IncomingMessage['headers']; body: any }[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(text) });
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: text }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`, received, server };
}

describe('HTTP mail relay notifier (against a relay on loopback)', () => {
  let relay: Awaited<ReturnType<typeof fakeRelay>>;
  beforeAll(async () => {
    relay = await fakeRelay();
  });
  afterAll(async () => {
    await new Promise((resolve) => relay.server.close(resolve));
  });

  describeNotifierContract('HTTP mail relay (loopback fake)', async () => ({
    store: {
      notifier: new HttpRelayNotifier({ url: relay.url, token: 'relay-token', from: 'no-reply@example.org' }),
      delivered: async (messageId) => relay.received.find((entry) => entry.body.messageId === messageId)?.body as OutgoingEmail | undefined,
    },
    dispose: async () => undefined,
  }));

  it('posts JSON with the sender, a bearer token and the message id as Idempotency-Key', async () => {
    const notifier = new HttpRelayNotifier({ url: relay.url, token: 'relay-token', from: 'no-reply@example.org' });
    const { messageId } = await notifier.send({ to: 'ada@example.eu', subject: 'Code', text: '123456' });
    const entry = relay.received.find((candidate) => candidate.body.messageId === messageId)!;
    expect(entry.headers.authorization).toBe('Bearer relay-token');
    expect(entry.headers['idempotency-key']).toBe(messageId);
    expect(entry.body).toEqual({ messageId, from: 'no-reply@example.org', to: 'ada@example.eu', subject: 'Code', text: '123456' });
  });

  it("refuses when the relay does not accept, naming the status and never the message", async () => {
    const failing = await fakeRelay(503);
    try {
      const notifier = new HttpRelayNotifier({ url: failing.url, from: 'no-reply@example.org' });
      const refusal = await notifier.send({ to: 'ada@example.eu', subject: 'Code', text: 'secret 123456' }).catch((error: Error) => error);
      expect((refusal as Error).message).toBe('notification not-accepted: the mail relay answered 503');
    } finally {
      await new Promise((resolve) => failing.server.close(resolve));
    }
  });
});
