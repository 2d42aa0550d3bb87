import { RuleViolation } from '@pdr/event-sourcing';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';
import { pendingObjectionTo } from './panel.state';
import { appointmentFor } from './appointments';

/**
 * BBB-4.2.1: a Party may object to the Panelist for a conflict and ask for a replacement; the CBBB decides whether good
 * cause exists. Until it has, the Panelist's standing on the Case is in question, so the Panelist takes no step of their
 * own in it (the Decision, a request for information, the choices about an oral hearing): refused (409, the rulebook's
 * conflict rule). What others do meanwhile (the Parties' answers, the CBBB's records) goes on. A rulebook without panel
 * rules has no objections to wait for.
 */
export function requireNoObjectionPending(open: OpenCase, what: string): void {
  const rules = appointmentFor(rulebookOf(open), open.stage);
  if (!rules) return;
  const pending = pendingObjectionTo(open.panel, open.panel?.panelistId);
  if (pending) {
    throw new RuleViolation('conflict', rules.conflictRule, `${what}: the ${pending.objection.raisedBy}'s objection ${pending.objectionId} to this ${rules.role} awaits the administrator's decision`);
  }
}
