import type { NoticeSent } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import type { ConciliationEvent } from './conciliation.events';
import { evolveConciliation, stageAfter } from './conciliation.state';

/** Folds a conciliation event (or a notice that may be the forwarding of the Complainant's facts) into the case. */
export function evolveConciliationCase(state: OpenCase, event: ConciliationEvent | NoticeSent): OpenCase {
  const rules = rulebookOf(state).conciliation;
  const conciliation = evolveConciliation(state.conciliation, event, rules?.exchanges.forwardingNoticeKind);
  const stage = event.type === 'NoticeSent' ? undefined : stageAfter(event);
  return { ...state, conciliation, ...(stage ? { stage } : {}) };
}
