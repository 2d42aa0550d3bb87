import { type Decider, RuleViolation } from '@pdr/event-sourcing';
import { requireRulebook } from '../rulebooks/require-rulebook';
import { CHANNELS } from '../shared/channels';
import { assertReceivedNotInFuture } from '../shared/instants';
import { requireOneOf, requireRecord, requireText } from '../shared/required-fields';
import type { ContactCommand, RecordContact } from './contact.commands';
import type { ContactEvent } from './contact.events';
import type { ContactState } from './contact.state';

/** Everything ContactRecorded carries, whoever built the command (FIELD-REQUIRED); email and country may come later. */
function assertComplete(command: RecordContact): void {
  requireOneOf(command.channel, CHANNELS, 'channel');
  requireText(requireRecord(command.potentialComplainant, 'potentialComplainant').name, 'potentialComplainant.name');
  requireText(command.summary, 'summary');
}

export const contactDecider: Decider<ContactCommand, ContactState, ContactEvent> = {
  initialState: { status: 'none' },

  decide(command, state) {
    switch (command.kind) {
      case 'RecordContact': {
        if (state.status !== 'none') {
          throw new RuleViolation('conflict', 'CONTACT-EXISTS', `contact ${command.contactId} is already recorded`, 'contactId');
        }
        const rulebook = requireRulebook(command.rulebookId);
        assertComplete(command);
        assertReceivedNotInFuture(command.receivedAt, command.issuedAt);
        return [
          {
            type: 'ContactRecorded',
            data: {
              contactId: command.contactId,
              rulebook: { id: rulebook.id, version: rulebook.version },
              receivedAt: command.receivedAt,
              channel: command.channel,
              potentialComplainant: command.potentialComplainant,
              ...(command.respondentName === undefined ? {} : { respondentName: command.respondentName }),
              summary: command.summary,
            },
          },
        ];
      }
      case 'EraseContact': {
        if (state.status === 'none') throw new RuleViolation('not-found', 'CONTACT-UNKNOWN', `no contact ${command.contactId}`, 'contactId');
        // Erasing twice erases nothing more: the first erasure stands, and the second request is answered by it.
        if (state.erased) return [];
        return [{ type: 'ContactErased', data: { contactId: state.contactId, requestId: requireText(command.requestId, 'requestId'), erasedAt: command.issuedAt } }];
      }
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'ContactRecorded':
        return { status: 'recorded', contactId: event.data.contactId, rulebook: event.data.rulebook, receivedAt: event.data.receivedAt };
      case 'ContactErased':
        return state.status === 'none' ? state : { ...state, erased: { requestId: event.data.requestId, erasedAt: event.data.erasedAt } };
      default:
        return state;
    }
  },
};
