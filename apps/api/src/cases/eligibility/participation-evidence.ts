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

/**
 * VS-3.1(b) at filing: the registry's answer for the business a complaint names by its registry id, at the instant
 * the complaint was received: found or not, current in the program or not, and the frameworks it listed then.
 */
export async function registryAtFiling(processor: CommandProcessor, businessId: string, program: string, receivedAt: string): Promise<{ legalName?: string; participation: ParticipationEvidence } | undefined> {
  if (Number.isNaN(Date.parse(receivedAt))) return undefined;
  const { state: business } = await processor.state(businessStream(businessId), businessDecider);
  if (business.status === 'none') return { participation: { businessId, program, found: false, currentAtFiling: false } };
  const status = participationAt(business, program, receivedAt);
  return {
    legalName: business.legalName,
    participation: {
      businessId,
      program,
      found: true,
      currentAtFiling: status.current,
      ...(status.since ? { since: status.since } : {}),
      ...(status.lapsedAt ? { lapsedAt: status.lapsedAt } : {}),
      ...(status.frameworks ? { frameworks: status.frameworks } : {}),
    },
  };
}
