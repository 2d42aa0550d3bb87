import type { OpenCase } from '../case.state';
import type { HearingEvent } from './hearing.events';
import type { HearingState } from './hearing.state';

// Apart from hearing.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function evolveSlice(hearing: HearingState | undefined, event: HearingEvent): HearingState | undefined {
  switch (event.type) {
    case 'HearingRequested':
      return { requestedBy: event.data.requestedBy };
    case 'HearingRecordSentToPanelist':
      return hearing ? { ...hearing, recordSentAt: event.data.sentAt } : hearing;
    default:
      return hearing;
  }
}

/** Folds a hearing event into the case: the stage it names (the rulebook's), and the hearing slice. What its exchange received is the exchange's slice. */
export function evolveHearing(state: OpenCase, event: HearingEvent): OpenCase {
  const hearing = evolveSlice(state.hearing, event);
  const stage = 'stage' in event.data && event.data.stage !== undefined ? event.data.stage : state.stage;
  return { ...state, stage, ...(hearing ? { hearing } : {}) };
}
