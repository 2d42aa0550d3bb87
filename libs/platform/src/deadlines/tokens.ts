export const SCHEDULER = Symbol('Scheduler');
export const SCHEDULER_ADAPTER = Symbol('SchedulerAdapter');
export const OPENED_SCHEDULER = Symbol('OpenedScheduler');
