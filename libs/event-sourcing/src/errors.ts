/**
 * A command refused by the procedure. `kind` says how a client should read it:
 * - 'conflict': the case is not in a state that allows the action (HTTP 409);
 * - 'unprocessable': the request is well-formed but the rules forbid what it asks (HTTP 422);
 * - 'not-found': the case or record it names does not exist (HTTP 404).
 */
export class RuleViolation extends Error {
  constructor(
    readonly kind: 'conflict' | 'unprocessable' | 'not-found',
    /** A rule ID from the catalogue (e.g. BBB-4.4) or a system rule (e.g. CASE-EXISTS). */
    readonly rule: string,
    message: string,
    /** The command field the violation is about, when there is one. */
    readonly field?: string,
  ) {
    super(`${rule}: ${message}`);
    this.name = 'RuleViolation';
  }
}
