import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { type BoardRules, DATA_PRIVACY_BOARD } from '../rulebooks/board-rules';
import type { EnrolPanelist, PanelistCommand } from './panelist.commands';
import type { PanelistEvent } from './panelist.events';
import type { PanelistState } from './panelist.state';
import { QUALIFICATIONS } from './qualifications';

const unique = (values: readonly string[] = []): string[] => [...new Set(values)];

/**
 * BBB-4.2 (the Board's `selectionRule`): only a signed agreement lets a Panelist serve. A date is refused when it has
 * not yet begun anywhere on Earth (UTC+14) at the time of the command, so a signature dated in the signer's zone is kept.
 */
function assertAgreementSigned(command: EnrolPanelist, board: BoardRules): void {
  const date = command.confidentialityAgreementSignedOn;
  const startsAt = Date.parse(`${date}T00:00:00+14:00`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(startsAt) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
    throw new RuleViolation('unprocessable', board.selectionRule, `"${date}" is not a date (YYYY-MM-DD)`, 'confidentialityAgreementSignedOn');
  }
  if (startsAt > Date.parse(command.issuedAt)) {
    throw new RuleViolation('unprocessable', board.selectionRule, `the confidentiality agreement cannot be signed on ${date}, after today`, 'confidentialityAgreementSignedOn');
  }
}

function requireActive(state: PanelistState, panelistId: string): void {
  if (state.status === 'none') throw new RuleViolation('not-found', 'PANELIST-UNKNOWN', `no panelist ${panelistId}`, 'panelistId');
  if (state.status === 'withdrawn') throw new RuleViolation('conflict', 'PANELIST-WITHDRAWN', `panelist ${panelistId} has withdrawn from the Board`, 'panelistId');
}

/**
 * A member of a Board (`BoardRules`: BBB-4.2 for the Data Privacy Board): enrolment, declared ties (checked against
 * the conflict rule at every selection, BBB-4.2.1) and withdrawal.
 */
export const panelistDeciderFor = (board: BoardRules): Decider<PanelistCommand, PanelistState, PanelistEvent> => ({
  initialState: { status: 'none' },

  decide(command, state) {
    switch (command.kind) {
      case 'EnrolPanelist': {
        if (state.status !== 'none') throw new RuleViolation('conflict', 'PANELIST-EXISTS', `panelist ${command.panelistId} is already enrolled`, 'panelistId');
        assertAgreementSigned(command, board);
        const unknown = (command.qualifications ?? []).filter((q) => !(QUALIFICATIONS as readonly string[]).includes(q));
        if (unknown.length > 0) {
          throw new RuleViolation('unprocessable', 'PANELIST-QUALIFICATION', `unknown qualification ${unknown.join(', ')}; known: ${QUALIFICATIONS.join(', ')}`, 'qualifications');
        }
        return [
          {
            type: 'PanelistEnrolled',
            data: {
              panelistId: command.panelistId,
              name: command.name,
              email: command.email,
              employer: command.employer,
              employerCompetitors: unique(command.employerCompetitors),
              affiliations: unique(command.affiliations),
              qualifications: unique(command.qualifications),
              confidentialityAgreementSignedOn: command.confidentialityAgreementSignedOn,
            },
          },
        ];
      }
      case 'DeclareRelationship':
        requireActive(state, command.panelistId);
        return [
          {
            type: 'PanelistRelationshipDeclared',
            data: {
              panelistId: command.panelistId,
              with: command.with,
              ...(command.businessId === undefined ? {} : { businessId: command.businessId }),
              kind: command.relationshipKind,
              description: command.description,
            },
          },
        ];
      case 'WithdrawPanelist':
        requireActive(state, command.panelistId);
        return [{ type: 'PanelistWithdrawnFromBoard', data: { panelistId: command.panelistId, reason: command.reason, withdrawnAt: command.issuedAt } }];
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'PanelistEnrolled':
        return { status: 'active', panelistId: event.data.panelistId };
      case 'PanelistWithdrawnFromBoard':
        return { status: 'withdrawn', panelistId: event.data.panelistId };
      default:
        return state;
    }
  },
});

/** The Data Privacy Board's members. */
export const panelistDecider = panelistDeciderFor(DATA_PRIVACY_BOARD);
