import type { ReadDocument } from '@pdr/application';
import type { IndexEntry } from './ordered-index';

/** Entries sorted at once while gathering: small enough that one sort stays well inside a slice. */
const RUN_SIZE = 2048;
/** Work between two looks at the clock. */
const CHECK_EVERY = 512;

/** What a build needs of its index: keys and order. */
export interface BuildTarget {
  keyOf(doc: ReadDocument): unknown[] | undefined;
  compareEntries(a: IndexEntry, b: IndexEntry): number;
}

interface Merge {
  readonly a: readonly IndexEntry[];
  readonly b: readonly IndexEntry[];
  i: number;
  j: number;
  readonly out: IndexEntry[];
}

/**
 * One index built from a collection in slices, so a large collection is indexed without holding the event loop: entries are
 * gathered and sorted in runs, then the runs merged pairwise, each `step` stopping at its deadline. Writes to the collection
 * meanwhile are told to `touched`: at the end those documents' entries (taken before or after their change) are dropped and
 * the caller indexes them again as they are then, so the result is the collection as it is when the build ends.
 */
export class IndexBuild {
  private readonly source: Iterator<ReadDocument>;
  private run: IndexEntry[] = [];
  private readonly runs: IndexEntry[][] = [];
  private merge?: Merge;
  private gathering = true;
  private readonly multikeyIds = new Set<string>();
  /** Documents written since the build began. */
  readonly touchedIds = new Set<string>();

  constructor(
    private readonly target: BuildTarget,
    docs: Iterable<ReadDocument>,
  ) {
    this.source = docs[Symbol.iterator]();
  }

  touched(id: string): void {
    this.touchedIds.add(id);
  }

  /** Works until `deadline` (performance.now()); true once every entry is sorted. */
  step(deadline: number): boolean {
    let work = 0;
    while (this.gathering) {
      if (++work % CHECK_EVERY === 0 && performance.now() >= deadline) return false;
      const next = this.source.next();
      if (next.done) {
        this.closeRun();
        this.gathering = false;
        break;
      }
      const doc = next.value;
      const key = this.target.keyOf(doc);
      if (!key) this.multikeyIds.add(doc._id);
      else if (this.run.push({ key, id: doc._id }) >= RUN_SIZE) this.closeRun();
    }
    const compare = (a: IndexEntry, b: IndexEntry) => this.target.compareEntries(a, b);
    for (;;) {
      if (!this.merge) {
        if (this.runs.length <= 1) return true;
        // Pairs from the front, merged to the back: every entry is merged about log2(runs) times.
        this.merge = { a: this.runs.shift()!, b: this.runs.shift()!, i: 0, j: 0, out: [] };
      }
      const m = this.merge;
      while (m.i < m.a.length && m.j < m.b.length) {
        if (++work % CHECK_EVERY === 0 && performance.now() >= deadline) return false;
        m.out.push(compare(m.a[m.i]!, m.b[m.j]!) <= 0 ? m.a[m.i++]! : m.b[m.j++]!);
      }
      while (m.i < m.a.length) m.out.push(m.a[m.i++]!);
      while (m.j < m.b.length) m.out.push(m.b[m.j++]!);
      this.runs.push(m.out);
      this.merge = undefined;
    }
  }

  /** Once `step` returned true: the entries in order and the multikey documents, without those touched since the build began. */
  result(): { entries: IndexEntry[]; multikey: number } {
    const entries = this.runs[0] ?? [];
    const touched = this.touchedIds;
    if (touched.size === 0) return { entries, multikey: this.multikeyIds.size };
    let multikey = 0;
    for (const id of this.multikeyIds) if (!touched.has(id)) multikey++;
    return { entries: entries.filter((entry) => !touched.has(entry.id)), multikey };
  }

  private closeRun(): void {
    if (this.run.length === 0) return;
    this.run.sort((a, b) => this.target.compareEntries(a, b));
    this.runs.push(this.run);
    this.run = [];
  }
}
