import type { DomainEvent } from '@pdr/event-sourcing';

/** A period started: when it ends was computed with the rulebook's calendar at the time it was set. */
export type DeadlineSet = DomainEvent<
  'DeadlineSet',
  {
    readonly caseId: string;
    readonly deadlineId: string;
    readonly kind: string;
    readonly rule: string;
    /** What started the period, and when (a request sent, a notice received, ...). */
    readonly basis: { readonly event: string; readonly at: string };
    readonly calendarId: string;
    readonly count: number;
    readonly unit: 'business-days' | 'calendar-days';
    readonly dueOn: string;
    readonly dueAt: string;
  }
>;

export type DeadlineMet = DomainEvent<'DeadlineMet', { readonly caseId: string; readonly deadlineId: string; readonly metAt: string }>;

/** More time for good cause (BBB-4.5.4, VS-8.4a): who granted it and why are part of the fact. */
export type DeadlineExtended = DomainEvent<
  'DeadlineExtended',
  {
    readonly caseId: string;
    readonly deadlineId: string;
    readonly grantedBy: string;
    readonly reason: string;
    readonly previousDueAt: string;
    readonly count: number;
    readonly unit: 'business-days' | 'calendar-days';
    readonly dueOn: string;
    readonly dueAt: string;
  }
>;

export type DeadlineCancelled = DomainEvent<'DeadlineCancelled', { readonly caseId: string; readonly deadlineId: string; readonly reason: string }>;

/** The period ended with nothing to meet it. What follows is the procedure's decision, recorded beside this event. */
export type DeadlineLapsed = DomainEvent<'DeadlineLapsed', { readonly caseId: string; readonly deadlineId: string; readonly dueAt: string; readonly observedAt: string }>;

export type DeadlineEvent = DeadlineSet | DeadlineMet | DeadlineExtended | DeadlineCancelled | DeadlineLapsed;

export const DEADLINE_EVENT_TYPES: readonly DeadlineEvent['type'][] = ['DeadlineSet', 'DeadlineMet', 'DeadlineExtended', 'DeadlineCancelled', 'DeadlineLapsed'];
