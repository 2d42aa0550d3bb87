/** The Notifier port (email to an address) and the store of pending public submissions. */
export const NOTIFIER = Symbol('Notifier');
export const PENDING_SUBMISSION_STORE = Symbol('PendingSubmissionStore');
