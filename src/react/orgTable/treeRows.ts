// The tree's visible rows and the APG treegrid keyboard model over them: plain functions of
// data, no React, so the keys are tested without a DOM.
import type { OrgReport, OrgUnit } from '../../core';

/** One visible row of the tree: a unit with where it sits among its siblings. */
export interface TreeRow {
  unit: OrgUnit;
  /** 1 for the organisation (`aria-level`). */
  level: number;
  setSize: number;
  posInSet: number;
  /** The parent's row, -1 for the organisation. */
  parent: number;
  expandable: boolean;
  expanded: boolean;
}

/**
 * The rows a reader sees: the organisation, then depth first the sub-units of every expanded
 * unit, in the order of its `childIds`. A checked report (`checkOrgReport`) has no loops; each
 * unit is still drawn once at most.
 */
export function visibleRows(report: OrgReport, expanded: ReadonlySet<string>): TreeRow[] {
  const byId = new Map<string, OrgUnit>();
  for (const unit of report.units) byId.set(unit.id, unit);
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const root = byId.get(report.rootId);
  if (!root) return rows;
  // An explicit stack: an organisation thousands of levels deep must not overflow the call stack.
  const stack: [OrgUnit, number, number, number, number][] = [[root, 1, 1, 1, -1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [unit, level, setSize, posInSet, parent] = next;
    if (seen.has(unit.id)) continue;
    seen.add(unit.id);
    const children = unit.childIds.flatMap((id) => byId.get(id) ?? []);
    const open = children.length > 0 && expanded.has(unit.id);
    const at =
      rows.push({
        unit,
        level,
        setSize,
        posInSet,
        parent,
        expandable: children.length > 0,
        expanded: open,
      }) - 1;
    if (!open) continue;
    for (let k = children.length - 1; k >= 0; k--) {
      stack.push([children[k] as OrgUnit, level + 1, children.length, k + 1, at]);
    }
  }
  return rows;
}

/** What a key does in the tree. */
export type TreeAction =
  | { type: 'move'; index: number }
  | { type: 'expand' | 'collapse' | 'select'; id: string };

/**
 * The WAI-ARIA APG treegrid keys, rows focused: Up/Down move a row, Home/End to the first and
 * last, PageUp/PageDown by `page` rows; Right expands a collapsed row, else moves to its first
 * child; Left collapses an expanded row, else moves to its parent; Enter and Space select.
 * `null` for a key that does nothing here (the browser keeps it).
 */
export function treeKeyAction(
  rows: readonly TreeRow[],
  index: number,
  key: string,
  page = 10,
): TreeAction | null {
  const row = rows[index];
  if (!row) return rows.length > 0 ? { type: 'move', index: 0 } : null;
  const last = rows.length - 1;
  const move = (to: number): TreeAction => ({
    type: 'move',
    index: Math.min(Math.max(to, 0), last),
  });
  switch (key) {
    case 'ArrowDown':
      return move(index + 1);
    case 'ArrowUp':
      return move(index - 1);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'PageDown':
      return move(index + page);
    case 'PageUp':
      return move(index - page);
    case 'ArrowRight':
      if (!row.expandable) return null;
      return row.expanded ? move(index + 1) : { type: 'expand', id: row.unit.id };
    case 'ArrowLeft':
      if (row.expanded) return { type: 'collapse', id: row.unit.id };
      return row.parent >= 0 ? move(row.parent) : null;
    case 'Enter':
    case ' ':
      return { type: 'select', id: row.unit.id };
    default:
      return null;
  }
}

/**
 * Type-ahead: the next row after `from` (wrapping round) whose name starts with `prefix`, in
 * any case; with a prefix of two or more letters the row at `from` itself counts first, so
 * typing on through a name stays on it. -1 when none does.
 */
export function findByPrefix(rows: readonly TreeRow[], from: number, prefix: string): number {
  const wanted = prefix.toLocaleLowerCase();
  const start = prefix.length > 1 ? from : from + 1;
  for (let k = 0; k < rows.length; k++) {
    const index = (start + k) % rows.length;
    if (rows[index]?.unit.name.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return -1;
}
