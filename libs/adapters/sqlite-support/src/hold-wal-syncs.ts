import { WalSync } from './wal-sync';

/**
 * For tests of what waits for the disk: until `release()`, every WalSync's fsync waits (the disk "holds on"), then runs
 * for real. `restore()` releases and puts WalSync back as it was.
 */
export function holdWalSyncs(): { release(): void; restore(): void } {
  const sync = WalSync.prototype.sync;
  let release!: () => void;
  const disk = new Promise<void>((resolve) => (release = resolve));
  WalSync.prototype.sync = function held(this: WalSync): Promise<void> {
    return disk.then(() => sync.call(this));
  };
  return {
    release,
    restore: () => {
      release();
      WalSync.prototype.sync = sync;
    },
  };
}
