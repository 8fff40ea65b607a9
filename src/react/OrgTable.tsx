import {
  defaultRangeExtractor,
  measureElement as measureRow,
  useVirtualizer,
} from '@tanstack/react-virtual';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  type FormatOptions,
  type Issue,
  ORGTABLE_MESSAGES,
  type OrgReport,
  STATUS_MESSAGES,
} from '../core';
import { cx } from './internal/cx';
import { useControllableState } from './internal/useControllableState';
import { useLayoutEffectOnClient } from './internal/useLayoutEffectOnClient';
import { useTexts } from './internal/useTexts';
import { OrgRow } from './orgTable/OrgRow';
import { findByPrefix, treeKeyAction, visibleRows } from './orgTable/treeRows';
import { useCheckedOrgReport } from './orgTable/useCheckedOrgReport';

/** The English texts this widget shows. */
const TEXTS = [STATUS_MESSAGES, ORGTABLE_MESSAGES];

/** A row's height before it is measured, in pixels: one line of name, the pace and its bar. */
const ROW_ESTIMATE = 44;
/** Rows rendered on the server and before the list is measured: a bounded first page. */
const FIRST_PAGE = 20;
/** Typed letters within this many milliseconds make one type-ahead prefix. */
const TYPE_AHEAD_MS = 600;
const NO_IDS: string[] = [];
/** The header row's height before it is measured, in pixels. */
const HEAD_ESTIMATE = 33;

