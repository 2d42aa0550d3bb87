export * from './referral.events';
export * from './referral.commands';
export * from './referral.state';
export * from '../../rulebooks/referral-rules';
