export { WalSync } from './wal-sync';
