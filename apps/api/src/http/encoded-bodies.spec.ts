import Fastify from 'fastify';
import { encodeLargeBodiesOnce } from './encoded-bodies';

describe('large JSON bodies encoded once', () => {
  const app = Fastify();
  // Multi-byte characters: the Content-Length must count bytes, not characters.
  const large = { notices: Array.from({ length: 2_000 }, (_, i) => ({ noticeId: `notice-${i}`, recipient: 'Complainant', text: 'Zürich – délai' })) };
  const small = { status: 'ok', city: 'Zürich' };

  beforeAll(async () => {
    encodeLargeBodiesOnce(app);
    app.get('/large', async () => large);
    app.get('/small', async () => small);
    app.get('/text', async (_request, reply) => reply.type('text/plain').send('x'.repeat(40_000)));
    await app.ready();
  });
  afterAll(() => app.close());

  it.each([
    ['/large', JSON.stringify(large)],
    ['/small', JSON.stringify(small)],
    ['/text', 'x'.repeat(40_000)],
  ])('%s: the same bytes and a Content-Length of bytes', async (url, expected) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(expected);
    expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(expected));
    expect(Buffer.byteLength(expected)).toBeGreaterThanOrEqual(expected.length);
  });
});
