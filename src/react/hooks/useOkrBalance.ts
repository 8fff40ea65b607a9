import { useContext, useEffect, useMemo, useRef } from 'react';
import { type AnalyzeOptions, analyzeOkrs, type Issue, type Report } from '../../core';
import { FormatContext } from '../OkrBalanceProvider';

/** Options of `useOkrBalance`: those of `analyzeOkrs`, plus `onIssues`. */
export interface UseOkrBalanceOptions extends AnalyzeOptions {
  /** Called after a render whose report lists issues (bad data repaired or left out). */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * Analyses an OKR set once per change of the data or options, so one report feeds every
 * widget. Pass `now` when rendering on a server: server and client then agree. Options may be
 * written inline: numbers, strings, dates, arrays and plain objects are compared by value.
 * Functions (`pace`, a rule set's rules, your own suggestion rules) can only be compared by
 * identity: define them outside the component or memoise them, or the analysis runs on every
 * render. `onIssues` hears of each distinct list of issues once, however often that happens.
 */
export function useOkrBalance(okrs: unknown, options: UseOkrBalanceOptions = {}): Report {
  const context = useContext(FormatContext);
  const { onIssues, ...rest } = options;
  const analysis = useStable({
    ...rest,
    locale: rest.locale ?? context.locale,
    messages: rest.messages ?? context.messages,
  });
  // Without a `now` the first render's moment is kept, so re-renders do not move time.
  const firstNow = useRef(Date.now()).current;
  const report = useMemo(
    () => analyzeOkrs(okrs, { ...analysis, now: analysis.now ?? firstNow }),
    [okrs, analysis, firstNow],
  );
  const onIssuesRef = useRef(onIssues);
  onIssuesRef.current = onIssues;
  // Once per distinct list of issues: StrictMode runs effects twice, and an analysis run again
  // (an option only comparable by identity) gives a new report with the same issues. Calling
  // the host again for those would loop where `onIssues` sets state.
  const reported = useRef<readonly Issue[]>([]);
  useEffect(() => {
    if (sameIssues(reported.current, report.issues)) return;
    reported.current = report.issues;
    if (report.issues.length === 0) return;
    onIssuesRef.current?.(report.issues);
    // Bundlers replace process.env.NODE_ENV, so production builds drop this; a page without a
    // bundler has no `process` at all.
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      console.warn(
        `okr-balance: ${report.issues.length} problem(s) in the OKR data`,
        report.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`),
      );
    }
  }, [report]);
  return report;
}

// Keeps the previous object while it holds the same values (see `sameValue`), so inline
// options do not run the analysis again.
function useStable<T extends object>(value: T): T {
  const previous = useRef(value);
  if (!sameValue(previous.current, value, OPTION_DEPTH)) previous.current = value;
  return previous.current;
}

// Options, then a threshold object or a rule list, then a rule: deeper than that, identity.
const OPTION_DEPTH = 3;

/** Equal by value for dates, arrays and plain objects down to `depth` levels; else identical. */
function sameValue(x: unknown, y: unknown, depth: number): boolean {
  if (Object.is(x, y)) return true;
  if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
  if (depth === 0) return false;
  if (Array.isArray(x) && Array.isArray(y)) {
    return x.length === y.length && x.every((item, at) => sameValue(item, y[at], depth - 1));
  }
  if (isPlainObject(x) && isPlainObject(y)) {
    const keys = Object.keys(x);
    return (
      keys.length === Object.keys(y).length &&
      keys.every((key) => Object.hasOwn(y, key) && sameValue(x[key], y[key], depth - 1))
    );
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return (
    a.length === b.length &&
    a.every((issue, at) => {
      const other = b[at];
      return (
        other !== undefined &&
        issue.path === other.path &&
        issue.code === other.code &&
        issue.severity === other.severity &&
        issue.message === other.message
      );
    })
  );
}
