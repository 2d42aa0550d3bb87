export { WalSync } from './wal-sync';
export { holdWalSyncs } from './hold-wal-syncs';
