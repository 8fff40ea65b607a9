import { useEffect, useMemo, useRef } from 'react';
import { checkOrgReport, type Issue, type OrgReport } from '../../core';

/**
 * The organisation report a widget was given, checked once per report (`checkOrgReport`):
 * `null` where it cannot be drawn, and then the issues go to `onIssues` once per report and, in
 * development, to the console. The widget shows its invalid-data state and never throws.
 */
export function useCheckedOrgReport(
  report: unknown,
  onIssues: ((issues: Issue[]) => void) | undefined,
  widget: string,
): { report: OrgReport | null; issues: Issue[] } {
  const check = useMemo(() => checkOrgReport(report), [report]);
  const onIssuesRef = useRef(onIssues);
  onIssuesRef.current = onIssues;
  // Once per report, even where StrictMode runs the effect twice.
  const reported = useRef<typeof check | null>(null);
  useEffect(() => {
    if (check.ok || reported.current === check) return;
    reported.current = check;
    onIssuesRef.current?.(check.issues);
    // As in useCheckedReport: production builds drop the branch and its text.
    if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
    console.warn(
      `okr-balance: ${widget} cannot show this report:\n${check.issues
        .map((issue) => `  ${issue.path}: ${issue.message}`)
        .join('\n')}`,
    );
  }, [check, widget]);
  return { report: check.report, issues: check.issues };
}
