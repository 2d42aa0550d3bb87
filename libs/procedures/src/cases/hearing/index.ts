export * from './hearing.events';
export * from './hearing.commands';
export * from './hearing.state';
export * from '../../rulebooks/hearing-rules';
