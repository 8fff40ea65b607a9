import { type AnalyzeOptions, analyzeOkrs, type Issue, type Report } from '../../core';
import { useAnalysis } from './useAnalysis';

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
  return useAnalysis(okrs, options, analyzeOkrs);
}
