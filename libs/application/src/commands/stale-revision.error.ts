/** The client's If-Match revision is not the stream's current one: the case moved on since the client last read it. */
export class StaleRevisionError extends Error {
  constructor(
    readonly streamId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`${streamId} is at revision ${actual}, not ${expected}: reload it and try again`);
    this.name = 'StaleRevisionError';
  }
}
