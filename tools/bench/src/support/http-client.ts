import { Agent, request } from 'node:http';
import { nowMs } from './stats';

export interface HttpResponse {
  /** 0 when the request failed without a response (connection error, timeout). */
  readonly status: number;
  readonly body: string;
  /** nowMs() when the whole response had arrived (or the request failed). */
  readonly at: number;
  readonly error?: string;
}

/** A keep-alive HTTP/1.1 client for one host, built on node:http (no dependency). */
export class HttpClient {
  private readonly agent: Agent;
  private readonly timeoutMs: number;

  constructor(
    private readonly host: string,
    private readonly port: number,
    { maxSockets = 256, timeoutMs = 10_000 }: { maxSockets?: number; timeoutMs?: number } = {},
  ) {
    this.timeoutMs = timeoutMs;
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets, scheduling: 'lifo' });
  }

  send(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string): Promise<HttpResponse> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (response: Omit<HttpResponse, 'at'>) => {
        if (settled) return;
        settled = true;
        resolve({ ...response, at: nowMs() });
      };
      const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
      const req = request(
        {
          host: this.host,
          port: this.port,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(payload.length) } : {}) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => settle({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', (error) => settle({ status: 0, body: '', error: error.message }));
        },
      );
      req.setTimeout(this.timeoutMs, () => req.destroy(new Error(`no response within ${this.timeoutMs} ms`)));
      req.on('error', (error) => settle({ status: 0, body: '', error: error.message }));
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
