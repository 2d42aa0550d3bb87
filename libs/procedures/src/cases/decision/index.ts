export * from './decision.events';
export * from './decision.commands';
export * from './decision.state';
export * from '../../rulebooks/decision-rules';
