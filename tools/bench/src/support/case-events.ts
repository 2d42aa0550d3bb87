import { randomUUID } from 'node:crypto';
import type { EventMetadata, NewEvent } from '@pdr/event-sourcing';
import type { ComplainantIdentityVerified, ComplaintFiled } from '@pdr/procedures';

/** A small deterministic PRNG (mulberry32): the same data on every run, without Math.random's cost in tight loops. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Ada', 'Jonas', 'Marie', 'Luca', 'Sofia', 'Mateusz', 'Elena', 'Pieter', 'Ingrid', 'Tomás', 'Chiara', 'Anouk', 'Henrik', 'Zoé', 'Karin', 'Dario'];
const LAST_NAMES = ['Example', 'Müller', 'Dubois', 'Rossi', 'García', 'Kowalski', 'Jansen', 'Andersson', 'Nowak', 'Silva', 'Keller', 'Moreau', 'Bianchi', 'Fischer'];
const COUNTRIES = ['FR', 'DE', 'NL', 'IT', 'ES', 'PL', 'SE', 'IE', 'CH', 'AT', 'BE', 'PT', 'DK', 'FI'];
const RESPONDENTS = Array.from({ length: 60 }, (_, i) => `${['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'][i % 6]} ${['Analytics', 'Media', 'Retail', 'Cloud', 'Health', 'Travel', 'Games', 'Finance', 'Logistics', 'Labs'][Math.floor(i / 6)]} Inc.`);
const SENTENCES = [
  'Kept processing my data after I objected.',
  'Sent marketing emails for months after I unsubscribed twice.',
  'Refused to tell me which of my personal data they hold, despite two written requests.',
  'Shared my purchase history with advertising partners without asking me.',
  'Did not delete my account and profile data when I asked them to.',
  'Transferred my data to a third party that I was never told about.',
  'Their privacy policy promised opt-out, but the opt-out link never worked.',
  'Keeps tracking my location through the mobile app although I turned it off in the settings.',
];
const OUTCOMES = ['suppress my personal data', 'confirm in writing which data is held', 'stop sharing my data with partners', 'delete my account', 'an apology'];
const CHANNELS = ['web-form', 'email', 'mail', 'telephone'] as const;
const METHODS = ['passport copy checked against the complaint form', 'call-back to the number on file', 'national identity card seen by video call'];

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** The data of a ComplaintFiled as the case decider emits it, with varied names, lengths and rulebooks. */
export function complaintFiledData(caseId: string, rnd: () => number): ComplaintFiled['data'] {
  const verasafe = rnd() < 0.3;
  const first = pick(rnd, FIRST_NAMES);
  const last = pick(rnd, LAST_NAMES);
  const sentences = 1 + Math.floor(rnd() * 4);
  return {
    caseId,
    rulebook: verasafe ? { id: 'verasafe-2016', version: '2016-10-24' } : { id: 'bbb-eu-safe-harbor', version: '1' },
    framework: verasafe ? pick(rnd, ['eu-us-privacy-shield', 'us-eu-safe-harbor', 'us-swiss-safe-harbor']) : 'safe-harbor',
    receivedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd() * 300 * 86_400_000)).toISOString(),
    channel: pick(rnd, CHANNELS),
    complainant: {
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}@example.eu`,
      country: pick(rnd, COUNTRIES),
      filingAs: rnd() < 0.95 ? 'data-subject' : 'parent-or-guardian',
    },
    respondent: { name: pick(rnd, RESPONDENTS) },
    allegation: Array.from({ length: sentences }, () => pick(rnd, SENTENCES)).join(' '),
    outcomesSought: Array.from({ length: 1 + Math.floor(rnd() * 2) }, (_, i) => OUTCOMES[(Math.floor(rnd() * OUTCOMES.length) + i) % OUTCOMES.length]!),
  };
}

export function identityVerifiedData(caseId: string, rnd: () => number): ComplainantIdentityVerified['data'] {
  return { caseId, method: pick(rnd, METHODS), verifiedAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(rnd() * 30 * 86_400_000)).toISOString() };
}

/** Metadata as the command processor stamps it: who, which request, which command, which rulebook. */
export function metadata(rulebook: EventMetadata['rulebook']): EventMetadata {
  return {
    actorId: 'staff-17',
    actorRole: 'case-manager',
    correlationId: randomUUID(),
    causationId: randomUUID(),
    ...(rulebook ? { rulebook } : {}),
  };
}

export function complaintFiled(caseId: string, rnd: () => number): NewEvent {
  const data = complaintFiledData(caseId, rnd);
  return { eventId: randomUUID(), type: 'ComplaintFiled', schemaVersion: 1, data, metadata: metadata(data.rulebook) };
}

export function identityVerified(caseId: string, rnd: () => number, rulebook?: EventMetadata['rulebook']): NewEvent {
  return { eventId: randomUUID(), type: 'ComplainantIdentityVerified', schemaVersion: 1, data: identityVerifiedData(caseId, rnd), metadata: metadata(rulebook) };
}

/** A POST /cases body, as test/support/api-harness.ts builds one. */
export function complaintBody(rnd: () => number): Record<string, unknown> {
  const { rulebook, framework, channel, complainant, respondent, allegation, outcomesSought } = complaintFiledData('unused', rnd);
  // Received in the last 300 days: the decider refuses a receipt later than the command's own time.
  const receivedAt = new Date(Date.now() - Math.floor((1 + rnd() * 299) * 86_400_000)).toISOString();
  const verasafe = rulebook.id === 'verasafe-2016' ? { framework, ...verasafeElements(outcomesSought.length, complainant.filingAs === 'parent-or-guardian') } : {};
  return { rulebookId: rulebook.id, receivedAt, channel, complainant, respondent, allegation, outcomesSought, ...verasafe };
}

/** What VS-3.1 (a)–(i) and VS-5.1 require of a VeraSafe complaint beyond what every complaint carries. */
function verasafeElements(outcomes: number, forAMinor: boolean): Record<string, unknown> {
  return {
    outcomeKinds: Array.from({ length: outcomes }, (_, i) => ['delete-personal-data', 'cease-processing'][i % 2]),
    facts: 'I objected by email on 2 May; the newsletters kept coming',
    harm: 'No financial loss; distress at the continued use of my data',
    consentToShare: true,
    documentation: ['my objection email of 2 May'],
    perjuryDeclaration: true,
    complainantAge: { dateOfBirth: '1990-04-17' },
    ...(forAMinor ? { dataSubjectAge: { dateOfBirth: '2012-06-01' } } : {}),
  };
}

const SUMMARIES = [
  'The complainant says the respondent kept sending newsletters after two unsubscribe requests and a written objection.',
  'The respondent states the account was deleted on request, but backups are kept for 35 days under its retention policy.',
  'Call with the complainant: the location tracking continued after the setting was turned off, screenshots supplied.',
  'The respondent accepts that the opt-out link was broken between March and June and offers to suppress the address.',
  'Written position: the data was shared with two advertising partners, named in the annex, without consent or notice.',
  'Rebuttal: the partners act as processors under contract; the respondent disputes that any sale of data took place.',
];
const REMEDIES = ['deletion of the personal data held', 'written confirmation of the data shared and with whom', 'an end to sharing with partners'];

/** What a staff member records about a case after filing: 1 to 3 sentences from the file's usual material. */
function summary(rnd: () => number): string {
  return Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, SUMMARIES)).join(' ');
}

/** How far past the generation of a log a deadline left pending falls due (event-log.ts rebuilds logs older than this). */
export const PENDING_DEADLINE_HORIZON_DAYS = 180;
const generatedAt = Date.now();

/**
 * A deadline the generated case leaves pending falls due after the log is used, as an open case's next deadline does
 * in a service that has been running: none is overdue when the API starts on the log (otherwise every start would
 * spend its first minutes firing lapses, one command each, and start-up would measure that).
 */
function stillPending(due: Date): Date {
  return new Date(Math.max(due.getTime(), generatedAt + PENDING_DEADLINE_HORIZON_DAYS * 86_400_000));
}

function deadlineSet(caseId: string, kind: string, rule: string, basisEvent: string, at: Date, count: number, rulebook: EventMetadata['rulebook'], pending = false): NewEvent {
  const computed = new Date(at.getTime() + count * 1.4 * 86_400_000);
  const due = pending ? stillPending(computed) : computed;
  const dueOn = due.toISOString().slice(0, 10);
  return {
    eventId: randomUUID(),
    type: 'DeadlineSet',
    schemaVersion: 1,
    data: { caseId, deadlineId: `${kind}-1`, kind, rule, basis: { event: basisEvent, at: at.toISOString() }, calendarId: 'us-federal', count, unit: 'business-days', dueOn, dueAt: `${dueOn}T23:59:59.999-05:00` },
    metadata: metadata(rulebook),
  };
}

/**
 * A case through conciliation into the written hearing, 10 events as the deciders emit them: ComplaintFiled,
 * ComplainantIdentityVerified, DeadlineSet, ComplainantFactsObtained, RespondentResponseReceived, DeadlineMet,
 * HearingRequested, PositionSubmitted, DeadlineSet, RebuttalSubmitted. Classified fields: the complainant's
 * (name, email, country, allegation, outcomes, verification method) and the case file's (respondent name,
 * summaries, remedies' details); the deadline events carry none.
 */
export function caseLifecycle(caseId: string, rnd: () => number): NewEvent[] {
  const filed = complaintFiled(caseId, rnd);
  const rulebook = (filed.data as ComplaintFiled['data']).rulebook;
  const start = Date.parse((filed.data as ComplaintFiled['data']).receivedAt);
  const at = (days: number) => new Date(start + days * 86_400_000 + Math.floor(rnd() * 8 * 3_600_000));
  const event = (type: string, data: Record<string, unknown>): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data: { caseId, ...data }, metadata: metadata(rulebook) });
  return [
    filed,
    identityVerified(caseId, rnd, rulebook),
    deadlineSet(caseId, 'respondent-response', 'BBB-3.2', 'ComplaintDocketed', at(3), 10, rulebook),
    event('ComplainantFactsObtained', { rule: 'BBB-3.2', summary: summary(rnd), obtainedBy: 'staff-17', obtainedAt: at(4).toISOString() }),
    event('RespondentResponseReceived', { rule: 'BBB-3.2', summary: summary(rnd), receivedAt: at(12).toISOString(), recordedBy: 'staff-17' }),
    event('DeadlineMet', { deadlineId: 'respondent-response-1', metAt: at(12).toISOString() }),
    event('HearingRequested', {
      rule: 'BBB-4.1',
      requestedBy: 'complainant',
      stage: 'hearing-position',
      remedies: Array.from({ length: 1 + Math.floor(rnd() * 2) }, (_, i) => ({ kind: i === 0 ? 'corrective-action' : 'other', details: pick(rnd, REMEDIES) })),
      conciliationEnded: true,
      requestedAt: at(40).toISOString(),
    }),
    event('PositionSubmitted', { stage: 'hearing-rebuttal', rule: 'BBB-4.4', receivedAt: at(55).toISOString(), summary: summary(rnd), fromComplaint: false }),
    deadlineSet(caseId, 'rebuttal', 'BBB-4.4', 'PositionForwarded', at(56), 30, rulebook, true),
    event('RebuttalSubmitted', { stage: 'hearing-reply', rule: 'BBB-4.4', receivedAt: at(90).toISOString(), summary: summary(rnd), afterDefault: false }),
  ];
}

const ELIGIBILITY_CONDITIONS = [
  ['participant', 'BBB-2.3.1'],
  ['direct-attempt', 'BBB-2.3.2'],
  ['within-scope', 'BBB-2.3.3'],
  ['not-before-other-body', 'BBB-2.3.4'],
  ['filed-in-time', 'BBB-2.3.5'],
] as const;

/**
 * A case of `count` events (at least 9) of the mix a long-running case accumulates, as the deciders emit them:
 * ComplaintFiled, ComplainantIdentityVerified, five EligibilityConditionAssessed findings, CaseDocketed, then
 * cycles of notices sent and delivered, deadlines set and met, and submissions from either Party
 * (ComplainantFactsObtained, RespondentResponseReceived, PositionSubmitted), until `count` events. The default 60
 * is the issue-13 "realistic" case. Every notice and deadline has its own id, so the fold grows with the stream.
 */
export function realisticCase(caseId: string, rnd: () => number, count = 60): NewEvent[] {
  const filed = complaintFiled(caseId, rnd);
  const rulebook = (filed.data as ComplaintFiled['data']).rulebook;
  const start = Date.parse((filed.data as ComplaintFiled['data']).receivedAt);
  const at = (days: number) => new Date(start + days * 86_400_000 + Math.floor(rnd() * 8 * 3_600_000));
  const event = (type: string, data: Record<string, unknown>): NewEvent => ({ eventId: randomUUID(), type, schemaVersion: 1, data: { caseId, ...data }, metadata: metadata(rulebook) });
  const events: NewEvent[] = [filed, identityVerified(caseId, rnd, rulebook)];
  for (const [condition, rule] of ELIGIBILITY_CONDITIONS) {
    events.push(event('EligibilityConditionAssessed', { condition, rule, met: true, note: pick(rnd, SUMMARIES) }));
  }
  events.push(event('CaseDocketed', { rule: 'BBB-2.4a', docketedAt: at(2).toISOString(), stage: 'conciliation' }));
  // One cycle: 8 events over about ten days.
  for (let cycle = 0; events.length < count; cycle++) {
    const day = 3 + cycle * 10;
    const recipient = cycle % 2 === 0 ? 'respondent' : 'complainant';
    const noticeId = `notice-${cycle + 1}`;
    const deadlineId = `submission-${cycle + 1}`;
    const sentAt = at(day);
    // The last cycle may end after its DeadlineSet and before its DeadlineMet: that deadline is the case's pending one.
    const left = count - events.length;
    const pending = left >= 3 && left < 5;
    const computed = new Date(sentAt.getTime() + 14 * 86_400_000);
    const due = pending ? stillPending(computed) : computed;
    const dueOn = due.toISOString().slice(0, 10);
    const cycleEvents: NewEvent[] = [
      event('NoticeSent', { noticeId, kind: 'complaint-forwarded', rule: 'BBB-3.1', recipient, channel: 'email', sentAt: sentAt.toISOString() }),
      event('NoticeDelivered', { noticeId, kind: 'complaint-forwarded', recipient, rule: 'BBB-8.7', deliveredAt: at(day + 1).toISOString() }),
      {
        eventId: randomUUID(),
        type: 'DeadlineSet',
        schemaVersion: 1,
        data: { caseId, deadlineId, kind: 'respondent-response', rule: 'BBB-3.2', basis: { event: 'NoticeSent', at: sentAt.toISOString() }, calendarId: 'us-federal', count: 10, unit: 'business-days', dueOn, dueAt: `${dueOn}T23:59:59.999-05:00` },
        metadata: metadata(rulebook),
      },
      recipient === 'respondent'
        ? event('RespondentResponseReceived', { rule: 'BBB-3.2', summary: summary(rnd), receivedAt: at(day + 6).toISOString(), recordedBy: 'staff-17' })
        : event('ComplainantFactsObtained', { rule: 'BBB-3.2', summary: summary(rnd), obtainedBy: 'staff-17', obtainedAt: at(day + 6).toISOString() }),
      event('DeadlineMet', { deadlineId, metAt: at(day + 6).toISOString() }),
      // A second submission in conciliation (a hearing's Position would be out of place here: the Case Record
      // projection quarantines it, and its retry pauses would be what start-up measured).
      recipient === 'respondent'
        ? event('ComplainantFactsObtained', { rule: 'BBB-3.2', summary: summary(rnd), obtainedBy: 'staff-17', obtainedAt: at(day + 8).toISOString() })
        : event('RespondentResponseReceived', { rule: 'BBB-3.2', summary: summary(rnd), receivedAt: at(day + 8).toISOString(), recordedBy: 'staff-17' }),
      event('NoticeSent', { noticeId: `${noticeId}-ack`, kind: 'submission-acknowledged', rule: 'BBB-8.7', recipient, channel: 'email', sentAt: at(day + 8).toISOString() }),
      event('NoticeDelivered', { noticeId: `${noticeId}-ack`, kind: 'submission-acknowledged', recipient, rule: 'BBB-8.7', deliveredAt: at(day + 9).toISOString() }),
    ];
    events.push(...cycleEvents.slice(0, count - events.length));
  }
  return events;
}
