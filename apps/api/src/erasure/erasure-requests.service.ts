import { randomUUID } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { type CommandContext, type CommandOutcome, CommandProcessor, deterministicId, type EventStore } from '@pdr/application';
import { type NewEvent, RuleViolation } from '@pdr/event-sourcing';
import { EVENT_STORE } from '@pdr/platform';
import {
  caseDecider,
  caseStream,
  contactDecider,
  contactStream,
  type DeferErasure,
  type ErasedData,
  ERASURE_CASE_OPEN,
  type ErasureCompleted,
  type ErasureDeferred,
  type ErasureRequestCommand,
  erasureRequestDecider,
  erasureRequestStream,
  type ErasureTarget,
  keysForgottenBy,
} from '@pdr/procedures';
import type { ErasureAnswerDto, ErasureTargetDto, RequestErasureDto } from './erasure-request.dto';

/** What erasing the covered data came to: erased (the keys destroyed), or deferred, and why. */
type Erasure = { readonly erased: ErasedData } | { readonly deferred: Omit<DeferErasure, 'kind' | 'requestId' | 'issuedAt'> };

/**
 * One step of a request with an Idempotency-Key: each stream it writes gets event ids of its own, so a retry replays
 * each step (the request, the erasure, the answer) instead of finding the first step's ids on the answer's stream.
 */
function step(context: CommandContext, name: string): CommandContext {
  return context.idempotencyKey ? { ...context, idempotencyKey: deterministicId(context.idempotencyKey, name) } : context;
}

const targetOf = (covers: ErasureTargetDto): ErasureTarget => (covers.kind === 'contact' ? { kind: 'contact', contactId: covers.contactId! } : { kind: 'complainant', caseId: covers.caseId! });

/**
 * GDPR Art. 17 erasure requests: records the request, asks the covered data's own aggregate to erase it (its event
 * destroys the data key, through the protected store), and records the answer. The request's stream keeps the fact
 * of the erasure (ids and enumerations), never the data.
 */
@Injectable()
export class ErasureRequests {
  constructor(
    private readonly processor: CommandProcessor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async request(context: CommandContext, body: RequestErasureDto): Promise<ErasureAnswerDto> {
    const requestId = context.idempotencyKey ? deterministicId('erasure-request', context.idempotencyKey) : randomUUID();
    const covers = targetOf(body.covers);
    await this.requireTarget(covers);
    const streamId = erasureRequestStream(requestId);
    const run = (name: string, command: (issuedAt: string) => ErasureRequestCommand) => this.processor.process({ streamId, decider: erasureRequestDecider, context: step(context, name), command });

    await run('request', (issuedAt) => ({ kind: 'RequestErasure', requestId, covers, requestedBy: body.requestedBy, receivedAt: body.receivedAt, legalBasis: body.legalBasis, recordedBy: context.actorId, issuedAt }));
    const { state } = await this.processor.state(streamId, erasureRequestDecider);
    // A retry (same Idempotency-Key) of a request already answered: the answer it recorded, nothing done again.
    if (state.status !== 'requested') return this.recordedAnswer(requestId);
    const erasure = await this.erase(covers, requestId, step(context, 'erase'));
    const answered = await run('answer', (issuedAt) =>
      'erased' in erasure ? { kind: 'CompleteErasure', requestId, erased: [erasure.erased], issuedAt } : { kind: 'DeferErasure', requestId, ...erasure.deferred, issuedAt },
    );
    return { requestId, ...answerIn(answered.events), revision: answered.revision, position: answered.position };
  }

  private async recordedAnswer(requestId: string): Promise<ErasureAnswerDto> {
    const history = await this.store.readStream(erasureRequestStream(requestId));
    const answer = history.findLast((event) => event.type === 'ErasureCompleted' || event.type === 'ErasureDeferred')!;
    return { requestId, ...answerIn([answer]), revision: history.length - 1, position: answer.globalPosition };
  }

  /** 404 before anything is recorded: a request about nothing is no request. */
  private async requireTarget(covers: ErasureTarget): Promise<void> {
    if (covers.kind === 'contact') {
      const { state } = await this.processor.state(contactStream(covers.contactId), contactDecider);
      if (state.status === 'none') throw new NotFoundException({ message: `no contact ${covers.contactId}`, field: 'covers.contactId' });
    } else {
      const { state } = await this.processor.state(caseStream(covers.caseId), caseDecider);
      if (state.status === 'none') throw new NotFoundException({ message: `no case ${covers.caseId}`, field: 'covers.caseId' });
    }
  }

  /** The covered data's own aggregate decides; its erasure event destroys the key as it is appended (FORGETTING_EVENTS). */
  private async erase(covers: ErasureTarget, requestId: string, context: CommandContext): Promise<Erasure> {
    if (covers.kind === 'contact') {
      const streamId = contactStream(covers.contactId);
      const outcome = await this.processor.process({ streamId, decider: contactDecider, context, command: (issuedAt) => ({ kind: 'EraseContact' as const, contactId: covers.contactId, requestId, issuedAt }) });
      return { erased: erasedBy(outcome, streamId, 'contact', 'ContactErased', { contactId: covers.contactId }) };
    }
    const streamId = caseStream(covers.caseId);
    try {
      const outcome = await this.processor.process({ streamId, decider: caseDecider, context, command: (issuedAt) => ({ kind: 'EraseComplainantData' as const, caseId: covers.caseId, requestId, issuedAt }) });
      return { erased: erasedBy(outcome, streamId, 'complainant', 'ComplainantDataErased', { caseId: covers.caseId }) };
    } catch (error) {
      // GDPR Art. 17(3)(e): the open procedure needs the data; it becomes erasable when the case closes (no instant known).
      if (!(error instanceof RuleViolation) || error.rule !== ERASURE_CASE_OPEN) throw error;
      return { deferred: { reason: error.rule, message: error.message.replace(`${error.rule}: `, ''), erasableWhen: 'case-closed' } };
    }
  }
}

/** The keys the erasure event destroyed, or, when an earlier erasure had left nothing to do, the ones it had destroyed. */
function erasedBy(outcome: CommandOutcome, streamId: string, kind: ErasedData['kind'], type: string, ids: Record<string, string>): ErasedData {
  const event = outcome.events.find((written) => written.type === type);
  return { kind, keySubjects: [...keysForgottenBy(streamId, type, event?.data ?? ids)], alreadyErased: event === undefined };
}

function answerIn(events: readonly NewEvent[]): Pick<ErasureAnswerDto, 'status' | 'erased' | 'reason' | 'message' | 'erasableFrom' | 'erasableWhen'> {
  const completed = events.find((event) => event.type === 'ErasureCompleted');
  if (completed) return { status: 'completed', erased: (completed.data as ErasureCompleted['data']).erased.map((erased) => ({ ...erased, keySubjects: [...erased.keySubjects] })) };
  const deferred = events.find((event) => event.type === 'ErasureDeferred');
  if (!deferred) throw new Error('an erasure request was answered with neither ErasureCompleted nor ErasureDeferred');
  const { reason, message, erasableFrom, erasableWhen } = deferred.data as ErasureDeferred['data'];
  return { status: 'deferred', erased: [], reason, message, ...(erasableFrom ? { erasableFrom } : {}), ...(erasableWhen ? { erasableWhen } : {}) };
}
