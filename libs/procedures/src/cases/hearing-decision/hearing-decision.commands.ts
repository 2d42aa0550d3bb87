import type { BusinessCalendar } from '@pdr/calendar';

/** One Permitted Outcome a Reparation Order requires (VS-4.1), with what it requires of the Participant here. */
export interface OrderedRemedy {
  readonly kind: string;
  readonly terms: string;
}

/**
 * VS-8.4(c), VS-9.4: the appointed officer's decision on the Procedure Submissions. The allegation substantiated to the
 * standard and a violation of the Framework(s): `reparationOrder` names what is required; otherwise none is given and the
 * case closes.
 */
export interface IssueHearingDecision {
  readonly kind: 'IssueHearingDecision';
  readonly caseId: string;
  readonly officerId: string;
  readonly substantiated: boolean;
  readonly violatesFramework: boolean;
  readonly findings: string;
  readonly reparationOrder?: readonly OrderedRemedy[];
  readonly calendar: BusinessCalendar;
  readonly issuedAt: string;
}

export type HearingDecisionCommand = IssueHearingDecision;
