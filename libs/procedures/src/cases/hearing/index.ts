export * from './hearing.events';
export * from './hearing.commands';
export * from './hearing.state';
export * from './hearing.evolve';
export * from '../../rulebooks/hearing-rules';
