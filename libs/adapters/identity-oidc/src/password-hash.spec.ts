import { hashPassword, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else; every hash is salted', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(first).not.toEqual(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterY', first)).toBe(false);
    expect(await verifyPassword('correct horse battery', 'plain')).toBe(false);
  });
});
