import type { DomainEvent } from './envelope';

/**
 * A procedure as a pure function pair: decide what happens, evolve the state by what happened.
 * No I/O and no clock: any time a decision needs arrives on the command.
 */
export interface Decider<TCommand, TState, TEvent extends DomainEvent> {
  readonly initialState: TState;
  decide(command: TCommand, state: TState): readonly TEvent[];
  evolve(state: TState, event: TEvent): TState;
}

export function fold<TState, TEvent extends DomainEvent>(
  decider: Pick<Decider<unknown, TState, TEvent>, 'initialState' | 'evolve'>,
  events: Iterable<TEvent>,
): TState {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
}
