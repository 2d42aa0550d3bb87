import { procedureProtection, stringSlots } from '@pdr/application';
import { given } from '@pdr/event-sourcing';
import { type CaseCommand, type CaseEvent, caseDecider, ERASED } from '@pdr/procedures';
import { calendar, docketedBbb, run } from '../../libs/procedures/src/cases/case-history.testing';

/** The history as read once every key of the case was destroyed: each sealed field reads `[erased]`. */
function erased(history: readonly CaseEvent[]): CaseEvent[] {
  return history.map((event) => {
    const data = JSON.parse(JSON.stringify(event.data)) as unknown;
    for (const { pattern } of procedureProtection.sealedPatterns(event.type)) {
      for (const slot of stringSlots(data, pattern)) (slot.holder as Record<string | number, unknown>)[slot.key] = ERASED;
    }
    return { ...event, data } as CaseEvent;
  });
}

const at = (day: string) => `2026-06-${day}T15:00:00.000Z`;
const requestHearing: CaseCommand = { kind: 'RequestHearing', caseId: 'case-1', requestedBy: 'complainant', remedies: [{ kind: 'suppress-personal-data' }], calendar, issuedAt: at('10') };

describe('a decider over erased data still folds and decides (issue 9)', () => {
  it('BBB-4.4: a hearing requested on a docketed case whose data reads [erased] decides what it decides on the plain history', () => {
    const history = docketedBbb();
    const plain = given(caseDecider, history).when(requestHearing);
    const forgotten = given(caseDecider, erased(history)).when(requestHearing);
    expect(JSON.stringify(erased(history))).toContain(ERASED);
    expect(JSON.stringify(erased(history))).not.toContain('ada@example.eu');
    expect(forgotten).toEqual(plain);
  });

  it('BBB-8.3: a withdrawn case whose data reads [erased] is still closed, and its file is disposed of as on the plain history', () => {
    const history = run(docketedBbb(), { kind: 'WithdrawComplaint', caseId: 'case-1', reason: 'settled privately', issuedAt: at('11') });
    const dispose: CaseCommand = { kind: 'DisposeCaseFile', caseId: 'case-1', issuedAt: at('20') };
    const forgotten = given(caseDecider, erased(history));
    expect(forgotten.state).toMatchObject({ status: 'closed', parties: { complainantName: ERASED } });
    expect(forgotten.when(dispose)).toEqual(given(caseDecider, history).when(dispose));
    expect(() => given(caseDecider, erased(history)).when({ kind: 'WithdrawComplaint', caseId: 'case-1', issuedAt: at('21') })).toThrow(/closed/);
  });
});
