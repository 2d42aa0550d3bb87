import type { LapseReason } from './business.events';

/** One stretch of good standing in a program: current from `from` (inclusive) until `until` (exclusive), open while absent. */
export interface ParticipationPeriod {
  readonly from: string;
  readonly until?: string;
  readonly frameworks: readonly string[];
  readonly lapseReason?: LapseReason;
  readonly renewals: readonly { readonly at: string; readonly frameworks: readonly string[] }[];
}

export type BusinessState =
  | { readonly status: 'none' }
  | {
      readonly status: 'registered';
      readonly businessId: string;
      readonly legalName: string;
      readonly programs: readonly string[];
      /** Periods per program, oldest first; they never overlap. */
      readonly participation: Readonly<Record<string, readonly ParticipationPeriod[]>>;
    };

export type RegisteredBusiness = Extract<BusinessState, { status: 'registered' }>;
