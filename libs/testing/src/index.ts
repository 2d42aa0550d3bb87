export * from './event-store.contract';
export * from './read-store.contract';
export * from './scheduler.contract';
export * from './key-store.contract';
export * from './notifier.contract';
