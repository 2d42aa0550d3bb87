import { type BusinessCalendar, findCalendar } from '@pdr/calendar';
import { RuleViolation } from '@pdr/event-sourcing';
import { computeDue } from '../deadlines/compute-due';
import { type DeadlineState, nextDeadlineId } from '../deadlines/deadline.state';
import { periodEndedAt, periodHasEnded } from '../deadlines/period-end';
import { findProgramme, PROGRAMME_IDS } from '../programmes/programme-registry';
import type { EnrolmentRules } from '../rulebooks/enrolment-rules';
import type { Programme } from '../rulebooks/programme-rules';
import { currentRulebook } from '../rulebooks/registry';
import { pastInstant, requireBusiness } from './business-guards';
import type { BusinessDeadline, BusinessState, EnrolmentState, ParticipationPeriod, RegisteredBusiness } from './business.state';
import type {
  AcceptEnrolment,
  ApplyForEnrolment,
  EnrolmentCommand,
  RecordCertificationRenewal,
  RecordEnrolmentDeadlineLapse,
  RecordEnrolmentDocument,
  RecordEnrolmentInformation,
  RecordPolicyChecklistFindings,
  RecordSelfCertification,
  RequestEnrolmentInformation,
} from './enrolment.commands';
import { type BusinessDeadlineLapsed, type BusinessDeadlineSet, CHECKLIST_FINDINGS, type CertificationLapsed, type EnrolmentEvent } from './enrolment.events';

/** The id the draft privacy policy is recorded under among an enrolment's documents (CASRO-3). */
export const DRAFT_POLICY_DOCUMENT = 'draft-policy';

type Enrolling = { readonly programme: Programme; readonly rules: EnrolmentRules };

/** The programme a command names, with its enrolment steps; a programme without any records participation directly. */
export function enrollingProgramme(programmeId: string): Enrolling {
  const programme = findProgramme(programmeId);
  if (!programme) throw new RuleViolation('unprocessable', 'PROGRAM-UNKNOWN', `no programme "${programmeId}": one of ${PROGRAMME_IDS.join(', ')}`, 'programmeId');
  if (!programme.enrolment) throw new RuleViolation('unprocessable', 'ENROLMENT-NOT-OFFERED', `${programme.name} has no enrolment steps: staff record participation directly`, 'programmeId');
  return { programme, rules: programme.enrolment };
}

/** The calendar the programme's periods count in: its rulebook's. */
function calendarOf(programme: Programme): BusinessCalendar {
  const rulebook = currentRulebook(programme.rulebookId);
  const calendar = rulebook ? findCalendar(rulebook.calendarId) : undefined;
  if (!calendar) throw new Error(`no calendar for programme ${programme.id}`);
  return calendar;
}

function requireEnrolment(business: RegisteredBusiness, { programme, rules }: Enrolling): EnrolmentState {
  const enrolment = business.enrolments?.[programme.id];
  if (!enrolment) throw new RuleViolation('conflict', rules.application.rule, `${business.legalName} has not applied to ${programme.name}`, 'programmeId');
  return enrolment;
}

function requireUnderReview(business: RegisteredBusiness, enrolling: Enrolling, rule: string): EnrolmentState {
  const enrolment = requireEnrolment(business, enrolling);
  if (enrolment.acceptedAt) throw new RuleViolation('conflict', rule, `the application was accepted at ${enrolment.acceptedAt}: the review is over`, 'programmeId');
  return enrolment;
}

/** An instant not in the future and not before `earliest` (the step it follows). */
function instantAfter(value: string, issuedAt: string, field: string, earliest: { at: string; what: string }, rule: string): string {
  const at = pastInstant(value, issuedAt, field);
  if (Date.parse(at) < Date.parse(earliest.at)) throw new RuleViolation('unprocessable', rule, `${field} ${at} is before ${earliest.what} (${earliest.at})`, field);
  return at;
}

