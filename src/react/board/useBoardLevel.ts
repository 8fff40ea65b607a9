import { type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import {
  type Formatter,
  type Issue,
  type OrgReport,
  type OrgUnit,
  type Report,
  unitReport,
} from '../../core';
import { useIssuesOnce } from '../hooks/useAnalysis';
import { useControllableState } from '../internal/useControllableState';

/** What the board's level needs: the props, the board's texts and its heading. */
export interface UseBoardLevelOptions {
  unitId: string | undefined;
  defaultUnitId: string | undefined;
  onUnitIdChange: ((id: string) => void) | undefined;
  onIssues: ((issues: Issue[]) => void) | undefined;
  format: Formatter;
  /** Takes focus on a drill-down, and where the row of the unit left is not shown. */
  headingRef: RefObject<HTMLElement | null>;
  /** Called after the level changed (the board clears its selection). */
  onChange: () => void;
}

/** The level the board shows: its unit, the path to it and its report, and how to move. */
export interface BoardLevel {
  /** The unit shown; `null` without an organisation. */
  unit: OrgUnit | null;
  /** From the organisation to the unit shown. */
  path: OrgUnit[];
  /** `unitReport` of the unit shown. */
  report: Report | null;
  /** What the live region says of the last change of level ('' before any). */
  announcement: string;
  /** Opens a unit below: focus goes to the heading. */
  open: (unitId: string) => void;
  /** Goes up to a unit on the path: focus goes to the row of the unit just left. */
  up: (unitId: string) => void;
}

const NO_ISSUES: Issue[] = [];

/** A junk id as text: its type where it has none (an object without a prototype). */
function named(id: unknown): string {
  try {
    return String(id);
  } catch {
    return typeof id;
  }
}

/**
 * The board's level in an organisation, controlled or not (`unitId`): an unknown or junk id
 * shows the organisation, and `onIssues` hears of it once. Every change of level, the host's
 * included, is announced and clears the selection; those the board makes move focus too.
 */
export function useBoardLevel(
  org: OrgReport | null,
  {
    unitId,
    defaultUnitId,
    onUnitIdChange,
    onIssues,
    format,
    headingRef,
    onChange,
  }: UseBoardLevelOptions,
): BoardLevel {
  const [level, setLevel] = useControllableState<string | null>(
    unitId,
    defaultUnitId ?? null,
    onUnitIdChange as ((id: string | null) => void) | undefined,
    'OkrBalanceBoard unitId',
  );
  const units = useMemo(() => new Map((org?.units ?? []).map((unit) => [unit.id, unit])), [org]);
  const found = typeof level === 'string' ? units.get(level) : undefined;
  const unit = org ? (found ?? units.get(org.rootId) ?? null) : null;
  // `null` (and undefined, from plain JavaScript) is the organisation; anything else unknown is
  // the host's mistake, worded as `unitReport` words it, with what the board does instead.
  const unknown = org !== null && level != null && found === undefined;
  const issues = useMemo<Issue[]>(
    () =>
      unknown
        ? [
            {
              path: 'unitId',
              code: 'unknown-unit',
              severity: 'warning',
              message: `${format.format('issue.unknown-unit', { unitId: named(level) })} ${format.format('board.organisation-shown')}`,
            },
          ]
        : NO_ISSUES,
    [unknown, level, format],
  );
  useIssuesOnce(issues, onIssues, 'in OkrBalanceBoard’s unitId');
  const report = useMemo(() => (org && unit ? unitReport(org, unit.id) : null), [org, unit]);
  const path: OrgUnit[] = [];
  let at: OrgUnit | null | undefined = unit;
  for (; at && path.length <= units.size; at = units.get(at.parentId as string)) {
    path.unshift(at);
  }

  // Where focus goes once the level asked for is shown: the heading, or a unit's row.
  const pending = useRef<{ to: string; row: string | null } | null>(null);
  const go = (to: string, row: string | null) => {
    pending.current = { to, row };
    setLevel(to);
  };
  const shownId = unit?.id ?? null;
  const shown = useRef(shownId);
  const [announcement, setAnnouncement] = useState('');
  // Once per change of level, with that render's unit, texts and callback.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the level's id is the change
  useEffect(() => {
    if (shown.current === shownId) return;
    shown.current = shownId;
    onChange();
    const want = pending.current;
    pending.current = null;
    if (!unit) return;
    const { score } = unit.balance;
    setAnnouncement(
      score === null
        ? format.format('board.level-empty', { unit: unit.name })
        : format.format('board.level', {
            unit: unit.name,
            count: unit.objectiveCount,
            score: Math.round(score * 100),
          }),
    );
    const heading = headingRef.current;
    if (!heading || want?.to !== shownId) return;
    const grid = heading.closest('.okr-board__grid');
    const rows = grid?.querySelectorAll<HTMLElement>('[data-unit]') ?? [];
    const row = Array.from(rows).find((each) => each.dataset.unit === want.row);
    if (row) return row.focus();
    // The breadcrumb above the heading comes into view with it.
    heading.focus({ preventScroll: true });
    grid?.querySelector('.okr-board__levels')?.scrollIntoView?.({ block: 'nearest' });
  }, [shownId]);

  return {
    unit,
    path,
    report,
    announcement,
    open: (to) => go(to, null),
    up: (to) => {
      // The unit left, as seen from where the board goes: its ancestor just below `to`.
      const at = path.findIndex((each) => each.id === to);
      go(to, path[at + 1]?.id ?? null);
    },
  };
}
