import type { Benchmark } from '../support/benchmark';
import { appendsBenchmark } from './appends';
import { dueDatesBenchmark } from './due-dates';
import { encryptionCostBenchmark } from './encryption-cost';
import { httpBenchmark } from './http';
import { rebuildBenchmark } from './rebuild';
import { reconcileBenchmark } from './reconcile';
import { timersBenchmark } from './timers';

/** In the order `npm run bench` runs them. */
export const BENCHMARKS: readonly Benchmark[] = [appendsBenchmark, rebuildBenchmark, httpBenchmark, dueDatesBenchmark, timersBenchmark, reconcileBenchmark, encryptionCostBenchmark];
