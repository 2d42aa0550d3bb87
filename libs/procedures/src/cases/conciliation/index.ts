export * from './conciliation.events';
export * from './conciliation.commands';
export * from './conciliation.state';
