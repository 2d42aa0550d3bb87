import { type Clock, ControllableClock, systemClock } from '@pdr/application';
import type { AppConfig } from '../config/app-config';

/** The system clock, unless CLOCK=controllable asked for one that moves only when told to. */
export function makeClock(config: AppConfig, now: () => Date = () => new Date()): Clock {
  return config.clock.mode === 'controllable' ? new ControllableClock(config.clock.start ? new Date(config.clock.start) : now()) : systemClock;
}
