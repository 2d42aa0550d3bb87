export * from './panel.events';
export * from './panel.commands';
export * from './panel.state';
export * from '../../rulebooks/panel-rules';
