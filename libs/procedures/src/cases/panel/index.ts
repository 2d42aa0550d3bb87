export * from './panel.events';
export * from './panel.commands';
export * from './panel.state';
export * from './panel.evolve';
export * from '../../rulebooks/panel-rules';
export * from '../../rulebooks/appointment-rules';
export * from './appointments';
