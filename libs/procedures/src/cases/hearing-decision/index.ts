export * from './hearing-decision.commands';
export * from './hearing-decision.events';
export * from './hearing-decision.state';
export * from './hearing-decision-rules-of';
export * from '../../rulebooks/hearing-decision-rules';
