import { randomBytes } from 'node:crypto';
import { ControllableClock } from '../ports/clock.port';
import type { KeyStore } from '../ports/key-store.port';
import type { PendingSubmissionRecord, PendingSubmissionStore } from '../ports/pending-submission-store.port';
import { codeMatches, hashConfirmationCode, newConfirmationCode, PENDING_SUBMISSION_RULES, PendingSubmissions, pendingSubmissionKey } from './pending-submissions';

class MemoryStore implements PendingSubmissionStore {
  readonly rows = new Map<string, PendingSubmissionRecord>();
  async add(record: PendingSubmissionRecord) {
    if (this.rows.has(record.submissionId)) throw new Error('exists');
    this.rows.set(record.submissionId, record);
  }
  async find(id: string) {
    return this.rows.get(id);
  }
  async spendAttempt(id: string) {
    const row = this.rows.get(id);
    if (!row || row.attemptsLeft <= 0) return undefined;
    this.rows.set(id, { ...row, attemptsLeft: row.attemptsLeft - 1 });
    return row.attemptsLeft - 1;
  }
  async remove(id: string) {
    return this.rows.delete(id);
  }
  async expired(now: Date, limit: number) {
    return [...this.rows.values()].filter((row) => Date.parse(row.expiresAt) <= now.getTime()).slice(0, limit).map((row) => row.submissionId);
  }
  async close() {}
}

class MemoryKeys implements Pick<KeyStore, 'dataKey' | 'findDataKey' | 'destroy'> {
  readonly keys = new Map<string, Buffer | 'destroyed'>();
  async dataKey(subject: string) {
    const key = this.keys.get(subject);
    if (key === 'destroyed') throw new Error('destroyed');
    if (key) return key;
    const made = randomBytes(32);
    this.keys.set(subject, made);
    return made;
  }
  async findDataKey(subject: string) {
    return this.keys.get(subject);
  }
  async destroy(subject: string) {
    this.keys.set(subject, 'destroyed');
  }
}

const COMPLAINT = { complainant: { name: 'Ada Example', email: 'ada@example.eu' }, allegation: 'kept my data' };

function setUp() {
  const store = new MemoryStore();
  const keys = new MemoryKeys();
  const clock = new ControllableClock(new Date('2026-03-02T09:00:00Z'));
  const pending = new PendingSubmissions<typeof COMPLAINT>(store, keys as unknown as KeyStore, clock);
  return { store, keys, clock, pending };
}

const wrongOf = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('confirmation codes of public submissions (CASRO-6)', () => {
  it('are 6 random digits, leading zeros kept', () => {
    const codes = Array.from({ length: 200 }, () => newConfirmationCode(6));
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });

  it('are kept only as a keyed hash bound to their submission: another key or submission does not match', () => {
    const key = randomBytes(32);
    const hash = hashConfirmationCode(key, 'sub-1', '042917');
    expect(hash).not.toContain('042917');
    expect(codeMatches(key, 'sub-1', '042917', hash)).toBe(true);
    expect(codeMatches(key, 'sub-1', '042918', hash)).toBe(false);
    expect(codeMatches(key, 'sub-2', '042917', hash)).toBe(false);
    expect(codeMatches(randomBytes(32), 'sub-1', '042917', hash)).toBe(false);
  });
});

