export * from './referral.events';
export * from './referral.commands';
export * from './referral.state';
export * from './referral.evolve';
export * from '../../rulebooks/referral-rules';
