/**
 * `npm run bench [-- <name>...] [-- --quick]`: runs the benchmarks in sequence, each in its own Node
 * process (so one's heap, JIT state and open files cannot colour the next one's figures, and peak RSS
 * is the benchmark's own), prints each figure as it is measured, then a summary table.
 *
 * `--quick` shrinks durations and data to check the benchmarks run (figures not comparable); `--profile[=dir]`
 * CPU-profiles the measured stretch of the benchmarks that support it (appends with 50 writers, the projection
 * rebuild) into <dir> (default: the OS temp dir) and prints where the time goes.
 * Node flags given to this script are passed on to the benchmark processes.
 */
import { fork } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { BENCHMARKS, GROUPS } from './benchmarks';
import type { Benchmark, BenchmarkOptions } from './support/benchmark';
import { describeTarget, type Figure, Reporter, verdict } from './support/figures';
import { formatNumber, table } from './support/format';

const CHILD_FLAG = '--child';

interface ChildMessage {
  readonly figure: Figure;
}

function parseArgs(argv: readonly string[]): { names: string[]; options: BenchmarkOptions; child?: string } {
  const names: string[] = [];
  let quick = false;
  let profileDir: string | undefined;
  let child: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--profile' || arg.startsWith('--profile=')) profileDir = resolve(arg.split('=')[1] ?? tmpdir());
    else if (arg === CHILD_FLAG) child = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`usage: npm run bench [-- [--quick] [--profile[=dir]] [name|group...]]\ngroups: ${Object.entries(GROUPS).map(([g, n]) => `${g} = ${n.join(' ')}`).join('; ')}\n${BENCHMARKS.map((b) => `  ${b.name.padEnd(10)} ${b.description}`).join('\n')}\n`);
      process.exit(0);
    } else names.push(arg);
  }
  return { names, options: { quick, ...(profileDir ? { profileDir } : {}) }, ...(child ? { child } : {}) };
}

function select(names: readonly string[]): Benchmark[] {
  if (names.length === 0) return [...BENCHMARKS];
  names = names.flatMap((name) => GROUPS[name] ?? [name]);
  const unknown = names.filter((name) => !BENCHMARKS.some((b) => b.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; available: ${BENCHMARKS.map((b) => b.name).join(', ')}\n`);
    process.exit(2);
  }
  return BENCHMARKS.filter((b) => names.includes(b.name));
}

/** In the child: run one benchmark, sending each figure to the parent as it is measured, then exit. */
async function runChild(name: string, options: BenchmarkOptions): Promise<void> {
  const benchmark = select([name])[0]!;
  const sends: Promise<void>[] = [];
  const send = (message: ChildMessage) =>
    sends.push(new Promise<void>((resolve) => (process.send ? process.send(message, undefined, {}, () => resolve()) : resolve())));
  await benchmark.run(new Reporter(benchmark.name, (figure) => send({ figure })), options);
  await Promise.all(sends);
  // A benchmark leaves nothing running on purpose; exiting here also ends any keep-alive socket at once.
  process.exit(0);
}

function runInChild(benchmark: Benchmark, options: BenchmarkOptions, onFigure: (figure: Figure) => void): Promise<number | null> {
  return new Promise((resolve) => {
    const args = [CHILD_FLAG, benchmark.name, ...(options.quick ? ['--quick'] : []), ...(options.profileDir ? [`--profile=${options.profileDir}`] : [])];
    const child = fork(__filename, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message: ChildMessage) => onFigure(message.figure));
    child.on('exit', (code, signal) => resolve(signal ? 128 : code));
  });
}

const loadAverage = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function summary(figures: readonly Figure[], failed: readonly string[], loads: ReadonlyMap<string, string>): string {
  const rows = figures.map((f) => [f.benchmark, f.name, formatNumber(f.value), f.unit, describeTarget(f.target, f.unit), verdict(f), loads.get(f.benchmark) ?? '']);
  const lines = [table(['benchmark', 'figure', 'value', 'unit', 'target', 'verdict', 'load avg (start; end)'], rows, new Set([2]))];
  if (failed.length > 0) lines.push(`FAILED to complete: ${failed.join(', ')}`);
  const missed = figures.filter((f) => verdict(f) === 'MISSED');
  if (missed.length > 0) lines.push(`Targets missed: ${missed.map((f) => `${f.benchmark} ${f.name} = ${formatNumber(f.value)} ${f.unit}`).join('; ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { names, options, child } = parseArgs(process.argv.slice(2));
  if (child) return runChild(child, options);

  const selected = select(names);
  const figures: Figure[] = [];
  const failed: string[] = [];
  const loads = new Map<string, string>();
  const runLoad = loadAverage();
  process.stdout.write(`node ${process.version}, ${selected.length} benchmark(s)${options.quick ? ', QUICK mode (figures not comparable)' : ''}\n`);
  for (const benchmark of selected) {
    // Other work on the machine skews figures: say how busy it was.
    const startLoad = loadAverage();
    process.stdout.write(`\n=== ${benchmark.name}: ${benchmark.description} (load average ${startLoad})\n`);
    const code = await runInChild(benchmark, options, (figure) => figures.push(figure));
    loads.set(benchmark.name, `${startLoad.split(' ')[0]}; ${loadAverage().split(' ')[0]}`);
    if (code !== 0) failed.push(`${benchmark.name} (exit ${code})`);
  }
  process.stdout.write(
    `\n=== summary (${new Date().toISOString()}; load average 1/5/15 min at start ${runLoad}, at end ${loadAverage()})\n${summary(figures, failed, loads)}\n`,
  );
  if (failed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
