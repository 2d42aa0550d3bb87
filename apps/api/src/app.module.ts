import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import type { Clock } from '@pdr/application';
import { type AppConfig, DeadlinesModule, PlatformModule, ProjectionsModule, READ_STORE } from '@pdr/platform';
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
import { AdminProjectionsController } from './admin/projections.controller';
import { CaseActionHandler } from './cases/eligibility/case-action.command';
import { TimelineController } from './cases/timeline/timeline.controller';
import { EligibilityController } from './cases/eligibility/eligibility.controller';
import { HearingController } from './cases/hearing/hearing.controller';
import { SubmissionsController } from './cases/exchange/submissions.controller';
import { MediationController } from './cases/mediation/mediation.controller';
import { PerformanceController } from './cases/performance/performance.controller';
import { DecisionController } from './cases/decision/decision.controller';
import { HearingDecisionController } from './cases/hearing-decision/hearing-decision.controller';
import { ProgrammesController } from './programmes/programmes.controller';
import { PanelController } from './cases/panel/panel.controller';
import { PanelistProceedingsController } from './cases/panelist-proceedings/panelist-proceedings.controller';
import { ReferralController } from './cases/referral/referral.controller';
import { ClosureAppealController } from './cases/outcomes/closure-appeal.controller';
import { DocumentsController, DOCUMENTS_PROVIDERS } from './cases/documents/documents.controller';
import { ConciliationController } from './cases/conciliation/conciliation.controller';
import { NoticesController } from './cases/notices/notices.controller';
import { ContactsController } from './contacts/contacts.controller';
import { GetContactHandler, ListContactsHandler } from './contacts/contact-queries.handlers';
import { RecordContactHandler } from './contacts/record-contact.command';
import { HealthController } from './health/health.controller';
import { ReadConsistency } from './http/read-consistency';
import { BOARD_CONTROLLERS, BOARD_PROVIDERS } from './board/board.providers';
import { BusinessesController } from './businesses/businesses.controller';
import { BUSINESS_PROVIDERS } from './businesses/businesses.providers';
import { ReportsController } from './reports/reports.controller';
import { REPORT_PROVIDERS } from './reports/annual-report.handlers';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access/access.guard';
import { AccountCommands } from './accounts/account-commands';
import { AccountQueries } from '@pdr/read-side';
import type { ReadStore } from '@pdr/application';
import { AccountsController } from './accounts/accounts.controller';
import { ERASURE_CONTROLLERS, ERASURE_PROVIDERS } from './erasure/erasure.providers';
import { PUBLISHED_DECISION_CONTROLLERS, PUBLISHED_DECISION_PROVIDERS } from './decisions/published-decisions.providers';
import { PUBLIC_INTAKE_CONTROLLERS, PUBLIC_INTAKE_PROVIDERS } from './public-intake/public-intake.providers';

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
            // Query strings carry names and other search terms (a Complainant's name in a Panelist preview): the path only.
            serializers: { req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, path: request.url.split('?')[0] }) },
          },
        }),
        PlatformModule.forRoot(config, overrides),
        CqrsModule.forRoot(),
        ...(config.projectionsInProcess ? [ProjectionsModule, DeadlinesModule] : []),
      ],
      controllers: [AccountsController, CasesController, TimelineController, DocumentsController, EligibilityController, HearingController, SubmissionsController, MediationController, PerformanceController, DecisionController, HearingDecisionController, ProgrammesController, PanelController, PanelistProceedingsController, ReferralController, ClosureAppealController, ConciliationController, NoticesController, ContactsController, CalendarsController, DeadlinesController, HealthController, ...BOARD_CONTROLLERS, BusinessesController, ReportsController, ...ERASURE_CONTROLLERS, ...PUBLISHED_DECISION_CONTROLLERS, ...PUBLIC_INTAKE_CONTROLLERS, ...(config.projectionsInProcess ? [AdminClockController, AdminProjectionsController] : [])],
      providers: [{ provide: APP_GUARD, useClass: AccessGuard }, AccountCommands, { provide: AccountQueries, useFactory: (store: ReadStore) => new AccountQueries(store), inject: [READ_STORE] }, FileComplaintHandler, ...DOCUMENTS_PROVIDERS, CaseActionHandler, VerifyIdentityHandler, RequestInformationHandler, ReceiveInformationHandler, ExtendDeadlineHandler, AddClosureHandler, RecordContactHandler, ListCasesHandler, GetCaseHandler, ListContactsHandler, GetContactHandler, ReadConsistency, ...BOARD_PROVIDERS, ...BUSINESS_PROVIDERS, ...REPORT_PROVIDERS, ...ERASURE_PROVIDERS, ...PUBLISHED_DECISION_PROVIDERS, ...PUBLIC_INTAKE_PROVIDERS],
    };
  }
}
