import type { Readable } from 'node:stream';
import { BadBody, BodyTooLarge } from './body-errors';

export interface BodyLimits {
  /** Bytes a body may have. */
  readonly limit: number;
  /**
   * Bytes read and thrown away from a body over the limit before answering 413. Answering while the client is still
   * uploading makes Node close the socket with unread data in it: the kernel sends a reset, and many clients (fetch,
   * anything across a real network) report "connection reset" / EPIPE instead of the 413. Draining lets the client
   * finish and read the answer; beyond this allowance the 413 goes out at once and the reset is accepted.
   */
  readonly drainLimit: number;
}

/**
 * Reads a request body into one buffer, refusing more than `limit` bytes (declared in Content-Length or streamed
 * chunked) with BodyTooLarge once the excess has been drained, and a body shorter or longer than its Content-Length
 * with BadBody. How long this may take is bounded by the server's requestTimeout.
 */
export function readBody(stream: Readable, declaredLength: string | undefined, { limit, drainLimit }: BodyLimits): Promise<Buffer> {
  const declared = declaredLength === undefined ? undefined : Number(declaredLength);
  if (declared !== undefined && declared > Math.max(limit, drainLimit)) return Promise.reject(new BodyTooLarge(limit));

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;

    const finish = (error: Error | undefined, body?: Buffer) => {
      stream.off('data', onData).off('end', onEnd).off('error', onError).off('close', onError);
      if (error) reject(error);
      else resolve(body!);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= limit) chunks.push(chunk);
      else if (received > drainLimit) finish(new BodyTooLarge(limit));
      else chunks.length = 0; // over the limit: keep reading (see drainLimit), keep nothing
    };
    const onEnd = () => {
      if (received > limit) finish(new BodyTooLarge(limit));
      else if (declared !== undefined && received !== declared) finish(new BadBody(`the body has ${received} bytes where Content-Length says ${declared}`));
      else finish(undefined, Buffer.concat(chunks, received));
    };
    const onError = () => finish(new BadBody('the body could not be read: the client stopped sending it'));

    // 'close' before 'end': the connection went away mid-body (not every Node version reports that as an error).
    stream.on('data', onData).on('end', onEnd).on('error', onError).on('close', onError);
    stream.resume();
  });
}
