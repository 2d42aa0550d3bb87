import { close, fdatasync, open } from 'node:fs';
import { promisify } from 'node:util';

const openFile = promisify(open);
const closeFile = promisify(close);
const syncData = promisify(fdatasync);

/**
 * Makes a SQLite database's commits durable off the event loop. The database runs in WAL mode with
 * `synchronous = NORMAL`: a COMMIT writes its frames to the `-wal` file without waiting for the disk. `sync()` then
 * fdatasyncs that file in libuv's thread pool, which puts every frame written before the call on disk, whoever wrote it;
 * the caller acknowledges its commits only after that. Acknowledged commits are as durable as with `synchronous = FULL`,
 * but the event loop goes on serving requests while the disk works, and commits made meanwhile share the next sync.
 *
 * It belongs to the connection that writes: made after it opens, closed before it closes. SQLite keeps one `-wal` file
 * while any connection is open (it deletes it when the last one closes), so the descriptor opened at the first sync
 * stays the WAL's for the connection's life.
 */
export class WalSync {
  private fd: number | undefined;
  private inFlight: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private syncs = 0;

  constructor(private readonly databaseFile: string) {}

  get path(): string {
    return `${this.databaseFile}-wal`;
  }

  /** fdatasyncs done so far (each one acknowledges every commit made before it began). */
  get count(): number {
    return this.syncs;
  }

  /** Resolves once everything written to the WAL before this call is on disk. */
  sync(): Promise<void> {
    if (!this.inFlight) return this.start();
    // A sync is running, and it may have begun before this caller's frames were written: they need the next one,
    // which every caller meanwhile shares.
    this.next ??= this.inFlight.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  /** Waits for the syncs under way, then closes the file descriptor. */
  async close(): Promise<void> {
    await Promise.allSettled([this.inFlight, this.next]);
    const fd = this.fd;
    this.fd = undefined;
    if (fd !== undefined) await closeFile(fd);
  }

  private startNext(): Promise<void> {
    this.next = undefined;
    return this.start();
  }

  private start(): Promise<void> {
    const running: Promise<void> = this.syncFile().finally(() => {
      if (this.inFlight === running) this.inFlight = undefined;
    });
    this.inFlight = running;
    return running;
  }

  private async syncFile(): Promise<void> {
    const fd = await this.walDescriptor();
    await syncData(fd);
    this.syncs++;
  }

  /** The `-wal` file's descriptor, opened at the first sync (the first commit has made the file by then). */
  private async walDescriptor(): Promise<number> {
    this.fd ??= await openFile(this.path, 'r');
    return this.fd;
  }
}
