import type { Provider } from '@nestjs/common';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { PublishedDecisionQueries } from '@pdr/read-side';
import { PublishedDecisionsController } from './published-decisions.controller';

export const PUBLISHED_DECISION_CONTROLLERS = [PublishedDecisionsController];
export const PUBLISHED_DECISION_PROVIDERS: Provider[] = [{ provide: PublishedDecisionQueries, useFactory: (store: ReadStore) => new PublishedDecisionQueries(store), inject: [READ_STORE] }];
