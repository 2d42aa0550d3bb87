export * from './outcome.events';
export * from './outcome.commands';
export * from './outcome.state';
export * from '../../rulebooks/outcome-rules';
