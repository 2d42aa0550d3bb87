import { connect } from 'node:net';
import { Readable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerJsonBodyParser } from './json-body-parser';
import { toProblem } from './problem.filter';
import { serverOptions, type ServerTimeouts } from './server-options';

/**
 * The input boundary on a real socket (light-my-request's inject never shows a connection reset or a timeout): a
 * plain Fastify with the API's server options and JSON parser, and the problem mapping the Nest filter applies.
 */
async function boundary(timeouts: Partial<ServerTimeouts> = {}): Promise<{ app: FastifyInstance; port: number }> {
  const app = Fastify(serverOptions(timeouts));
  registerJsonBodyParser(app, { maxDepth: 64 });
  app.setErrorHandler((error, _request, reply) => {
    const problem = toProblem(error);
    void reply.status(problem.statusCode).send(problem);
  });
  app.post('/echo', async (request) => ({ received: request.body }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, port: (app.server.address() as { port: number }).port };
}

const TWENTY_MB = 20 * 1024 * 1024;
const json = { 'content-type': 'application/json' };

/** Sends `head`, then one byte every `everyMs` (at most `bytes` of them); what came back, and when the server hung up. */
function trickle(port: number, head: string, bytes: number, everyMs: number): Promise<{ response: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let sent = 0;
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (response += data));
    socket.on('error', () => undefined);
    socket.on('connect', () => socket.write(head));
    const timer = setInterval(() => {
      if (sent++ < bytes && socket.writable) socket.write('1');
    }, everyMs);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ response, closedAfterMs: Date.now() - started });
    });
    setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept a slow client for more than 5 s; it answered: ${response}`));
    }, 5000).unref();
  });
}

describe('the input boundary on a real socket', () => {
  let server: { app: FastifyInstance; port: number };
  let url: string;

  beforeAll(async () => {
    server = await boundary();
    url = `http://127.0.0.1:${server.port}/echo`;
  });

  afterAll(() => server.app.close());

  it('takes an ordinary JSON body', async () => {
    const response = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify({ name: 'Ada 😀' }) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: { name: 'Ada 😀' } });
  });

  it('answers a 20 MB body with Content-Length with a 413 problem the client can read, not a connection reset', async () => {
    const response = await fetch(url, { method: 'POST', headers: json, body: Buffer.alloc(TWENTY_MB, 0x20) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ statusCode: 413, error: 'Payload Too Large', message: 'the request body is larger than 1048576 bytes' });
  });

  it('answers a 20 MB chunked body with a 413 problem the client can read', async () => {
    const chunks = Readable.from((function* () {
      for (let i = 0; i < TWENTY_MB / 65536; i++) yield Buffer.alloc(65536, 0x20);
    })());
    const response = await fetch(url, { method: 'POST', headers: json, body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it.each([
    ['10,000 levels of nesting', '['.repeat(10_000) + ']'.repeat(10_000), 'the body nests objects or arrays deeper than 64 levels'],
    ['a lone surrogate escape', '{"allegation":"\\ud800"}', 'allegation contains an unpaired UTF-16 surrogate (e.g. "\\ud800"), which is no character'],
    ['a "__proto__" key', '{"__proto__":{"isAdmin":true}}', 'the body may not use "__proto__" as a key'],
  ])('answers %s with a 400 problem', async (_what, body, message) => {
    const response = await fetch(url, { method: 'POST', headers: json, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ statusCode: 400, error: 'Bad Request', message });
  });

  it('answers a raw (UTF-8 encoded) unpaired surrogate with a 400 problem', async () => {
    const body = Buffer.concat([Buffer.from('{"allegation":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    const response = await fetch(url, { method: 'POST', headers: json, body });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'the body is not valid UTF-8' });
  });
});

describe('slow clients', () => {
  let server: { app: FastifyInstance; port: number };

  beforeAll(async () => {
    server = await boundary({ requestTimeoutMs: 400, headersTimeoutMs: 400, timeoutCheckIntervalMs: 50 });
  });

  afterAll(() => server.app.close());

  it('cuts off a body sent one byte at a time once the request timeout passes', async () => {
    const head = 'POST /echo HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"a":"';
    const { response, closedAfterMs } = await trickle(server.port, head, 100, 50);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeLessThan(2000);
  });

  it('cuts off headers sent one byte at a time', async () => {
    const { response, closedAfterMs } = await trickle(server.port, 'POST /echo HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 100, 50);
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
    expect(closedAfterMs).toBeLessThan(2000);
  });
});
