export { MingoReadStore } from './mingo-read-store';
export type { ScanStats } from './collection-state';
