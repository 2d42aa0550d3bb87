import type { Provider } from '@nestjs/common';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { BusinessQueries } from '@pdr/read-side';
import { ApplicationsAwaitingStaffHandler, CertificationsDueHandler, GetBusinessHandler, ListBusinessesHandler, ParticipationAtHandler } from './business-queries.handlers';
import { EnrolmentStepHandler } from './enrolment.commands';
import { BeginParticipationHandler, RecordLapseHandler, RenewParticipationHandler } from './participation.commands';
import { RegisterBusinessHandler } from './register-business.command';

/** Everything the registry needs in the API module, so the module names it once. */
export const BUSINESS_PROVIDERS: Provider[] = [
  { provide: BusinessQueries, useFactory: (store: ReadStore) => new BusinessQueries(store), inject: [READ_STORE] },
  RegisterBusinessHandler,
  BeginParticipationHandler,
  RenewParticipationHandler,
  RecordLapseHandler,
  ListBusinessesHandler,
  GetBusinessHandler,
  ParticipationAtHandler,
  EnrolmentStepHandler,
  ApplicationsAwaitingStaffHandler,
  CertificationsDueHandler,
];
