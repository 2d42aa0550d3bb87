import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { HearingCommand } from './hearing.commands';
import { recordHearingDelivery } from './decisions/record-delivery';
import { requestHearing } from './decisions/request-hearing';
import { submitPosition } from './decisions/submit-position';
import { submitRebuttal } from './decisions/submit-rebuttal';
import { submitReply } from './decisions/submit-reply';
import { submitResponse } from './decisions/submit-response';

/** The written phase of the Data Privacy Hearing (BBB-4.1, BBB-4.4 to BBB-4.4.3). */
export function decideHearing(command: HearingCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'RequestHearing':
      return requestHearing(command, state);
    case 'SubmitPosition':
      return submitPosition(command, state);
    case 'SubmitRebuttal':
      return submitRebuttal(command, state);
    case 'SubmitReply':
      return submitReply(command, state);
    case 'SubmitResponse':
      return submitResponse(command, state);
    case 'RecordHearingDelivery':
      return recordHearingDelivery(command, state);
  }
}
