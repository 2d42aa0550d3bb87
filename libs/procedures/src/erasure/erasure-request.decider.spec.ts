import { given } from '@pdr/event-sourcing';
import type { CompleteErasure, DeferErasure, ErasureRequestCommand, RequestErasure } from './erasure-request.commands';
import { erasureRequestDecider } from './erasure-request.decider';
import type { ErasureRequestEvent } from './erasure-request.events';

const request = (overrides: Partial<RequestErasure> = {}): RequestErasure => ({
  kind: 'RequestErasure',
  requestId: 'r-1',
  covers: { kind: 'contact', contactId: 'k-1' },
  requestedBy: 'data-subject',
  receivedAt: '2026-07-01T09:00:00.000Z',
  legalBasis: 'art-17-1-b',
  recordedBy: 'account-9',
  issuedAt: '2026-07-01T10:00:00.000Z',
  ...overrides,
});
const complete = (overrides: Partial<CompleteErasure> = {}): CompleteErasure => ({
  kind: 'CompleteErasure', requestId: 'r-1', erased: [{ kind: 'contact', keySubjects: ['contact:k-1'], alreadyErased: false }], issuedAt: '2026-07-01T10:00:01.000Z', ...overrides,
});
const defer = (overrides: Partial<DeferErasure> = {}): DeferErasure => ({
  kind: 'DeferErasure', requestId: 'r-1', reason: 'ERASURE-CASE-OPEN', message: 'case c-1 is open', erasableWhen: 'case-closed', issuedAt: '2026-07-01T10:00:01.000Z', ...overrides,
});

function run(...commands: ErasureRequestCommand[]): ErasureRequestEvent[] {
  const events: ErasureRequestEvent[] = [];
  for (const command of commands) events.push(...given(erasureRequestDecider, events).when(command));
  return events;
}

describe('erasure request decider (GDPR Art. 17)', () => {
  it('records who asked (a capacity), when, on which ground and what it covers, by ids and enumerations only', () => {
    expect(run(request())).toEqual([
      {
        type: 'ErasureRequested',
        data: { requestId: 'r-1', covers: { kind: 'contact', contactId: 'k-1' }, requestedBy: 'data-subject', receivedAt: '2026-07-01T09:00:00.000Z', legalBasis: 'art-17-1-b', recordedBy: 'account-9' },
      },
    ]);
  });

  it("keeps only the target's kind and id, whatever else a hand-built command carried", () => {
    const covers = { kind: 'complainant', caseId: 'c-1', name: 'Ada Example' } as unknown as RequestErasure['covers'];
    const [event] = run(request({ covers, requestedBy: 'parent-or-guardian', legalBasis: 'swiss-fadp' }));
    expect(event!.data).toMatchObject({ covers: { kind: 'complainant', caseId: 'c-1' }, requestedBy: 'parent-or-guardian', legalBasis: 'swiss-fadp' });
    expect(JSON.stringify(event)).not.toContain('Ada');
  });

  it.each([
    ['covers', request({ covers: undefined as never })],
    ['covers.kind', request({ covers: { kind: 'account', accountId: 'a-1' } as never })],
    ['covers.contactId', request({ covers: { kind: 'contact' } as never })],
    ['covers.caseId', request({ covers: { kind: 'complainant', contactId: 'k-1' } as never })],
    ['requestedBy', request({ requestedBy: 'Ada Example' as never })],
    ['legalBasis', request({ legalBasis: 'art-6' as never })],
  ])('refuses a request without a valid %s, naming the field', (field, command) => {
    expect(() => run(command)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'FIELD-REQUIRED', field }));
  });

  it('refuses a receipt time that is no instant or lies after the command', () => {
    expect(() => run(request({ receivedAt: '2026-07-01' }))).toThrow(expect.objectContaining({ rule: 'INSTANT-INVALID', field: 'receivedAt' }));
    expect(() => run(request({ receivedAt: '2026-07-02T00:00:00.000Z' }))).toThrow(expect.objectContaining({ rule: 'RECEIPT-IN-FUTURE', field: 'receivedAt' }));
  });

  it('ERASURE-REQUEST-EXISTS refuses to record the same request twice', () => {
    expect(() => run(request(), request())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'ERASURE-REQUEST-EXISTS' }));
  });

  it('completes with what was erased: the kind and the destroyed key subjects', () => {
    const events = run(request(), complete());
    expect(events[1]).toEqual({ type: 'ErasureCompleted', data: { requestId: 'r-1', erased: [{ kind: 'contact', keySubjects: ['contact:k-1'], alreadyErased: false }], completedAt: '2026-07-01T10:00:01.000Z' } });
    expect(given(erasureRequestDecider, events).state).toMatchObject({ status: 'completed', completedAt: '2026-07-01T10:00:01.000Z' });
  });

  it('ERASURE-CASE-OPEN defers with the reason, a message and when the data becomes erasable (the case closing: no instant known yet)', () => {
    const events = run(request({ covers: { kind: 'complainant', caseId: 'c-1' } }), defer());
    expect(events[1]).toEqual({ type: 'ErasureDeferred', data: { requestId: 'r-1', reason: 'ERASURE-CASE-OPEN', message: 'case c-1 is open', erasableWhen: 'case-closed', deferredAt: '2026-07-01T10:00:01.000Z' } });
    expect(given(erasureRequestDecider, events).state).toMatchObject({ status: 'deferred', deferral: { reason: 'ERASURE-CASE-OPEN', erasableWhen: 'case-closed' } });
    expect(run(request(), defer({ erasableWhen: undefined, erasableFrom: '2027-01-01T00:00:00Z' }))[1]!.data).toMatchObject({ erasableFrom: '2027-01-01T00:00:00Z' });
    expect(() => run(request(), defer({ erasableFrom: 'when the case closes' }))).toThrow(expect.objectContaining({ rule: 'INSTANT-INVALID', field: 'erasableFrom' }));
  });

  it('ERASURE-REQUEST-ANSWERED answers a request once: completed or deferred, never both, never twice', () => {
    expect(() => run(request(), complete(), complete())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'ERASURE-REQUEST-ANSWERED' }));
    expect(() => run(request(), defer(), complete())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'ERASURE-REQUEST-ANSWERED' }));
    expect(() => run(complete())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'ERASURE-REQUEST-UNKNOWN' }));
  });

  it('ERASURE-TARGET refuses to complete with data of another kind than the request covers, or with nothing', () => {
    expect(() => run(request(), complete({ erased: [] }))).toThrow(expect.objectContaining({ kind: 'unprocessable', field: 'erased' }));
    expect(() => run(request(), complete({ erased: [{ kind: 'complainant', keySubjects: ['case:c-1:complainant'], alreadyErased: false }] }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'ERASURE-TARGET', field: 'erased' }),
    );
  });
});
