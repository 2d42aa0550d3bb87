/** One armed timer as the embedded scheduler keeps it. `nextAttemptMs` orders the heap; `dueAt` stays as armed. */
export interface HeapEntry {
  readonly timerId: string;
  readonly dueAt: string;
  readonly dueAtMs: number;
  readonly payload: Readonly<Record<string, string>>;
  /** When to deliver next: the due time, then later after each failed delivery. */
  nextAttemptMs: number;
  /** Failed deliveries so far: picks the retry delay. */
  failures: number;
  /** Index in the heap array, -1 when not in the heap (in flight or removed): makes removal O(log n). */
  position: number;
}

/** Earliest first; ties broken by timerId so firing order is deterministic. */
function before(a: HeapEntry, b: HeapEntry): boolean {
  if (a.nextAttemptMs !== b.nextAttemptMs) return a.nextAttemptMs < b.nextAttemptMs;
  return a.timerId < b.timerId;
}

/** An indexed binary min-heap: push, pop and remove-any in O(log n), so 100,000 timers stay cheap. */
export class TimerHeap {
  private readonly items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): HeapEntry | undefined {
    return this.items[0];
  }

  push(entry: HeapEntry): void {
    entry.position = this.items.length;
    this.items.push(entry);
    this.siftUp(entry.position);
  }

  pop(): HeapEntry | undefined {
    const top = this.items[0];
    if (top) this.remove(top);
    return top;
  }

  /** Removes an entry wherever it sits; a no-op for one not in the heap. */
  remove(entry: HeapEntry): void {
    const index = entry.position;
    if (index < 0 || this.items[index] !== entry) return;
    const last = this.items.pop()!;
    entry.position = -1;
    if (last === entry) return;
    this.items[index] = last;
    last.position = index;
    this.siftUp(index);
    this.siftDown(last.position);
  }

  clear(): void {
    for (const entry of this.items) entry.position = -1;
    this.items.length = 0;
  }

  private siftUp(index: number): void {
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(this.items[i]!, this.items[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(index: number): void {
    let i = index;
    const n = this.items.length;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < n && before(this.items[left]!, this.items[smallest]!)) smallest = left;
      if (right < n && before(this.items[right]!, this.items[smallest]!)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private swap(i: number, j: number): void {
    const a = this.items[i]!;
    const b = this.items[j]!;
    this.items[i] = b;
    this.items[j] = a;
    a.position = j;
    b.position = i;
  }
}
