export * from './performance.commands';
export * from './performance.events';
