import type { DeadlineRule } from '../../deadlines/deadline-rule';
import type { HearingRules } from '../../rulebooks/hearing-rules';
import type { OpenCase } from '../case.state';
import type { NextAction, NextActionsOf } from '../next-actions/next-action';
import { latestDeadline } from './decisions/hearing-support';
import { periodAfterReceipt } from './decisions/record-delivery';
import type { HearingDocument, HearingParty } from './hearing.events';

const PARTIES: readonly HearingParty[] = ['complainant', 'respondent'];

/** BBB-4.1: either Party may ask for a hearing from a docketed case in Conciliation; nothing waits for it. */
function requestAction(open: OpenCase, rules: HearingRules): NextAction[] {
  if (!open.docketed || !rules.requestableStages.includes(open.stage)) return [];
  return PARTIES.map((party): NextAction => ({ command: 'RequestHearing', by: party, rule: rules.requestRule, description: `The ${party} requests a Data Privacy Hearing: Conciliation has failed`, awaited: false, about: { party } }));
}

type Submission = Extract<NextAction['command'], 'SubmitPosition' | 'SubmitRebuttal' | 'SubmitReply' | 'SubmitResponse'>;

/** The document the current stage accepts, the period it is filed against, and who files it. */
function expectedSubmission(open: OpenCase, rules: HearingRules): { command: Submission; period: DeadlineRule; by: 'complainant' | 'respondent'; what: string } | undefined {
  switch (open.stage) {
    case rules.stages.position:
      return { command: 'SubmitPosition', period: rules.position.deadline, by: 'complainant', what: "the Complainant's written Position" };
    case rules.stages.rebuttal:
      return { command: 'SubmitRebuttal', period: rules.rebuttal.deadline, by: 'respondent', what: "the Respondent's Rebuttal" };
    // After the default notice, a Rebuttal within the notice's period is still accepted.
    case rules.stages.default:
      return { command: 'SubmitRebuttal', period: rules.default.deadline, by: 'respondent', what: "the Respondent's Rebuttal after the default notice" };
    case rules.stages.reply:
      return { command: 'SubmitReply', period: rules.reply.deadline, by: 'complainant', what: "the Complainant's reply (an addendum to the Position)" };
    case rules.stages.response:
      return { command: 'SubmitResponse', period: rules.response.deadline, by: 'respondent', what: "the Respondent's response (an addendum to the Rebuttal)" };
    default:
      return undefined;
  }
}

/**
 * BBB-4.4 to 4.4.3: the one document the stage accepts. Its period may not run yet (the previous document's receipt
 * is not recorded): an early filing is accepted but not yet awaited. A period met, lapsed or cancelled refuses it (BBB-4.5.4).
 */
function submissionAction(open: OpenCase, rules: HearingRules): NextAction[] {
  const expected = expectedSubmission(open, rules);
  if (!expected) return [];
  const running = latestDeadline(open, expected.period.kind);
  if (running && running.status !== 'pending') return [];
  return [
    {
      command: expected.command,
      by: expected.by,
      rule: expected.period.rule,
      description: running ? `File ${expected.what} (due ${running.dueOn})` : `File ${expected.what} (its period has not started)`,
      awaited: running !== undefined,
      ...(running ? { deadlineId: running.deadlineId } : {}),
    },
  ];
}

const DOCUMENT_NAMES: Readonly<Record<HearingDocument, string>> = { position: 'Position', 'default-notice': 'default notice', rebuttal: 'Rebuttal', reply: 'reply' };

/** BBB-8.7: a document sent but not yet recorded as received; the next period runs from its receipt, so the case waits on it. */
function deliveryActions(open: OpenCase, rules: HearingRules): NextAction[] {
  const documents = open.hearing?.documents ?? {};
  return (Object.keys(documents) as HearingDocument[]).flatMap((document): NextAction[] => {
    const { deadline, stage, recipient } = periodAfterReceipt(rules, document);
    // Once the case has moved past the stage, the period after this receipt no longer applies.
    if (documents[document]?.deliveredAt || open.stage !== stage) return [];
    return [{ command: 'RecordHearingDelivery', by: 'administrator', rule: deadline.rule, description: `Record when the ${DOCUMENT_NAMES[document]} reached the ${recipient}`, awaited: true, about: { document } }];
  });
}

/** The written phase of the hearing (BBB-4.1, BBB-4.4 to 4.4.3): none on a closed case or under a rulebook without it. */
export const hearingNextActions: NextActionsOf = (open, rulebook) => {
  const rules = rulebook.hearing;
  if (!rules || open.status !== 'open') return [];
  return [...requestAction(open, rules), ...submissionAction(open, rules), ...deliveryActions(open, rules)];
};
