import { given, RuleViolation } from '@pdr/event-sourcing';
import type { EraseContact, RecordContact } from './contact.commands';
import { contactDecider } from './contact.decider';
import type { ContactRecorded } from './contact.events';

const recordContact = (overrides: Partial<RecordContact> = {}): RecordContact => ({
  kind: 'RecordContact',
  contactId: 'c-1',
  rulebookId: 'bbb-eu-safe-harbor',
  receivedAt: '2026-03-02T09:00:00.000Z',
  channel: 'email',
  potentialComplainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE' },
  summary: 'Newsletter keeps arriving after unsubscribing',
  issuedAt: '2026-03-02T10:00:00.000Z',
  ...overrides,
});

describe('contact decider', () => {
  it('BBB-2.1 records every contact from a potential Complainant with its basic information', () => {
    const events = given(contactDecider).when(recordContact());
    expect(events).toEqual([
      {
        type: 'ContactRecorded',
        data: {
          contactId: 'c-1',
          rulebook: { id: 'bbb-eu-safe-harbor', version: '1' },
          receivedAt: '2026-03-02T09:00:00.000Z',
          channel: 'email',
          potentialComplainant: { name: 'Ada Example', email: 'ada@example.eu', country: 'DE' },
          summary: 'Newsletter keeps arriving after unsubscribing',
        },
      },
    ]);
  });

  it('BBB-2.1 records a contact that names no country yet (eligibility is judged later)', () => {
    const [event] = given(contactDecider).when(recordContact({ potentialComplainant: { name: 'Anon' } })) as ContactRecorded[];
    expect(event.data.potentialComplainant).toEqual({ name: 'Anon' });
  });

  it('refuses to record the same contact twice', () => {
    const history = given(contactDecider).when(recordContact());
    expect(() => given(contactDecider, history).when(recordContact())).toThrow(
      expect.objectContaining({ kind: 'conflict', rule: 'CONTACT-EXISTS' }),
    );
  });

  it('refuses an unknown rulebook, naming the field', () => {
    expect(() => given(contactDecider).when(recordContact({ rulebookId: 'nope' }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'RULEBOOK-UNKNOWN', field: 'rulebookId' }),
    );
  });

  // Commands built by hand (a script, a worker) bypass the HTTP validation: the decider keeps ContactRecorded complete.
  const without = (field: keyof RecordContact) => ({ ...recordContact(), [field]: undefined }) as unknown as RecordContact;
  it.each([
    ['potentialComplainant', without('potentialComplainant')],
    ['potentialComplainant.name', recordContact({ potentialComplainant: { email: 'ada@example.eu' } as never })],
    ['potentialComplainant.name', recordContact({ potentialComplainant: { name: ' ' } })],
    ['summary', without('summary')],
    ['summary', recordContact({ summary: '' })],
    ['channel', without('channel')],
    ['channel', recordContact({ channel: 'pigeon' as never })],
  ])('refuses a contact without %s, naming the field', (field, command) => {
    expect(() => given(contactDecider).when(command)).toThrow(expect.objectContaining({ kind: 'unprocessable', rule: 'FIELD-REQUIRED', field }));
  });

  it.each(['2026-03-02', '2026-13-45T00:00:00Z', undefined])('refuses a receipt time %s that is no instant', (receivedAt) => {
    expect(() => given(contactDecider).when(recordContact({ receivedAt: receivedAt as string }))).toThrow(
      expect.objectContaining({ kind: 'unprocessable', rule: 'INSTANT-INVALID', field: 'receivedAt' }),
    );
  });

  it('refuses a receipt time after the time the command is issued', () => {
    const act = () => given(contactDecider).when(recordContact({ receivedAt: '2026-03-03T00:00:00.000Z' }));
    expect(act).toThrow(RuleViolation);
    expect(act).toThrow(expect.objectContaining({ field: 'receivedAt' }));
  });

  describe('GDPR Art. 17 erasure', () => {
    const erase = (overrides: Partial<EraseContact> = {}): EraseContact => ({ kind: 'EraseContact', contactId: 'c-1', requestId: 'r-1', issuedAt: '2026-04-01T10:00:00.000Z', ...overrides });

    it('erases a recorded contact at any time, naming the request: the event carries ids only', () => {
      const history = given(contactDecider).when(recordContact());
      const events = given(contactDecider, history).when(erase());
      expect(events).toEqual([{ type: 'ContactErased', data: { contactId: 'c-1', requestId: 'r-1', erasedAt: '2026-04-01T10:00:00.000Z' } }]);
      expect(given(contactDecider, [...history, ...events]).state).toMatchObject({ status: 'recorded', erased: { requestId: 'r-1', erasedAt: '2026-04-01T10:00:00.000Z' } });
    });

    it('erasing an erased contact again erases nothing more (the first erasure stands)', () => {
      const history = given(contactDecider).when(recordContact());
      const erased = [...history, ...given(contactDecider, history).when(erase())];
      expect(given(contactDecider, erased).when(erase({ requestId: 'r-2', issuedAt: '2026-05-01T10:00:00.000Z' }))).toEqual([]);
    });

    it('CONTACT-UNKNOWN refuses to erase a contact never recorded', () => {
      expect(() => given(contactDecider).when(erase())).toThrow(expect.objectContaining({ kind: 'not-found', rule: 'CONTACT-UNKNOWN', field: 'contactId' }));
    });

    it('an erased contact is still recorded: it cannot be recorded again under its id', () => {
      const history = given(contactDecider).when(recordContact());
      const erased = [...history, ...given(contactDecider, history).when(erase())];
      expect(() => given(contactDecider, erased).when(recordContact())).toThrow(expect.objectContaining({ kind: 'conflict', rule: 'CONTACT-EXISTS' }));
    });
  });
});
