import type { RulebookRef } from '@pdr/event-sourcing';
import type { Deadlines } from '../deadlines/deadline.state';
import type { ConciliationState } from './conciliation/conciliation.state';
import type { HearingState } from './hearing/hearing.state';
import type { ExchangeState } from './exchange/exchange.state';
import type { MediationState } from './mediation/mediation.state';
import type { DecisionState } from './decision/decision.state';
import type { ReferralState } from './referral/referral.state';
import type { PanelState } from './panel/panel.state';
import type { PanelistProceedingsState } from './panelist-proceedings/panelist-proceedings.state';
import type { DocumentsState } from './documents/documents.state';
import type { ClosureAppealRecord } from './outcomes/outcome.state';
import type { HearingDecisionRecord } from './hearing-decision/hearing-decision.state';

/**
 * Where a case stands in its procedure: 'eligibility-review', 'awaiting-information', 'closed', and the stages
 * each rulebook names (a docketed BBB case enters 'conciliation').
 */
export type CaseStage = string;

export interface SentNotice {
  readonly kind: string;
  readonly rule: string;
  readonly recipient: 'complainant' | 'respondent' | 'panelist';
  readonly sentAt: string;
  readonly deliveredAt?: string;
}

export interface OpenCase {
  readonly status: 'open' | 'closed';
  readonly caseId: string;
  readonly rulebook: RulebookRef;
  /** The programme it was filed under and the framework good standing is checked for; absent on complaints filed before programmes. */
  readonly programme?: { readonly id: string; readonly standingFramework?: string };
  readonly stage: CaseStage;
  readonly receivedAt: string;
  readonly identityVerified: boolean;
  readonly deadlines: Deadlines;
  readonly noticesSent: number;
  /** Notices sent by id, with their delivery once recorded (BBB-8.7). */
  readonly notices: Readonly<Record<string, SentNotice>>;
  readonly respondentBusinessId?: string;
  /** Eligibility findings by condition id: the latest finding counts. */
  readonly findings: Readonly<Record<string, { readonly met: boolean }>>;
  readonly docketed: boolean;
  readonly acknowledgements: readonly ('complainant' | 'respondent')[];
  readonly representatives: Readonly<Partial<Record<'complainant' | 'respondent', { readonly name: string; readonly email: string }>>>;
  /** `label` and `final` since closures may be appealed: final once no appeal of it can change it (VS-5.5(a)). */
  readonly closure?: { readonly reason: string; readonly rule: string; readonly label?: string; readonly final?: true };
  /** Appeals of the case's closures, oldest first (VS-5.5(a)); absent until the first. */
  readonly closureAppeals?: readonly ClosureAppealRecord[];
  /** GDPR Art. 17: when the Complainant's own data was erased (on the closed case), and for which request. */
  readonly complainantErased?: { readonly requestId: string; readonly erasedAt: string };
  /** Conciliation and Settlement (BBB Part 3) and the Settlement's performance (BBB Part 5). */
  readonly conciliation: ConciliationState;
  /** What each exchange (the hearing's written phase, a mediation's Response) received and sent; absent until the first opens. */
  readonly exchange?: ExchangeState;
  /** The Mediation Teleconference (VS-7.4); absent until a mediator is appointed. */
  readonly mediation?: MediationState;
  /** The Data Privacy Hearing (BBB-4.1); absent until a hearing is requested. */
  readonly hearing?: HearingState;
  /** The Decision and what followed it (BBB-4.6.1 to BBB-4.6.4, BBB-5); absent until a Decision is issued. */
  readonly decision?: DecisionState;
  /** Hearing Decisions that order or close (VS-8.4(c)), an Appellate Hearing's after them (VS-9.4); absent until the first. */
  readonly hearingDecisions?: readonly HearingDecisionRecord[];
  /** Referral to a government agency (BBB-8.8) and any refusal to proceed (BBB-6 (9)-(11)); absent until either happens. */
  readonly referral?: ReferralState;
  /** The names conflicts are checked against (BBB-4.2.1): as filed, and the registry's legal name once identified. */
  readonly parties?: { readonly complainantName: string; readonly respondentName: string; readonly respondentLegalName?: string };
  /** The Panelist appointed, draws made and Panelists set aside (BBB-4.2, 4.2.1, 4.5); absent until the first appointment. */
  readonly panel?: PanelState;
  /** The Panelist's requests for information and oral hearings (BBB-4.5.1 to 4.5.3); absent until the first. */
  readonly panelistProceedings?: PanelistProceedingsState;
  /** Proprietary designations (never their text), disposal of the file and language assistance (BBB-8.3, 8.5, 8.6, 8.9). */
  readonly documents?: DocumentsState;
}

export type CaseState = { readonly status: 'none' } | OpenCase;
