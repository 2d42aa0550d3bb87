import { TimerHeap, type HeapEntry } from './timer-heap';

const entry = (timerId: string, at: number): HeapEntry => ({ timerId, dueAt: new Date(at).toISOString(), dueAtMs: at, payload: {}, nextAttemptMs: at, failures: 0, position: -1 });

describe('TimerHeap', () => {
  it('pops in due order, ties by id, after arbitrary pushes and removals', () => {
    const heap = new TimerHeap();
    const all: HeapEntry[] = [];
    // A deterministic scramble: many equal due times, so the tie-break matters.
    for (let i = 0; i < 2_000; i++) {
      const e = entry(`t-${(i * 7) % 2_000}`, (i * 31) % 97);
      all.push(e);
      heap.push(e);
    }
    const removed = new Set(all.filter((_, i) => i % 3 === 0));
    for (const e of removed) heap.remove(e);
    heap.remove(entry('never-pushed', 0));

    const popped: HeapEntry[] = [];
    for (let e = heap.pop(); e; e = heap.pop()) popped.push(e);

    const expected = all.filter((e) => !removed.has(e)).sort((a, b) => a.nextAttemptMs - b.nextAttemptMs || (a.timerId < b.timerId ? -1 : 1));
    expect(popped.map((e) => e.timerId)).toEqual(expected.map((e) => e.timerId));
    expect(heap.size).toBe(0);
    expect(popped.every((e) => e.position === -1)).toBe(true);
  });
});
