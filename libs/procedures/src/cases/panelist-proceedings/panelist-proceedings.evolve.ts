import { withEntry } from '@pdr/event-sourcing';
import type { OpenCase } from '../case.state';
import type { PanelistProceedingsEvent } from './panelist-proceedings.events';
import { type InformationRequestState, initialPanelistProceedings, type OralHearingState, type PanelistProceedingsState } from './panelist-proceedings.state';

// Apart from panelist-proceedings.state.ts, which case.state.ts imports: folding into the case needs OpenCase, and the two would import each other (issue 10).

function withRequest(s: PanelistProceedingsState, id: string, change: (r: InformationRequestState) => InformationRequestState): PanelistProceedingsState {
  const request = s.requests[id];
  return request ? { ...s, requests: withEntry(s.requests, id, change(request)) } : s;
}
function withHearing(s: PanelistProceedingsState, id: string, change: (h: OralHearingState) => OralHearingState): PanelistProceedingsState {
  const hearing = s.hearings[id];
  return hearing ? { ...s, hearings: withEntry(s.hearings, id, change(hearing)) } : s;
}

/** `noticesSent`: the notices sent before the event, which each document sent now records (its notice follows it). */
function evolveSlice(s: PanelistProceedingsState, event: PanelistProceedingsEvent, noticesSent: number): PanelistProceedingsState {
  switch (event.type) {
    case 'PanelistInformationRequested':
      return {
        ...s,
        requests: withEntry(s.requests, event.data.requestId, {
          party: event.data.party, requestedAt: event.data.requestedAt, status: 'requested', afterDefault: false,
          ...(event.data.timeLimitBusinessDays !== undefined ? { timeLimitBusinessDays: event.data.timeLimitBusinessDays } : {}),
          documents: { request: { sentAt: event.data.requestedAt, noticesBefore: noticesSent } },
        }),
      };
    case 'ProceedingsDocumentDelivered':
      return withRequest(s, event.data.requestId, (r) => {
        const doc = r.documents[event.data.document];
        return doc ? { ...r, documents: { ...r.documents, [event.data.document]: { ...doc, deliveredAt: event.data.deliveredAt, deadlineId: event.data.deadlineId } } } : r;
      });
    case 'PanelistInformationAnswered':
      return withRequest(s, event.data.requestId, (r) => ({ ...r, status: 'answered', documents: { ...r.documents, answer: { sentAt: event.data.receivedAt, noticesBefore: noticesSent } } }));
    case 'PanelistAnswerCommented':
      return withRequest(s, event.data.requestId, (r) => ({ ...r, commentedAt: event.data.receivedAt }));
    case 'PanelistDefaultNoticeIssued':
      return withRequest(s, event.data.requestId, (r) => ({ ...r, status: 'defaulted', afterDefault: true, documents: { ...r.documents, 'default-notice': { sentAt: event.data.sentAt, noticesBefore: noticesSent } } }));
    case 'PanelistProceedsWithoutAnswer':
      return withRequest(s, event.data.requestId, (r) => ({ ...r, status: 'proceeded-without-answer' }));
    case 'DecidedWithoutOralHearing':
      return { ...s, decidedWithoutOralHearing: true };
    case 'OralHearingScheduled': {
      const replaced = event.data.reschedules ? withHearing(s, event.data.reschedules, (h) => ({ ...h, status: 'rescheduled' })) : s;
      return { ...replaced, hearings: withEntry(replaced.hearings, event.data.hearingId, { hearingAt: event.data.hearingAt, status: 'scheduled' }) };
    }
    case 'PartyExcludedForProprietaryInformation':
      return s;
    case 'OralHearingAbsenceRecorded':
      return withHearing(s, event.data.hearingId, (h) => ({ ...h, status: 'absence', absentParty: event.data.absentParty }));
    case 'AbsenceReasonReported':
      return withHearing(s, event.data.hearingId, (h) => ({ ...h, reasonReported: true, knownReason: event.data.knownReason }));
    case 'ProceededWithPartyPresent':
      return withHearing(s, event.data.hearingId, (h) => ({ ...h, status: 'proceeded' }));
    case 'InvestigativeAnalysisFurnished':
      return { ...s, investigativeAnalysis: { furnishedAt: event.data.furnishedAt, facts: event.data.facts.length } };
  }
}

/** Folds an event of the Panelist's proceedings into the case; the stage does not change (the Panelist stays appointed). */
export function evolvePanelistProceedings(state: OpenCase, event: PanelistProceedingsEvent): OpenCase {
  return { ...state, panelistProceedings: evolveSlice(state.panelistProceedings ?? initialPanelistProceedings, event, state.noticesSent) };
}
