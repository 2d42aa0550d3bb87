export * from './metadata';
export * from './envelope';
export * from './decider';
export * from './transient';
export * from './errors';
export * from './upcasting';
export * from './given-when-then';