function requireText(text: string | undefined, rule: string, field: string): string {
  if (typeof text !== 'string' || text.trim() === '') throw new RuleViolation('unprocessable', rule, `the ${field} is required`, field);
  return text.trim();
}

function apply(command: ApplyForEnrolment, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const { programme, rules } = enrollingProgramme(command.programmeId);
  if (business.enrolments?.[programme.id]) throw new RuleViolation('conflict', rules.application.rule, `${business.legalName} has already applied to ${programme.name}`, 'programmeId');
  const appliedAt = pastInstant(command.appliedAt, command.issuedAt, 'appliedAt');
  return [{ type: 'EnrolmentApplied', data: { businessId: business.businessId, programmeId: programme.id, rule: rules.application.rule, appliedAt } }];
}

function checklist(command: RecordPolicyChecklistFindings, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { rule, checklist: items } = enrolling.rules.policyReview;
  const enrolment = requireUnderReview(business, enrolling, rule);
  const reviewedAt = instantAfter(command.reviewedAt, command.issuedAt, 'reviewedAt', { at: enrolment.appliedAt, what: 'the application' }, rule);
  if (command.findings.length === 0) throw new RuleViolation('unprocessable', rule, 'no finding given', 'findings');
  const seen = new Set<string>();
  return command.findings.map(({ itemId, finding, note }, index) => {
    if (!items.some((item) => item.id === itemId)) {
      throw new RuleViolation('unprocessable', rule, `no checklist item "${itemId}": one of ${items.map((item) => item.id).join(', ')}`, `findings[${index}].itemId`);
    }
    if (seen.has(itemId)) throw new RuleViolation('unprocessable', rule, `"${itemId}" is given twice`, `findings[${index}].itemId`);
    seen.add(itemId);
    if (!(CHECKLIST_FINDINGS as readonly string[]).includes(finding)) throw new RuleViolation('unprocessable', rule, `the finding is one of ${CHECKLIST_FINDINGS.join(', ')}`, `findings[${index}].finding`);
    const recorded = requireText(note, rule, `findings[${index}].note`);
    return { type: 'PolicyChecklistItemReviewed', data: { businessId: business.businessId, programmeId: enrolling.programme.id, rule, itemId, finding, note: recorded, reviewedAt } };
  });
}

function document(command: RecordEnrolmentDocument, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { rule, signatures, draftPolicyRequired } = enrolling.rules.agreements;
  const enrolment = requireUnderReview(business, enrolling, rule);
  const known = [...signatures.map((signature) => signature.id), ...(draftPolicyRequired ? [DRAFT_POLICY_DOCUMENT] : [])];
  if (!known.includes(command.documentId)) throw new RuleViolation('unprocessable', rule, `no document "${command.documentId}": one of ${known.join(', ')}`, 'documentId');
  const receivedAt = instantAfter(command.receivedAt, command.issuedAt, 'receivedAt', { at: enrolment.appliedAt, what: 'the application' }, rule);
  return [{ type: 'EnrolmentDocumentReceived', data: { businessId: business.businessId, programmeId: enrolling.programme.id, rule, documentId: command.documentId, receivedAt } }];
}

function requestInformation(command: RequestEnrolmentInformation, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { rule } = enrolling.rules.informationRequest;
  const enrolment = requireUnderReview(business, enrolling, rule);
  const requested = requireText(command.requested, rule, 'requested');
  const requestedAt = instantAfter(command.requestedAt, command.issuedAt, 'requestedAt', { at: enrolment.appliedAt, what: 'the application' }, rule);
  const requestId = `information-${Object.keys(enrolment.informationRequests).length + 1}`;
  return [{ type: 'EnrolmentInformationRequested', data: { businessId: business.businessId, programmeId: enrolling.programme.id, rule, requestId, requested, requestedAt } }];
}

