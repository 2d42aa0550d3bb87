import type { ExchangeParty } from '../../rulebooks/exchange-rules';

/** A filing of an exchange slot its rulebook files with no command of its own, naming the slot (rulebook data). */
export interface FileSubmission {
  readonly kind: 'FileSubmission';
  readonly caseId: string;
  readonly slot: string;
  /** Who files it: must be the slot's filer. */
  readonly filedBy: ExchangeParty;
  readonly receivedAt: string;
  readonly summary: string;
  /** One of the kinds the slot allows, when it lists any (VS-7.1). */
  readonly submissionKind?: string;
  readonly issuedAt: string;
}

/** The filer declines a slot its rulebook lets it decline (VS-7.3(b)). */
export interface WaiveSubmission {
  readonly kind: 'WaiveSubmission';
  readonly caseId: string;
  readonly slot: string;
  readonly waivedBy: ExchangeParty;
  readonly reason?: string;
  readonly issuedAt: string;
}

export type ExchangeCommand = FileSubmission | WaiveSubmission;

export const EXCHANGE_COMMAND_KINDS: readonly ExchangeCommand['kind'][] = ['FileSubmission', 'WaiveSubmission'];
