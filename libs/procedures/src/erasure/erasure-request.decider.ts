import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { assertReceivedNotInFuture, isInstant } from '../shared/instants';
import { requireOneOf, requireRecord, requireText } from '../shared/required-fields';
import type { ErasureRequestCommand, RequestErasure } from './erasure-request.commands';
import { ERASABLE_WHEN, type ErasedData, ERASURE_LEGAL_BASES, ERASURE_REQUESTERS, ERASURE_TARGET_KINDS, type ErasureRequestEvent, type ErasureTarget } from './erasure-request.events';
import type { ErasureRequestState } from './erasure-request.state';

/** Only the target's kind and id reach the event, whatever else the command carried: ids, never data. */
function targetOf(command: RequestErasure): ErasureTarget {
  const covers = requireRecord(command.covers, 'covers');
  const kind = requireOneOf(covers.kind, ERASURE_TARGET_KINDS, 'covers.kind');
  return kind === 'contact' ? { kind, contactId: requireText(covers.contactId, 'covers.contactId') } : { kind, caseId: requireText(covers.caseId, 'covers.caseId') };
}

type Recorded = Exclude<ErasureRequestState, { status: 'none' }>;

/** A request is answered once: completed or deferred (a deferred one is asked again by a new request). */
function requireUnanswered(state: ErasureRequestState, requestId: string): Recorded {
  if (state.status === 'none') throw new RuleViolation('not-found', 'ERASURE-REQUEST-UNKNOWN', `no erasure request ${requestId}`, 'requestId');
  if (state.status !== 'requested') throw new RuleViolation('conflict', 'ERASURE-REQUEST-ANSWERED', `erasure request ${requestId} was already ${state.status}`, 'requestId');
  return state;
}

/**
 * GDPR Art. 17 erasure requests, each on its own stream: recorded as received, then answered once, completed (the
 * covered data's keys destroyed by its own aggregate) or deferred (Art. 17(3): the procedure still needs it).
 */
export const erasureRequestDecider: Decider<ErasureRequestCommand, ErasureRequestState, ErasureRequestEvent> = {
  initialState: { status: 'none' },

  decide(command, state) {
    switch (command.kind) {
      case 'RequestErasure': {
        if (state.status !== 'none') throw new RuleViolation('conflict', 'ERASURE-REQUEST-EXISTS', `erasure request ${command.requestId} is already recorded`, 'requestId');
        const covers = targetOf(command);
        const requestedBy = requireOneOf(command.requestedBy, ERASURE_REQUESTERS, 'requestedBy');
        const legalBasis = requireOneOf(command.legalBasis, ERASURE_LEGAL_BASES, 'legalBasis');
        assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
        return [
          {
            type: 'ErasureRequested',
            data: { requestId: command.requestId, covers, requestedBy, receivedAt: command.receivedAt, legalBasis, recordedBy: requireText(command.recordedBy, 'recordedBy') },
          },
        ];
      }
      case 'CompleteErasure': {
        const request = requireUnanswered(state, command.requestId);
        if (!Array.isArray(command.erased) || command.erased.length === 0) throw new RuleViolation('unprocessable', 'FIELD-REQUIRED', 'erased is required: what was erased', 'erased');
        if (command.erased.some((erased) => erased.kind !== request.covers.kind)) {
          throw new RuleViolation('unprocessable', 'ERASURE-TARGET', `erasure request ${command.requestId} covers ${request.covers.kind} data only`, 'erased');
        }
        const erased: ErasedData[] = command.erased.map(({ kind, keySubjects, alreadyErased }) => ({ kind, keySubjects: [...keySubjects], alreadyErased }));
        return [{ type: 'ErasureCompleted', data: { requestId: command.requestId, erased, completedAt: command.issuedAt } }];
      }
      case 'DeferErasure': {
        requireUnanswered(state, command.requestId);
        if (command.erasableFrom !== undefined && !isInstant(command.erasableFrom)) {
          throw new RuleViolation('unprocessable', 'INSTANT-INVALID', 'erasableFrom must be an ISO 8601 instant with an offset', 'erasableFrom');
        }
        if (command.erasableWhen !== undefined) requireOneOf(command.erasableWhen, ERASABLE_WHEN, 'erasableWhen');
        return [
          {
            type: 'ErasureDeferred',
            data: {
              requestId: command.requestId,
              reason: requireText(command.reason, 'reason'),
              message: requireText(command.message, 'message'),
              ...(command.erasableFrom === undefined ? {} : { erasableFrom: command.erasableFrom }),
              ...(command.erasableWhen === undefined ? {} : { erasableWhen: command.erasableWhen }),
              deferredAt: command.issuedAt,
            },
          },
        ];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ErasureRequested':
        return { status: 'requested', requestId: event.data.requestId, covers: event.data.covers };
      case 'ErasureCompleted':
        return state.status === 'none' ? state : { ...state, status: 'completed', erased: event.data.erased, completedAt: event.data.completedAt };
      case 'ErasureDeferred': {
        if (state.status === 'none') return state;
        const { reason, message, erasableFrom, erasableWhen, deferredAt } = event.data;
        return { ...state, status: 'deferred', deferral: { reason, message, ...(erasableFrom ? { erasableFrom } : {}), ...(erasableWhen ? { erasableWhen } : {}), deferredAt } };
      }
      default:
        return state;
    }
  },
};
