import {
  type ComponentPropsWithoutRef,
  forwardRef,
  memo,
  type ReactNode,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
} from 'react';
import {
  type CheckedObjective,
  DATA_MESSAGES,
  EXPLAIN_MESSAGES,
  type FormatOptions,
  type Formatter,
  type Issue,
  LEVEL_MESSAGES,
  RADAR_DETAIL_MESSAGES,
  RADAR_DRAWING_MESSAGES,
  type RadarAxis,
  type Report,
  radarSummary,
  readComparison,
  STATUS_MESSAGES,
} from '../core';
import { useElementWidth } from './hooks/useElementWidth';
import { cx } from './internal/cx';
import { useCheckedReport } from './internal/useCheckedReport';
import { useDeprecatedProp } from './internal/useDeprecatedProp';
import { useTexts } from './internal/useTexts';
import { RadarDataTable } from './radar/RadarDataTable';
import { RadarDrawing } from './radar/RadarDrawing';
import { RadarLegend } from './radar/RadarLegend';
import { RadarTooltip } from './radar/RadarTooltip';
import { useRadarInteraction } from './radar/useRadarInteraction';
import { useRadarState } from './radar/useRadarState';

/** The English texts this widget shows. */
const TEXTS = [
  STATUS_MESSAGES,
  LEVEL_MESSAGES,
  DATA_MESSAGES,
  EXPLAIN_MESSAGES,
  RADAR_DRAWING_MESSAGES,
  RADAR_DETAIL_MESSAGES,
];
const NO_OBJECTIVES: readonly CheckedObjective[] = [];

/** A second series drawn for comparison: an earlier check-in, another team. */
export interface RadarComparison {
  /** Its name in the tooltip and legend. */
  label: string;
  /** Progress (0..1) by objective id. */
  values: Readonly<Record<string, number>>;
}

/** Props of `OkrRadar`. */
export interface OkrRadarProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onSelect'>,
    FormatOptions {
  /** The analysis to show, from `useOkrBalance` or `analyzeOkrs`; checked before it is drawn. */
  report: Pick<Report, 'objectives' | 'balance'>;
  /** The selected objective (controlled); `null` for none. */
  selectedId?: string | null;
  /** The objective selected at first (uncontrolled). @default null */
  defaultSelectedId?: string | null;
  /** Called when a person selects an objective (click, Enter or Space), `null` when unselected. */
  onSelectedIdChange?: (id: string | null) => void;
  /** @deprecated Use `onSelectedIdChange`; this name goes in the next release. */
  onSelectObjective?: (id: string | null) => void;
  /** Grid rings as polygons or circles. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  /**
   * A second series drawn for comparison, named in the key and the tooltip: `{ label, values }`,
   * or an earlier report (`analyzeOkrs` at an earlier date, `analyzeOkrs(snapshotAt(…))`, an
   * earlier `unitReport`), then named by its date. @default none
   */
  comparison?: RadarComparison | Pick<Report, 'objectives' | 'now'>;
  /** Layout width before the container is measured, and on the server (120–4096). @default 480 */
  width?: number;
  /**
   * The most height the drawing takes, in CSS pixels: the radar then sizes to the smaller of
   * its width and this height (text and markers with it) and stays centred; its labels keep the
   * full width. The key and the data button come below. @default none (height follows the width)
   */
  maxHeight?: number;
  /**
   * The tooltip's content, instead of the title, values, status and explanation; it receives
   * the objective and this widget's texts (`texts.format(id, values)`). The tooltip's placement,
   * role and link to the point stay the widget's. @default the built-in content
   */
  renderTooltip?: (objective: CheckedObjective, texts: Formatter) => ReactNode;
  /**
   * Called with the objective's id when the pointer enters its point or the keyboard moves to
   * it, and with `null` when the pointer leaves or the chart loses focus. @default none
   */
  onHoverObjective?: (id: string | null) => void;
  /**
   * The "Show data" button that shows the chart's data as a table. Turn it off only where the
   * page already shows these objectives in a table of its own. @default true
   */
  dataTable?: boolean;
  /**
   * The chart's accessible name, for a page with several radars (the root's own `aria-label`
   * names nothing a screen reader stops at). @default the message `radar.label`, "Progress by
   * objective"
   */
  label?: string;
  /** Called with the problems of a report that cannot be shown (the radar then says so). */
  onIssues?: (issues: Issue[]) => void;
}

/**
 * A radar of the objectives' progress against the expected pace, with status-shaped points,
 * one tab stop and arrow keys to move between objectives, a tooltip on hover and focus, a
 * summary for screen readers and the data as a table one button away. One or two objectives
 * are shown as bars; more than 24 as ranked bars, weakest first, in a box of their own that
 * scrolls. State, behaviour and markup are layers: `useRadarState`,
 * `useRadarInteraction`, and the drawing.
 */
