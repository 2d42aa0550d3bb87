import type { ErasableWhen, ErasedData, ErasureLegalBasis, ErasureRequester, ErasureTarget } from './erasure-request.events';

/** Staff record a data subject's erasure request (GDPR Art. 17) as it arrived. */
export interface RequestErasure {
  readonly kind: 'RequestErasure';
  readonly requestId: string;
  readonly covers: ErasureTarget;
  readonly requestedBy: ErasureRequester;
  readonly receivedAt: string;
  readonly legalBasis: ErasureLegalBasis;
  /** The acting account. */
  readonly recordedBy: string;
  readonly issuedAt: string;
}

/** The covered data's keys were destroyed (by its own aggregate's erasure event): the request is answered. */
export interface CompleteErasure {
  readonly kind: 'CompleteErasure';
  readonly requestId: string;
  readonly erased: readonly ErasedData[];
  readonly issuedAt: string;
}

/** The covered data may not be erased yet: why, and from when. */
export interface DeferErasure {
  readonly kind: 'DeferErasure';
  readonly requestId: string;
  readonly reason: string;
  readonly message: string;
  readonly erasableFrom?: string;
  readonly erasableWhen?: ErasableWhen;
  readonly issuedAt: string;
}

export type ErasureRequestCommand = RequestErasure | CompleteErasure | DeferErasure;
