// Test-only builders: records shaped as the ESDB client returns them, so pure logic runs without a server.
import { randomUUID } from 'node:crypto';
import type { AllStreamRecordedEvent, AllStreamResolvedEvent, JSONType, ReadPosition } from '@eventstore/db-client';
import type { ReadAllPage } from './all-reader';

export interface FakeRecord {
  readonly streamId: string;
  readonly type: string;
  readonly prepare: number;
  /** What the server reports as commit position; defaults to the prepare position. */
  readonly commit?: number;
  readonly revision?: number;
  readonly data?: JSONType;
  readonly metadata?: unknown;
  readonly id?: string;
}

export const OUR_METADATA = {
  actorId: 'user-1',
  actorRole: 'case-manager',
  correlationId: 'corr-1',
  causationId: 'cmd-1',
  schemaVersion: 1,
  $correlationId: 'corr-1',
  $causationId: 'cmd-1',
};

export function esdbRecord(record: FakeRecord): AllStreamRecordedEvent {
  return {
    streamId: record.streamId,
    id: record.id ?? randomUUID(),
    isJson: true,
    revision: BigInt(record.revision ?? 0),
    type: record.type,
    created: new Date('2025-01-02T03:04:05.678Z'),
    data: record.data ?? { n: record.prepare },
    metadata: (record.metadata ?? OUR_METADATA) as JSONType,
    position: { commit: BigInt(record.commit ?? record.prepare), prepare: BigInt(record.prepare) },
  };
}

export function resolved(record: FakeRecord): AllStreamResolvedEvent {
  const event = esdbRecord(record);
  return { event, commitPosition: event.position.commit };
}

/**
 * $all as the server reads it for gRPC-written (implicitly committed) events: forward reads include
 * their start position, backward reads exclude it, and both compare by the records' own log position.
 */
export function fakeLog(records: readonly FakeRecord[]): { readPage: ReadAllPage; calls: ReadPosition[] } {
  const sorted = [...records].sort((a, b) => a.prepare - b.prepare);
  const calls: ReadPosition[] = [];
  const readPage: ReadAllPage = async (from, direction, maxCount) => {
    calls.push(from);
    const start = typeof from === 'string' ? undefined : Number(from.prepare);
    const page =
      direction === 'forwards'
        ? sorted.filter((r) => from !== 'end' && (start === undefined || r.prepare >= start))
        : [...sorted].reverse().filter((r) => from !== 'start' && (start === undefined || r.prepare < start));
    return page.slice(0, maxCount).map(resolved);
  };
  return { readPage, calls };
}
