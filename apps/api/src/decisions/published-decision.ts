import type { EventStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import { caseStream, type DecisionAmended, type DecisionCorrectiveAction, type DecisionIssued, type RespondentIdentified } from '@pdr/procedures';
import type { PublishedDecisionEntry } from '@pdr/read-side';

/** A Decision as published (BBB-4.6.4, BBB-7.3): the business it concerns and the Panelist's Decision, nothing about the Complainant. */
export interface PublishedDecision extends PublishedDecisionEntry {
  /** The Respondent's legal name as the registry knows it: a business, public information. */
  readonly respondent: string | null;
  readonly decision: {
    readonly issuedAt: string;
    readonly findings: string;
    readonly correctiveActionNecessary: boolean;
    readonly correctiveAction?: DecisionCorrectiveAction;
    /** When an impossibility ruling amended the corrective action (BBB-4.6.3); the amended action is the one shown. */
    readonly amendedAt?: string;
  };
}

/**
 * Reads the published Decision from the case's log: the Decision's text lives nowhere else, so an erasure or disposal
 * (the retained documents' key stays: BBB-8.3) shows here as in the log. Answers undefined when there is no Decision.
 */
export async function publishedDecision(store: EventStore, upcasters: UpcasterRegistry, entry: PublishedDecisionEntry): Promise<PublishedDecision | undefined> {
  let respondent: string | null = null;
  let issued: DecisionIssued['data'] | undefined;
  let amended: DecisionAmended['data'] | undefined;
  for (const stored of await store.readStream(caseStream(entry.caseId))) {
    // Only the events the published text is made of are opened (their sealed fields decrypt when read).
    if (stored.type !== 'RespondentIdentified' && stored.type !== 'DecisionIssued' && stored.type !== 'DecisionAmended') continue;
    const event = upcasters.upcast(stored);
    if (event.type === 'RespondentIdentified') respondent = (event.data as RespondentIdentified['data']).legalName;
    else if (event.type === 'DecisionIssued') issued = event.data as DecisionIssued['data'];
    else amended = event.data as DecisionAmended['data'];
  }
  if (!issued) return undefined;
  const correctiveAction = amended?.correctiveAction ?? issued.correctiveAction;
  return {
    ...entry,
    respondent,
    decision: {
      issuedAt: issued.issuedAt,
      findings: issued.findings,
      correctiveActionNecessary: issued.correctiveActionNecessary,
      ...(correctiveAction ? { correctiveAction } : {}),
      ...(amended ? { amendedAt: amended.amendedAt } : {}),
    },
  };
}
