export * from './decision.events';
export * from './decision.commands';
export * from './decision.state';
export * from './decision.evolve';
export * from '../../rulebooks/decision-rules';
