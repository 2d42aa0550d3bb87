import type { QualificationRequirement } from '../rulebooks/appointment-rules';

/** Professional qualifications a Board member may hold; the ones VS-8.3 names, plus CIPT. */
export const QUALIFICATIONS = ['CIPP', 'CIPM', 'CIPT', 'JD', 'bar-license'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** A credential relied on for an appointment, with the requirement it meets. */
export interface CredentialReliedOn {
  readonly credential: string;
  readonly rule: string;
}

export type QualificationCheck =
  | { readonly met: true; readonly credentials: readonly CredentialReliedOn[] }
  | { readonly met: false; readonly unmet: QualificationRequirement };

/**
 * The rulebook's qualification requirements against what a member holds: every requirement met by any one of its
 * credentials. Met: each credential the member holds that meets a requirement, to record with the appointment.
 */
export function checkQualifications(requirements: readonly QualificationRequirement[], held: readonly string[] = []): QualificationCheck {
  const credentials: CredentialReliedOn[] = [];
  for (const requirement of requirements) {
    const meeting = requirement.anyOf.filter((accepted) => held.includes(accepted.credential));
    if (meeting.length === 0) return { met: false, unmet: requirement };
    credentials.push(...meeting.map((accepted) => ({ credential: accepted.credential, rule: requirement.rule })));
  }
  return { met: true, credentials };
}
