import type { DomainEvent } from '@pdr/event-sourcing';

/** Whose data an erasure request covers: a recorded contact, or the Complainant of a case. */
export type ErasureTarget = { readonly kind: 'contact'; readonly contactId: string } | { readonly kind: 'complainant'; readonly caseId: string };

export const ERASURE_TARGET_KINDS = ['contact', 'complainant'] as const satisfies readonly ErasureTarget['kind'][];

/** Who made the request, as a capacity, never a name: the data subject, a representative, a parent or guardian of a child. */
export const ERASURE_REQUESTERS = ['data-subject', 'representative', 'parent-or-guardian'] as const;
export type ErasureRequester = (typeof ERASURE_REQUESTERS)[number];

/**
 * The ground the request relies on: GDPR Art. 17(1) (a) purpose spent, (b) consent withdrawn, (c) objection under
 * Art. 21, (d) unlawful processing, (e) a legal obligation to erase, (f) a child's data collected for an information
 * society service; or, for a Swiss data subject, the Federal Act on Data Protection (FADP Art. 32).
 */
export const ERASURE_LEGAL_BASES = ['art-17-1-a', 'art-17-1-b', 'art-17-1-c', 'art-17-1-d', 'art-17-1-e', 'art-17-1-f', 'swiss-fadp'] as const;
export type ErasureLegalBasis = (typeof ERASURE_LEGAL_BASES)[number];

/** What one erasure destroyed: the kind of data and the data keys (`contact:<id>`, `case:<id>:complainant`), ids only. */
export interface ErasedData {
  readonly kind: ErasureTarget['kind'];
  readonly keySubjects: readonly string[];
  /** True when an earlier erasure (or the case file's disposal, BBB-8.3) had already destroyed them: nothing was left. */
  readonly alreadyErased: boolean;
}

/** When deferred data becomes erasable, when no instant is known yet: an open case's data, once the case closes. */
export const ERASABLE_WHEN = ['case-closed'] as const;
export type ErasableWhen = (typeof ERASABLE_WHEN)[number];

/**
 * GDPR Art. 17: staff recorded a request to erase someone's data. The audit trail keeps the fact of the request
 * (whose data by id, in what capacity, on what ground, when, recorded by which account), never the data itself.
 */
export type ErasureRequested = DomainEvent<
  'ErasureRequested',
  {
    readonly requestId: string;
    readonly covers: ErasureTarget;
    readonly requestedBy: ErasureRequester;
    readonly receivedAt: string;
    readonly legalBasis: ErasureLegalBasis;
    /** The account that recorded it. */
    readonly recordedBy: string;
  }
>;

/** The data the request covers was erased (its keys destroyed): what, and when. */
export type ErasureCompleted = DomainEvent<'ErasureCompleted', { readonly requestId: string; readonly erased: readonly ErasedData[]; readonly completedAt: string }>;

/**
 * Nothing could be erased yet (GDPR Art. 17(3)): the rule-style reason, a message naming ids only, and when the data
 * becomes erasable: an instant when known (`erasableFrom`), otherwise the event it waits for (`erasableWhen`).
 */
export type ErasureDeferred = DomainEvent<
  'ErasureDeferred',
  {
    readonly requestId: string;
    readonly reason: string;
    readonly message: string;
    readonly erasableFrom?: string;
    readonly erasableWhen?: ErasableWhen;
    readonly deferredAt: string;
  }
>;

export type ErasureRequestEvent = ErasureRequested | ErasureCompleted | ErasureDeferred;
