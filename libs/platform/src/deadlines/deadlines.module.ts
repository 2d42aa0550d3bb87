import { Module } from '@nestjs/common';
import type { Clock } from '@pdr/application';
import type { AppConfig } from '../config/app-config';
import { ProjectionsModule } from '../projections/projections.module';
import { APP_CONFIG, CLOCK } from '../tokens';
import { ClockController } from './clock-controller';
import { DeadlinesService } from './deadlines.service';
import { type OpenedScheduler, openScheduler } from './open-scheduler';
import { OPENED_SCHEDULER, SCHEDULER, SCHEDULER_ADAPTER } from './tokens';

/** Deadline timers run beside the projections: the API process on the embedded default, the worker in production. */
@Module({
  imports: [ProjectionsModule],
  providers: [
    { provide: OPENED_SCHEDULER, useFactory: (config: AppConfig, clock: Clock) => openScheduler(config, clock), inject: [APP_CONFIG, CLOCK] },
    { provide: SCHEDULER, useFactory: (opened: OpenedScheduler) => opened.scheduler, inject: [OPENED_SCHEDULER] },
    { provide: SCHEDULER_ADAPTER, useFactory: (opened: OpenedScheduler) => opened.adapter, inject: [OPENED_SCHEDULER] },
    DeadlinesService,
    ClockController,
  ],
  exports: [DeadlinesService, ClockController, SCHEDULER],
})
export class DeadlinesModule {}
