import { mkdtempSync, rmSync } from 'node:fs';
import { getEventListeners } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ControllableClock } from '@pdr/application';
import { SqliteEventStore } from '@pdr/event-store-sqlite';
import { MingoReadStore } from '@pdr/read-store-mingo';
import { CaseQueries, DeadlineQueries } from '@pdr/read-side';
import { EmbeddedScheduler } from '@pdr/scheduler-embedded';
import { loadConfig } from '../config/app-config';
import type { ProjectionsService } from '../projections/projections.service';
import { DeadlinesService } from './deadlines.service';

function serviceOn(dir: string, waitFor: () => Promise<boolean>) {
  const eventStore = new SqliteEventStore({ file: join(dir, 'events.sqlite') });
  const readStore = new MingoReadStore();
  const clock = new ControllableClock(new Date('2026-06-10T12:00:00Z'));
  const scheduler = new EmbeddedScheduler({ clock });
  const projections = { waitFor } as unknown as ProjectionsService;
  const service = new DeadlinesService(eventStore, scheduler, 'embedded', clock, loadConfig({ DATA_DIR: dir }), {} as never, new DeadlineQueries(readStore), projections, new CaseQueries(readStore), {} as never, readStore);
  return { service, scheduler, eventStore };
}

describe('the deadline timers of a process, at shutdown', () => {
  it('BBB-4.4.1 reconciliations that found the projections caught up leave nothing listening for the shutdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-deadlines-listeners-'));
    const { service, eventStore } = serviceOn(dir, async () => true);
    try {
      for (let i = 0; i < 3; i++) await service.reconcile();
      const { signal } = (service as unknown as { stopping: AbortController }).stopping;
      expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    } finally {
      await eventStore.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('BBB-4.4.1 a first reconciliation still waiting for the projections gives up at shutdown instead of holding it, and no timer starts firing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdr-deadlines-shutdown-'));
    // Projections that never reach the head: they stop at shutdown like every runner.
    const { service, scheduler, eventStore } = serviceOn(dir, () => new Promise<boolean>(() => undefined));
    const started = jest.spyOn(scheduler, 'start');
    const errors = jest.spyOn((service as unknown as { logger: { error: () => void } }).logger, 'error').mockImplementation(() => undefined);
    try {
      await service.onApplicationBootstrap();

      const shutdown = service.beforeApplicationShutdown();
      const outcome = await Promise.race([shutdown.then(() => 'stopped'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000))]);

      expect(outcome).toBe('stopped');
      expect(started).not.toHaveBeenCalled();
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await eventStore.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
