import type { ArmedTimer, Timer } from '@pdr/application';

/** What a timer's job carries: the job id is the timer id, so the data needs only the rest. */
export interface TimerJobData {
  readonly dueAt: string;
  readonly payload: Readonly<Record<string, string>>;
}

export const TIMER_JOB_NAME = 'timer';

// The port's alphabet, which also keeps BullMQ's reserved ':' out; BullMQ also refuses integer ids.
const TIMER_ID = /^[A-Za-z0-9._-]+$/;

/** Checks a timer before it becomes a job (a clear error here beats BullMQ's); returns its due time in epoch ms. */
export function validateTimer(timer: Timer): number {
  const id = timer.timerId;
  if (!TIMER_ID.test(id)) throw new RangeError(`Invalid timer id ${JSON.stringify(id)}: letters, digits, '-', '_' and '.' only`);
  if (`${Number.parseInt(id, 10)}` === id) throw new RangeError(`Invalid timer id ${JSON.stringify(id)}: BullMQ refuses integer job ids`);
  const dueAtMs = Date.parse(timer.dueAt);
  if (Number.isNaN(dueAtMs)) throw new RangeError(`Invalid dueAt ${JSON.stringify(timer.dueAt)} for timer ${id}`);
  return dueAtMs;
}

export function toJobData(timer: Timer): TimerJobData {
  return { dueAt: timer.dueAt, payload: { ...timer.payload } };
}

/** Reads a job back as a timer; undefined for a job this adapter did not write (the queue is shared ground). */
export function timerFromJob(job: { id?: string | undefined; data: unknown }): ArmedTimer | undefined {
  const data = job.data as Partial<TimerJobData> | null | undefined;
  if (!job.id || typeof data?.dueAt !== 'string' || typeof data.payload !== 'object' || data.payload === null) return undefined;
  return { timerId: job.id, dueAt: data.dueAt, payload: { ...data.payload } };
}
