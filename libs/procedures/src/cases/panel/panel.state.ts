import type { ObjectionParty } from './panel.events';

export interface PanelObjection {
  readonly panelistId: string;
  readonly raisedBy: ObjectionParty;
  readonly ground: string;
  readonly status: 'pending' | 'upheld' | 'rejected';
}

/** The decision-maker on the case (BBB-4.5), the draws and designations made, and those set aside for it (BBB-4.2.1). */
export interface PanelState {
  /** The decision-maker currently appointed; absent while none is. */
  readonly panelistId?: string;
  /** The role they hold, when the rulebook appoints more than one (VS-9.3's appellate officer after the hearing officer). */
  readonly panelistRole?: string;
  /** Every appointment in order: a draw with its seed, or a designation (no seed). */
  readonly appointments: readonly { readonly panelistId: string; readonly seed?: string; readonly appointedAt: string }[];
  /** Set aside for this Case: disqualified themselves, or an objection upheld. Excluded from every later draw. */
  readonly setAside: readonly { readonly panelistId: string; readonly reason: 'self-disqualified' | 'objection-upheld' }[];
  readonly objections: Readonly<Record<string, PanelObjection>>;
}

export const initialPanel: PanelState = { appointments: [], setAside: [], objections: {} };

/** The first objection to `panelistId` still awaiting the CBBB's decision (BBB-4.2.1), with its id; none, undefined. */
export function pendingObjectionTo(panel: PanelState | undefined, panelistId: string | undefined): { readonly objectionId: string; readonly objection: PanelObjection } | undefined {
  if (!panel || !panelistId) return undefined;
  const found = Object.entries(panel.objections).find(([, objection]) => objection.status === 'pending' && objection.panelistId === panelistId);
  return found ? { objectionId: found[0], objection: found[1] } : undefined;
}
