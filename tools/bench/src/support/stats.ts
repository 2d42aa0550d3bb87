/** Latency samples in milliseconds, kept whole (a benchmark run holds at most a few hundred thousand). */
export class Samples {
  private values: number[] = [];
  private sorted: number[] | undefined;

  add(ms: number): void {
    this.values.push(ms);
    this.sorted = undefined;
  }

  get count(): number {
    return this.values.length;
  }

  /** Nearest-rank percentile (p in 0..100); NaN when there are no samples. */
  percentile(p: number): number {
    if (this.values.length === 0) return Number.NaN;
    this.sorted ??= [...this.values].sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * this.sorted.length);
    return this.sorted[Math.min(this.sorted.length - 1, Math.max(0, rank - 1))]!;
  }

  max(): number {
    return this.percentile(100);
  }

  mean(): number {
    if (this.values.length === 0) return Number.NaN;
    let sum = 0;
    for (const value of this.values) sum += value;
    return sum / this.values.length;
  }
}

/** Milliseconds on a monotonic clock, sub-millisecond resolution. */
export function nowMs(): number {
  return performance.now();
}

/** Rate per second of `count` things done in `ms` milliseconds. */
export function perSecond(count: number, ms: number): number {
  return ms > 0 ? (count * 1000) / ms : Number.NaN;
}
