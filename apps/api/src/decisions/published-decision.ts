import type { EventStore } from '@pdr/application';
import type { UpcasterRegistry } from '@pdr/event-sourcing';
import {
  caseStream,
  type DecisionAmended,
  type DecisionCorrectiveAction,
  type DecisionIssued,
  type HearingDecisionIssued,
  type RequiredOutcome,
  type RespondentIdentified,
} from '@pdr/procedures';
import type { PublishedDecisionEntry } from '@pdr/read-side';

/**
 * A Hearing Decision as published (VS-15): the officer's decision, the standard and findings, and the Reparation Order it
 * issued; never the officer's identity nor anything about the Complainant.
 */
export interface PublishedHearingDecision {
  /** 'the Hearing Decision', 'the Appellate Hearing Decision'. */
  readonly name: string;
  readonly rule: string;
  readonly issuedAt: string;
  readonly standard: string;
  readonly substantiated: boolean;
  readonly violatesFramework: boolean;
  readonly findings: string;
  readonly outcome: HearingDecisionIssued['data']['outcome'];
  readonly reparationOrder?: readonly RequiredOutcome[];
}

/**
 * A Decision as published: the business it concerns and, for BBB (BBB-4.6.4, BBB-7.3), the Panelist's Decision; for
 * VeraSafe (VS-15), every Hearing Decision of the case in order (a hearing's, then an appellate hearing's). Nothing
 * about the Complainant.
 */
export interface PublishedDecision extends PublishedDecisionEntry {
  /** The Respondent's legal name as the registry knows it: a business, public information. */
  readonly respondent: string | null;
  readonly hearingDecisions?: readonly PublishedHearingDecision[];
  readonly decision?: {
    readonly issuedAt: string;
    readonly findings: string;
    readonly correctiveActionNecessary: boolean;
    readonly correctiveAction?: DecisionCorrectiveAction;
    /** When an impossibility ruling amended the corrective action (BBB-4.6.3); the amended action is the one shown. */
    readonly amendedAt?: string;
  };
}

/** The events the published text is made of. */
const PUBLISHED_TEXT: ReadonlySet<string> = new Set(['RespondentIdentified', 'DecisionIssued', 'DecisionAmended', 'HearingDecisionIssued']);

/**
 * Reads the published Decision from the case's log: the Decision's text lives nowhere else, so an erasure or disposal
 * (the retained documents' key stays: BBB-8.3) shows here as in the log. Answers undefined when there is no Decision
 * and no public Hearing Decision.
 */
export async function publishedDecision(store: EventStore, upcasters: UpcasterRegistry, entry: PublishedDecisionEntry): Promise<PublishedDecision | undefined> {
  let respondent: string | null = null;
  let issued: DecisionIssued['data'] | undefined;
  let amended: DecisionAmended['data'] | undefined;
  const hearingDecisions: PublishedHearingDecision[] = [];
  for (const stored of await store.readStream(caseStream(entry.caseId))) {
    // Only the events the published text is made of are opened (their sealed fields decrypt when read).
    if (!PUBLISHED_TEXT.has(stored.type)) continue;
    const event = upcasters.upcast(stored);
    if (event.type === 'RespondentIdentified') respondent = (event.data as RespondentIdentified['data']).legalName;
    else if (event.type === 'DecisionIssued') issued = event.data as DecisionIssued['data'];
    else if (event.type === 'DecisionAmended') amended = event.data as DecisionAmended['data'];
    else {
      const hearing = event.data as HearingDecisionIssued['data'];
      // Only what its rulebook makes public (VS-15); the officer's identity and role are not part of the published text.
      if (hearing.publicationRule) hearingDecisions.push(publishedHearingDecision(hearing));
    }
  }
  if (!issued && hearingDecisions.length === 0) return undefined;
  const correctiveAction = amended?.correctiveAction ?? issued?.correctiveAction;
  return {
    ...entry,
    respondent,
    ...(hearingDecisions.length > 0 ? { hearingDecisions } : {}),
    ...(issued
      ? {
          decision: {
            issuedAt: issued.issuedAt,
            findings: issued.findings,
            correctiveActionNecessary: issued.correctiveActionNecessary,
            ...(correctiveAction ? { correctiveAction } : {}),
            ...(amended ? { amendedAt: amended.amendedAt } : {}),
          },
        }
      : {}),
  };
}

/** A Hearing Decision's published fields, picked one by one so nothing else of the event is ever published. */
function publishedHearingDecision(data: HearingDecisionIssued['data']): PublishedHearingDecision {
  const { name, rule, issuedAt, standard, substantiated, violatesFramework, findings, outcome, reparationOrder } = data;
  return {
    name, rule, issuedAt, standard, substantiated, violatesFramework, findings, outcome,
    ...(reparationOrder ? { reparationOrder: reparationOrder.map(({ kind, description, terms }) => ({ kind, description, terms })) } : {}),
  };
}
