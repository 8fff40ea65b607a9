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
 * written inline: they are compared by value, not by identity.
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
  // Once per report: StrictMode runs effects twice, and the host should hear about it once.
  const reported = useRef<Report | null>(null);
  useEffect(() => {
    if (report.issues.length === 0 || reported.current === report) return;
    reported.current = report;
    onIssuesRef.current?.(report.issues);
    if (isDevelopment()) {
      console.warn(
        `okr-balance: ${report.issues.length} problem(s) in the OKR data`,
        report.issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`),
      );
    }
  }, [report]);
  return report;
}

// Keeps the previous object while every key holds the same value, one level deep (thresholds
// objects are compared key by key too), so inline options do not re-run the analysis.
function useStable<T extends object>(value: T): T {
  const previous = useRef(value);
  if (!sameOptions(previous.current, value)) previous.current = value;
  return previous.current;
}

function sameOptions(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (Object.is(x, y)) return true;
    if (x instanceof Date && y instanceof Date) return x.getTime() === y.getTime();
    const plain = (v: unknown) =>
      typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
    if (plain(x) && plain(y)) {
      const entries = Object.entries(x as object);
      return (
        entries.length === Object.keys(y as object).length &&
        entries.every(([k, v]) => Object.is(v, (y as Record<string, unknown>)[k]))
      );
    }
    return false;
  });
}

function isDevelopment(): boolean {
  // Bundlers replace process.env.NODE_ENV; a page without one has no `process` at all.
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return false;
  }
}
