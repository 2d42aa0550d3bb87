export * from './erasure-request.events';
export * from './erasure-request.commands';
export * from './erasure-request.state';
export * from './erasure-request.decider';
export { ERASURE_CASE_OPEN } from '../cases/decisions/erase-complainant-data';
