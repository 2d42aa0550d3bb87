export * from './documents.events';
export * from './documents.commands';
export * from './documents.state';
export * from './documents.evolve';
export * from './documents.decider';
export * from '../../rulebooks/document-rules';
