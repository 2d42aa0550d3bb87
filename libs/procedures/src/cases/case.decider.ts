import type { Decider } from '@pdr/event-sourcing';
import { evolveDeadlines } from '../deadlines/deadline.state';
import type { CaseCommand } from './case.commands';
import type { CaseEvent } from './case.events';
import type { CaseState } from './case.state';
import { extendDeadline } from './decisions/extend-deadline';
import { fileComplaint } from './decisions/file-complaint';
import { receiveInformation } from './decisions/receive-information';
import { recordLapse } from './decisions/record-lapse';
import { requestInformation } from './decisions/request-information';
import { verifyIdentity } from './decisions/verify-identity';

function decide(command: CaseCommand, state: CaseState): readonly CaseEvent[] {
  switch (command.kind) {
    case 'FileComplaint':
      return fileComplaint(command, state);
    case 'VerifyComplainantIdentity':
      return verifyIdentity(command, state);
    case 'RequestInformation':
      return requestInformation(command, state);
    case 'ReceiveRequestedInformation':
      return receiveInformation(command, state);
    case 'ExtendDeadline':
      return extendDeadline(command, state);
    case 'RecordDeadlineLapse':
      return recordLapse(command, state);
  }
}

function evolve(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'ComplaintFiled') {
    return {
      status: 'open',
      caseId: event.data.caseId,
      rulebook: event.data.rulebook,
      stage: 'eligibility-review',
      receivedAt: event.data.receivedAt,
      identityVerified: false,
      deadlines: {},
      noticesSent: 0,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ComplainantIdentityVerified':
      return { ...state, identityVerified: true };
    case 'InformationRequested':
      return { ...state, stage: 'awaiting-information' };
    case 'RequestedInformationReceived':
      return { ...state, stage: 'eligibility-review' };
    case 'NoticeSent':
      return { ...state, noticesSent: state.noticesSent + 1 };
    case 'CaseClosed':
      return { ...state, status: 'closed', stage: 'closed', closure: { reason: event.data.reason, rule: event.data.rule } };
    default:
      return { ...state, deadlines: evolveDeadlines(state.deadlines, event) };
  }
}

export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent> = { initialState: { status: 'none' }, decide, evolve };