export const OkrRadar = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, OkrRadarProps>(function OkrRadar(
    {
      report: given,
      selectedId,
      defaultSelectedId = null,
      onSelectedIdChange,
      onSelectObjective,
      grid: gridProp = 'polygon',
      comparison: comparisonProp,
      width: initialWidth = 480,
      maxHeight,
      renderTooltip,
      onHoverObjective,
      dataTable = true,
      label: name,
      onIssues,
      locale,
      messages,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    useDeprecatedProp(
      onSelectObjective !== undefined,
      'OkrRadar',
      'onSelectObjective',
      'onSelectedIdChange',
    );
    const format = useTexts({ locale, messages }, TEXTS);
    const root = useRef<HTMLDivElement>(null);
    // The root element never changes: the host's ref is set once, not on every render.
    useImperativeHandle(forwardedRef, () => root.current as HTMLDivElement, []);
    // The geometry bounds the width (120–4096) and takes 480 for one that is no number.
    const width = useElementWidth(root, initialWidth);
    const id = useId();
    const { report, issues } = useCheckedReport(given, onIssues, 'OkrRadar');
    const grid = gridProp === 'circle' ? 'circle' : 'polygon';
    const comparison = useMemo(
      () => readComparison(comparisonProp, format),
      [comparisonProp, format],
    );
    const objectives = report?.objectives ?? NO_OBJECTIVES;
    // The ranked layout puts the axes in another order than the objectives: found by id (a
    // map of even 1,000 takes microseconds, less than memoising it costs in bytes).
    const byId = new Map(objectives.map((o) => [o.id, o]));
    const heightBound = Number(maxHeight) > 0 && Number(maxHeight) < 1e5 ? maxHeight : undefined;
    const state = useRadarState({
      objectives,
      width,
      grid,
      comparison: comparison?.values,
      selectedId,
      defaultSelectedId,
      onSelectedIdChange: onSelectedIdChange ?? onSelectObjective,
      maxHeight: heightBound,
      onActiveIdChange: onHoverObjective,
    });
    const { listboxProps, pointProps, activeIndex } = useRadarInteraction(state, id);
    const { geometry } = state;
    const { viewBox } = geometry;
    const ranked = geometry.layout === 'ranked';
    const bound = heightBound === undefined ? undefined : { maxHeight: heightBound };
    // The keyboard's point has its tooltip scrolled into view, the point with it: the ranked
    // layout's rows scroll in their box. Not the pointer's: the page would move under it.
    // biome-ignore lint/correctness/useExhaustiveDependencies: read from the page when it moves
    useEffect(() => {
      root.current
        ?.querySelector(':focus-visible~[role=tooltip]')
        ?.scrollIntoView?.({ block: 'nearest' });
    }, [activeIndex]);

    if (!report || objectives.length === 0) {
      const invalid = report === null;
      return (
        <div
          ref={root}
          className={cx('okr-radar', className)}
          data-state={invalid ? 'invalid' : 'empty'}
          {...rest}
        >
          <p className="okr-radar__empty" role={invalid ? 'alert' : undefined}>
            {invalid
              ? format.format('data.invalid', { count: issues.length })
              : format.format('radar.summary-empty')}
          </p>
        </div>
      );
    }
    const summary = radarSummary(report, format);
    // None at index -1.
    const activeAxis = geometry.axes[activeIndex];
    const activeObjective = activeAxis && byId.get(activeAxis.id);
    const pointLabel = (axis: RadarAxis) =>
      format.format('radar.point', {
        title: axis.title,
        // Every axis is one of the objectives.
        progress: (byId.get(axis.id) as CheckedObjective).progress,
        expected: (byId.get(axis.id) as CheckedObjective).expected,
        status: axis.status,
      });

    return (
      <div
        ref={root}
        className={cx('okr-radar', className)}
        data-layout={geometry.layout}
        data-grid={grid}
        {...rest}
      >
        <p id={`${id}-summary`} className="okr-visually-hidden">
          {summary}
        </p>
        {/* Ranked rows keep their height: the bound goes to the box they scroll in. */}
        <div className="okr-radar__scroll" style={ranked ? bound : undefined}>
          <div className="okr-radar__plot">
            <div
              className="okr-radar__chart"
              role="listbox"
              tabIndex={0}
              {...listboxProps}
              aria-label={name ?? format.format('radar.label')}
              aria-describedby={`${id}-summary`}
            >
              {/* The SVG is no graphic of its own but the listbox's drawing (role none), so its
              points are the listbox's options; the rest of the drawing is hidden from
              assistive technology, which gets the same data from the options and the table. */}
              <svg
                role="none"
                className="okr-radar__svg"
                viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
                fontSize={geometry.fontSize}
                // Before the container is measured the drawing scales to it: the bound holds.
                style={ranked ? undefined : bound}
              >
                <RadarDrawing
                  geometry={geometry}
                  format={format}
                  selectedId={state.selectedId}
                  activeIndex={activeIndex}
                  pointProps={pointProps}
                  pointLabel={pointLabel}
                  whyId={`${id}-why`}
                />
              </svg>
            </div>
            {activeObjective && (
              <RadarTooltip
                axis={activeAxis as RadarAxis}
                objective={activeObjective}
                geometry={geometry}
                format={format}
                comparison={comparison}
                id={`${id}-tooltip`}
                whyId={`${id}-why`}
                render={renderTooltip}
              />
            )}
          </div>
        </div>
        <RadarLegend
          format={format}
          statuses={geometry.axes.map((axis) => axis.status)}
          comparison={comparison?.label}
        />
        {dataTable && <RadarDataTable objectives={objectives} format={format} id={`${id}-table`} />}
      </div>
    );
  }),
);
