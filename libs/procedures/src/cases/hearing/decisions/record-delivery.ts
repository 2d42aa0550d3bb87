import type { CaseEvent } from '../../case.events';
import type { CaseState } from '../../case.state';
import { recordReceipt } from '../../exchange/exchange-receipt';
import type { RecordHearingDelivery } from '../hearing.commands';
import { requireHearingRules } from './hearing-support';

/** The forwarded document or default notice reached its recipient (BBB-8.7); the next period runs from receipt (BBB-4.4 to 4.4.3). */
export function recordHearingDelivery(command: RecordHearingDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  return recordReceipt(open, rules.exchange, command);
}
