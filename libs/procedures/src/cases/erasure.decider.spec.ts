import { given } from '@pdr/event-sourcing';
import { after, docketedBbb, run, stateOf } from './case-history.testing';
import type { CaseCommand, EraseComplainantData } from './case.commands';
import { caseDecider } from './case.decider';
import type { CaseEvent } from './case.events';

const erase = (overrides: Partial<EraseComplainantData> = {}): EraseComplainantData => ({ kind: 'EraseComplainantData', caseId: 'case-1', requestId: 'r-1', issuedAt: '2026-07-01T10:00:00.000Z', ...overrides });
const withdraw: CaseCommand = { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'settled directly', issuedAt: '2026-06-10T10:00:00.000Z' };

/** A docketed BBB case the Complainant withdrew: closed (BBB-6 (3)). */
const closed = (): CaseEvent[] => run(docketedBbb(), withdraw);

describe("case decider: erasing the Complainant's data (GDPR Art. 17)", () => {
  it('ERASURE-CASE-OPEN refuses while the case is open: the procedure needs the data, erasable once the case closes', () => {
    for (const history of [docketedBbb(), docketedBbb().slice(0, 1)]) {
      expect(() => given(caseDecider, history).when(erase())).toThrow(
        expect.objectContaining({ kind: 'conflict', rule: 'ERASURE-CASE-OPEN', field: 'caseId', message: expect.stringContaining('erasable once the case closes') }),
      );
    }
  });

  it('refuses an unknown case', () => {
    expect(() => given(caseDecider).when(erase())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'CASE-UNKNOWN', field: 'caseId' }));
  });

  it('erases on a closed case, naming the request; the event carries ids only', () => {
    const history = closed();
    const events = after(history, erase());
    expect(events).toEqual([{ type: 'ComplainantDataErased', data: { caseId: 'case-1', requestId: 'r-1', erasedAt: '2026-07-01T10:00:00.000Z' } }]);
    expect(stateOf([...history, ...events])).toMatchObject({ status: 'closed', complainantErased: { requestId: 'r-1', erasedAt: '2026-07-01T10:00:00.000Z' } });
  });

  it('erasing again, or after the file was disposed of (BBB-8.3 destroyed the same key), erases nothing more', () => {
    const erased = run(closed(), erase());
    expect(after(erased, erase({ requestId: 'r-2' }))).toEqual([]);
    const disposed = run(closed(), { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: '2026-06-20T10:00:00.000Z' });
    expect(after(disposed, erase())).toEqual([]);
  });

  it('only the erasure acts on the closed case: every other command is still refused, the file may still be disposed of', () => {
    const erased = run(closed(), erase());
    expect(() => given(caseDecider, erased).when(withdraw)).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'BBB-6' }));
    expect(() => given(caseDecider, erased).when({ kind: 'VerifyComplainantIdentity', caseId: 'case-1', method: 'passport', issuedAt: '2026-07-02T00:00:00.000Z' })).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'BBB-6' }),
    );
    expect(after(erased, { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: '2026-07-02T00:00:00.000Z' }).map((event) => event.type)).toEqual(['CaseFileDisposed']);
  });
});
