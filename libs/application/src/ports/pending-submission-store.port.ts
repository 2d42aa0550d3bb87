/**
 * Pending public submissions (CASRO-6, VS-3.1, VS-3.3): a complaint sent through a programme's public form, held until
 * its submitter proves control of the email address. What the submitter sent is personal data: the store holds it
 * sealed with the submission's own data key (`public-submission:<id>`), so destroying that key erases it, and the
 * confirmation code only as a keyed hash. Nothing here is the procedure's record: a submission becomes a contact and
 * a case only once confirmed, through the same commands as staff intake.
 */
export interface PendingSubmissionRecord {
  readonly submissionId: string;
  readonly programmeId: string;
  /** HMAC of the code, bound to the submission: the code itself is never stored. */
  readonly codeHash: string;
  /** Wrong codes still allowed before the submission is purged. */
  readonly attemptsLeft: number;
  /** When it was received (ISO 8601): the complaint's receipt (VS-3.3: delivered on transmission). */
  readonly receivedAt: string;
  /** Unconfirmed by then, it is purged (ISO 8601). */
  readonly expiresAt: string;
  /** What the submitter sent, sealed with the submission's data key. */
  readonly sealed: string;
}

export interface PendingSubmissionStore {
  /** Holds a new submission; refused when its id exists. */
  add(record: PendingSubmissionRecord): Promise<void>;
  find(submissionId: string): Promise<PendingSubmissionRecord | undefined>;
  /**
   * Spends one attempt, atomically: the attempts left after it, or undefined when the submission is unknown or none
   * was left (two wrong guesses at once both count).
   */
  spendAttempt(submissionId: string): Promise<number | undefined>;
  /** Removes it; true for the one caller that removed it. */
  remove(submissionId: string): Promise<boolean>;
  /** The ids of the submissions expired at `now` (purge each: destroy its key, then remove it). */
  expired(now: Date, limit: number): Promise<string[]>;
  close(): Promise<void>;
}
