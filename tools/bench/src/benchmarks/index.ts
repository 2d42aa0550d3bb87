import type { Benchmark } from '../support/benchmark';
import { appendsBenchmark } from './appends';
import { httpBenchmark } from './http';
import { rebuildBenchmark } from './rebuild';

/** In the order `npm run bench` runs them. */
export const BENCHMARKS: readonly Benchmark[] = [appendsBenchmark, rebuildBenchmark, httpBenchmark];
