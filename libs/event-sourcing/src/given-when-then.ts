import { type Decider, fold } from './decider';
import type { DomainEvent } from './envelope';

/**
 * Given/when/then for deciders: `given(decider, pastEvents).when(command)` returns the new events
 * (or throws what decide throws), so a test states history, action and outcome in that order.
 */
export function given<C, S, E extends DomainEvent>(decider: Decider<C, S, E>, history: readonly E[] = []) {
  const state = fold(decider, history);
  return {
    state,
    when: (command: C): readonly E[] => decider.decide(command, state),
  };
}
