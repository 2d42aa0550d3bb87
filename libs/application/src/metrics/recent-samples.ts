/** A bounded ring of recent samples (ms) with nearest-rank percentiles: constant memory however long it runs. */
export class RecentSamples {
  private readonly samples: number[] = [];
  private next = 0;

  constructor(private readonly capacity = 4096) {}

  add(ms: number): void {
    if (this.samples.length < this.capacity) this.samples.push(ms);
    else this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.capacity;
  }

  /** p50 and p99 over the samples held; null until there is one. */
  summary(): { p50: number | null; p99: number | null; samples: number } {
    if (this.samples.length === 0) return { p50: null, p99: null, samples: 0 };
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
    return { p50: at(0.5), p99: at(0.99), samples: sorted.length };
  }
}
