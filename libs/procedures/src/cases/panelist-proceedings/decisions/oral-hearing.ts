import type { BusinessCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import type { CaseEvent } from '../../case.events';
import { rulebookOf } from '../../case-guards';
import type { CaseState } from '../../case.state';
import type { DecideWithoutOralHearing, RecordOralHearingAbsence, RecordProprietaryExclusion, ReportAbsenceReason, ResolveOralHearingAbsence, ScheduleOralHearing } from '../panelist-proceedings.commands';
import type { OralHearingState } from '../panelist-proceedings.state';
import { requireNoObjectionPending } from '../../panel/objection-pending';
import type { PanelistProceedingsRules } from '../../../rulebooks/panelist-proceedings-rules';
import { notice, otherParty, type Proceedings, requireProceedings, requireText } from './support';

/** Proceedings whose rules hold an oral hearing (BBB-4.5.2, 4.5.3). */
type WithOralHearing = Proceedings & { readonly rules: PanelistProceedingsRules & Required<Pick<PanelistProceedingsRules, 'oralHearing' | 'absence'>> };

const holdsOralHearing = (p: Proceedings): p is WithOralHearing => p.rules.oralHearing !== undefined && p.rules.absence !== undefined;

/** As requireProceedings, under rules that hold an oral hearing; rules without one (VS-8.4) refuse every oral-hearing command (409). */
function requireOralHearing(state: CaseState, caseId: string, panelistId?: string): WithOralHearing {
  const p = requireProceedings(state, caseId, panelistId);
  if (!holdsOralHearing(p)) throw new RuleViolation('conflict', 'ORAL-HEARING-NOT-PROVIDED', `under ${p.open.rulebook.id} the ${rulebookOf(p.open).panel?.role ?? 'decision-maker'} holds no oral hearing`);
  return p;
}

/** BBB-4.5.2: the Panelist may decide on the written record, without an oral hearing. */
export function decideWithoutOralHearing(command: DecideWithoutOralHearing, state: CaseState): CaseEvent[] {
  const { open, rules, proceedings } = requireOralHearing(state, command.caseId, command.panelistId);
  requireNoObjectionPending(open, 'deciding without an oral hearing');
  if (proceedings.decidedWithoutOralHearing) throw new RuleViolation('conflict', rules.oralHearing.rule, 'already decided without an oral hearing');
  const pending = Object.entries(proceedings.hearings).find(([, h]) => h.status === 'scheduled' || h.status === 'absence');
  if (pending) throw new RuleViolation('conflict', rules.oralHearing.rule, `oral hearing ${pending[0]} is scheduled`);
  return [{ type: 'DecidedWithoutOralHearing', data: { caseId: open.caseId, panelistId: command.panelistId, rule: rules.oralHearing.rule, decidedAt: command.issuedAt } }];
}

/**
 * BBB-4.5.2: written notice to all Parties at least 15 business days before the hearing. Notice goes out now (issuedAt);
 * the latest day it may is subtractBusinessDays(hearing date, 15) in the rulebook's calendar: a later day is refused (422).
 */
function scheduled(p: WithOralHearing, calendar: BusinessCalendar, input: { panelistId: string; hearingAt: string; means: string; cbbbObserving?: boolean; issuedAt: string; reschedules?: string }): CaseEvent[] {
  const { open, rules, proceedings } = p;
  const rule = rules.oralHearing.rule;
  if (calendar.id !== rulebookOf(open).calendarId) throw new Error(`${open.rulebook.id} counts in calendar ${rulebookOf(open).calendarId}, not ${calendar.id}`);
  if (!rules.oralHearing.means.includes(input.means)) throw new RuleViolation('unprocessable', rule, `an oral hearing is by teleconference or other electronic means (${rules.oralHearing.means.join(', ')})`, 'means');
  if (Number.isNaN(Date.parse(input.hearingAt))) throw new RuleViolation('unprocessable', rule, 'hearingAt must be an instant', 'hearingAt');
  const latestNoticeOn = calendar.subtractBusinessDays(calendar.localDateOf(input.hearingAt), rules.oralHearing.noticeBusinessDays);
  const noticeOn = calendar.localDateOf(input.issuedAt);
  if (noticeOn > latestNoticeOn) {
    throw new RuleViolation('unprocessable', rule, `written notice must reach all Parties ${rules.oralHearing.noticeBusinessDays} business days before the hearing: for ${calendar.localDateOf(input.hearingAt)} notice had to go out by ${latestNoticeOn}, and today is ${noticeOn}`, 'hearingAt');
  }
  const hearingId = `oral-hearing-${Object.keys(proceedings.hearings).length + 1}`;
  return [
    {
      type: 'OralHearingScheduled',
      data: {
        caseId: open.caseId, hearingId, panelistId: input.panelistId, rule: input.reschedules ? rules.absence.rule : rule, hearingAt: input.hearingAt, means: input.means,
        noticeSentAt: input.issuedAt, latestNoticeOn, cbbbMayObserve: true, cbbbObserving: input.cbbbObserving ?? false, ...(input.reschedules ? { reschedules: input.reschedules } : {}),
      },
    },
    notice(open, rules.oralHearing.notice.kind, rule, 'complainant', input.issuedAt, 0),
    notice(open, rules.oralHearing.notice.kind, rule, 'respondent', input.issuedAt, 1),
  ];
}

export function scheduleOralHearing(command: ScheduleOralHearing, state: CaseState): CaseEvent[] {
  const p = requireOralHearing(state, command.caseId, command.panelistId);
  requireNoObjectionPending(p.open, 'scheduling an oral hearing');
  if (p.proceedings.decidedWithoutOralHearing) throw new RuleViolation('conflict', p.rules.oralHearing.rule, 'the Panelist decided without an oral hearing');
  const pending = Object.entries(p.proceedings.hearings).find(([, h]) => h.status === 'scheduled' || h.status === 'absence');
  if (pending) throw new RuleViolation('conflict', p.rules.oralHearing.rule, `oral hearing ${pending[0]} is already scheduled`);
  return scheduled(p, command.calendar, command);
}

function requireHearing(p: WithOralHearing, hearingId: string, rule: string): OralHearingState {
  const hearing = p.proceedings.hearings[hearingId];
  if (!hearing) throw new RuleViolation('not-found', rule, `no oral hearing ${hearingId} on this case`, 'hearingId');
  return hearing;
}

/** BBB-4.5.2: a Party is excluded while the other Party's Proprietary Information is discussed. */
export function recordProprietaryExclusion(command: RecordProprietaryExclusion, state: CaseState): CaseEvent[] {
  const p = requireOralHearing(state, command.caseId, command.panelistId);
  const rule = p.rules.oralHearing.rule;
  const hearing = requireHearing(p, command.hearingId, rule);
  if (hearing.status !== 'scheduled' && hearing.status !== 'proceeded') throw new RuleViolation('conflict', rule, `oral hearing ${command.hearingId} is ${hearing.status}`, 'hearingId');
  if (Date.parse(command.issuedAt) < Date.parse(hearing.hearingAt)) throw new RuleViolation('conflict', rule, `oral hearing ${command.hearingId} has not begun (${hearing.hearingAt})`, 'hearingId');
  return [
    {
      type: 'PartyExcludedForProprietaryInformation',
      data: { caseId: command.caseId, hearingId: command.hearingId, excludedParty: command.excludedParty, informationOf: otherParty(command.excludedParty), rule, ...(command.topic ? { topic: command.topic } : {}), at: command.issuedAt },
    },
  ];
}

/** BBB-4.5.3: a Party absent from the (properly noticed) hearing; the Panelist asks the CBBB for any known reason. */
export function recordOralHearingAbsence(command: RecordOralHearingAbsence, state: CaseState): CaseEvent[] {
  const p = requireOralHearing(state, command.caseId, command.panelistId);
  const rule = p.rules.absence.rule;
  const hearing = requireHearing(p, command.hearingId, rule);
  if (hearing.status !== 'scheduled') throw new RuleViolation('conflict', rule, `oral hearing ${command.hearingId} is ${hearing.status}`, 'hearingId');
  if (Date.parse(command.issuedAt) < Date.parse(hearing.hearingAt)) throw new RuleViolation('conflict', rule, `oral hearing ${command.hearingId} has not begun (${hearing.hearingAt})`, 'hearingId');
  return [{ type: 'OralHearingAbsenceRecorded', data: { caseId: command.caseId, hearingId: command.hearingId, absentParty: command.absentParty, rule, reasonAskedOfCbbb: true, at: command.issuedAt } }];
}

/** BBB-4.5.3: the CBBB answers the Panelist: the reason it knows of, or none. */
export function reportAbsenceReason(command: ReportAbsenceReason, state: CaseState): CaseEvent[] {
  const p = requireOralHearing(state, command.caseId);
  const rule = p.rules.absence.rule;
  const hearing = requireHearing(p, command.hearingId, rule);
  if (hearing.status !== 'absence' || hearing.reasonReported) throw new RuleViolation('conflict', rule, `no question about an absence is open on ${command.hearingId}`, 'hearingId');
  const knownReason = command.knownReason === undefined || command.knownReason === null || command.knownReason === '' ? null : requireText(command.knownReason, rule, 'knownReason');
  return [{ type: 'AbsenceReasonReported', data: { caseId: command.caseId, hearingId: command.hearingId, knownReason, rule, at: command.issuedAt } }];
}

/** BBB-4.5.3: once the CBBB has answered, the Panelist reschedules (a new hearing, noticed anew) or proceeds with the Party present. */
export function resolveOralHearingAbsence(command: ResolveOralHearingAbsence, state: CaseState): CaseEvent[] {
  const p = requireOralHearing(state, command.caseId, command.panelistId);
  requireNoObjectionPending(p.open, 'resolving an absence from the oral hearing');
  const rule = p.rules.absence.rule;
  const hearing = requireHearing(p, command.hearingId, rule);
  if (hearing.status !== 'absence') throw new RuleViolation('conflict', rule, `no absence is recorded on ${command.hearingId} (${hearing.status})`, 'hearingId');
  if (!hearing.reasonReported) throw new RuleViolation('conflict', rule, 'the Panelist first asks the CBBB for any known reason for the absence', 'hearingId');
  if (command.outcome === 'proceed') {
    return [{ type: 'ProceededWithPartyPresent', data: { caseId: command.caseId, hearingId: command.hearingId, presentParty: otherParty(hearing.absentParty!), rule, at: command.issuedAt } }];
  }
  if (!command.hearingAt) throw new RuleViolation('unprocessable', rule, 'a rescheduled hearing needs its new date', 'hearingAt');
  return scheduled(p, command.calendar, { panelistId: command.panelistId, hearingAt: command.hearingAt, means: command.means ?? 'teleconference', issuedAt: command.issuedAt, reschedules: command.hearingId });
}
