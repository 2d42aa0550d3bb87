import type { CommandProcessor, EventStore } from '@pdr/application';
import type { RecordedEvent } from '@pdr/event-sourcing';
import type { Projection } from '@pdr/read-side';
import { caseDecider, caseStream, fileComplaintCommand } from '../../support/procedures';

/** Shared by the read-side specs that drive a real log: ids, metadata, a counting projection, a filed case. */

export const systemMetadata = { actorId: 'a', actorRole: 'system' as const, correlationId: 'c', causationId: 'k' };
export const staffContext = { actorId: 'staff-1', actorRole: 'case-manager' as const, correlationId: 'c', commandId: 'k' };
/** Quick retries: the policy's numbers are not what these specs are about. */
export const quickRetries = { attempts: 3, firstPauseMs: 1 };

/** A UUID numbered n: stable ids that sort as their numbers do. */
export const numberedId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Counts each `Counted` event into its own collection; `fails(n)` decides whether applying event n throws, and with what. */
export function tallyProjection(name: string, fails: (n: number) => boolean = () => false, reason: (n: number) => string = (n) => `cannot count ${n}`): Projection {
  return {
    name,
    version: 1,
    collections: [name],
    project: (event: RecordedEvent) => {
      const { n } = event.data as { n: number };
      if (fails(n)) throw new Error(reason(n));
      return [{ collection: name, operation: { updateOne: { filter: { _id: event.streamId }, update: { $setOnInsert: { n } }, upsert: true } } }];
    },
  };
}

/** Appends `Counted` events numbered from..to-1, each on its own stream `tally-n`, with `extra` in their data. */
export async function appendCounted(store: EventStore, from: number, to: number, extra: Record<string, unknown> = {}): Promise<void> {
  for (let n = from; n < to; n++) {
    await store.append(`tally-${n}`, [{ eventId: numberedId(n), type: 'Counted', schemaVersion: 1, data: { n, ...extra }, metadata: systemMetadata }], 'no-stream');
  }
}

/** Files complaint number n (case id `numberedId(n)`, Complainant `Cn`) through the real decider. */
export async function fileNumberedCase(processor: CommandProcessor, n: number): Promise<{ caseId: string; position: number }> {
  const caseId = numberedId(n);
  const filed = await processor.process({ streamId: caseStream(caseId), decider: caseDecider, context: staffContext, command: (issuedAt) => fileComplaintCommand(caseId, issuedAt, `C${n}`) });
  return { caseId, position: filed.position };
}
