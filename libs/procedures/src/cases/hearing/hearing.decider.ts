import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import type { HearingCommand } from './hearing.commands';
import { fileHearingSubmission } from './decisions/file-hearing-submission';
import { recordHearingDelivery } from './decisions/record-delivery';
import { requestHearing } from './decisions/request-hearing';

/** The hearing's request and its written phase, an exchange of submissions (BBB-4.1, BBB-4.4 to BBB-4.4.3). */
export function decideHearing(command: HearingCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'RequestHearing':
      return requestHearing(command, state);
    case 'SubmitPosition':
    case 'SubmitRebuttal':
    case 'SubmitReply':
    case 'SubmitResponse':
      return fileHearingSubmission(command, state);
    case 'RecordHearingDelivery':
      return recordHearingDelivery(command, state);
  }
}
