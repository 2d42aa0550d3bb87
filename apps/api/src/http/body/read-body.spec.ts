import { PassThrough, Readable } from 'node:stream';
import { readBody } from './read-body';

const chunks = (sizes: number[]) => Readable.from(sizes.map((size) => Buffer.alloc(size, 0x20)), { objectMode: false });
const limits = { limit: 100, drainLimit: 1000 };

describe('readBody', () => {
  it('gives the whole body back when within the limit', async () => {
    await expect(readBody(chunks([40, 60]), '100', limits)).resolves.toHaveLength(100);
    await expect(readBody(chunks([40, 60]), undefined, limits)).resolves.toHaveLength(100);
  });

  it('refuses a declared length over the drain allowance at once, without reading', async () => {
    const stream = new PassThrough();
    await expect(readBody(stream, '1001', limits)).rejects.toMatchObject({ statusCode: 413 });
    expect(stream.readableFlowing).toBeNull();
  });

  it('reads an oversized body to its end before refusing it, so the client can read the 413', async () => {
    const stream = chunks([100, 100, 100, 100]);
    await expect(readBody(stream, '400', limits)).rejects.toMatchObject({ statusCode: 413, message: 'the request body is larger than 100 bytes' });
    expect(stream.readableEnded).toBe(true);
  });

  it('refuses a streamed (chunked) body as soon as it passes the drain allowance', async () => {
    const stream = new PassThrough();
    const read = readBody(stream, undefined, limits);
    for (let i = 0; i < 11; i++) stream.write(Buffer.alloc(100));
    await expect(read).rejects.toMatchObject({ statusCode: 413 });
    expect(stream.writableEnded).toBe(false);
  });

  it('refuses a body that does not match its Content-Length', async () => {
    await expect(readBody(chunks([50]), '60', limits)).rejects.toMatchObject({ statusCode: 400, message: 'the body has 50 bytes where Content-Length says 60' });
  });

  it('refuses a body the client stopped sending', async () => {
    const stream = new PassThrough();
    const read = readBody(stream, '100', limits);
    stream.write(Buffer.alloc(10));
    stream.destroy(new Error('aborted'));
    await expect(read).rejects.toMatchObject({ statusCode: 400 });
  });
});
