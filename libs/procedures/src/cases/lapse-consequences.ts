import { deadlineKindsIn } from '../deadlines/deadline-kinds';
import type { DeadlineState } from '../deadlines/deadline.state';
import type { Rulebook } from '../rulebooks/rulebook';
import type { CaseEvent } from './case.events';
import { rulebookOf } from './case-guards';
import type { OpenCase } from './case.state';
import { certificationLapsed } from './conciliation/performance';
import { exchangeLapse } from './exchange/exchange-lapse';
import { mediationLapse } from './mediation/mediation-lapses';
import { decisionLapse } from './decision/decision-lapses';
import { referralCureLapsed } from './referral/referral-lapses';
import { panelistProceedingsLapse } from './panelist-proceedings/decisions/information';
import { closeCase } from './effects/close-case';
import { noticeToComplainant } from './effects/notices';

// The registry imports each part's lapse handler; the handlers take closing and notices from effects/, never from
// here, so no part of the procedure imports back into the registry (issue 10).

type Consequence = (state: OpenCase, lapsed: DeadlineState, at: string) => CaseEvent[];

/** A part of the procedure, by the rules a rulebook gives it (absent: the rulebook does not compose it). */
interface LapsingPart {
  readonly rules: (rulebook: Rulebook) => unknown;
  readonly onLapse: Consequence;
}

/**
 * What the procedure prescribes when a period lapses, by the part whose rules declare the period in the case's own
 * rulebook (issue 10: a kind name alone, looked up globally, would run one rulebook's consequence in another's case).
 * What each part does (which notice, which closure) is read from the rulebook.
 */
const PARTS: readonly LapsingPart[] = [
  // BBB-2.4b, VS-5.4: no answer to a request for information: tell the Complainant and close.
  {
    rules: (rulebook) => rulebook.informationRequest,
    onLapse: (state, lapsed, at) => {
      const { notice, closure } = rulebookOf(state).informationRequest.onLapse;
      return [noticeToComplainant(state, notice, at), ...closeCase(state, closure, at, lapsed.deadlineId)];
    },
  },
  // BBB-5: implementation of a Settlement's corrective action not certified in time: a staff decision on referral (BBB-8.8).
  { rules: (rulebook) => rulebook.conciliation, onLapse: certificationLapsed },
  // BBB-4.4 to BBB-4.4.3: each slot of the written phase's exchange: what its silence means is its data.
  { rules: (rulebook) => rulebook.hearing, onLapse: exchangeLapse },
  // VS-9.2: the Participant's rebuttal of an appeal brief: its silence is the appellate exchange's data.
  { rules: (rulebook) => rulebook.appellateHearing?.exchange, onLapse: exchangeLapse },
  // VS-7.2, VS-7.3(c), VS-7.4(v): the mediation: no timely Response is referred; no request for a teleconference, or for a hearing after it, closes.
  { rules: (rulebook) => rulebook.mediation, onLapse: mediationLapse },
  // BBB-4.6.1 a missed target only flags; BBB-4.6.2 → 4.6.4 no statement brings a Notice of Intent, then publication and a referral decision; BBB-5 not certified: a referral decision.
  { rules: (rulebook) => rulebook.decision, onLapse: decisionLapse },
  // BBB-8.8: not cured within the period after receipt of the referral notice: referred (BBB-7.3 report) and closed (BBB-6 (8)).
  { rules: (rulebook) => rulebook.referral, onLapse: referralCureLapsed },
  // BBB-4.5.1: no answer to the Panelist brings a default notice; still none, the Panelist proceeds and weighs the silence; no comment on a forwarded answer is no default.
  { rules: (rulebook) => rulebook.panelistProceedings, onLapse: panelistProceedingsLapse },
];

export function lapseConsequences(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  const rulebook = rulebookOf(state);
  const part = PARTS.find((candidate) => deadlineKindsIn(candidate.rules(rulebook)).has(lapsed.kind));
  return part ? part.onLapse(state, lapsed, at) : [];
}
