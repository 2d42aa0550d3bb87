import type { DomainEvent } from '@pdr/event-sourcing';

/** A Party appealed the case's closure within its window (VS-5.5(a)), with what the rules require it to include. */
export type ClosureAppealed = DomainEvent<
  'ClosureAppealed',
  {
    readonly caseId: string;
    readonly rule: string;
    /** The closure appealed. */
    readonly reason: string;
    readonly party: 'complainant' | 'respondent';
    readonly grounds: string;
    readonly evidence?: string;
    readonly receivedAt: string;
  }
>;

/** The administrator decided the appeal: upheld (the closure stands, final) or granted (the case reopens). */
export type ClosureAppealDecided = DomainEvent<
  'ClosureAppealDecided',
  { readonly caseId: string; readonly rule: string; readonly decision: 'upheld' | 'granted'; readonly reasons: string; readonly decidedBy: string; readonly decidedAt: string }
>;

/** A granted appeal reopened the closed case at the stage its rulebook names (VS-5.5(a): re-examination). */
export type CaseReopened = DomainEvent<
  'CaseReopened',
  { readonly caseId: string; readonly rule: string; readonly reason: string; readonly stage: string; readonly reopenedAt: string }
>;

/**
 * No appeal can change the closure any more: its window lapsed unused, the appeal was upheld, or it closed again after
 * a granted appeal (a final determination). Only closures that open an appeal record this.
 */
export type ClosureBecameFinal = DomainEvent<
  'ClosureBecameFinal',
  {
    readonly caseId: string;
    readonly rule: string;
    readonly reason: string;
    readonly label: string;
    readonly cause: 'appeal-window-lapsed' | 'appeal-upheld' | 'final-determination';
    readonly finalAt: string;
  }
>;

export type OutcomeEvent = ClosureAppealed | ClosureAppealDecided | CaseReopened | ClosureBecameFinal;

export const OUTCOME_EVENT_TYPES: readonly OutcomeEvent['type'][] = ['ClosureAppealed', 'ClosureAppealDecided', 'CaseReopened', 'ClosureBecameFinal'];
