import { withEntry } from '@pdr/event-sourcing';
import type { DeadlineEvent } from './deadline.events';

export interface DeadlineState {
  readonly deadlineId: string;
  readonly kind: string;
  readonly rule: string;
  readonly dueOn: string;
  readonly dueAt: string;
  readonly status: 'pending' | 'met' | 'cancelled' | 'lapsed';
}

export type Deadlines = Readonly<Record<string, DeadlineState>>;

/** Folds the deadline events of one case into its deadlines. */
export function evolveDeadlines(deadlines: Deadlines, event: DeadlineEvent): Deadlines {
  const { deadlineId } = event.data;
  const current = deadlines[deadlineId];
  switch (event.type) {
    case 'DeadlineSet':
      return withEntry(deadlines, deadlineId, { deadlineId, kind: event.data.kind, rule: event.data.rule, dueOn: event.data.dueOn, dueAt: event.data.dueAt, status: 'pending' });
    case 'DeadlineExtended':
      return current ? withEntry(deadlines, deadlineId, { ...current, dueOn: event.data.dueOn, dueAt: event.data.dueAt }) : deadlines;
    case 'DeadlineMet':
      return current ? withEntry(deadlines, deadlineId, { ...current, status: 'met' }) : deadlines;
    case 'DeadlineCancelled':
      return current ? withEntry(deadlines, deadlineId, { ...current, status: 'cancelled' }) : deadlines;
    case 'DeadlineLapsed':
      return current ? withEntry(deadlines, deadlineId, { ...current, status: 'lapsed' }) : deadlines;
  }
}

export function pendingDeadlines(deadlines: Deadlines): DeadlineState[] {
  return Object.values(deadlines).filter((deadline) => deadline.status === 'pending');
}

/** The next free id for a deadline of this kind: ids are stable, readable and unique within the case. */
export function nextDeadlineId(deadlines: Deadlines, kind: string): string {
  return `${kind}-${Object.values(deadlines).filter((deadline) => deadline.kind === kind).length + 1}`;
}
