import type { CommandProcessor } from '@pdr/application';
import { businessDecider, businessStream, caseDecider, caseStream, defaultProgrammeOf, type ParticipationEvidence, participationAt } from '@pdr/procedures';

/**
 * What the registry says of the case's identified Respondent: was its participation in the case's program
 * current when the complaint was received? Read from the business's own stream, the source of truth.
 */
export async function participationEvidence(processor: CommandProcessor, caseId: string): Promise<ParticipationEvidence | undefined> {
  const { state: complaint } = await processor.state(caseStream(caseId), caseDecider);
  if (complaint.status === 'none' || !complaint.respondentBusinessId) return undefined;
  const { state: business } = await processor.state(businessStream(complaint.respondentBusinessId), businessDecider);
  // Issue 12: the programme the complaint was filed under (before programmes: the rulebook's own), and, where it names
  // one, the framework good standing is checked for (CASRO-4: EU and Swiss certified separately).
  const program = complaint.programme?.id ?? defaultProgrammeOf(complaint.rulebook.id)?.id ?? complaint.rulebook.id;
  const framework = complaint.programme?.standingFramework;
  const status = participationAt(business, program, complaint.receivedAt);
  const listed = framework === undefined || (status.frameworks ?? []).includes(framework);
  return {
    businessId: complaint.respondentBusinessId,
    program,
    currentAtFiling: status.current && listed,
    ...(status.since ? { since: status.since } : {}),
    ...(status.lapsedAt ? { lapsedAt: status.lapsedAt } : {}),
    ...(framework ? { framework, frameworkListed: status.current && listed } : {}),
    ...(status.frameworks ? { frameworks: status.frameworks } : {}),
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
