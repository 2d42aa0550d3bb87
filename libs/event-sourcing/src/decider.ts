import type { DomainEvent } from './envelope';
import { transiently } from './transient';

/**
 * A procedure as a pure function pair: decide what happens, evolve the state by what happened.
 * No I/O and no clock: any time a decision needs arrives on the command.
 */
export interface Decider<TCommand, TState, TEvent extends DomainEvent> {
  readonly initialState: TState;
  decide(command: TCommand, state: TState): readonly TEvent[];
  evolve(state: TState, event: TEvent): TState;
}

/** The state after `events`, from the decider's initial state: the same as reducing with `evolve`, in linear time. */
export function fold<TState, TEvent extends DomainEvent>(
  decider: Pick<Decider<unknown, TState, TEvent>, 'initialState' | 'evolve'>,
  events: Iterable<TEvent>,
): TState {
  return foldFrom(decider, decider.initialState, events);
}

/**
 * The state after `events`, from a state already folded (a cached one): `events.reduce(evolve, from)`. One fold
 * (transient.ts): collections the fold itself made are updated in place, `from` and its collections never are.
 */
export function foldFrom<TState, TEvent extends DomainEvent>(decider: Pick<Decider<unknown, TState, TEvent>, 'evolve'>, from: TState, events: Iterable<TEvent>): TState {
  return transiently(() => {
    let state = from;
    for (const event of events) state = decider.evolve(state, event);
    return state;
  });
}
