import type { ConditionComputation } from '../../rulebooks/complaint-rules';
import type { EligibilityCondition } from '../../rulebooks/eligibility-rules';
import type { Rulebook } from '../../rulebooks/rulebook';
import type { FileComplaint } from '../case.commands';
import type { ComputedFinding, EligibilityConditionAssessed, ParticipationEvidence, RespondentIdentified } from '../case.events';
import { requiredElements } from './complaint-elements';

interface Finding {
  readonly met: boolean;
  readonly note: string;
  readonly computed?: ComputedFinding;
  readonly participation?: ParticipationEvidence;
}

/** Whole years from a date of birth (YYYY-MM-DD) to the day the complaint was received (UTC). */
export function ageOn(dateOfBirth: string, instant: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const on = new Date(instant);
  const [y, m, d] = [on.getUTCFullYear(), on.getUTCMonth() + 1, on.getUTCDate()];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The age at filing from a date of birth when there is one (it can be checked), else as stated. */
function ageAtFiling(subject: { readonly dateOfBirth?: string; readonly age?: number } | undefined, receivedAt: string): { age?: number; from?: 'date-of-birth' | 'stated-age' } {
  if (subject?.dateOfBirth) return { age: ageOn(subject.dateOfBirth, receivedAt), from: 'date-of-birth' };
  if (subject?.age !== undefined) return { age: subject.age, from: 'stated-age' };
  return {};
}

function complainantAge(rulebook: Rulebook, command: FileComplaint, rule: Extract<ConditionComputation, { kind: 'complainant-age' }>): Finding | undefined {
  const complainant = ageAtFiling(command.complainantAge, command.receivedAt);
  if (complainant.age === undefined) return undefined;
  const guardian = command.complainant.filingAs === 'parent-or-guardian';
  const child = guardian ? ageAtFiling(command.dataSubjectAge, command.receivedAt) : {};
  if (guardian && child.age === undefined) return undefined;
  const countryCovered = rulebook.coveredCountries.includes(command.complainant.country.toUpperCase());
  const oldEnough = complainant.age > rule.olderThan;
  const childUnder = !guardian || (child.age !== undefined && child.age < rule.guardianOfUnder);
  const reasons = [
    oldEnough ? `older than ${rule.olderThan} at filing` : `not older than ${rule.olderThan} at filing`,
    countryCovered ? 'the Personal Data was collected in a covered country' : 'the Personal Data was not collected in a covered country',
    ...(guardian ? [childUnder ? `the data subject was under ${rule.guardianOfUnder} at filing` : `the data subject was not under ${rule.guardianOfUnder} at filing`] : []),
  ];
  return {
    met: oldEnough && countryCovered && childUnder,
    note: `Computed at filing: ${reasons.join('; ')}`,
    computed: {
      at: 'filing', ageAtFiling: complainant.age, ageFrom: complainant.from!, filingAs: command.complainant.filingAs, countryCovered,
      ...(guardian ? { dataSubjectAgeAtFiling: child.age! } : {}),
    },
  };
}

function participantStanding(command: FileComplaint, framework: string): Finding | undefined {
  const evidence = command.registry?.participation;
  const businessId = command.respondent.businessId;
  // The registry is checked for the Participant the complaint names by its registry id; otherwise staff identify it.
  if (!evidence || !businessId || evidence.businessId !== businessId) return undefined;
  const listed = evidence.currentAtFiling && (evidence.frameworks ?? []).includes(framework);
  const participation: ParticipationEvidence = { ...evidence, framework, frameworkListed: listed };
  const why = evidence.found === false
    ? 'the registry holds no such business'
    : !evidence.currentAtFiling
      ? `not in good standing in ${evidence.program} when the complaint was filed`
      : listed
        ? `in good standing in ${evidence.program} for ${framework} when the complaint was filed`
        : `in good standing in ${evidence.program}, but not for ${framework}`;
  return { met: listed, note: `Checked in the registry at filing: ${why}`, participation };
}

function elementsPresent(rulebook: Rulebook, command: FileComplaint): Finding {
  const elements = requiredElements(rulebook, command).map((element) => element.field);
  return { met: true, note: 'Computed at filing: every required element is present', computed: { at: 'filing', elements } };
}

function permittedOutcomes(rulebook: Rulebook, command: FileComplaint): Finding | undefined {
  const permitted = rulebook.complaint?.permittedOutcomes;
  if (!permitted || !command.outcomeKinds) return undefined;
  const ids = new Set(permitted.outcomes.map((outcome) => outcome.id));
  const outside = command.outcomeKinds.filter((kind) => !ids.has(kind));
  return {
    met: outside.length === 0,
    note: outside.length === 0 ? `Computed at filing: every outcome sought is a Permitted Outcome (${permitted.rule})` : `Computed at filing: ${outside.length} outcome(s) sought outside the Permitted Outcomes (${permitted.rule})`,
    computed: { at: 'filing', outcomesOutside: outside },
  };
}

function filingHistory(command: FileComplaint, rule: Extract<ConditionComputation, { kind: 'filing-history' }>): Finding | undefined {
  const history = command.filingHistory;
  if (!history) return undefined;
  const allowed = !history.filedBefore || (history.basis !== undefined && rule.refilingAllowedFor.includes(history.basis));
  return {
    met: allowed,
    note: !history.filedBefore ? 'Computed at filing: filed for the first time' : allowed ? `Computed at filing: re-filed (${history.basis})` : 'Computed at filing: filed before, on no basis the rules allow for re-filing',
    computed: { at: 'filing', filedBefore: history.filedBefore, ...(history.basis ? { refilingBasis: history.basis } : {}) },
  };
}

function notOwnHumanResourcesData(command: FileComplaint): Finding | undefined {
  if (command.ownHumanResourcesData === undefined) return undefined;
  return command.ownHumanResourcesData
    ? { met: false, note: "Computed at filing: the complaint concerns the Respondent's transfer of its own human-resources data", computed: { at: 'filing', ownHumanResourcesData: true } }
    : { met: true, note: "Computed at filing: the complaint does not concern the Respondent's own human-resources data", computed: { at: 'filing', ownHumanResourcesData: false } };
}

function compute(rulebook: Rulebook, condition: EligibilityCondition, command: FileComplaint, framework: string): Finding | undefined {
  const computation = condition.computedAtFiling;
  switch (computation?.kind) {
    case undefined:
      return undefined;
    case 'complainant-age':
      return complainantAge(rulebook, command, computation);
    case 'participant-standing':
      return participantStanding(command, framework);
    case 'complaint-elements':
      return elementsPresent(rulebook, command);
    case 'permitted-outcomes':
      return permittedOutcomes(rulebook, command);
    case 'filing-history':
      return filingHistory(command, computation);
    case 'not-own-human-resources-data':
      return notOwnHumanResourcesData(command);
  }
}

/**
 * The findings the complaint and the registry answer when it is filed (VS-5.1, VS-5.2, VS-3.1(b)), each recorded with
 * its evidence; a Participant found in the registry is identified as the Respondent at once. Staff judge the rest.
 */
export function filingFindings(rulebook: Rulebook, command: FileComplaint, framework: string): (EligibilityConditionAssessed | RespondentIdentified)[] {
  const events: (EligibilityConditionAssessed | RespondentIdentified)[] = [];
  for (const condition of rulebook.eligibility.conditions) {
    const finding = compute(rulebook, condition, command, framework);
    if (!finding) continue;
    if (finding.participation?.found !== false && finding.participation && command.registry?.legalName) {
      events.push({ type: 'RespondentIdentified', data: { caseId: command.caseId, businessId: finding.participation.businessId, legalName: command.registry.legalName } });
    }
    events.push({
      type: 'EligibilityConditionAssessed',
      data: {
        caseId: command.caseId, condition: condition.id, rule: condition.rule, met: finding.met, note: finding.note,
        ...(finding.participation ? { evidence: { participation: finding.participation } } : {}),
        ...(finding.computed ? { computed: finding.computed } : {}),
      },
    });
  }
  return events;
}
