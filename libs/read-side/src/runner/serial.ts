/**
 * Runs tasks one at a time, in the order they were queued: the live subscription and a retry of quarantined
 * events write the same read models, and replaying a stream's tail is only right when nothing interleaves.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The next task waits for this one to settle, whether it succeeded or not.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
