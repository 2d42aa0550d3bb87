import { undertakingMonitoredIn } from '../../rulebooks/performance-rules';
import type { NextActionsOf } from '../next-actions/next-action';

/** VS-12: while an undertaking is monitored, the administrator confirms its performance or records the failure. */
export const performanceNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.performance;
  if (!rules || open.status !== 'open') return [];
  const undertaking = undertakingMonitoredIn(rules, open.stage);
  if (!undertaking) return [];
  return [
    {
      command: 'ConfirmPerformance', by: 'administrator', rule: rules.rule, awaited: true,
      description: `Confirm ${undertaking.name} was performed, with what was verified: "${undertaking.performed.closure.label}", the ${undertaking.performed.notify.recipients.join(' and ')} notified`,
    },
    {
      command: 'RecordNonPerformance', by: 'administrator', rule: rules.nonPerformanceRule, awaited: true,
      description: `Record the failure to perform ${undertaking.name}: noted for the next report, the referral question raised`,
    },
  ];
};
