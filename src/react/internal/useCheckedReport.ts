import { useEffect, useMemo, useRef } from 'react';
import { type CheckedReport, checkReport, type Issue } from '../../core';

/** What a report check gives: the report where it can be drawn, else `null` and the issues. */
interface Check<R> {
  ok: boolean;
  report: R | null;
  issues: Issue[];
}

/**
 * A report a widget was given, checked once per report by `check` (a module-level function such
 * as `checkReport`): `null` where it cannot be drawn, and then the issues go to `onIssues` once
 * per report and, in development, to the console. A widget shows its invalid-data state for
 * `null` and never throws.
 */
export function useChecked<R>(
  report: unknown,
  check: (value: unknown) => Check<R>,
  onIssues: ((issues: Issue[]) => void) | undefined,
  widget: string,
): { report: R | null; issues: Issue[] } {
  const checked = useMemo(() => check(report), [check, report]);
  const onIssuesRef = useRef(onIssues);
  onIssuesRef.current = onIssues;
  // Once per report, even where StrictMode runs the effect twice.
  const reported = useRef<Check<R> | null>(null);
  useEffect(() => {
    if (checked.ok || reported.current === checked) return;
    reported.current = checked;
    onIssuesRef.current?.(checked.issues);
    // As in useOkrBalance: production builds drop the branch and its text.
    if (typeof process === 'undefined' || process.env.NODE_ENV === 'production') return;
    console.warn(
      `okr-balance: ${widget} cannot show this report:\n${checked.issues
        .map((issue) => `  ${issue.path}: ${issue.message}`)
        .join('\n')}`,
    );
  }, [checked, widget]);
  return { report: checked.report, issues: checked.issues };
}

/** `useChecked` with `checkReport`: the report of the radar and the gauge. */
export function useCheckedReport(
  report: unknown,
  onIssues: ((issues: Issue[]) => void) | undefined,
  widget: string,
): { report: CheckedReport | null; issues: Issue[] } {
  return useChecked(report, checkReport, onIssues, widget);
}
