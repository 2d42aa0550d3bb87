import type { OpenCase } from '../case.state';
import type { DecisionEvent } from './decision.events';
import type { DecisionState } from './decision.state';

// Apart from decision.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function evolveSlice(decision: DecisionState | undefined, event: DecisionEvent): DecisionState | undefined {
  if (event.type === 'DecisionIssued') {
    return {
      panelistId: event.data.panelistId,
      issuedAt: event.data.issuedAt,
      correctiveActionNecessary: event.data.correctiveActionNecessary,
      ...(event.data.correctiveAction ? { correctiveAction: event.data.correctiveAction } : {}),
      amendments: 0,
      documents: { decision: { sentAt: event.data.issuedAt } },
      noticeOfIntentIssued: false,
      flaggedForPublication: false,
      certified: false,
      verified: false,
    };
  }
  if (!decision) return decision;
  switch (event.type) {
    case 'DecisionDocumentDelivered': {
      const current = decision.documents[event.data.document];
      return current ? { ...decision, documents: { ...decision.documents, [event.data.document]: { ...current, deliveredAt: event.data.deliveredAt } } } : decision;
    }
    case 'ComplianceIntentStated':
      return { ...decision, intentStatedAt: event.data.receivedAt };
    case 'ImpossibilityClaimed':
      return { ...decision, impossibility: { party: event.data.party, status: 'claimed' } };
    case 'ImpossibilityEvidenceSought':
      return decision.impossibility ? { ...decision, impossibility: { ...decision.impossibility, status: 'evidence-sought' } } : decision;
    case 'ImpossibilityClaimRejected':
      return decision.impossibility ? { ...decision, impossibility: { ...decision.impossibility, status: 'rejected' } } : decision;
    case 'DecisionAmended':
      return {
        ...decision,
        correctiveAction: event.data.correctiveAction,
        amendments: decision.amendments + 1,
        documents: { ...decision.documents, 'amended-decision': { sentAt: event.data.amendedAt } },
        ...(decision.impossibility ? { impossibility: { ...decision.impossibility, status: 'confirmed' as const } } : {}),
      };
    case 'NoticeOfIntentIssued':
      return { ...decision, noticeOfIntentIssued: true, documents: { ...decision.documents, 'notice-of-intent': { sentAt: event.data.sentAt } } };
    case 'DecisionFlaggedForPublication':
      return { ...decision, flaggedForPublication: true };
    case 'DecisionCorrectiveActionCertified':
      return { ...decision, certified: true };
    case 'DecisionCorrectiveActionVerified':
      return { ...decision, verified: true };
    default:
      return decision;
  }
}

/** Folds a Decision event into the case: the stage it names (the rulebook's), and the decision slice. */
export function evolveDecision(state: OpenCase, event: DecisionEvent): OpenCase {
  const decision = evolveSlice(state.decision, event);
  const stage = 'stage' in event.data ? event.data.stage : state.stage;
  return { ...state, stage, ...(decision ? { decision } : {}) };
}
