import { RuleViolation } from '@pdr/event-sourcing';

/**
 * Refuses a receipt time later than the command's own time: a contact or complaint
 * is recorded after it arrives, never before.
 */
export function assertReceivedNotInFuture(receivedAt: string, issuedAt: string): void {
  if (Date.parse(receivedAt) > Date.parse(issuedAt)) {
    throw new RuleViolation('unprocessable', 'RECEIPT-IN-FUTURE', `receivedAt ${receivedAt} is later than now (${issuedAt})`, 'receivedAt');
  }
}
