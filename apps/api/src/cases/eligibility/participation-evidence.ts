import type { CommandProcessor } from '@pdr/application';
import { businessDecider, businessStream, caseDecider, caseStream, type ParticipationEvidence, participationAt } from '@pdr/procedures';

/**
 * What the registry says of the case's identified Respondent: was its participation in the case's program
 * current when the complaint was received? Read from the business's own stream, the source of truth.
 */
export async function participationEvidence(processor: CommandProcessor, caseId: string): Promise<ParticipationEvidence | undefined> {
  const { state: complaint } = await processor.state(caseStream(caseId), caseDecider);
  if (complaint.status === 'none' || !complaint.respondentBusinessId) return undefined;
  const { state: business } = await processor.state(businessStream(complaint.respondentBusinessId), businessDecider);
  const program = complaint.rulebook.id;
  const status = participationAt(business, program, complaint.receivedAt);
  return {
    businessId: complaint.respondentBusinessId,
    program,
    currentAtFiling: status.current,
    ...(status.since ? { since: status.since } : {}),
    ...(status.lapsedAt ? { lapsedAt: status.lapsedAt } : {}),
  };
}
