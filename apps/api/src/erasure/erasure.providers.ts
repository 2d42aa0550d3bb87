import type { Provider } from '@nestjs/common';
import type { ReadStore } from '@pdr/application';
import { READ_STORE } from '@pdr/platform';
import { ErasureRequestQueries } from '@pdr/read-side';
import { ErasureRequestsController } from './erasure-requests.controller';
import { ErasureRequests } from './erasure-requests.service';

/** GDPR Art. 17 erasure requests: registered in ApiModule beside the others (the controller needs ReadConsistency there). */
export const ERASURE_CONTROLLERS = [ErasureRequestsController];
export const ERASURE_PROVIDERS: Provider[] = [ErasureRequests, { provide: ErasureRequestQueries, useFactory: (store: ReadStore) => new ErasureRequestQueries(store), inject: [READ_STORE] }];
