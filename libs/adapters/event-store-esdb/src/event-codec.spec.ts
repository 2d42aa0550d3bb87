import type { NewEvent } from '@pdr/event-sourcing';
import { toEsdbEventId } from './event-id';
import { isSystemEvent, toEventData, toRecordedEvent } from './event-codec';
import { decodeMetadata, encodeMetadata } from './metadata-codec';
import { esdbRecord } from './esdb-client.fixture';

const event: NewEvent = {
  eventId: '6f1c2b9a-3d4e-4f5a-8b6c-7d8e9f0a1b2c',
  type: 'ComplaintFiled',
  schemaVersion: 2,
  data: { caseId: 'case-1', channel: 'email' },
  metadata: {
    actorId: 'user-1',
    actorRole: 'complainant',
    correlationId: 'corr-1',
    causationId: 'cmd-1',
    rulebook: { id: 'bbb-eu-safe-harbor', version: '2024.1' },
  },
};

describe('toEsdbEventId', () => {
  it('keeps canonical lower-case UUIDs', () => {
    expect(toEsdbEventId(event.eventId)).toBe(event.eventId);
  });

  it('derives a stable UUID for any other id', () => {
    const derived = toEsdbEventId('e1');
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toEsdbEventId('e1')).toBe(derived);
    expect(toEsdbEventId('e2')).not.toBe(derived);
    expect(toEsdbEventId(event.eventId.toUpperCase())).not.toBe(event.eventId.toUpperCase());
  });
});

describe('metadata encoding', () => {
  it('stores our metadata, the schema version and ESDB correlation keys', () => {
    expect(encodeMetadata(event, event.eventId)).toEqual({
      actorId: 'user-1',
      actorRole: 'complainant',
      correlationId: 'corr-1',
      causationId: 'cmd-1',
      rulebook: { id: 'bbb-eu-safe-harbor', version: '2024.1' },
      schemaVersion: 2,
      $correlationId: 'corr-1',
      $causationId: 'cmd-1',
    });
  });

  it('keeps the original id only when ESDB holds a derived one', () => {
    expect(encodeMetadata({ ...event, eventId: 'e1' }, toEsdbEventId('e1')).eventId).toBe('e1');
    expect(encodeMetadata(event, event.eventId)).not.toHaveProperty('eventId');
  });

  it('round-trips through JSON', () => {
    const stored = JSON.parse(JSON.stringify(encodeMetadata(event, event.eventId))) as unknown;
    expect(decodeMetadata(stored, 'here')).toEqual({ metadata: event.metadata, schemaVersion: 2 });
  });

  it('omits an absent rulebook', () => {
    const { rulebook: _ignored, ...withoutRulebook } = event.metadata;
    const encoded = encodeMetadata({ ...event, metadata: withoutRulebook }, event.eventId);
    expect(encoded).not.toHaveProperty('rulebook');
    expect(decodeMetadata(encoded, 'here').metadata).toEqual(withoutRulebook);
  });

  it('falls back to the ESDB correlation keys', () => {
    const decoded = decodeMetadata({ actorId: 'a', actorRole: 'system', $correlationId: 'c', $causationId: 'k', schemaVersion: 1 }, 'here');
    expect(decoded.metadata).toMatchObject({ correlationId: 'c', causationId: 'k' });
  });

  it.each([
    ['not an object', 'text'],
    ['binary', new Uint8Array([1])],
    ['without actor', { actorRole: 'system', correlationId: 'c', causationId: 'k', schemaVersion: 1 }],
    ['without schema version', { actorId: 'a', actorRole: 'system', correlationId: 'c', causationId: 'k' }],
    ['with a malformed rulebook', { actorId: 'a', actorRole: 'system', correlationId: 'c', causationId: 'k', schemaVersion: 1, rulebook: 'x' }],
  ])('rejects metadata %s', (_label, raw) => {
    expect(() => decodeMetadata(raw, 'Event x')).toThrow(/^Event x: /);
  });
});

describe('toEventData', () => {
  it('builds a JSON event with our id, type, data and metadata', () => {
    const data = toEventData(event);
    expect(data).toMatchObject({ id: event.eventId, contentType: 'application/json', type: 'ComplaintFiled', data: event.data });
    expect(data.metadata).toMatchObject({ schemaVersion: 2, $correlationId: 'corr-1' });
  });

  it('sends null for undefined data', () => {
    expect(toEventData({ ...event, data: undefined }).data).toBeNull();
  });
});

describe('toRecordedEvent', () => {
  it('maps an ESDB record to ours', () => {
    const record = esdbRecord({ streamId: 'case-1', type: 'ComplaintFiled', prepare: 340, commit: 220, revision: 4, data: { a: 1 } });
    const stored = JSON.parse(JSON.stringify(encodeMetadata(event, event.eventId))) as unknown;
    expect(toRecordedEvent({ ...record, id: event.eventId, metadata: stored as never })).toEqual({
      eventId: event.eventId,
      type: 'ComplaintFiled',
      schemaVersion: 2,
      data: { a: 1 },
      metadata: event.metadata,
      streamId: 'case-1',
      revision: 4,
      globalPosition: 340,
      recordedAt: '2025-01-02T03:04:05.678Z',
    });
  });

  it('restores an original id kept in metadata', () => {
    const record = esdbRecord({ streamId: 'case-1', type: 'T', prepare: 1, metadata: encodeMetadata({ ...event, eventId: 'e1' }, toEsdbEventId('e1')) });
    expect(toRecordedEvent(record).eventId).toBe('e1');
  });

  it('refuses binary events', () => {
    const record = esdbRecord({ streamId: 'case-1', type: 'T', prepare: 1 });
    expect(() => toRecordedEvent({ ...record, isJson: false, data: new Uint8Array() } as never)).toThrow(/not a JSON event/);
  });
});

describe('isSystemEvent', () => {
  it.each([
    [{ type: '$metadata', streamId: '$$case-1' }, true],
    [{ type: '$>', streamId: '$ce-case' }, true],
    [{ type: 'Anything', streamId: '$projections-x' }, true],
    [{ type: '$statsCollected', streamId: 'odd' }, true],
    [{ type: 'ComplaintFiled', streamId: 'case-1' }, false],
  ])('%o is %s', (event, expected) => {
    expect(isSystemEvent(event)).toBe(expected);
  });
});
