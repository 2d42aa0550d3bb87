export { EmbeddedScheduler, DEFAULT_RETRY_DELAYS_MS, type EmbeddedSchedulerOptions } from './embedded-scheduler';
