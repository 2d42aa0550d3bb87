import type { Benchmark } from '../support/benchmark';
import { appendsBenchmark } from './appends';
import { dueDatesBenchmark } from './due-dates';
import { encryptionCostBenchmark } from './encryption-cost';
import { httpBenchmark } from './http';
import { rebuildBenchmark } from './rebuild';
import { reconcileBenchmark } from './reconcile';
import { capacityBenchmark, detailBenchmark, listsBenchmark } from './requests';
import { startupBenchmark } from './startup';
import { timersBenchmark } from './timers';

/** In the order `npm run bench` runs them. */
export const BENCHMARKS: readonly Benchmark[] = [
  appendsBenchmark,
  rebuildBenchmark,
  httpBenchmark,
  dueDatesBenchmark,
  timersBenchmark,
  reconcileBenchmark,
  encryptionCostBenchmark,
  startupBenchmark,
  listsBenchmark,
  capacityBenchmark,
  detailBenchmark,
];

/** The issue-13 comparison in one run: `npm run bench -- issue13`. */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  issue13: ['rebuild', 'startup', 'lists', 'capacity', 'detail'],
};
