/** How often one event is tried before it is quarantined, and the pause before the first retry (doubling after). */
export interface AttemptPolicy {
  readonly attempts: number;
  readonly firstPauseMs: number;
}

export const DEFAULT_ATTEMPT_POLICY: AttemptPolicy = { attempts: 3, firstPauseMs: 50 };

export type AttemptOutcome = { readonly ok: true } | { readonly ok: false; readonly error: unknown; readonly attempts: number };

/**
 * Tries one event's application a bounded number of times, to absorb a transient fault. When the read store
 * itself is down the error is rethrown at once: that is no fault of the event, and the runner retries its whole
 * batch from the checkpoint instead of quarantining events that are fine.
 */
export async function attemptEvent(apply: () => Promise<void>, storeDown: () => Promise<boolean>, policy: AttemptPolicy): Promise<AttemptOutcome> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      await apply();
      return { ok: true };
    } catch (error) {
      if (await storeDown()) throw error;
      lastError = error;
    }
    if (attempt < policy.attempts) await pause(policy.firstPauseMs * 2 ** (attempt - 1));
  }
  return { ok: false, error: lastError, attempts: policy.attempts };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
