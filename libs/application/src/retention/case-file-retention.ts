import type { RulebookRef } from '@pdr/event-sourcing';
import type { BusinessCalendar } from '@pdr/calendar';
import { computeDue, type DeadlineRule, periodHasEnded, RULEBOOK_IDS, rulebookVersions, requireRulebookVersion } from '@pdr/procedures';
import type { CalendarProvider } from '../calendars/calendar-provider';
import { processCaseCommand } from '../commands/case-command';
import { deterministicId } from '../commands/deterministic-id';
import type { CommandProcessor } from '../commands/command-processor';
import type { Clock } from '../ports/clock.port';

/** The closed cases still holding their file, as the case list knows them. */
export interface KeptCaseFiles {
  closedWithFileKept(rulebookIds: readonly string[], limit: number): Promise<ReadonlyArray<{ caseId: string; rulebook: RulebookRef; closure?: { closedAt: string } }>>;
}

/** Operators may keep a rulebook's files for another number of calendar days (CASE_FILE_RETENTION_DAYS). */
export type RetentionOverrides = Readonly<Record<string, number>>;

const BATCH = 500;

/**
 * BBB-8.3 on its own: once a closed case's retention period has passed (the rulebook's, or the configured one), its
 * file is disposed of: Proprietary Information returned, then the Complainant's and the file's keys destroyed (the
 * store does that when it records CaseFileDisposed). Runs with each deadline reconciliation; the decider re-checks.
 */
export class CaseFileRetention {
  constructor(
    private readonly cases: KeptCaseFiles,
    private readonly processor: CommandProcessor,
    private readonly calendars: CalendarProvider,
    private readonly clock: Clock,
    private readonly overrides: RetentionOverrides = {},
  ) {}

  /**
   * When a file closed at `closedAt` under the rulebook version `ref` (the case's, as the case list records it) is
   * disposed of; undefined when that version keeps files. A version the service lacks throws (UnknownRulebookVersion).
   */
  async disposalDue(ref: RulebookRef, closedAt: string, calendars = new Map<string, Promise<BusinessCalendar | undefined>>()): Promise<string | undefined> {
    const rulebook = requireRulebookVersion(ref);
    const retention = rulebook.documents?.retention;
    if (!retention) return undefined;
    const period: Pick<DeadlineRule, 'count' | 'unit'> = this.overrides[ref.id] === undefined ? retention : { count: this.overrides[ref.id]!, unit: 'calendar-days' };
    // One lookup per calendar and sweep, not one per case.
    let found = calendars.get(rulebook.calendarId);
    if (!found) calendars.set(rulebook.calendarId, (found = this.calendars.find(rulebook.calendarId)));
    const calendar = await found;
    if (!calendar) throw new Error(`${ref.id} counts in calendar ${rulebook.calendarId}, which is unknown`);
    return computeDue(calendar, closedAt, period).dueAt;
  }

  /** Disposes of every file whose retention has passed; answers the cases disposed of. */
  async sweep(): Promise<string[]> {
    const now = this.clock.now();
    const disposed: string[] = [];
    const calendars = new Map<string, Promise<BusinessCalendar | undefined>>();
    // Only rulebooks that dispose of files: the files a rulebook keeps for good would otherwise fill every batch.
    const disposing = RULEBOOK_IDS.filter((id) => rulebookVersions(id).some((version) => version.documents?.retention));
    for (const kept of await this.cases.closedWithFileKept(disposing, BATCH)) {
      if (!kept.closure) continue;
      const due = await this.disposalDue(kept.rulebook, kept.closure.closedAt, calendars);
      // Disposed of once the retention period has ended (its last day over), as any period.
      if (due === undefined || !periodHasEnded(due, now)) continue;
      const context = { actorId: 'file-retention', actorRole: 'system' as const, correlationId: deterministicId('retention', kept.caseId), commandId: deterministicId('dispose', kept.caseId) };
      const outcome = await processCaseCommand(this.processor, this.calendars, kept.caseId, context, undefined, (issuedAt) => ({ kind: 'DisposeCaseFile', caseId: kept.caseId, issuedAt }));
      if (outcome.events.length > 0) disposed.push(kept.caseId);
    }
    return disposed;
  }
}
