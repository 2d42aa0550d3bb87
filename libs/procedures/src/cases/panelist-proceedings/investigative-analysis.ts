import type { OpenCase } from '../case.state';

// A leaf with no decider: the Hearing Decision part reads it (the analysis is furnished in decisions/investigative-analysis.ts).

/**
 * Whether the administrator's investigative analysis (VS-8.4b) has been furnished on this case: a part that decides on
 * the submissions (the Hearing Decision) may require it first. False on a case whose rules call for none.
 */
export function investigativeAnalysisOnRecord(open: OpenCase): boolean {
  return open.panelistProceedings?.investigativeAnalysis !== undefined;
}
