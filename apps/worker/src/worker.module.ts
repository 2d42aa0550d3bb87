import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, DeadlinesModule, PlatformModule, ProjectionsModule } from '@pdr/platform';
import { LoggerModule } from 'nestjs-pino';

/** The background process: projections and deadline timers. No HTTP. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { level: config.logLevel } }), PlatformModule.forRoot(config), ProjectionsModule, DeadlinesModule],
    };
  }
}
