export * from './ports/event-store.port';
export * from './ports/read-store.port';
export * from './ports/clock.port';
export * from './commands/actor';
export * from './commands/deterministic-id';
export * from './commands/stale-revision.error';
export * from './commands/command-processor';
export * from './ports/scheduler.port';