function receiveInformation(command: RecordEnrolmentInformation, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { rule } = enrolling.rules.informationRequest;
  const enrolment = requireUnderReview(business, enrolling, rule);
  const request = enrolment.informationRequests[command.requestId];
  if (!request) throw new RuleViolation('not-found', rule, `no information request ${command.requestId}`, 'requestId');
  if (request.receivedAt) throw new RuleViolation('conflict', rule, `request ${command.requestId} was answered at ${request.receivedAt}`, 'requestId');
  const note = requireText(command.note, rule, 'note');
  const receivedAt = instantAfter(command.receivedAt, command.issuedAt, 'receivedAt', { at: request.requestedAt, what: 'the request' }, rule);
  return [{ type: 'EnrolmentInformationReceived', data: { businessId: business.businessId, programmeId: enrolling.programme.id, rule, requestId: command.requestId, note, receivedAt } }];
}

/** The checklist items that are not met: found not met, or not recorded at all (CASRO-2). */
export function unmetChecklistItems(rules: EnrolmentRules, enrolment: EnrolmentState): { failing: string[]; unrecorded: string[] } {
  const failing: string[] = [];
  const unrecorded: string[] = [];
  for (const item of rules.policyReview.checklist) {
    const recorded = enrolment.checklist[item.id];
    if (!recorded) unrecorded.push(item.id);
    else if (recorded.finding !== 'met') failing.push(item.id);
  }
  return { failing, unrecorded };
}

/** The documents CASRO-3 requires that have not been received. */
export function missingDocuments(rules: EnrolmentRules, enrolment: EnrolmentState): string[] {
  const required = [...rules.agreements.signatures.map((signature) => signature.id), ...(rules.agreements.draftPolicyRequired ? [DRAFT_POLICY_DOCUMENT] : [])];
  return required.filter((id) => enrolment.documents[id] === undefined);
}

function deadlineSet(business: RegisteredBusiness, programme: Programme, calendar: BusinessCalendar, deadlineId: string, spec: {
  kind: string; rule: string; count: number; unit: BusinessDeadlineSet['data']['unit']; framework?: string; basis: { event: string; at: string }; due: { dueOn: string; dueAt: string };
}): BusinessDeadlineSet {
  return {
    type: 'BusinessDeadlineSet',
    data: {
      businessId: business.businessId,
      deadlineId,
      programmeId: programme.id,
      ...(spec.framework ? { framework: spec.framework } : {}),
      kind: spec.kind,
      rule: spec.rule,
      basis: spec.basis,
      calendarId: calendar.id,
      count: spec.count,
      unit: spec.unit,
      ...spec.due,
    },
  };
}

