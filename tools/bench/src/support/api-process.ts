import { type ChildProcess, spawn } from 'node:child_process';
import { BENCH_ADMIN_PASSWORD } from './sign-in';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The built API entry point: this file runs from dist/tools/bench/src/support/. */
/** The bundled API (dist/api.js), as `npm start` runs it. */
export const API_MAIN = resolve(__dirname, '../../../../api.js');

const HOST = '127.0.0.1';
const OUTPUT_LINES_KEPT = 40;

/** A port the OS just handed out on 127.0.0.1 (free unless someone takes it in the next moment). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ApiProcess {
  readonly baseUrl: string;
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  /** The last lines the API wrote (warnings and errors at LOG_LEVEL=warn). */
  output(): string[];
  /** Lines written in all. */
  outputLines(): number;
  /** From spawning the process: when it first answered any HTTP request, and when GET /health first answered 200 (ms). */
  readonly startup: { readonly firstResponseMs: number; readonly healthyMs: number };
  /** SIGTERM, then SIGKILL if it has not exited within the grace period. Safe to call twice. */
  stop(): Promise<void>;
}

/** Starts `node dist/api.js` on the embedded default and waits until GET /health answers 200. */
export async function startApi(
  dataDir: string,
  { readyTimeoutMs = 30_000, env = {}, pollMs = 100 }: { readyTimeoutMs?: number; env?: Record<string, string>; pollMs?: number } = {},
): Promise<ApiProcess> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` first`);
  const port = await freePort();
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [API_MAIN], {
    env: { ...process.env, PORT: String(port), HOST, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_INITIAL_PASSWORD: BENCH_ADMIN_PASSWORD, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let lineCount = 0;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      lineCount++;
      lines.push(line);
      if (lines.length > OUTPUT_LINES_KEPT) lines.shift();
    }
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  // Whatever happens to this process, the API does not outlive it: on exit, and on the signals that would
  // otherwise end this process without running exit handlers.
  const killOnExit = () => child.kill('SIGKILL');
  const killOnSignal = (signal: NodeJS.Signals) => {
    child.kill('SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', killOnSignal);
  process.once('SIGTERM', killOnSignal);
  const release = () => {
    process.removeListener('exit', killOnExit);
    process.removeListener('SIGINT', killOnSignal);
    process.removeListener('SIGTERM', killOnSignal);
  };

  let stopping: Promise<void> | undefined;
  const startup = { firstResponseMs: Number.NaN, healthyMs: Number.NaN };
  const api: ApiProcess = {
    baseUrl: `http://${HOST}:${port}`,
    host: HOST,
    port,
    pid: child.pid ?? -1,
    output: () => [...lines],
    outputLines: () => lineCount,
    startup,
    stop: () => (stopping ??= stop(child, exited).finally(release)),
  };
  try {
    await waitUntilHealthy(api, child, readyTimeoutMs, pollMs, (status) => {
      const elapsed = performance.now() - spawnedAt;
      if (Number.isNaN(startup.firstResponseMs)) startup.firstResponseMs = elapsed;
      if (status === 200) startup.healthyMs = elapsed;
    });
  } catch (error) {
    await api.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nAPI output:\n${lines.join('\n')}`);
  }
  return api;
}

async function waitUntilHealthy(api: ApiProcess, child: ChildProcess, timeoutMs: number, pollMs: number, onResponse: (status: number) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the API exited during start (code ${child.exitCode}, signal ${child.signalCode})`);
    try {
      const response = await fetch(`${api.baseUrl}/health`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      onResponse(response.status);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(pollMs);
  }
  throw new Error(`the API did not answer GET /health with 200 within ${timeoutMs} ms`);
}

/**
 * SIGTERM, then SIGKILL after `graceMs`: 30 s, a container's usual grace period. A clean stop keeps the read models' index
 * orders, which at 3M events takes longer than the 5 s this was before; killed, the next start sorts every index.
 */
async function stop(child: ChildProcess, exited: Promise<void>, graceMs = 30_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** A process's peak resident set size so far (VmHWM in /proc/<pid>/status, Linux), in bytes; NaN where unavailable. */
export function peakRssOf(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