describe('pending public submissions (CASRO-6, VS-3.1, VS-3.3)', () => {
  it('hold the content sealed with the submission\'s own key and the code hashed, received now and expiring in 24 hours', async () => {
    const { store, keys, pending } = setUp();
    const held = await pending.hold('casro-safe-harbor', COMPLAINT);
    const row = store.rows.get(held.submissionId)!;
    expect(row).toMatchObject({ programmeId: 'casro-safe-harbor', attemptsLeft: PENDING_SUBMISSION_RULES.maxAttempts, receivedAt: '2026-03-02T09:00:00.000Z', expiresAt: '2026-03-03T09:00:00.000Z' });
    expect(JSON.stringify(row)).not.toMatch(/Ada Example|ada@example|kept my data/);
    expect(JSON.stringify(row)).not.toContain(held.code);
    expect(keys.keys.get(pendingSubmissionKey(held.submissionId))).toBeInstanceOf(Buffer);
  });

  it('the right code opens the content; once released, the same code finds nothing (single use) and the key is destroyed', async () => {
    const { keys, pending } = setUp();
    const held = await pending.hold('casro-safe-harbor', COMPLAINT);
    expect(await pending.confirm('casro-safe-harbor', held.submissionId, held.code)).toEqual({ kind: 'confirmed', submissionId: held.submissionId, programmeId: 'casro-safe-harbor', receivedAt: held.receivedAt, content: COMPLAINT });
    await pending.release(held.submissionId);
    expect(await pending.confirm('casro-safe-harbor', held.submissionId, held.code)).toEqual({ kind: 'unknown' });
    expect(keys.keys.get(pendingSubmissionKey(held.submissionId))).toBe('destroyed');
  });

  it('a wrong code spends an attempt; the last wrong code purges the submission, after which even the right code is unknown', async () => {
    const { store, keys, pending } = setUp();
    const held = await pending.hold('casro-safe-harbor', COMPLAINT);
    const wrong = wrongOf(held.code);
    const answers = [];
    for (let i = 0; i < PENDING_SUBMISSION_RULES.maxAttempts; i++) answers.push(await pending.confirm('casro-safe-harbor', held.submissionId, wrong));
    expect(answers).toEqual([4, 3, 2, 1, 0].map((attemptsLeft) => ({ kind: 'wrong-code', attemptsLeft })));
    expect(store.rows.has(held.submissionId)).toBe(false);
    expect(keys.keys.get(pendingSubmissionKey(held.submissionId))).toBe('destroyed');
    expect(await pending.confirm('casro-safe-harbor', held.submissionId, held.code)).toEqual({ kind: 'unknown' });
  });

  it('is unknown under another programme than the one it was submitted to, spending no attempt', async () => {
    const { store, pending } = setUp();
    const held = await pending.hold('casro-safe-harbor', COMPLAINT);
    expect(await pending.confirm('verasafe', held.submissionId, held.code)).toEqual({ kind: 'unknown' });
    expect(store.rows.get(held.submissionId)!.attemptsLeft).toBe(PENDING_SUBMISSION_RULES.maxAttempts);
  });

  it('expires: unconfirmed after 24 hours it is unknown, and the sweep purges expired ones (key destroyed) and keeps the rest', async () => {
    const { store, keys, clock, pending } = setUp();
    const old = await pending.hold('casro-safe-harbor', COMPLAINT);
    await clock.advanceTo(new Date('2026-03-02T21:00:00Z'));
    const recent = await pending.hold('casro-safe-harbor', COMPLAINT);
    await clock.advanceTo(new Date('2026-03-03T08:59:59Z'));
    expect(await pending.purgeExpired()).toBe(0);
    await clock.advanceTo(new Date('2026-03-03T09:00:00Z'));
    expect(await pending.purgeExpired()).toBe(1);
    expect(store.rows.has(old.submissionId)).toBe(false);
    expect(keys.keys.get(pendingSubmissionKey(old.submissionId))).toBe('destroyed');
    expect(await pending.confirm('casro-safe-harbor', old.submissionId, old.code)).toEqual({ kind: 'unknown' });
    expect((await pending.confirm('casro-safe-harbor', recent.submissionId, recent.code)).kind).toBe('confirmed');
    await clock.advanceTo(new Date('2026-03-03T21:00:00Z'));
    // Expired when asked, even before a sweep.
    expect(await pending.confirm('casro-safe-harbor', recent.submissionId, recent.code)).toEqual({ kind: 'unknown' });
    expect(keys.keys.get(pendingSubmissionKey(recent.submissionId))).toBe('destroyed');
  });
});
