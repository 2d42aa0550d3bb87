export { SqlitePendingSubmissionStore } from './sqlite-pending-submission-store';
