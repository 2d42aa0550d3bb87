import type { Role } from '@pdr/event-sourcing';

type Side = 'complainant' | 'respondent';

/**
 * Who may call an operation. `public`: anyone, signed in or not. Otherwise the roles, in the order the acting role
 * is chosen when a principal holds several. Operations on `/cases/:caseId…` are also bound to the case: staff and
 * compliance officers reach every case, a Panelist or hearing officer only the cases they are appointed to now,
 * a Party (or its representative) only its own case, and only from the `sides` listed.
 */
export interface AccessRule {
  readonly public?: true;
  readonly roles: readonly Role[];
  /** The sides whose Parties may call; omitted: no Party may. */
  readonly sides?: readonly Side[];
  /** A body field naming the Party acting: when a Party calls, it must name the Party's own side. */
  readonly sideField?: string;
  /** A route parameter naming a Board member: a Panelist may call only with their own id. */
  readonly ownPanelistParam?: string;
  /** A body field naming a Board member: a Panelist may call only with their own id. */
  readonly ownPanelistField?: string;
}

const ADMIN: readonly Role[] = ['administrator'];
const STAFF: readonly Role[] = ['administrator', 'case-manager'];
const AUDIT: readonly Role[] = ['compliance-officer'];
const ADJUDICATOR: readonly Role[] = ['panelist', 'hearing-officer'];
const PARTY: readonly Role[] = ['complainant', 'respondent', 'representative'];
const BOTH: readonly Side[] = ['complainant', 'respondent'];

const anyone: AccessRule = { public: true, roles: [] };
const admin: AccessRule = { roles: ADMIN };
const staff: AccessRule = { roles: STAFF };
const staffAndAudit: AccessRule = { roles: [...STAFF, ...AUDIT] };
const adjudicator: AccessRule = { roles: ADJUDICATOR };
const staffOrParty = (sides: readonly Side[], sideField?: string): AccessRule => ({ roles: [...STAFF, ...PARTY], sides, ...(sideField ? { sideField } : {}) });
/** What every participant of a case reads: filtered to what reaches each (BBB-4.3.2, BBB-8.5). */
const caseReader: AccessRule = { roles: [...STAFF, ...AUDIT, ...ADJUDICATOR, ...PARTY], sides: BOTH };

