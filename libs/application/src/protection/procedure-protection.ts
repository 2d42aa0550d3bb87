import { type AnyProcedureEvent, dataSubjectKey, type DataSubject, EVENT_CLASSIFICATION, keysForgottenBy } from '@pdr/procedures';
import type { ProtectionPolicy, SealedPattern } from './protection-policy';

const SEALED: ReadonlyMap<string, readonly SealedPattern[]> = new Map(
  Object.entries(EVENT_CLASSIFICATION).map(([type, fields]) => [
    type,
    Object.entries(fields).flatMap(([pattern, fieldClass]) => (fieldClass === 'non-personal' ? [] : [{ pattern, dataSubject: fieldClass.subject }])),
  ]),
);

/** The procedures' classification (event-classification.ts) as the store's protection policy. */
export const procedureProtection: ProtectionPolicy = {
  sealedPatterns: (eventType) => SEALED.get(eventType as AnyProcedureEvent['type']) ?? [],
  keySubject: (streamId, dataSubject) => dataSubjectKey(streamId, dataSubject as DataSubject),
  keysForgottenBy,
};
