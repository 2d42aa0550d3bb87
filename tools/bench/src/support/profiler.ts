import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { formatNumber, table } from './format';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
}

/**
 * Runs `body` under the V8 CPU profiler when `dir` is given: only the measured stretch is profiled (not the
 * setup), written as `<name>.cpuprofile` (open it in Chrome DevTools), and summarised on stdout.
 */
export async function profiled<T>(name: string, dir: string | undefined, body: () => Promise<T>): Promise<T> {
  if (!dir) return body();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  try {
    return await body();
  } finally {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    process.stdout.write(`CPU profile of ${name}: ${file}\n${summarise(profile)}\n`);
  }
}

/** Self time by area of the code base and by function: where the time goes. */
export function summarise(profile: CpuProfile, top = 20): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const total = profile.samples?.length ?? profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const hits = new Map<number, number>();
  if (profile.samples) for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  else for (const node of profile.nodes) hits.set(node.id, node.hitCount ?? 0);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, count] of hits) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '';
    const fn = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + count);
    const area = areaOf(url, functionName);
    byArea.set(area, (byArea.get(area) ?? 0) + count);
  }
  const ms = (profile.endTime - profile.startTime) / 1000;
  const rows = (map: Map<string, number>, limit: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([what, count]) => [formatNumber((100 * count) / total), formatNumber((ms * count) / total), what]);
  return [
    `self time over ${formatNumber(ms)} ms, ${total} samples, by area:`,
    table(['%', 'ms', 'area'], rows(byArea, 12), new Set([0, 1])),
    `by function (top ${top}):`,
    table(['%', 'ms', 'function'], rows(byFunction, top), new Set([0, 1])),
  ].join('\n');
}

function shortUrl(url: string): string {
  const path = url.replace(/^file:\/\//, '');
  const nodeModules = path.lastIndexOf('/node_modules/');
  if (nodeModules >= 0) return path.slice(nodeModules + 1);
  const dist = path.indexOf('/dist/');
  return dist >= 0 ? path.slice(dist + 6) : relative(process.cwd(), path);
}

function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : `native: ${functionName || '(anonymous)'}`;
  const path = shortUrl(url);
  const nodeModule = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nodeModule) return `node_modules/${nodeModule[1]}`;
  const lib = /^(libs\/adapters\/[^/]+|libs\/[^/]+|apps\/[^/]+|tools\/[^/]+)/.exec(path);
  if (lib) return lib[1]!;
  return path.startsWith('node:') ? 'node internals' : path;
}
