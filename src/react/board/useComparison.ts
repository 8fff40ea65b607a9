import { useMemo } from 'react';
import {
  compareReports,
  type OrgReport,
  type Report,
  type ReportChanges,
  unitReport,
} from '../../core';

/** What the board shows of an earlier report: its rows at the current level, and the changes. */
export interface BoardComparison {
  earlier: Report;
  changes: ReportChanges;
}

/**
 * The board's `compareWith` at the level shown: an earlier `Report` as it is, an earlier
 * `OrgReport` as the same unit's `unitReport` (the unit's teams and objectives then), and what
 * changed since; `null` without one.
 */
export function useComparison(
  compareWith: Report | OrgReport | undefined,
  report: Report,
  unitId: string | null,
): BoardComparison | null {
  return useMemo(() => {
    if (typeof compareWith !== 'object' || compareWith === null) return null;
    const earlier =
      'units' in compareWith
        ? unitReport(compareWith, unitId ?? compareWith.rootId)
        : (compareWith as Report);
    return { earlier, changes: compareReports(earlier, report) };
  }, [compareWith, report, unitId]);
}
