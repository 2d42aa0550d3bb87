export * from './panelist-proceedings.events';
export * from './panelist-proceedings.commands';
export * from './panelist-proceedings.state';
export * from './panelist-proceedings.evolve';
export * from '../../rulebooks/panelist-proceedings-rules';
export { investigativeAnalysisOnRecord } from './investigative-analysis';
