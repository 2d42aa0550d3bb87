export { BullmqScheduler, DEFAULT_QUEUE_NAME, type BullmqSchedulerOptions } from './bullmq-scheduler';
export { TimerBusyError } from './timer-busy.error';
export { mountQueueDashboard } from './queue-dashboard';
export type { TimerJobData } from './timer-job';
