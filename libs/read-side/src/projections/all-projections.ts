import type { Projection } from '../runner/projection';
import { annualReportProjection } from './annual-report.projection';
import { businessRegistryProjection } from './business-registry.projection';
import { caseListProjection } from './case-list.projection';
import { contactListProjection } from './contact-list.projection';
import { pendingDeadlinesProjection } from './pending-deadlines.projection';
import { panelistDirectoryProjection } from './panelist-directory.projection';
import { caseRecordsProjection } from './case-records.projection';
import { accountDirectoryProjection } from './account-directory.projection';
import { erasureRequestsProjection } from './erasure-requests.projection';
import { publishedDecisionsProjection } from './published-decisions.projection';

/** Every projection the worker runs. */
export const ALL_PROJECTIONS: readonly Projection[] = [caseListProjection, contactListProjection, pendingDeadlinesProjection, panelistDirectoryProjection, businessRegistryProjection, annualReportProjection, caseRecordsProjection, accountDirectoryProjection, erasureRequestsProjection, publishedDecisionsProjection];
