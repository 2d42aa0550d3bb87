import { createHmac, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../ports/clock.port';
import type { KeyStore } from '../ports/key-store.port';
import type { PendingSubmissionRecord, PendingSubmissionStore } from '../ports/pending-submission-store.port';
import { openField, sealField } from '../protection/field-cipher';

/** How a public submission is held until confirmed. */
export interface PendingSubmissionRules {
  /** Digits in the confirmation code. */
  readonly codeDigits: number;
  /** Wrong codes allowed; the last one purges the submission. */
  readonly maxAttempts: number;
  /** How long an unconfirmed submission is held (milliseconds). */
  readonly holdForMs: number;
}

export const PENDING_SUBMISSION_RULES: PendingSubmissionRules = { codeDigits: 6, maxAttempts: 5, holdForMs: 24 * 60 * 60 * 1000 };

/** The key a submission's content is sealed with: destroying it erases the submission, backups included. */
export const pendingSubmissionKey = (submissionId: string): string => `public-submission:${submissionId}`;
/** The service's key for hashing confirmation codes (a plain digest of a 6-digit code is guessed offline at once). */
const CODE_HASH_KEY_SUBJECT = 'service:public-intake-codes';

const binding = (submissionId: string) => `public-submission\u0000${submissionId}`;

export type ConfirmationResult<T> =
  | { readonly kind: 'confirmed'; readonly submissionId: string; readonly programmeId: string; readonly receivedAt: string; readonly content: T }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'wrong-code'; readonly attemptsLeft: number };

/** A random code of `digits` decimal digits, leading zeros kept (crypto-grade, uniform). */
export function newConfirmationCode(digits: number): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** The code's keyed hash, bound to its submission: the same code for another submission hashes otherwise. */
export function hashConfirmationCode(key: Buffer, submissionId: string, code: string): string {
  return createHmac('sha256', key).update(`${submissionId}\u0000${code}`).digest('hex');
}

/** Constant-time comparison of a code with the stored hash. */
export function codeMatches(key: Buffer, submissionId: string, code: string, codeHash: string): boolean {
  const given = Buffer.from(hashConfirmationCode(key, submissionId, code), 'hex');
  const stored = Buffer.from(codeHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Holds public submissions until their submitter proves control of the address: content sealed with the submission's
 * own key, a single-use code stored as a keyed hash, a limited number of attempts, and expiry (purged: key destroyed,
 * row removed). Knows nothing of the procedure: what the content is and what confirming files is the caller's.
 */
export class PendingSubmissions<T> {
  constructor(
    private readonly store: PendingSubmissionStore,
    private readonly keys: KeyStore,
    private readonly clock: Clock,
    private readonly rules: PendingSubmissionRules = PENDING_SUBMISSION_RULES,
  ) {}

  private codeKey?: Promise<Buffer>;

  private hashKey(): Promise<Buffer> {
    this.codeKey ??= this.keys.dataKey(CODE_HASH_KEY_SUBJECT).catch((error: unknown) => {
      this.codeKey = undefined;
      throw error;
    });
    return this.codeKey;
  }

  /** Holds `content`; answers the submission's id, its code (to send, never to keep) and when it expires. */
  async hold(programmeId: string, content: T): Promise<{ submissionId: string; code: string; receivedAt: string; expiresAt: string }> {
    const submissionId = randomUUID();
    const code = newConfirmationCode(this.rules.codeDigits);
    const now = this.clock.now();
    const receivedAt = now.toISOString();
    const expiresAt = new Date(now.getTime() + this.rules.holdForMs).toISOString();
    const sealed = sealField(await this.keys.dataKey(pendingSubmissionKey(submissionId)), binding(submissionId), JSON.stringify(content));
    await this.store.add({ submissionId, programmeId, codeHash: hashConfirmationCode(await this.hashKey(), submissionId, code), attemptsLeft: this.rules.maxAttempts, receivedAt, expiresAt, sealed });
    return { submissionId, code, receivedAt, expiresAt };
  }

  /**
   * Checks a code: `confirmed` with the content (the submission stays held until `release`, so filing can be retried),
   * `wrong-code` with the attempts left (none left: purged), or `unknown` (never held, another programme's, expired,
   * purged or released).
   */
  async confirm(programmeId: string, submissionId: string, code: string): Promise<ConfirmationResult<T>> {
    const record = await this.store.find(submissionId);
    if (!record || record.programmeId !== programmeId) return { kind: 'unknown' };
    if (this.isExpired(record)) {
      await this.purge(submissionId);
      return { kind: 'unknown' };
    }
    if (record.attemptsLeft <= 0) return { kind: 'unknown' };
    if (!codeMatches(await this.hashKey(), submissionId, code, record.codeHash)) {
      const attemptsLeft = await this.store.spendAttempt(submissionId);
      if (attemptsLeft === undefined) return { kind: 'unknown' };
      if (attemptsLeft <= 0) await this.purge(submissionId);
      return { kind: 'wrong-code', attemptsLeft };
    }
    const key = await this.keys.findDataKey(pendingSubmissionKey(submissionId));
    if (!Buffer.isBuffer(key)) {
      await this.store.remove(submissionId);
      return { kind: 'unknown' };
    }
    const content = JSON.parse(openField(key, binding(submissionId), record.sealed)) as T;
    return { kind: 'confirmed', submissionId, programmeId: record.programmeId, receivedAt: record.receivedAt, content };
  }

  /** Done with it (filed): the code is spent and the content erased. */
  release(submissionId: string): Promise<void> {
    return this.purge(submissionId);
  }

  /** Purges every submission expired now; answers how many. */
  async purgeExpired(limit = 500): Promise<number> {
    const ids = await this.store.expired(this.clock.now(), limit);
    for (const id of ids) await this.purge(id);
    return ids.length;
  }

  private isExpired(record: PendingSubmissionRecord): boolean {
    return Date.parse(record.expiresAt) <= this.clock.now().getTime();
  }

  /** The key first: once it is gone the content is erased, whatever happens to the row. */
  private async purge(submissionId: string): Promise<void> {
    await this.keys.destroy(pendingSubmissionKey(submissionId), this.clock.now());
    await this.store.remove(submissionId);
  }
}
