import type { ErasableWhen, ErasedData, ErasureTarget } from './erasure-request.events';

export type ErasureRequestStatus = 'requested' | 'completed' | 'deferred';

export type ErasureRequestState =
  | { readonly status: 'none' }
  | {
      readonly status: ErasureRequestStatus;
      readonly requestId: string;
      readonly covers: ErasureTarget;
      readonly erased?: readonly ErasedData[];
      readonly completedAt?: string;
      readonly deferral?: { readonly reason: string; readonly message: string; readonly erasableFrom?: string; readonly erasableWhen?: ErasableWhen; readonly deferredAt: string };
    };
