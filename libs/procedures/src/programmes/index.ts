export * from './programme-registry';
export * from './programme-rulebook';
export * from './standing-framework';
export * from '../rulebooks/programme-rules';
export * from '../rulebooks/enrolment-rules';
export * from '../rulebooks/programmes/shipped-programmes';
