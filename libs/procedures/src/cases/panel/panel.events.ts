import type { DomainEvent } from '@pdr/event-sourcing';
import type { Exclusion } from '../../board/panelist-selection';
import type { CredentialReliedOn } from '../../board/qualifications';

export type ObjectionParty = 'complainant' | 'respondent';

/**
 * BBB-4.5: one Panelist appointed, drawn at random (BBB-4.2) from those eligible. Everything needed to re-derive the
 * draw is recorded: the seed, the case facts compared, the eligible list drawn from, and every exclusion with its rule.
 */
export type PanelistAppointed = DomainEvent<
  'PanelistAppointed',
  {
    readonly caseId: string;
    readonly panelistId: string;
    readonly rule: string;
    readonly selectionRule: string;
    readonly seed: string;
    readonly eligible: readonly string[];
    readonly excluded: readonly Exclusion[];
    /** The case facts conflicts were checked against. */
    readonly parties: { readonly respondentName: string; readonly respondentBusinessId?: string; readonly complainantName: string };
    /** Panelists set aside on this case before the draw (self-disqualified, or objection upheld). */
    readonly setAside: readonly string[];
    /** The Panelist this one replaces, on a replacement draw. */
    readonly replaces?: string;
    readonly stage: string;
    readonly appointedAt: string;
  }
>;

/** BBB-4.2.1: the Panelist disqualified themselves from the Case. */
export type PanelistSelfDisqualified = DomainEvent<
  'PanelistSelfDisqualified',
  { readonly caseId: string; readonly panelistId: string; readonly rule: string; readonly reason: string; readonly stage: string; readonly disqualifiedAt: string }
>;

/** BBB-4.2.1: a Party objected to the selected Panelist for a conflict of interest. */
export type PanelistObjectionRaised = DomainEvent<
  'PanelistObjectionRaised',
  {
    readonly caseId: string;
    readonly objectionId: string;
    readonly panelistId: string;
    readonly raisedBy: ObjectionParty;
    readonly ground: string;
    readonly details: string;
    readonly rule: string;
    readonly raisedAt: string;
  }
>;

/** BBB-4.2.1: the CBBB's decision on an objection; upheld sets the Panelist aside (a replacement follows when one is eligible). */
export type ObjectionDecided = DomainEvent<
  'ObjectionDecided',
  {
    readonly caseId: string;
    readonly objectionId: string;
    readonly panelistId: string;
    readonly outcome: 'upheld' | 'rejected';
    readonly reason: string;
    readonly rule: string;
    readonly stage: string;
    readonly decidedAt: string;
  }
>;

/**
 * The administrator designated the decision-maker (VS-8.1) from the pool, having found them qualified (each credential
 * relied on, with its rule), free of the conflicts checked and not excluded by the case's history.
 */
export type DecisionMakerDesignated = DomainEvent<
  'DecisionMakerDesignated',
  {
    readonly caseId: string;
    readonly panelistId: string;
    /** The decision-maker's title in the procedure's words ('hearing officer'). */
    readonly role: string;
    readonly rule: string;
    readonly designationRule: string;
    readonly credentials: readonly CredentialReliedOn[];
    /** The case facts conflicts were checked against. */
    readonly parties: PanelistAppointed['data']['parties'];
    /** Members set aside on this case before (self-disqualified, or objection upheld). */
    readonly setAside: readonly string[];
    /** The decision-maker this one replaces, when the last one was set aside. */
    readonly replaces?: string;
    readonly stage: string;
    readonly designatedAt: string;
  }
>;

export type PanelEvent = PanelistAppointed | PanelistSelfDisqualified | PanelistObjectionRaised | ObjectionDecided | DecisionMakerDesignated;

export const PANEL_EVENT_TYPES: readonly PanelEvent['type'][] = ['PanelistAppointed', 'PanelistSelfDisqualified', 'PanelistObjectionRaised', 'ObjectionDecided', 'DecisionMakerDesignated'];
