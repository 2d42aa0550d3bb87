import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Clock } from '@pdr/application';
import { type AppConfig, DeadlinesModule, PlatformModule, ProjectionsModule } from '@pdr/platform';
import { LoggerModule } from 'nestjs-pino';
import { CasesController } from './cases/cases.controller';
import { GetCaseHandler, ListCasesHandler } from './cases/case-queries.handlers';
import { FileComplaintHandler } from './cases/file-complaint.command';
import { VerifyIdentityHandler } from './cases/verify-identity.command';
import { ExtendDeadlineHandler } from './cases/extend-deadline.command';
import { ReceiveInformationHandler, RequestInformationHandler } from './cases/information-request.commands';
import { AddClosureHandler } from './calendars/add-closure.command';
import { CalendarsController } from './calendars/calendars.controller';
import { DeadlinesController } from './deadlines/deadlines.controller';
import { AdminClockController } from './admin/clock.controller';
import { ContactsController } from './contacts/contacts.controller';
import { GetContactHandler, ListContactsHandler } from './contacts/contact-queries.handlers';
import { RecordContactHandler } from './contacts/record-contact.command';
import { HealthController } from './health/health.controller';
import { ReadConsistency } from './http/read-consistency';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, overrides: { clock?: Clock } = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Bodies hold Personal Data: never logged. The correlation id ties log lines to events.
            genReqId: (request) => (request.headers['x-correlation-id'] as string | undefined) ?? crypto.randomUUID(),
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
        }),
        PlatformModule.forRoot(config, overrides),
        CqrsModule.forRoot(),
        ...(config.projectionsInProcess ? [ProjectionsModule, DeadlinesModule] : []),
      ],
      controllers: [CasesController, ContactsController, CalendarsController, DeadlinesController, HealthController, ...(config.projectionsInProcess ? [AdminClockController] : [])],
      providers: [FileComplaintHandler, VerifyIdentityHandler, RequestInformationHandler, ReceiveInformationHandler, ExtendDeadlineHandler, AddClosureHandler, RecordContactHandler, ListCasesHandler, GetCaseHandler, ListContactsHandler, GetContactHandler, ReadConsistency],
    };
  }
}
