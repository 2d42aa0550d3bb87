/** A bounded ring of recent lateness samples (ms): percentiles over recent firings, constant memory. */
export class LatenessSamples {
  private readonly samples: number[] = [];
  private next = 0;

  constructor(private readonly capacity = 1024) {}

  record(latenessMs: number): void {
    if (this.samples.length < this.capacity) this.samples.push(latenessMs);
    else this.samples[this.next] = latenessMs;
    this.next = (this.next + 1) % this.capacity;
  }

  /** Nearest-rank percentiles; null until there is a sample. */
  summary(): { p50: number | null; p99: number | null; samples: number } {
    if (this.samples.length === 0) return { p50: null, p99: null, samples: 0 };
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
    return { p50: at(0.5), p99: at(0.99), samples: sorted.length };
  }
}
