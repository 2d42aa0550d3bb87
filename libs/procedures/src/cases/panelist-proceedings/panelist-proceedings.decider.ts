import type { CaseEvent } from '../case.events';
import type { CaseState } from '../case.state';
import { commentOnPanelistAnswer, recordProceedingsDelivery, requestPanelistInformation, submitPanelistInformationAnswer } from './decisions/information';
import { furnishInvestigativeAnalysis } from './decisions/investigative-analysis';
import { decideWithoutOralHearing, recordOralHearingAbsence, recordProprietaryExclusion, reportAbsenceReason, resolveOralHearingAbsence, scheduleOralHearing } from './decisions/oral-hearing';
import type { PanelistProceedingsCommand } from './panelist-proceedings.commands';

/** The Panelist's proceedings (BBB-4.5.1 to BBB-4.5.3; VS-8.4(a), (b)). */
export function decidePanelistProceedings(command: PanelistProceedingsCommand, state: CaseState): CaseEvent[] {
  switch (command.kind) {
    case 'RequestPanelistInformation':
      return requestPanelistInformation(command, state);
    case 'RecordProceedingsDelivery':
      return recordProceedingsDelivery(command, state);
    case 'SubmitPanelistInformationAnswer':
      return submitPanelistInformationAnswer(command, state);
    case 'CommentOnPanelistAnswer':
      return commentOnPanelistAnswer(command, state);
    case 'DecideWithoutOralHearing':
      return decideWithoutOralHearing(command, state);
    case 'ScheduleOralHearing':
      return scheduleOralHearing(command, state);
    case 'RecordProprietaryExclusion':
      return recordProprietaryExclusion(command, state);
    case 'RecordOralHearingAbsence':
      return recordOralHearingAbsence(command, state);
    case 'ReportAbsenceReason':
      return reportAbsenceReason(command, state);
    case 'ResolveOralHearingAbsence':
      return resolveOralHearingAbsence(command, state);
    case 'FurnishInvestigativeAnalysis':
      return furnishInvestigativeAnalysis(command, state);
  }
}
