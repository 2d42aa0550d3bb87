import { EEA_STATES } from './countries';
import type { Rulebook } from './rulebook';
import { BBB_REFERRAL } from './bbb-referral';
import { BBB_PANELIST } from './panel-rules';
import { BBB_DOCUMENTS } from './document-rules';
import { BBB_PANELIST_PROCEEDINGS } from './panelist-proceedings-rules';
import { BBB_REPORT } from './report-rules';
import { BBB_OUTCOMES } from './bbb-outcomes';

/** BBB EU Safe Harbor Rules, administered by the CBBB (bbb-eu-safe-harbor-rules.txt). */
export const bbbEuSafeHarbor: Rulebook = {
  id: 'bbb-eu-safe-harbor',
  version: '1',
  title: 'BBB EU Safe Harbor Rules',
  administrator: 'Council of Better Business Bureaus (CBBB)',
  // BBB-1.1: one framework, the Safe Harbor Privacy Principles, for data from the EU, Iceland, Liechtenstein, Norway or Switzerland.
  frameworks: [{ id: 'safe-harbor', title: 'Safe Harbor Privacy Principles' }],
  frameworkRule: 'BBB-1.1',
  coveredCountries: [...EEA_STATES, 'CH'],
  identityVerificationRule: 'BBB-2.2.1',
  // BBB-8.7: overnight or express courier, or electronically; a notice's receipt is recorded when known.
  transmittal: { rule: 'BBB-8.7', receipt: 'recorded' },
  // BBB-6: the eleven reasons a Case closes for.
  outcomes: BBB_OUTCOMES,
  calendarId: 'us-federal',
  // BBB-2.4b: not received within 15 business days of the request: the Complainant is told the CBBB cannot proceed; BBB-6 (2).
  informationRequest: {
    deadline: { kind: 'information-response', rule: 'BBB-2.4b', count: 15, unit: 'business-days' },
    onLapse: {
      notice: { kind: 'cannot-proceed', rule: 'BBB-2.4b' },
      closure: BBB_OUTCOMES.informationNotReceived,
    },
  },
  extensionRule: 'BBB-4.5.4',
  eligibility: {
    // BBB-2.3: all seven, plus the identity check of BBB-2.2.1 before a Case is opened.
    conditions: [
      { id: 'identity-verified', rule: 'BBB-2.2.1', description: "The Complainant's identity is verified" },
      { id: 'eligible-complainant', rule: 'BBB-2.2', description: 'Data subject of Personal Data collected in the EU, Iceland, Liechtenstein, Norway or Switzerland, or parent or guardian of such a child under 13' },
      { id: 'participating-business', rule: 'BBB-2.3', description: 'Made against a Participating Business' },
      { id: 'alleges-non-compliance', rule: 'BBB-2.3', description: 'Alleges failure to comply with the Safe Harbor Privacy Principles for covered Personal Data' },
      { id: 'supporting-information', rule: 'BBB-2.3.1', description: 'Information complete enough for the CBBB and the Respondent to evaluate and answer' },
      {
        id: 'good-faith-attempt',
        rule: 'BBB-2.3.2',
        description: 'A prior good-faith attempt to resolve the Complaint directly with the Respondent',
        whenNotMet: { notice: { kind: 'try-respondent-first', rule: 'BBB-2.3.2' } },
      },
      { id: 'not-previously-resolved', rule: 'BBB-2.3', description: 'Not previously resolved by the Procedure, a court, arbitration or other settlement' },
      { id: 'not-in-litigation', rule: 'BBB-2.3', description: 'Not currently in litigation or other adjudication, unless both Parties agree' },
    ],
    participationCondition: 'participating-business',
    identityCondition: 'identity-verified',
    ineligible: {
      notice: { kind: 'cannot-proceed', rule: 'BBB-2.4c' },
      closure: BBB_OUTCOMES.notEligible,
      otherAgencyRule: 'BBB-2.4c',
    },
    docketing: { rule: 'BBB-2.4a', nextStage: 'conciliation', acknowledgementRule: 'BBB-8.1' },
    representativeRule: 'BBB-2.5',
  },
  withdrawal: {
    rule: 'BBB-6',
    closure: BBB_OUTCOMES.withdrawn,
    notice: { kind: 'withdrawal-confirmed', rule: 'BBB-6' },
  },
  // Part 3 and Part 5; BBB-6 reasons (4) and (5).
  conciliation: {
    stage: 'conciliation',
    facilitatorRule: 'BBB-3.1',
    exchanges: { rule: 'BBB-3.2', forwardingNoticeKind: 'complainant-facts-forwarded' },
    teleconferenceRule: 'BBB-3.3',
    // BBB-3.4: the CBBB "shall draft and circulate to the Parties a letter detailing the terms": a notice to each Party.
    settlement: { rule: 'BBB-3.4', awaitingLetterStage: 'settlement-letter', letter: { kind: 'settlement-letter', rule: 'BBB-3.4' } },
    performance: {
      deadline: { kind: 'performance-certification', rule: 'BBB-5', count: 30, unit: 'business-days' },
      stage: 'performance-verification',
      onLapse: { referralRule: 'BBB-8.8', stage: 'referral-decision' },
    },
    closures: {
      withoutCorrectiveAction: BBB_OUTCOMES.settlementWithoutCorrectiveAction,
      correctiveActionVerified: BBB_OUTCOMES.settlementCorrectiveActionVerified,
    },
  },
  // Part 4, the written phase: BBB-4.1 request and remedies; BBB-4.4 Position and Rebuttal; BBB-4.4.1 default; BBB-4.4.2 reply; BBB-4.4.3 response.
  // BBB-4.5.4: each of these submissions is for the Panelist, so the CBBB may extend its period for good cause (`extendable`);
  // the BBB-2.4b request, the Decision's periods (BBB-4.6.1 to 4.6.4), certification (BBB-5) and the BBB-8.8 cure period it may not.
  hearing: {
    requestRule: 'BBB-4.1',
    // The request is taken as the record that Conciliation failed.
    requestableStages: ['conciliation'],
    remedies: [
      { kind: 'correct-personal-data', description: 'Correct the Personal Data' },
      { kind: 'suppress-personal-data', description: 'Suppress the Personal Data' },
      { kind: 'process-consistently-with-principles', description: 'Otherwise process the Personal Data consistently with the Principles' },
      { kind: 'corrective-policy-changes', description: 'Corrective changes to policies or practices' },
    ],
    refusedRemedies: [
      { kind: 'monetary-damages', description: 'monetary damages may not be sought or ordered (BBB-4.1)' },
      { kind: 'action-violating-legal-obligations', description: "an action that would violate the Respondent's legal obligations may not be sought or ordered (BBB-4.1)" },
    ],
    // The written phase as an exchange: each slot's period runs from the request or from receipt of the slot before it.
    exchange: {
      facts: 'hearing',
      slots: [
        {
          id: 'position',
          name: "the Complainant's written Position",
          by: 'complainant',
          command: 'SubmitPosition',
          recordedAs: 'PositionSubmitted',
          period: { kind: 'position', rule: 'BBB-4.4', count: 30, unit: 'business-days', extendable: true },
          startsOn: { opening: { kind: 'position-requested', rule: 'BBB-4.4' } },
          stage: 'hearing-position',
          forward: { to: 'respondent', notice: { kind: 'position-forwarded', rule: 'BBB-4.4' } },
          complaintMayStand: { summary: 'original complaint accepted as the Position' },
          // BBB-6 (11): the CBBB refuses to proceed because of the conduct of a Party (the Complainant's failure to file a Position).
          silence: {
            then: 'close',
            notice: { kind: 'position-not-received', rule: 'BBB-4.4' },
            closure: BBB_OUTCOMES.refusedPartyConduct.variants.noPosition,
          },
        },
        {
          id: 'rebuttal',
          name: "the Respondent's Rebuttal",
          by: 'respondent',
          command: 'SubmitRebuttal',
          recordedAs: 'RebuttalSubmitted',
          period: { kind: 'rebuttal', rule: 'BBB-4.4', count: 30, unit: 'business-days', extendable: true },
          startsOn: { receiptOf: 'position' },
          stage: 'hearing-rebuttal',
          forward: { to: 'complainant', notice: { kind: 'rebuttal-forwarded', rule: 'BBB-4.4.2' } },
          // BBB-4.4.1: no Rebuttal: a default notice and a last period after its receipt; still none: noted, and referral is for staff (BBB-8.8).
          silence: {
            then: 'default-notice',
            notice: { kind: 'default-notice', rule: 'BBB-4.4.1' },
            document: 'default-notice',
            period: { kind: 'rebuttal-after-default', rule: 'BBB-4.4.1', count: 15, unit: 'business-days', extendable: true },
            stage: 'hearing-default',
            silence: { then: 'refer', referralRule: 'BBB-8.8', reason: 'rebuttal-not-filed-after-default-notice', noted: 'respondent-default' },
          },
        },
        {
          id: 'reply',
          name: "the Complainant's reply (an addendum to the Position)",
          by: 'complainant',
          command: 'SubmitReply',
          recordedAs: 'ReplySubmitted',
          addendumTo: 'position',
          period: { kind: 'reply', rule: 'BBB-4.4.2', count: 10, unit: 'business-days', extendable: true },
          startsOn: { receiptOf: 'rebuttal' },
          stage: 'hearing-reply',
          forward: { to: 'respondent', notice: { kind: 'reply-forwarded', rule: 'BBB-4.4.3' } },
          silence: { then: 'end', reason: 'no-reply' },
        },
        {
          id: 'response',
          name: "the Respondent's response (an addendum to the Rebuttal)",
          by: 'respondent',
          command: 'SubmitResponse',
          recordedAs: 'ResponseSubmitted',
          addendumTo: 'rebuttal',
          period: { kind: 'response', rule: 'BBB-4.4.3', count: 10, unit: 'business-days', extendable: true },
          startsOn: { receiptOf: 'reply' },
          stage: 'hearing-response',
          whenFiled: { then: 'end', reason: 'response-received' },
          silence: { then: 'end', reason: 'response-period-ended' },
        },
      ],
      endStage: 'awaiting-panelist',
      referralStage: 'referral-decision',
      lateRule: 'BBB-4.5.4',
    },
  },
  // BBB-4.6.1 to BBB-4.6.4 the Decision and the Respondent's statement; BBB-5 certification of its corrective action; BBB-6 (6), (7).
  decision: {
    issueRule: 'BBB-4.6.1',
    // BBB-4.5: the one Panelist appointed issues the Decision; its BBB-4.6.1 target runs from the end of the hearing procedure.
    issuableStages: ['panelist-appointed'],
    targetStages: ['awaiting-panelist', 'panelist-appointed'],
    target: { kind: 'decision-target', rule: 'BBB-4.6.1', count: 30, unit: 'business-days' },
    remedyRule: 'BBB-4.1',
    sent: { kind: 'decision-sent', rule: 'BBB-4.6.1' },
    amendedSent: { kind: 'amended-decision-sent', rule: 'BBB-4.6.3' },
    statement: { deadline: { kind: 'compliance-statement', rule: 'BBB-4.6.2', count: 15, unit: 'calendar-days' } },
    impossibilityRule: 'BBB-4.6.3',
    noticeOfIntent: {
      notice: { kind: 'notice-of-intent', rule: 'BBB-4.6.4' },
      deadline: { kind: 'notice-of-intent', rule: 'BBB-4.6.4', count: 5, unit: 'business-days' },
      referralRule: 'BBB-8.8',
      publicationRule: 'BBB-7.3',
    },
    certification: { deadline: { kind: 'decision-certification', rule: 'BBB-5', count: 30, unit: 'business-days' }, referralRule: 'BBB-8.8' },
    closures: {
      withoutCorrectiveAction: BBB_OUTCOMES.decisionWithoutCorrectiveAction,
      correctiveActionVerified: BBB_OUTCOMES.decisionCorrectiveActionVerified,
    },
    stages: { compliance: 'decision-compliance', noticeOfIntent: 'decision-notice-of-intent', performance: 'decision-performance', referral: 'referral-decision' },
  },
  // BBB-4.5 one Panelist appointed, drawn at random (BBB-4.2) free of conflict (BBB-4.2.1); the Case Record forwarded (BBB-4.3).
  // The appointment part configured for BBB (rulebooks/panel-rules.ts); the Board's rules are shared with its decider.
  panel: BBB_PANELIST,
  // BBB-8.8 referral (notice, cure, BBB-7.3 report) and refusals to proceed (BBB-4.3.1, BBB-8.4, BBB-6 (8)-(11)).
  referral: BBB_REFERRAL,
  // BBB-4.3.2 Case Record audiences, BBB-8.2 confidentiality, BBB-8.3 disposal, BBB-8.5/8.6 Proprietary Information, BBB-8.9 language.
  documents: BBB_DOCUMENTS,
  panelistProceedings: BBB_PANELIST_PROCEEDINGS,
  // BBB-7.1 to BBB-7.3, with the BBB-4.6.4 publications and BBB-4.4.1 defaults the rules send to the report.
  report: BBB_REPORT,
};

/**
 * Every version of the BBB EU Safe Harbor Rules a case was or is filed under, oldest first; the last is the one new
 * complaints are filed under. A running case keeps the version it was filed under, so a registered version's data never
 * changes: changed rules are a new version appended here (rulebooks/registry.spec.ts pins each one's data).
 */
export const bbbEuSafeHarborVersions: readonly Rulebook[] = [bbbEuSafeHarbor];
