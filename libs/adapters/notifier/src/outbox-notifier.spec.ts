import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeNotifierContract } from '@pdr/testing';
import { OutboxNotifier, readOutbox } from './outbox-notifier';

describeNotifierContract('outbox (embedded)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pdr-outbox-'));
  const notifier = new OutboxNotifier(join(dir, 'outbox'));
  return {
    store: { notifier, delivered: async (messageId) => readOutbox(join(dir, 'outbox')).find((message) => message.messageId === messageId) },
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describe('outbox notifier files', () => {
  it("is one file per message, its owner's only, in the order queued, and nothing for a refused message", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-outbox-'));
    try {
      const outbox = join(dir, 'outbox');
      const notifier = new OutboxNotifier(outbox);
      await notifier.send({ to: 'first@example.eu', subject: 'One', text: 'first' });
      await notifier.send({ to: 'second@example.eu', subject: 'Two', text: 'second' });
      await expect(notifier.send({ to: 'nobody', subject: 'Three', text: 'third' })).rejects.toThrow('malformed');
      const files = readdirSync(outbox);
      expect(files).toHaveLength(2);
      expect(files.every((name) => name.endsWith('.json'))).toBe(true);
      expect((statSync(outbox).mode & 0o777).toString(8)).toBe('700');
      expect(files.map((name) => (statSync(join(outbox, name)).mode & 0o777).toString(8))).toEqual(['600', '600']);
      expect(readOutbox(outbox).map((message) => message.text)).toEqual(['first', 'second']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
