import { rulebookOf } from '../../case-guards';
import type { CaseEvent } from '../../case.events';
import type { CaseState, OpenCase } from '../../case.state';
import { documentAwaitedBy, recordReceipt } from '../../exchange/exchange-receipt';
import type { RecordHearingDelivery } from '../hearing.commands';
import { requireHearingRules } from './hearing-support';

/** The written-phase document a notice sent whose receipt the hearing still awaits: recording the notice's delivery records it. */
export function hearingDocumentAwaitedBy(open: OpenCase, noticeId: string): string | undefined {
  const rules = open.status === 'open' ? rulebookOf(open).hearing : undefined;
  return rules ? documentAwaitedBy(open, rules.exchange, noticeId)?.id : undefined;
}

/** The forwarded document or default notice reached its recipient (BBB-8.7); the next period runs from receipt (BBB-4.4 to 4.4.3). */
export function recordHearingDelivery(command: RecordHearingDelivery, state: CaseState): CaseEvent[] {
  const { open, rules } = requireHearingRules(state, command.caseId);
  return recordReceipt(open, rules.exchange, command);
}
