import type { NotedMatter } from '../../rulebooks/report-rules';
import type { NotedForReport } from '../case.events';
import { rulebookOf } from '../case-guards';
import type { OpenCase } from '../case.state';

/**
 * A matter the rules send to the next report, when the case's rulebook notes it (`report.noted.matters`): the rule that
 * notes it and the report's rule come from that data. A rulebook without report rules, or not listing the matter, notes nothing.
 */
export function notedForReport(state: OpenCase, matter: NotedMatter, at: string, deadlineId?: string): NotedForReport[] {
  const noted = rulebookOf(state).report?.noted;
  const rule = noted?.matters[matter];
  if (!noted || !rule) return [];
  return [{ type: 'NotedForReport', data: { caseId: state.caseId, matter, rule, reportRule: noted.reportRule, ...(deadlineId ? { deadlineId } : {}), notedAt: at } }];
}
