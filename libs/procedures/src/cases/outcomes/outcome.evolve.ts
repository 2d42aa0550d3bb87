import type { OpenCase } from '../case.state';
import type { OutcomeEvent } from './outcome.events';
import type { ClosureAppealRecord } from './outcome.state';

const decide = (records: readonly ClosureAppealRecord[] | undefined, status: ClosureAppealRecord['status']) =>
  (records ?? []).map((record) => (record.status === 'pending' ? { ...record, status } : record));

/** Appeals of closures: a granted appeal reopens the case (no closure), a final closure is marked so. */
export function evolveOutcomes(state: OpenCase, event: OutcomeEvent): OpenCase {
  switch (event.type) {
    case 'ClosureAppealed': {
      const record: ClosureAppealRecord = { reason: event.data.reason, rule: state.closure?.rule ?? event.data.rule, status: 'pending', appealedAt: event.data.receivedAt };
      return { ...state, closureAppeals: [...(state.closureAppeals ?? []), record] };
    }
    case 'ClosureAppealDecided':
      return { ...state, closureAppeals: decide(state.closureAppeals, event.data.decision) };
    case 'CaseReopened': {
      const { closure: _reopened, ...rest } = state;
      return { ...rest, status: 'open', stage: event.data.stage };
    }
    case 'ClosureBecameFinal':
      return state.closure ? { ...state, closure: { ...state.closure, final: true } } : state;
  }
}
