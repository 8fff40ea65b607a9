import { useContext, useEffect, useMemo, useRef } from 'react';
import type { AnalyzeOptions, Issue } from '../../core';
import { FormatContext } from '../OkrBalanceProvider';

/** Options an analysing hook takes: the analysis's own, plus `onIssues`. */
export type WithIssues<O> = O & {
  /** Called after a render whose result lists issues (bad data repaired or left out). */
  onIssues?: ((issues: Issue[]) => void) | undefined;
};

/**
 * The logic `useOkrBalance` and `useOrgBalance` share: `analyze` runs once per change of the
 * data or options (options compared by value, see `sameValue`), with the provider's locale and
 * messages where none are given and the first render's moment where no `now` is, and
 * `onIssues` hears of each distinct list of issues once.
 */
export function useAnalysis<O extends AnalyzeOptions, R extends { issues: Issue[] }>(
  okrs: unknown,
  options: WithIssues<O>,
  analyze: (okrs: unknown, options: O) => R,
): R {
  const context = useContext(FormatContext);
  const { onIssues, ...rest } = options;
  const analysis = useStable({
    ...rest,
    locale: rest.locale ?? context.locale,
    messages: rest.messages ?? context.messages,
  } as O);
  // Without a `now` the first render's moment is kept, so re-renders do not move time.
  const firstNow = useRef(Date.now()).current;
  const result = useMemo(
    () => analyze(okrs, { ...analysis, now: analysis.now ?? firstNow }),
    [okrs, analysis, firstNow, analyze],
  );
  useIssuesOnce(result.issues, onIssues, 'in the OKR data');
  return result;
}

/**
 * Tells `onIssues` (and, in development, the console) of each distinct list of issues once:
 * StrictMode runs effects twice, and an analysis run again (an option only comparable by
 * identity) gives new issues equal to the old. Calling the host again for those would loop
 * where `onIssues` sets state. `where` ends the console's line ("in the OKR data").
 */
export function useIssuesOnce(
  issues: readonly Issue[],
  onIssues: ((issues: Issue[]) => void) | undefined,
  where: string,
): void {
  const onIssuesRef = useRef(onIssues);
  onIssuesRef.current = onIssues;
  const reported = useRef<readonly Issue[]>([]);
  useEffect(() => {
    if (sameIssues(reported.current, issues)) return;
    reported.current = issues;
    if (issues.length === 0) return;
    onIssuesRef.current?.(issues as Issue[]);
    // Bundlers replace process.env.NODE_ENV, so production builds drop this; a page without a
    // bundler has no `process` at all.
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      console.warn(
        `okr-balance: ${issues.length} problem(s) ${where}`,
        issues.map((issue) => `${issue.path || 'input'}: ${issue.message}`),
      );
    }
  }, [issues, where]);
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
