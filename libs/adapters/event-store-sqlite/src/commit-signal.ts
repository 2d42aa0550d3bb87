/** Tells waiting subscriptions that a transaction committed, so they read the new events instead of polling. */
export class CommitSignal {
  private listeners = new Set<() => void>();

  /** Calls `listener` once, at the next commit; returns a function that cancels it. */
  once(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    const listeners = this.listeners;
    this.listeners = new Set();
    for (const listener of listeners) listener();
  }
}
