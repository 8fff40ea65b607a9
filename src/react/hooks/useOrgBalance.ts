import { type AnalyzeOrgOptions, analyzeOrg, type Issue, type OrgReport } from '../../core';
import { useAnalysis } from './useAnalysis';

/** Options of `useOrgBalance`: those of `analyzeOrg` (with `rollup`, `orgName`), plus `onIssues`. */
export interface UseOrgBalanceOptions extends AnalyzeOrgOptions {
  /** Called after a render whose report lists issues (bad data or structure repaired). */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * `useOkrBalance` for an organisation: analyses an OKR set with teams (`analyzeOrg`) once per
 * change of the data or options, compared as `useOkrBalance` compares them, so one
 * `OrgReport` feeds `OrgTable` and, through `unitReport`, every widget at any level.
 */
export function useOrgBalance(okrs: unknown, options: UseOrgBalanceOptions = {}): OrgReport {
  return useAnalysis(okrs, options, analyzeOrg);
}
