import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Peak RSS and heap over a stretch of work, sampled whenever `sample()` is called (e.g. once per batch). */
export class PeakMemory {
  peakRss = 0;
  peakHeapUsed = 0;

  constructor() {
    this.sample();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > this.peakRss) this.peakRss = rss;
    if (heapUsed > this.peakHeapUsed) this.peakHeapUsed = heapUsed;
  }
}

/**
 * The longest time the event loop could not run a timer, over a stretch of work: what an HTTP request
 * arriving in that stretch would have waited before being read at all. A timer ticks every few ms and
 * the widest gap between ticks is kept, including the gap still open when measuring stops, so a loop
 * that never yields at all shows up as one stall of the whole stretch.
 */
export class LoopStalls {
  private static readonly TICK_MS = 5;
  private last = performance.now();
  private longest = 0;
  private timer: NodeJS.Timeout;

  constructor() {
    this.timer = setInterval(() => this.tick(), LoopStalls.TICK_MS);
  }

  /** Stops measuring; the longest gap beyond the tick interval, in ms. */
  stop(): number {
    clearInterval(this.timer);
    this.tick();
    return this.longest;
  }

  private tick(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last - LoopStalls.TICK_MS);
    this.last = now;
  }
}

let gc: (() => void) | undefined;

/**
 * A full garbage collection, so heap figures measure what is retained rather than what is not yet collected.
 * Uses `global.gc` when Node runs with --expose-gc, else enables the flag at run time and takes `gc` from a fresh context.
 */
export function collectGarbage(): void {
  gc ??= (globalThis as { gc?: () => void }).gc ?? (setFlagsFromString('--expose-gc'), runInNewContext('gc') as () => void);
  gc();
  gc();
}

/** Heap used after a full collection, in bytes. */
export function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}