/** Props of `OrgTable`. */
export interface OrgTableProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'>,
    FormatOptions {
  /** What `analyzeOrg` returned; anything else shows an invalid-data message, never throws. */
  report: OrgReport;
  /** The expanded units' ids, when the host controls them. */
  expandedIds?: readonly string[];
  /** The units expanded at first, when the table keeps its own. @default the organisation */
  defaultExpandedIds?: readonly string[];
  /** Called with the new list whenever a unit is expanded or collapsed. */
  onExpandedIdsChange?: (ids: string[]) => void;
  /** The selected unit's id (`null` for none), when the host controls it. */
  selectedId?: string | null;
  /** The unit selected at first, when the table keeps its own. @default null */
  defaultSelectedId?: string | null;
  /** Called when Enter, Space or a click selects a unit: a host can open that level. */
  onSelectedIdChange?: (id: string | null) => void;
  /** Called once per report that cannot be shown, with what is wrong. */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * The organisation as a WAI-ARIA treegrid: a row per unit with its progress against the
 * expected pace, status, balance and objective count. The APG keys (arrows, Home/End, PageUp and
 * PageDown, Enter/Space to select, type-ahead on names); only the rows in view are rendered, so
 * 5,000 units scroll as smoothly as 50. Its height is `--okr-orgtable-height` (28rem).
 */
export const OrgTable = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, OrgTableProps>(function OrgTable(
    {
      report: given,
      expandedIds,
      defaultExpandedIds,
      onExpandedIdsChange,
      selectedId: selectedIdProp,
      defaultSelectedId = null,
      onSelectedIdChange,
      onIssues,
      locale,
      messages,
      className,
      'aria-label': ariaLabel,
      'aria-labelledby': labelledBy,
      ...rest
    },
    ref,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const { report, issues } = useCheckedOrgReport(given, onIssues, 'OrgTable');
    const [expanded, setExpanded] = useControllableState<readonly string[]>(
      expandedIds,
      defaultExpandedIds ?? (report ? [report.rootId] : NO_IDS),
      onExpandedIdsChange as ((ids: readonly string[]) => void) | undefined,
      'expandedIds',
    );
    const [selectedId, setSelectedId] = useControllableState<string | null>(
      selectedIdProp,
      defaultSelectedId,
      onSelectedIdChange,
      'selectedId',
    );
    const rows = useMemo(
      () => (report ? visibleRows(report, new Set(expanded ?? NO_IDS)) : []),
      [report, expanded],
    );
    const indexOf = useMemo(() => new Map(rows.map((row, index) => [row.unit.id, index])), [rows]);

    // The row that takes focus: the one last moved to, else the selected one, else the first; a
    // unit hidden under a collapsed parent hands it to its nearest visible ancestor.
    const [activeId, setActiveId] = useState<string | null>(null);
    const active = useMemo(() => {
      if (!report) return 0;
      const parents = new Map(report.units.map((unit) => [unit.id, unit.parentId]));
      let id: string | null | undefined = activeId ?? selectedId;
      for (let hops = 0; id != null && hops <= parents.size; hops++) {
        const index = indexOf.get(id);
        if (index !== undefined) return index;
        id = parents.get(id);
      }
      return 0;
    }, [report, indexOf, activeId, selectedId]);

    const scrollRef = useRef<HTMLDivElement>(null);
    // The sticky header sits above the rows inside the scrolled box: the rows start below it and
    // a row scrolled to must not end up under it.
    const headRef = useRef<HTMLTableSectionElement>(null);
    const [headHeight, setHeadHeight] = useState(HEAD_ESTIMATE);
    // On the server and in the first render in the browser (hydration) the first page of rows
    // flows as a plain table, so rows taller than the estimate cannot overlap; once mounted, the
    // virtualiser places them.
    const [placed, setPlaced] = useState(false);
    useLayoutEffectOnClient(() => setPlaced(true), []);
    useLayoutEffectOnClient(() => {
      const height = headRef.current?.offsetHeight;
      if (height !== undefined && height !== headHeight) setHeadHeight(height);
    });
    // Rows not yet measured are taken to be as tall as the last one measured (36 px at 1000 px
    // wide, taller when names wrap): a fixed guess made every row that scrolled into view change
    // size, re-render the table and place all 5,000 again (the bench's long frames).
    const rowHeight = useRef(ROW_ESTIMATE);
    const virtualizer = useVirtualizer({
      count: rows.length,
      getScrollElement: () => scrollRef.current,
      estimateSize: () => rowHeight.current,
      getItemKey: (index) => rows[index]?.unit.id ?? index,
      overscan: 6,
      scrollMargin: headHeight,
      scrollPaddingStart: headHeight,
      // On the server and before the first measurement: a first page of rows, not all of them.
      initialRect: { width: 0, height: ROW_ESTIMATE * FIRST_PAGE },
      // The focused row stays rendered while it is scrolled away, so focus is never lost.
      rangeExtractor: (range) => {
        const indexes = defaultRangeExtractor(range);
        if (active < range.count && !indexes.includes(active)) {
          indexes.push(active);
          indexes.sort((a, b) => a - b);
        }
        return indexes;
      },
      // A row not laid out (display: none, jsdom) measures 0: keep the estimate instead.
      measureElement: (element, entry, instance) => {
        const size = measureRow(element, entry, instance);
        if (size > 0) rowHeight.current = size;
        return size || rowHeight.current;
      },
    });

    const focusPending = useRef(false);
    useEffect(() => {
      if (!focusPending.current) return;
      focusPending.current = false;
      const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`);
      row?.focus({ preventScroll: true });
    }, [active]);

    const moveTo = useCallback(
      (index: number) => {
        const row = rows[index];
        if (!row) return;
        focusPending.current = true;
        setActiveId(row.unit.id);
        virtualizer.scrollToIndex(index, { align: 'auto' });
      },
      [rows, virtualizer],
    );
    const toggle = useCallback(
      (index: number) => {
        const row = rows[index];
        if (!row?.expandable) return;
        const id = row.unit.id;
        setExpanded((ids) => (ids.includes(id) ? ids.filter((each) => each !== id) : [...ids, id]));
        moveTo(index);
      },
      [rows, setExpanded, moveTo],
    );
    const pick = useCallback(
      (index: number) => {
        const row = rows[index];
        if (!row) return;
        moveTo(index);
        setSelectedId(row.unit.id);
      },
      [rows, moveTo, setSelectedId],
    );

    const typed = useRef({ prefix: '', at: 0 });
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key;
      const now = Date.now();
      const typing = now - typed.current.at < TYPE_AHEAD_MS && typed.current.prefix !== '';
      // Space selects, except inside a type-ahead prefix ("Product management").
      if (key.length === 1 && (key !== ' ' || typing)) {
        const prefix = typing ? typed.current.prefix + key : key;
        typed.current = { prefix, at: now };
        const found = findByPrefix(rows, active, prefix);
        if (found >= 0) moveTo(found);
        event.preventDefault();
        return;
      }
      const visible = Math.max(
        1,
        Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 1,
      );
      const action = treeKeyAction(rows, active, key, visible);
      if (!action) return;
      event.preventDefault();
      if (action.type === 'move') moveTo(action.index);
      else if (action.type === 'select') setSelectedId(action.id);
      else {
        const id = action.id;
        setExpanded((ids) =>
          action.type === 'expand'
            ? ids.includes(id)
              ? ids
              : [...ids, id]
            : ids.filter((each) => each !== id),
        );
      }
    };

    if (!report) {
      return (
        <div ref={ref} className={cx('okr-orgtable', className)} data-state="invalid" {...rest}>
          <p className="okr-orgtable__invalid" role="alert">
            {format.format('orgTable.invalid', { count: issues.length })}
          </p>
        </div>
      );
    }

    const header = (id: string) => (
      <th scope="col" className="okr-orgtable__heading">
        {format.format(id)}
      </th>
    );
    return (
      <div ref={ref} className={cx('okr-orgtable', className)} data-state="ready" {...rest}>
        <div ref={scrollRef} className="okr-orgtable__scroll">
          <table
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a treegrid is a table whose rows expand; the APG's treegrid example is a table too.
            role="treegrid"
            className="okr-orgtable__grid"
            aria-label={labelledBy ? undefined : (ariaLabel ?? format.format('orgTable.label'))}
            aria-labelledby={labelledBy}
            aria-rowcount={rows.length + 1}
            onKeyDown={onKeyDown}
          >
            <thead ref={headRef} className="okr-orgtable__head">
              <tr className="okr-orgtable__row" aria-rowindex={1}>
                {header('orgTable.name')}
                {header('orgTable.progress')}
                {header('orgTable.status')}
                {header('orgTable.balance')}
                {header('orgTable.objectives')}
              </tr>
            </thead>
            <tbody
              className="okr-orgtable__body"
              data-layout={placed ? 'virtual' : 'flow'}
              style={placed ? { height: virtualizer.getTotalSize() } : undefined}
            >
              {virtualizer.getVirtualItems().map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  <OrgRow
                    key={item.key}
                    ref={virtualizer.measureElement}
                    row={row}
                    index={item.index}
                    start={placed ? item.start - headHeight : null}
                    active={item.index === active}
                    selected={row.unit.id === selectedId}
                    format={format}
                    locale={locale}
                    messages={messages}
                    onToggle={toggle}
                    onPick={pick}
                  />
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    );
  }),
);
