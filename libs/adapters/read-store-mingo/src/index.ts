export { MingoReadStore } from './mingo-read-store';
export { PersistentMingoReadStore, type PersistentReadStoreOptions } from './persistent-mingo-read-store';
export type { ScanStats } from './collection-state';
