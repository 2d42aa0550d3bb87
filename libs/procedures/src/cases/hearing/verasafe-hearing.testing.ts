import type { CaseCommand } from '../case.commands';
import type { CaseEvent } from '../case.events';
import { calendar } from '../case-history.testing';
import { docketedVeraSafe, runVs } from '../verasafe-history.testing';

// A VeraSafe case brought to its Data Privacy Hearing (VS-7.4(iv), VS-8.1 to 8.3), for the specs of the hearing and what follows it.

export const NO_SETTLEMENT = '2026-07-06T18:00:00.000Z';
export const HEARING_REQUESTED = '2026-07-08T15:00:00.000Z';
export const OFFICER_DESIGNATED = '2026-07-27T15:00:00.000Z';

/** Docketed, a Response defending, a teleconference requested and held without Settlement (VS-7.1 to 7.4). */
export const noSettlement = () =>
  runVs(
    docketedVeraSafe('2026-06-03T15:00:00.000Z'),
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'response-to-complaint', filedBy: 'respondent', receivedAt: '2026-06-10T15:00:00.000Z', summary: 'we defend', submissionKind: 'defend', issuedAt: '2026-06-10T15:00:00.000Z' },
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'teleconference-request', filedBy: 'complainant', receivedAt: '2026-06-15T15:00:00.000Z', summary: 'a teleconference, please', issuedAt: '2026-06-15T15:00:00.000Z' },
    { kind: 'AppointMediator', caseId: 'case-1', mediatorName: 'Mira Mediator', issuedAt: '2026-06-16T15:00:00.000Z' },
    { kind: 'ScheduleMediationTeleconference', caseId: 'case-1', scheduledFor: '2026-07-06T15:00:00.000Z', issuedAt: '2026-06-20T15:00:00.000Z' },
    { kind: 'RecordMediationOutcome', caseId: 'case-1', outcome: 'no-settlement', calendar, issuedAt: NO_SETTLEMENT },
  );

/** VS-7.4(iv), VS-8.2: the Complainant's request with its brief and the Permitted Outcomes sought. */
export const hearingRequest = (extra: Partial<Extract<CaseCommand, { kind: 'RequestHearing' }>> = {}): CaseCommand => ({
  kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'delete-personal-data' }, { kind: 'compensate-losses', details: 'the cost of a new email account' }],
  brief: 'Acme kept profiling me after my objection; the logs show it', calendar, issuedAt: HEARING_REQUESTED, ...extra,
});

/** A member of the officers' pool with the credentials given. */
export const officer = (panelistId: string, qualifications: readonly string[], extra: Record<string, unknown> = {}) =>
  ({ panelistId, employer: `Independent ${panelistId}`, affiliations: [], relationships: [], confidentialityAgreementSignedOn: '2026-01-10', active: true, qualifications, ...extra });

export const OFFICERS = [officer('officer-1', ['CIPP']), officer('officer-2', ['CIPT']), officer('officer-3', ['JD'])];

export const designate = (panelistId: string, panelists = OFFICERS, issuedAt = OFFICER_DESIGNATED): CaseCommand =>
  ({ kind: 'DesignateDecisionMaker', caseId: 'case-1', panelistId, panelists, issuedAt }) as CaseCommand;

/** The hearing requested and the rebuttal filed (VS-7.4(iv), VS-8.2): awaiting the hearing officer. */
export const awaitingHearingOfficer = (): CaseEvent[] =>
  runVs(
    noSettlement(),
    hearingRequest(),
    { kind: 'FileSubmission', caseId: 'case-1', slot: 'participant-rebuttal', filedBy: 'respondent', receivedAt: '2026-07-20T15:00:00.000Z', summary: 'our rebuttal', issuedAt: '2026-07-20T15:00:00.000Z' },
  );

/** ... and officer-1 designated (VS-8.1, VS-8.3): the case is with its hearing officer. */
export const hearingOfficerAppointed = (): CaseEvent[] => runVs(awaitingHearingOfficer(), designate('officer-1'));
