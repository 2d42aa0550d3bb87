import { Logger } from '@nestjs/common';
import { removeDataDir, startApi } from '../support/api-harness';

describe('the first administrator (embedded provider)', () => {
  it('is created at first start with a generated password said once in the log, which signs in; a restart says nothing more', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const first = await startApi({ ADMIN_INITIAL_PASSWORD: '' });
    const dataDir = first.dataDir;
    try {
      const lines = warn.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('First administrator created'));
      expect(lines).toHaveLength(1);
      const password = /password (\S+)\. Sign in/.exec(lines[0]!)?.[1];
      expect(password).toEqual(expect.stringMatching(/^[\w-]{20,}$/));
      expect(lines[0]).toContain('grant_type=password');
      expect((await first.signIn('admin', password!)).status).toBe(200);
      await first.close();
      warn.mockClear();
      const again = await startApi({ ADMIN_INITIAL_PASSWORD: '' }, dataDir);
      expect(warn.mock.calls.filter(([message]) => String(message).startsWith('First administrator created'))).toHaveLength(0);
      expect((await again.signIn('admin', password!)).status).toBe(200);
      await again.close();
    } finally {
      warn.mockRestore();
      removeDataDir(dataDir);
    }
  });
});
