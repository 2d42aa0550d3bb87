import type { DomainEvent } from '@pdr/event-sourcing';

/** A Permitted Outcome the Reparation Order requires, its description from the rulebook and the terms set here. */
export interface RequiredOutcome {
  readonly kind: string;
  readonly description: string;
  readonly terms: string;
}

/**
 * VS-8.4(c), VS-9.4: the officer decided. `reparation-order`: the allegation substantiated to the standard and a
 * violation, the Participant required to comply with `reparationOrder`; `no-action-taken`: the case closes (a
 * CaseClosed follows). The Parties are notified either way (NoticeSent follows).
 */
export type HearingDecisionIssued = DomainEvent<
  'HearingDecisionIssued',
  {
    readonly caseId: string;
    readonly rule: string;
    /** 'the Hearing Decision', 'the Appellate Hearing Decision'. */
    readonly name: string;
    readonly officerId: string;
    readonly role: string;
    readonly standard: string;
    readonly substantiated: boolean;
    readonly violatesFramework: boolean;
    readonly findings: string;
    readonly outcome: 'reparation-order' | 'no-action-taken';
    readonly reparationOrder?: readonly RequiredOutcome[];
    /** Present when the rulebook makes Hearing Decisions public (VS-15): the published-decisions list shows it from `issuedAt`. */
    readonly publicationRule?: string;
    /** Present with a Reparation Order: where its performance is monitored. */
    readonly stage?: string;
    readonly issuedAt: string;
  }
>;

export type HearingDecisionEvent = HearingDecisionIssued;

export const HEARING_DECISION_EVENT_TYPES: readonly HearingDecisionEvent['type'][] = ['HearingDecisionIssued'];
