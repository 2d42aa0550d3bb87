import type { DeadlineState } from '../deadlines/deadline.state';
import type { CaseEvent } from './case.events';
import { rulebookOf } from './case-guards';
import type { OpenCase } from './case.state';
import { certificationLapsed } from './conciliation/performance';
import { hearingLapse } from './hearing/decisions/hearing-lapses';
import { decisionLapse } from './decision/decision-lapses';
import { referralCureLapsed } from './referral/referral-lapses';
import { panelistProceedingsLapse } from './panelist-proceedings/decisions/information';
import { closeCase } from './effects/close-case';
import { noticeToComplainant } from './effects/notices';

// The registry imports each part's lapse handler; the handlers take closing and notices from effects/, never from
// here, so no part of the procedure imports back into the registry (issue 10).

type Consequence = (state: OpenCase, lapsed: DeadlineState, at: string) => CaseEvent[];

/**
 * What the procedure prescribes when a deadline of each kind lapses. The kinds are the procedure's own;
 * what each rulebook does (which notice, which closure) is read from the rulebook.
 */
const CONSEQUENCES: Readonly<Record<string, Consequence>> = {
  // BBB-2.4b, VS-5.4: no answer to a request for information: tell the Complainant and close.
  'information-response': (state, lapsed, at) => {
    const { notice, closure } = rulebookOf(state).informationRequest.onLapse;
    return [noticeToComplainant(state, notice, at), ...closeCase(state, closure, at, lapsed.deadlineId)];
  },
  // BBB-5: implementation of a Settlement's corrective action not certified in time: a staff decision on referral (BBB-8.8).
  'performance-certification': (state, lapsed, at) => certificationLapsed(state, lapsed, at),
  // BBB-4.4 to BBB-4.4.3: the written phase of the hearing (no Position closes; no Rebuttal brings a default notice, then a referral decision; no reply or response sends the record to the Panelist).
  position: (state, lapsed, at) => hearingLapse(state, lapsed, at),
  rebuttal: (state, lapsed, at) => hearingLapse(state, lapsed, at),
  'rebuttal-after-default': (state, lapsed, at) => hearingLapse(state, lapsed, at),
  reply: (state, lapsed, at) => hearingLapse(state, lapsed, at),
  response: (state, lapsed, at) => hearingLapse(state, lapsed, at),
  // BBB-4.6.1 a missed Decision target only flags; BBB-4.6.2 → BBB-4.6.4 no statement brings a Notice of Intent, then publication and a referral decision; BBB-5 not certified: a referral decision.
  'decision-target': (state, lapsed, at) => decisionLapse(state, lapsed, at),
  'compliance-statement': (state, lapsed, at) => decisionLapse(state, lapsed, at),
  'notice-of-intent': (state, lapsed, at) => decisionLapse(state, lapsed, at),
  'decision-certification': (state, lapsed, at) => decisionLapse(state, lapsed, at),
  // BBB-8.8: not cured within the period after receipt of the referral notice: referred (BBB-7.3 report) and closed (BBB-6 (8)).
  'referral-cure': (state, lapsed, at) => referralCureLapsed(state, lapsed, at),
  // BBB-4.5.1: no answer to the Panelist brings a default notice; still none, the Panelist proceeds and weighs the silence; no response to a forwarded answer is no default.
  'panelist-information-answer': (state, lapsed, at) => panelistProceedingsLapse(state, lapsed, at),
  'panelist-information-after-default': (state, lapsed, at) => panelistProceedingsLapse(state, lapsed, at),
  'panelist-information-comment': () => [],
};

export function lapseConsequences(state: OpenCase, lapsed: DeadlineState, at: string): CaseEvent[] {
  return CONSEQUENCES[lapsed.kind]?.(state, lapsed, at) ?? [];
}
