/** Which fields of an event are sealed and with whose key: what the store's protection needs from the procedures. */
export interface ProtectionPolicy {
  /** The classification patterns of an event type's personal and confidential fields, each with its data subject. */
  sealedPatterns(eventType: string): readonly SealedPattern[];
  /** The key subject (`case:<id>:file`) of a field of that data subject written to that stream. */
  keySubject(streamId: string, dataSubject: string): string;
  /** The data keys an event's recording destroys (disposal, erasure): none for most events. */
  keysForgottenBy(streamId: string, eventType: string, data: unknown): readonly string[];
}

export interface SealedPattern {
  readonly pattern: string;
  readonly dataSubject: string;
}
