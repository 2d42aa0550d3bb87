import type { RulebookRef } from '@pdr/event-sourcing';

/** Where a case stands in its procedure. Later stages are added as the procedures are modelled. */
export type CaseStage = 'eligibility-review';

export type CaseState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly caseId: string;
      readonly rulebook: RulebookRef;
      readonly stage: CaseStage;
      readonly receivedAt: string;
      readonly identityVerified: boolean;
    };
