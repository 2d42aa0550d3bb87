import type { BusinessCalendar } from '@pdr/calendar';
import { type CaseCommand, caseDeciderWith, caseStream, findRulebook } from '@pdr/procedures';
import type { CalendarProvider } from '../calendars/calendar-provider';
import type { CommandContext } from './actor';
import type { CommandOutcome, CommandProcessor } from './command-processor';

/**
 * The case's calendar when its rulebook delivers on transmission (VS-3.3): a notice sent then is received then, and a
 * period after its receipt starts in that calendar whatever the command. A rulebook that records receipt needs none.
 */
async function receiptCalendar(processor: CommandProcessor, calendars: CalendarProvider, caseId: string): Promise<BusinessCalendar | undefined> {
  const ref = await processor.rulebookOf(caseStream(caseId));
  const rulebook = ref ? findRulebook(ref) : undefined;
  return rulebook?.transmittal.receipt === 'on-transmission' ? calendars.require(rulebook.calendarId) : undefined;
}

/** Runs a command on a case's stream, stamping its events with the case's rulebook. */
export async function processCaseCommand(
  processor: CommandProcessor,
  calendars: CalendarProvider,
  caseId: string,
  context: CommandContext,
  expectedRevision: number | undefined,
  command: (issuedAt: string) => CaseCommand,
): Promise<CommandOutcome> {
  return processor.process({
    streamId: caseStream(caseId),
    decider: caseDeciderWith(await receiptCalendar(processor, calendars, caseId)),
    context,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    rulebook: (state) => (state.status === 'none' ? undefined : state.rulebook),
    command,
  });
}
