/** After this many failed sign-ins in a row, a user name is refused for a while: guessing passwords gets slow. */
const MAX_FAILURES = 5;
const LOCK_MS = 5 * 60_000;
const MAX_TRACKED = 50_000;

/** Per user name, in memory: failures since the last success, and until when it is refused. */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  isLocked(username: string, now = Date.now()): boolean {
    return (this.failures.get(username.toLowerCase())?.lockedUntil ?? 0) > now;
  }

  failed(username: string, now = Date.now()): void {
    if (this.failures.size > MAX_TRACKED) this.failures.clear();
    const key = username.toLowerCase();
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    this.failures.set(key, { count, lockedUntil: count >= MAX_FAILURES ? now + LOCK_MS : 0 });
  }

  succeeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }
}
