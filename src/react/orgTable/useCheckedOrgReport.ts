import { checkOrgReport, type Issue, type OrgReport } from '../../core';
import { useChecked } from '../internal/useCheckedReport';

/** `useChecked` with `checkOrgReport`: the organisation report of `OrgTable`. */
export function useCheckedOrgReport(
  report: unknown,
  onIssues: ((issues: Issue[]) => void) | undefined,
  widget: string,
): { report: OrgReport | null; issues: Issue[] } {
  return useChecked(report, checkOrgReport, onIssues, widget);
}
