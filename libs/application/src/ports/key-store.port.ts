/**
 * Key store port: one data key per data subject (`case:<id>:complainant`, `contact:<id>`, …), kept apart from the
 * log and stored wrapped by a key-encryption key (KEK) from configuration. Destroying a subject's key erases every
 * copy of what was encrypted with it, backups of the log included (crypto-shredding).
 */
export interface KeyStore {
  /** The subject's data key (32 bytes, AES-256), made on first use. Refused for a subject whose key was destroyed. */
  dataKey(subject: string): Promise<Buffer>;
  /** The subject's key; `destroyed` once destroyed (what it encrypted is erased); undefined when none was ever made. */
  findDataKey(subject: string): Promise<Buffer | 'destroyed' | undefined>;
  /** `findDataKey` for many subjects at once (a batch of events read): one round trip, not one per subject. */
  findDataKeys(subjects: readonly string[]): Promise<Map<string, Buffer | 'destroyed' | undefined>>;
  /** Destroys the key for good; idempotent. */
  destroy(subject: string, at: Date): Promise<void>;
  /** Re-wraps every data key under a new KEK (rotation); answers how many were re-wrapped. The old KEK is then unused. */
  rewrap(newKek: Buffer, newKekId: string): Promise<number>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  close(): Promise<void>;
}

/** A subject's key was destroyed: its data is erased and no new data may be written under it. */
export class DataKeyDestroyedError extends Error {
  constructor(readonly subject: string) {
    super(`the data key of ${subject} was destroyed`);
    this.name = 'DataKeyDestroyedError';
  }
}