/** The single access table: `METHOD /route/:param` → rule. An operation missing here is refused (and fails the matrix test). */
export const ACCESS_POLICY: Readonly<Record<string, AccessRule>> = {
  // Liveness, readiness (details for administrators only) and public calendar data.
  'GET /health/live': anyone,
  'GET /health': anyone,
  // BBB-4.6.4, BBB-7.3: Decisions made public; nothing else of a case is.
  'GET /published-decisions': anyone,
  // Issue 12: which programmes exist and the rulebook each follows is public.
  'GET /programmes': anyone,
  'GET /programmes/:programmeId': anyone,
  'GET /published-decisions/:caseId': anyone,
  // CASRO-6, VS-3.1, VS-3.3: a programme's public complaints page; filed only once the submitter confirms the emailed code.
  'POST /programmes/:programmeId/complaints': anyone,
  'POST /programmes/:programmeId/complaints/:submissionId/confirmation': anyone,
  'GET /calendars': anyone,
  'GET /calendars/:calendarId/holidays': anyone,
  'GET /calendars/:calendarId/due-date': anyone,
  'POST /calendars/:calendarId/closures': admin,

  // Accounts of the embedded sign-in.
  'GET /accounts': admin,
  'POST /accounts': admin,
  'GET /accounts/me': { roles: [...STAFF, ...AUDIT, ...ADJUDICATOR, ...PARTY, 'reporting'] },
  'POST /accounts/:accountId/password': admin,
  'POST /accounts/:accountId/closure': admin,
  'POST /accounts/:accountId/secret-rotation': admin,
  'POST /cases/:caseId/party-invitations': staff,

  // Operations.
  // Staff read where case time stands; only administrators move it.
  'GET /admin/clock': staff,
  'POST /admin/clock': admin,
  'GET /admin/projections/quarantine': admin,
  'POST /admin/projections/quarantine/retry': admin,

  // Contacts, the registry of participating businesses, the Data Privacy Board.
  'POST /contacts': staff,
  'GET /contacts': staff,
  'GET /contacts/:contactId': staff,
  // GDPR Art. 17: staff record erasure requests (and so erase); compliance officers read them.
  'POST /erasure-requests': staff,
  'GET /erasure-requests': staffAndAudit,
  'GET /erasure-requests/:requestId': staffAndAudit,
  'POST /businesses': staff,
  'POST /businesses/:businessId/participation': staff,
  'POST /businesses/:businessId/participation-renewals': staff,
  'POST /businesses/:businessId/participation-lapses': staff,
  'GET /businesses': staffAndAudit,
  'GET /businesses/:businessId': staffAndAudit,
  'GET /businesses/:businessId/participation': staffAndAudit,
  // Enrolment in a programme (CASRO-1 to CASRO-4): staff record each step; staff and compliance read the lists.
  'POST /businesses/:businessId/enrolments': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/checklist-findings': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/documents': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/information-requests': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/information-requests/:requestId/answer': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/acceptance': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/self-certifications': staff,
  'POST /businesses/:businessId/enrolments/:programmeId/renewals': staff,
  'GET /businesses/enrolment-applications': staffAndAudit,
  'GET /businesses/self-certifications-due': staffAndAudit,
  'POST /panelists': admin,
  'POST /panelists/:panelistId/relationships': { roles: [...ADMIN, ...ADJUDICATOR], ownPanelistParam: 'panelistId' },
  'POST /panelists/:panelistId/withdrawal': { roles: [...ADMIN, ...ADJUDICATOR], ownPanelistParam: 'panelistId' },
  'GET /panelists': staff,
  'GET /panelists/selection-preview': admin,
  'GET /panelists/:panelistId': staff,

  // Reports and deadlines across cases.
  'GET /reports/annual': { roles: [...STAFF, ...AUDIT, 'reporting'] },
  'GET /deadlines': staffAndAudit,

  // Cases: reading.
  'GET /cases': caseReader,
  'GET /cases/:caseId': caseReader,
  'GET /cases/:caseId/timeline': caseReader,
  'GET /cases/:caseId/record': caseReader,

  // Filing and eligibility (BBB-2.x).
  'POST /cases': staff,
  'POST /cases/:caseId/identity-verification': staff,
  'POST /cases/:caseId/information-requests': staff,
  'POST /cases/:caseId/information-responses': staff,
  'POST /cases/:caseId/deadlines/:deadlineId/extensions': staff,
  'POST /cases/:caseId/respondent-identification': staff,
  'POST /cases/:caseId/eligibility-findings': staff,
  'POST /cases/:caseId/ineligibility': staff,
  'POST /cases/:caseId/docketing': staff,
  'POST /cases/:caseId/acknowledgements': staff,
  'POST /cases/:caseId/representatives': staff,
  // Only the Complainant withdraws its complaint.
  'POST /cases/:caseId/withdrawal': staffOrParty(['complainant']),
  // VS-6.1: closing for the Complainant's material breach is the administrator's alone.
  'POST /cases/:caseId/closure-by-default': staff,
  // An appeal of a closure (VS-5.5(a)): a Party for itself (the rulebook says which Party may), or staff recording it; staff decide.
  'POST /cases/:caseId/closure-appeals': staffOrParty(BOTH, 'party'),
  'POST /cases/:caseId/closure-appeals/decision': staff,

  // Conciliation and settlement (BBB-3, BBB-5): the CBBB records what the Parties send it.
  'POST /cases/:caseId/conciliation/complainant-facts': staff,
  'POST /cases/:caseId/conciliation/forwarding': staff,
  'POST /cases/:caseId/conciliation/respondent-responses': staff,
  'POST /cases/:caseId/conciliation/settlement-offers': staff,
  // BBB-3.3: each Party agrees to a settlement teleconference itself (or the CBBB records it).
  'POST /cases/:caseId/conciliation/teleconference-agreements': staffOrParty(BOTH, 'party'),
  'POST /cases/:caseId/conciliation/teleconference': staff,
  'POST /cases/:caseId/settlement': staff,
  'POST /cases/:caseId/settlement/letter': staff,
  // BBB-5: the Respondent certifies its own performance (or the CBBB records the certification it received).
  'POST /cases/:caseId/settlement/certification': staffOrParty(['respondent']),
  'POST /cases/:caseId/settlement/substantiation-requests': staff,
  'POST /cases/:caseId/settlement/verification': staff,

  // The written hearing (BBB-4.1, 4.4): Position and reply are the Complainant's, Rebuttal and response the Respondent's.
  // Slots filed with no endpoint of their own (VS-7.1, VS-7.3): the filer is in the body, and a Party acts only for its own side.
  'POST /cases/:caseId/submissions/:slot': staffOrParty(BOTH, 'filedBy'),
  'POST /cases/:caseId/submissions/:slot/waiver': staffOrParty(BOTH, 'waivedBy'),
  // The Mediation Teleconference (VS-7.4): VeraSafe appoints, sets, records and sends.
  'POST /cases/:caseId/mediation/mediator': staff,
  'POST /cases/:caseId/mediation/teleconference': staff,
  'POST /cases/:caseId/mediation/outcome': staff,
  'POST /cases/:caseId/mediation/settlement-terms': staff,
  // Performance of a Settlement or Reparation Order (VS-12): VeraSafe monitors, confirms or records the failure.
  'POST /cases/:caseId/performance/confirmation': staff,
  'POST /cases/:caseId/performance/failure': staff,
  'POST /cases/:caseId/hearing-request': staffOrParty(BOTH, 'requestedBy'),
  'POST /cases/:caseId/hearing/position': staffOrParty(['complainant']),
  'POST /cases/:caseId/hearing/reply': staffOrParty(['complainant']),
  'POST /cases/:caseId/hearing/rebuttal': staffOrParty(['respondent']),
  'POST /cases/:caseId/hearing/response': staffOrParty(['respondent']),
  'POST /cases/:caseId/hearing/deliveries': staff,

  // The Panelist (BBB-4.2, 4.2.1, 4.5): appointment by the CBBB, objections by either Party.
  'POST /cases/:caseId/panel/appointment': staff,
  'POST /cases/:caseId/panel/designation': staff,
  'POST /cases/:caseId/panel/self-disqualifications': { roles: [...STAFF, ...ADJUDICATOR], ownPanelistField: 'panelistId' },
  'POST /cases/:caseId/panel/objections': staffOrParty(BOTH, 'raisedBy'),
  'POST /cases/:caseId/panel/objections/:objectionId/decision': admin,

  // The Panelist's proceedings (BBB-4.5.1 to 4.5.3).
  'POST /cases/:caseId/panelist/information-requests': adjudicator,
  'POST /cases/:caseId/panelist/deliveries': staff,
  'POST /cases/:caseId/panelist/answers': staff,
  'POST /cases/:caseId/panelist/answer-responses': staff,
  'POST /cases/:caseId/panelist/no-oral-hearing': adjudicator,
  'POST /cases/:caseId/panelist/oral-hearings': adjudicator,
  'POST /cases/:caseId/panelist/oral-hearing-exclusions': adjudicator,
  'POST /cases/:caseId/panelist/oral-hearing-absences': adjudicator,
  'POST /cases/:caseId/panelist/oral-hearing-absence-reasons': staff,
  'POST /cases/:caseId/panelist/oral-hearing-absence-resolutions': adjudicator,
  // VS-8.4(b): VeraSafe's Program Administrator furnishes the investigative analysis.
  'POST /cases/:caseId/panelist/investigative-analysis': staff,

  // The Decision (BBB-4.6): issued and ruled on by the appointed Panelist; the rest recorded by the CBBB.
  'POST /cases/:caseId/decision': adjudicator,
  'POST /cases/:caseId/hearing-decision': adjudicator,
  'POST /cases/:caseId/decision/target': staff,
  'POST /cases/:caseId/decision/deliveries': staff,
  // BBB-4.6.2, 4.6.3: the Respondent's statement and claims of impossibility are its own.
  'POST /cases/:caseId/decision/compliance-intent': staffOrParty(['respondent']),
  'POST /cases/:caseId/decision/impossibility-claims': staffOrParty(['respondent']),
  'POST /cases/:caseId/decision/impossibility-evidence-requests': adjudicator,
  'POST /cases/:caseId/decision/impossibility-ruling': adjudicator,
  'POST /cases/:caseId/decision/certification': staffOrParty(['respondent']),
  'POST /cases/:caseId/decision/verification': staff,

  // Referral (BBB-8.8, 4.3.1, 8.4).
  'POST /cases/:caseId/referral/decision-to-refer': staff,
  'POST /cases/:caseId/referral/decision-not-to-refer': staff,
  'POST /cases/:caseId/referral/notice-delivery': staff,
  'POST /cases/:caseId/referral/cure': staff,
  'POST /cases/:caseId/refusal': staff,
  'POST /cases/:caseId/notices/:noticeId/delivery': staff,

  // Documents (BBB-8.3, 8.5, 8.9): a Party designates Proprietary Information in its own submissions.
  'POST /cases/:caseId/proprietary-designations': staffOrParty(BOTH, 'party'),
  'POST /cases/:caseId/proprietary-designations/:designationId/acceptance': staff,
  'POST /cases/:caseId/proprietary-designations/:designationId/return': staff,
  'POST /cases/:caseId/file-disposal': staff,
  'POST /cases/:caseId/language-assistance': staff,
};

export const accessRuleFor = (method: string, route: string): AccessRule | undefined => ACCESS_POLICY[`${method} ${route}`];
