/**
 * The parts of appointing a decision-maker that differ between procedures, as data (issue 10): how the person is
 * chosen, what they must hold, and whom the case's own history rules out. `PanelRules` composes them with the role's
 * name, conflicts, objections and stages.
 */

/**
 * How the decision-maker is chosen. `random-draw`: one drawn at random from the pool's eligible members, the seed
 * recorded (BBB-4.2). `designation`: the administrator names a member of the pool (VeraSafe appoints its officer).
 */
export type AppointmentChoice =
  | { readonly method: 'random-draw'; readonly rule: string }
  | { readonly method: 'designation'; readonly rule: string };

/** One credential that satisfies a requirement, as the Board records it ('CIPP'), and what the procedure asks of it. */
export interface AcceptedCredential {
  readonly credential: string;
  /** In the procedure's words, e.g. "a current CIPP"; the administrator checks what the record cannot (currency). */
  readonly description: string;
}

/** A qualification the decision-maker must hold: any one of the credentials listed meets it. */
export interface QualificationRequirement {
  readonly rule: string;
  readonly anyOf: readonly AcceptedCredential[];
}

/**
 * Persons the case's own history rules out, evaluated by the appointment part against the case:
 * - `not-the-officer-who-heard-the-case`: whoever issued the case's Decision (VS-9.3: the appellate officer is not the
 *   hearing officer of the same Complaint).
 */
export type ExcludedPersonKind = 'not-the-officer-who-heard-the-case';
export interface ExcludedPerson {
  readonly person: ExcludedPersonKind;
  readonly rule: string;
}

/**
 * What follows when the decision-maker is set aside (self-disqualified, or an objection upheld): `new-draw`, a
 * replacement drawn at once with a new seed (BBB-4.2.1); `new-designation`, the case awaits the administrator's next
 * designation.
 */
export type Replacement = 'new-draw' | 'new-designation';

/** Who may object to the decision-maker on the case. */
export type Objector = 'complainant' | 'respondent';