function accept(command: AcceptEnrolment, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { programme, rules } = enrolling;
  const enrolment = requireUnderReview(business, enrolling, rules.acceptance.rule);
  const { failing, unrecorded } = unmetChecklistItems(rules, enrolment);
  if (failing.length > 0 || unrecorded.length > 0) {
    const parts = [...(failing.length ? [`not met: ${failing.join(', ')}`] : []), ...(unrecorded.length ? [`not recorded: ${unrecorded.join(', ')}`] : [])];
    throw new RuleViolation('conflict', rules.policyReview.rule, `the privacy policy does not yet meet every item of the review (${parts.join('; ')})`, 'checklist');
  }
  const missing = missingDocuments(rules, enrolment);
  if (missing.length > 0) throw new RuleViolation('conflict', rules.agreements.rule, `not yet received: ${missing.join(', ')}`, 'documents');
  const open = Object.entries(enrolment.informationRequests).filter(([, request]) => !request.receivedAt).map(([id]) => id);
  if (open.length > 0) throw new RuleViolation('conflict', rules.informationRequest.rule, `information requested and not yet received: ${open.join(', ')}`, 'informationRequests');
  const acceptedAt = instantAfter(command.acceptedAt, command.issuedAt, 'acceptedAt', { at: enrolment.appliedAt, what: 'the application' }, rules.acceptance.rule);
  const calendar = calendarOf(programme);
  const { deadline } = rules.selfCertification;
  return [
    {
      type: 'EnrolmentAccepted',
      data: { businessId: business.businessId, programmeId: programme.id, rule: rules.acceptance.rule, acceptedAt, notice: { ...rules.acceptance.notice, channel: 'email', sentAt: acceptedAt } },
    },
    deadlineSet(business, programme, calendar, nextDeadlineId(business.deadlines ?? {}, deadline.kind), {
      kind: deadline.kind,
      rule: deadline.rule,
      count: deadline.count,
      unit: deadline.unit,
      basis: { event: 'EnrolmentAccepted', at: acceptedAt },
      due: computeDue(calendar, acceptedAt, deadline),
    }),
  ];
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `date` plus whole months, kept to the month's last day (29 February plus a year is 28 February). */
function addMonths(date: string, months: number): string {
  const [, y, m, d] = LOCAL_DATE.exec(date)!.map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When a certification made at `at` is due for renewal: as the Department recorded it, else `validFor` after it. */
function renewalDue(calendar: BusinessCalendar, rules: EnrolmentRules, at: string, given: string | undefined, field: string): { dueOn: string; dueAt: string } {
  const { rule, validFor } = rules.selfCertification;
  const certifiedOn = calendar.localDateOf(at);
  if (given !== undefined) {
    const match = LOCAL_DATE.exec(given);
    const valid = match && new Date(`${given}T00:00:00Z`).toISOString().startsWith(given);
    if (!valid) throw new RuleViolation('unprocessable', rule, `"${given}" is not a date (YYYY-MM-DD)`, field);
    if (given <= certifiedOn) throw new RuleViolation('unprocessable', rule, `renewal due on ${given} is not after the certification (${certifiedOn})`, field);
    return { dueOn: given, dueAt: calendar.endOfDay(given) };
  }
  if (validFor.unit === 'calendar-days') return calendar.addCalendarDays(at, validFor.count);
  const dueOn = addMonths(certifiedOn, validFor.unit === 'years' ? validFor.count * 12 : validFor.count);
  return { dueOn, dueAt: calendar.endOfDay(dueOn) };
}

/** The framework's last period of good standing in the programme, and whether it is still open. */
function lastCertification(business: RegisteredBusiness, programmeId: string, framework: string): ParticipationPeriod | undefined {
  return business.certifications?.[programmeId]?.[framework]?.at(-1);
}

function pendingDeadline(business: RegisteredBusiness, predicate: (deadline: BusinessDeadline) => boolean): BusinessDeadline | undefined {
  return Object.values(business.deadlines ?? {}).find((deadline) => deadline.status === 'pending' && predicate(deadline));
}

/** A deadline whose period has ended by `at`: its lapse, and for a certification's expiry the end of good standing. */
function lapseOf(business: RegisteredBusiness, deadline: BusinessDeadline, observedAt: string): (BusinessDeadlineLapsed | CertificationLapsed)[] {
  const lapsed: BusinessDeadlineLapsed = { type: 'BusinessDeadlineLapsed', data: { businessId: business.businessId, deadlineId: deadline.deadlineId, dueAt: deadline.dueAt, observedAt } };
  const period = deadline.framework ? lastCertification(business, deadline.programmeId, deadline.framework) : undefined;
  if (!deadline.framework || !period || period.until !== undefined) return [lapsed];
  return [
    lapsed,
    {
      type: 'CertificationLapsed',
      data: { businessId: business.businessId, programmeId: deadline.programmeId, rule: deadline.rule, framework: deadline.framework, effectiveFrom: periodEndedAt(deadline.dueAt), reason: 'certification-lapsed' },
    },
  ];
}

/**
 * Settles the pending deadline a step answers: met when the step came in time, else its lapse is recorded first (a
 * timer that has not fired yet does not make a late step timely).
 */
function settle(business: RegisteredBusiness, deadline: BusinessDeadline | undefined, at: string, issuedAt: string): EnrolmentEvent[] {
  if (!deadline) return [];
  if (periodHasEnded(deadline.dueAt, at)) return lapseOf(business, deadline, issuedAt);
  return [{ type: 'BusinessDeadlineMet', data: { businessId: business.businessId, deadlineId: deadline.deadlineId, metAt: at } }];
}

function requireFramework(programme: Programme, rule: string, framework: string, field: string): string {
  if (!(programme.frameworks as readonly string[]).includes(framework)) {
    throw new RuleViolation('unprocessable', rule, `${programme.name} covers ${programme.frameworks.join(', ')}, not "${framework}"`, field);
  }
  return framework;
}

function requireAccepted(business: RegisteredBusiness, enrolling: Enrolling): EnrolmentState & { acceptedAt: string } {
  const enrolment = requireEnrolment(business, enrolling);
  if (!enrolment.acceptedAt) throw new RuleViolation('conflict', enrolling.rules.selfCertification.rule, `${business.legalName} has not been accepted into ${enrolling.programme.name}`, 'programmeId');
  return enrolment as EnrolmentState & { acceptedAt: string };
}

const normalised = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

function selfCertify(command: RecordSelfCertification, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { programme, rules } = enrolling;
  const { rule } = rules.selfCertification;
  const enrolment = requireAccepted(business, enrolling);
  if (!Array.isArray(command.frameworks) || command.frameworks.length === 0) throw new RuleViolation('unprocessable', rule, `no framework named: one or more of ${programme.frameworks.join(', ')}`, 'frameworks');
  const frameworks = [...new Set(command.frameworks)].map((framework) => requireFramework(programme, rule, framework, 'frameworks'));
  // CASRO-4: the programme named as the independent recourse mechanism in the Department's record.
  if (typeof command.recourseMechanism !== 'string' || ![programme.name, programme.id].map(normalised).includes(normalised(command.recourseMechanism))) {
    throw new RuleViolation('unprocessable', rule, `the self-certification must name "${programme.name}" as the independent recourse mechanism`, 'recourseMechanism');
  }
  const certifiedAt = instantAfter(command.certifiedAt, command.issuedAt, 'certifiedAt', { at: enrolment.acceptedAt, what: 'the acceptance' }, rule);
  for (const framework of frameworks) {
    const last = lastCertification(business, programme.id, framework);
    if (last && last.until === undefined) throw new RuleViolation('conflict', rule, `the certification for ${framework} is current since ${last.from}: record a renewal`, 'frameworks');
    if (last?.until && Date.parse(certifiedAt) < Date.parse(last.until)) throw new RuleViolation('conflict', 'PARTICIPATION-ORDER', `the certification for ${framework} lapsed at ${last.until}, after ${certifiedAt}`, 'certifiedAt');
  }
  const calendar = calendarOf(programme);
  const due = renewalDue(calendar, rules, certifiedAt, command.renewalDueOn, 'renewalDueOn');
  const events: EnrolmentEvent[] = settle(business, pendingDeadline(business, (d) => d.programmeId === programme.id && d.kind === rules.selfCertification.deadline.kind), certifiedAt, command.issuedAt);
  let deadlines = business.deadlines ?? {};
  for (const framework of frameworks) {
    events.push({ type: 'SelfCertificationRecorded', data: { businessId: business.businessId, programmeId: programme.id, rule, framework, recourseMechanism: command.recourseMechanism.trim(), certifiedAt, renewalDueOn: due.dueOn, renewalDueAt: due.dueAt } });
    const expiry = expiryDeadline(business, programme, calendar, rules, deadlines, framework, { event: 'SelfCertificationRecorded', at: certifiedAt }, due);
    deadlines = { ...deadlines, [expiry.data.deadlineId]: { deadlineId: expiry.data.deadlineId, kind: expiry.data.kind, rule: expiry.data.rule, dueOn: due.dueOn, dueAt: due.dueAt, status: 'pending', programmeId: programme.id, framework } };
    events.push(expiry);
  }
  return events;
}

function expiryDeadline(
  business: RegisteredBusiness,
  programme: Programme,
  calendar: BusinessCalendar,
  rules: EnrolmentRules,
  deadlines: Readonly<Record<string, DeadlineState>>,
  framework: string,
  basis: { event: string; at: string },
  due: { dueOn: string; dueAt: string },
): BusinessDeadlineSet {
  const { expiry, validFor } = rules.selfCertification;
  return deadlineSet(business, programme, calendar, nextDeadlineId(deadlines, expiry.kind), { kind: expiry.kind, rule: expiry.rule, count: validFor.count, unit: validFor.unit, framework, basis, due });
}

function renew(command: RecordCertificationRenewal, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const enrolling = enrollingProgramme(command.programmeId);
  const { programme, rules } = enrolling;
  const { rule } = rules.selfCertification;
  requireAccepted(business, enrolling);
  const framework = requireFramework(programme, rule, command.framework, 'framework');
  const last = lastCertification(business, programme.id, framework);
  if (!last) throw new RuleViolation('conflict', rule, `${business.legalName} never self-certified for ${framework}: record a self-certification`, 'framework');
  const renewedAt = pastInstant(command.renewedAt, command.issuedAt, 'renewedAt');
  const latest = last.until ?? last.renewals.at(-1)?.at ?? last.from;
  if (Date.parse(renewedAt) <= Date.parse(latest)) throw new RuleViolation('conflict', 'PARTICIPATION-ORDER', `${renewedAt} is not after the certification's last change (${latest})`, 'renewedAt');
  const calendar = calendarOf(programme);
  const due = renewalDue(calendar, rules, renewedAt, command.renewalDueOn, 'renewalDueOn');
  const settled = settle(business, pendingDeadline(business, (d) => d.programmeId === programme.id && d.framework === framework), renewedAt, command.issuedAt);
  return [
    ...settled,
    { type: 'SelfCertificationRenewed', data: { businessId: business.businessId, programmeId: programme.id, rule, framework, renewedAt, renewalDueOn: due.dueOn, renewalDueAt: due.dueAt } },
    expiryDeadline(business, programme, calendar, rules, business.deadlines ?? {}, framework, { event: 'SelfCertificationRenewed', at: renewedAt }, due),
  ];
}

/** The deadline engine's call: records the lapse once its period has ended, and nothing otherwise (early, late or repeated). */
function deadlineLapse(command: RecordEnrolmentDeadlineLapse, state: BusinessState): EnrolmentEvent[] {
  const business = requireBusiness(state, command.businessId);
  const deadline = business.deadlines?.[command.deadlineId];
  if (!deadline || deadline.status !== 'pending' || !periodHasEnded(deadline.dueAt, command.issuedAt)) return [];
  return lapseOf(business, deadline, command.issuedAt);
}

export function decideEnrolment(command: EnrolmentCommand, state: BusinessState): EnrolmentEvent[] {
  switch (command.kind) {
    case 'ApplyForEnrolment':
      return apply(command, state);
    case 'RecordPolicyChecklistFindings':
      return checklist(command, state);
    case 'RecordEnrolmentDocument':
      return document(command, state);
    case 'RequestEnrolmentInformation':
      return requestInformation(command, state);
    case 'RecordEnrolmentInformation':
      return receiveInformation(command, state);
    case 'AcceptEnrolment':
      return accept(command, state);
    case 'RecordSelfCertification':
      return selfCertify(command, state);
    case 'RecordCertificationRenewal':
      return renew(command, state);
    case 'RecordEnrolmentDeadlineLapse':
      return deadlineLapse(command, state);
  }
}

// ---- evolve ----

function withEnrolment(business: RegisteredBusiness, programmeId: string, change: (enrolment: EnrolmentState) => EnrolmentState): RegisteredBusiness {
  const enrolment = business.enrolments?.[programmeId];
  return enrolment ? { ...business, enrolments: { ...business.enrolments, [programmeId]: change(enrolment) } } : business;
}

function withCertification(business: RegisteredBusiness, programmeId: string, framework: string, change: (periods: readonly ParticipationPeriod[]) => readonly ParticipationPeriod[]): RegisteredBusiness {
  const byFramework = business.certifications?.[programmeId] ?? {};
  return { ...business, certifications: { ...business.certifications, [programmeId]: { ...byFramework, [framework]: change(byFramework[framework] ?? []) } } };
}

function withDeadline(business: RegisteredBusiness, deadlineId: string, status: DeadlineState['status']): RegisteredBusiness {
  const deadline = business.deadlines?.[deadlineId];
  return deadline ? { ...business, deadlines: { ...business.deadlines, [deadlineId]: { ...deadline, status } } } : business;
}

const changeLast = (periods: readonly ParticipationPeriod[], change: (period: ParticipationPeriod) => ParticipationPeriod) =>
  periods.length === 0 ? periods : [...periods.slice(0, -1), change(periods[periods.length - 1])];

export function evolveEnrolment(business: RegisteredBusiness, event: EnrolmentEvent): RegisteredBusiness {
  switch (event.type) {
    case 'EnrolmentApplied': {
      const { programmeId, appliedAt } = event.data;
      const programs = business.programs.includes(programmeId) ? business.programs : [...business.programs, programmeId];
      return { ...business, programs, enrolments: { ...business.enrolments, [programmeId]: { programmeId, appliedAt, checklist: {}, documents: {}, informationRequests: {} } } };
    }
    case 'PolicyChecklistItemReviewed':
      return withEnrolment(business, event.data.programmeId, (e) => ({ ...e, checklist: { ...e.checklist, [event.data.itemId]: { finding: event.data.finding, reviewedAt: event.data.reviewedAt } } }));
    case 'EnrolmentDocumentReceived':
      return withEnrolment(business, event.data.programmeId, (e) => ({ ...e, documents: { ...e.documents, [event.data.documentId]: event.data.receivedAt } }));
    case 'EnrolmentInformationRequested':
      return withEnrolment(business, event.data.programmeId, (e) => ({ ...e, informationRequests: { ...e.informationRequests, [event.data.requestId]: { requestedAt: event.data.requestedAt } } }));
    case 'EnrolmentInformationReceived':
      return withEnrolment(business, event.data.programmeId, (e) => {
        const request = e.informationRequests[event.data.requestId];
        return request ? { ...e, informationRequests: { ...e.informationRequests, [event.data.requestId]: { ...request, receivedAt: event.data.receivedAt } } } : e;
      });
    case 'EnrolmentAccepted':
      return withEnrolment(business, event.data.programmeId, (e) => ({ ...e, acceptedAt: event.data.acceptedAt }));
    case 'SelfCertificationRecorded':
      return withCertification(business, event.data.programmeId, event.data.framework, (periods) => [...periods, { from: event.data.certifiedAt, frameworks: [event.data.framework], renewals: [] }]);
    case 'SelfCertificationRenewed': {
      const { framework, renewedAt } = event.data;
      return withCertification(business, event.data.programmeId, framework, (periods) =>
        // A renewal of a current certification continues it; one after a lapse makes the framework current again.
        periods.at(-1)?.until === undefined && periods.length > 0
          ? changeLast(periods, (p) => ({ ...p, renewals: [...p.renewals, { at: renewedAt, frameworks: [framework] }] }))
          : [...periods, { from: renewedAt, frameworks: [framework], renewals: [] }],
      );
    }
    case 'CertificationLapsed':
      return withCertification(business, event.data.programmeId, event.data.framework, (periods) => changeLast(periods, (p) => ({ ...p, until: event.data.effectiveFrom, lapseReason: event.data.reason })));
    case 'BusinessDeadlineSet': {
      const { deadlineId, kind, rule, dueOn, dueAt, programmeId, framework } = event.data;
      return { ...business, deadlines: { ...business.deadlines, [deadlineId]: { deadlineId, kind, rule, dueOn, dueAt, status: 'pending', programmeId, ...(framework ? { framework } : {}) } } };
    }
    case 'BusinessDeadlineMet':
      return withDeadline(business, event.data.deadlineId, 'met');
    case 'BusinessDeadlineLapsed':
      return withDeadline(business, event.data.deadlineId, 'lapsed');
  }
}
