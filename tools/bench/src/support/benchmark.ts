import type { Reporter } from './figures';

export interface BenchmarkOptions {
  /** Shorter runs and smaller data, to check the benchmarks themselves work (figures not comparable). */
  readonly quick: boolean;
  /** When set, the measured stretch of a benchmark that supports it is CPU-profiled into this directory. */
  readonly profileDir?: string;
}

export interface Benchmark {
  readonly name: string;
  readonly description: string;
  run(report: Reporter, options: BenchmarkOptions): Promise<void>;
}
