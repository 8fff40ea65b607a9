import {
  type ComponentPropsWithoutRef,
  Fragment,
  forwardRef,
  type KeyboardEvent,
  memo,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  computeRadarGeometry,
  EXPLAIN_MESSAGES,
  type FormatOptions,
  GAUGE_MESSAGES,
  LABEL_MESSAGES,
  RADAR_MESSAGES,
  type RadarAxis,
  type RadarGeometry,
  type Report,
  type Status,
  statusMarkerPath,
} from '../core';
import { useElementWidth } from './hooks/useElementWidth';
import { cx } from './internal/cx';
import { useControllableState } from './internal/useControllableState';
import { useTexts } from './internal/useTexts';

/** The English texts this widget shows. */
const TEXTS = [LABEL_MESSAGES, EXPLAIN_MESSAGES, RADAR_MESSAGES, GAUGE_MESSAGES];

// The marker shapes drawn at 0,0, by status and size: a point moves its marker with a translate.
const MARKER_SHAPES = new Map<string, string>();
const ORIGIN = { x: 0, y: 0 };
function markerShape(status: Status, size: number): string {
  const key = `${status} ${size}`;
  let shape = MARKER_SHAPES.get(key);
  if (shape === undefined) {
    shape = statusMarkerPath(status, ORIGIN, size);
    MARKER_SHAPES.set(key, shape);
  }
  return shape;
}

// The tooltip sits beside its point on the roomier side, as wide as that side allows; where
// neither side has room for a readable line (a narrow chart, a point near the middle), it sits
// below the point, centred in the chart.
const TOOLTIP_GAP = 16;
const TOOLTIP_MIN_WIDTH = 176;
function tooltipPlacement(axis: RadarAxis, { width, height }: { width: number; height: number }) {
  const top = `${(axis.point.y / height) * 100}%`;
  const room = Math.max(axis.point.x, width - axis.point.x) - TOOLTIP_GAP;
  if (room < TOOLTIP_MIN_WIDTH) return { side: 'below', style: { top } } as const;
  return {
    side: axis.point.x > width / 2 ? 'left' : 'right',
    style: {
      top,
      left: `${(axis.point.x / width) * 100}%`,
      maxWidth: `min(18rem, ${Math.round(room)}px)`,
    },
  } as const;
}

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
  /** The analysis to show, from `useOkrBalance` or `analyzeOkrs`. */
  report: Pick<Report, 'objectives' | 'balance'>;
  /** The selected objective (controlled). */
  selectedId?: string | null;
  /** The objective selected at first (uncontrolled). @default null */
  defaultSelectedId?: string | null;
  /** Called when a person selects an objective (click, Enter or Space). */
  onSelectObjective?: (id: string | null) => void;
  /** Grid rings as polygons or circles. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  comparison?: RadarComparison;
  /** Layout width before the container is measured, and on the server. @default 480 */
  width?: number;
  /**
   * The hidden table that gives screen readers the same data. Turn it off only where the page
   * already shows these objectives in a table of its own, so they are not read twice.
   * @default true
   */
  dataTable?: boolean;
  /**
   * The chart's accessible name, for a page with several radars (the root's own `aria-label`
   * names nothing a screen reader stops at). @default the message `radar.label`, "Progress by
   * objective"
   */
  label?: string;
}

/**
 * A radar of the objectives' progress against the expected pace, with status-shaped points,
 * one tab stop and arrow keys to move between objectives, a tooltip on hover and focus, and
 * the same data as a summary and a table for screen readers. One or two objectives are shown
 * as bars.
 */
export const OkrRadar = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLDivElement, OkrRadarProps>(function OkrRadar(
    {
      report,
      selectedId,
      defaultSelectedId = null,
      onSelectObjective,
      grid = 'polygon',
      comparison,
      width: initialWidth = 480,
      dataTable = true,
      label: name,
      locale,
      messages,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const format = useTexts({ locale, messages }, TEXTS);
    const root = useRef<HTMLDivElement>(null);
    // The root element never changes: the host's ref is set once, not on every render.
    useImperativeHandle(forwardedRef, () => root.current as HTMLDivElement, []);
    const width = useElementWidth(root, initialWidth);
    const id = useId();
    const [selected, setSelected] = useControllableState(
      selectedId,
      defaultSelectedId,
      onSelectObjective,
      'OkrRadar selectedId',
    );
    // The point under the pointer or the keyboard, by objective id: after new data it stays on
    // its objective, or goes away with it.
    const [activeId, setActiveId] = useState<string | null>(null);
    // The last geometry drawn: new values for the same objectives keep its label layout.
    const drawn = useRef<RadarGeometry | undefined>(undefined);
    const geometry = useMemo(
      () =>
        computeRadarGeometry(report.objectives, {
          width,
          grid,
          ...(comparison ? { comparison: comparison.values } : {}),
          ...(drawn.current ? { previous: drawn.current } : {}),
        }),
      [report.objectives, width, grid, comparison],
    );
    useEffect(() => {
      drawn.current = geometry;
    }, [geometry]);
    const { objectives, balance } = report;
    const atRisk = objectives.filter((o) => o.status === 'at-risk' || o.status === 'off-track');
    const summary =
      balance.score === null || balance.level === null
        ? format.format('radar.summary-empty')
        : format.format('radar.summary', {
            count: objectives.length,
            score: Math.round(balance.score * 100),
            level: balance.level,
            atRisk: atRisk.length,
          });
    const optionId = (index: number) => `${id}-option-${index}`;
    const count = geometry.axes.length;
    const found = activeId === null ? -1 : geometry.axes.findIndex((a) => a.id === activeId);
    const active = found === -1 ? null : found;
    const setActive = (index: number | null) =>
      setActiveId(index === null ? null : (geometry.axes[index]?.id ?? null));
    const current = active === null ? null : (geometry.axes[active] ?? null);
    const currentObjective = current ? objectives[active ?? 0] : undefined;
    const placement = current ? tooltipPlacement(current, geometry) : null;

    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      // Alt+Arrow is the browser's back and forward, Ctrl and Meta the system's: not ours.
      if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
      const from =
        active ??
        Math.max(
          geometry.axes.findIndex((a) => a.id === selected),
          0,
        );
      const move: Record<string, number> = {
        ArrowRight: from + 1,
        ArrowDown: from + 1,
        ArrowLeft: from - 1,
        ArrowUp: from - 1,
        Home: 0,
        End: count - 1,
      };
      const target = move[event.key];
      if (target !== undefined) {
        event.preventDefault();
        setActive(
          active === null && event.key.startsWith('Arrow') ? from : (target + count) % count,
        );
      } else if (event.key === 'Enter' || event.key === ' ') {
        // Space never scrolls the page from the chart; a held key selects once, not on and off.
        event.preventDefault();
        const axis = active === null ? undefined : geometry.axes[active];
        if (axis && !event.repeat) setSelected(axis.id === selected ? null : axis.id);
      } else if (event.key === 'Escape') {
        setActive(null);
      }
    };

    if (count === 0) {
      return (
        <div ref={root} className={cx('okr-radar', className)} data-state="empty" {...rest}>
          <p className="okr-radar__empty">{summary}</p>
        </div>
      );
    }

    // Each point is two shapes: the option itself, a circle wide enough to hit with a finger, and
    // the status marker drawn over it.
    const marker = (axis: RadarAxis, index: number) => {
      const isSelected = axis.id === selected;
      const isActive = index === active;
      return (
        <Fragment key={axis.id}>
          <circle
            id={optionId(index)}
            role="option"
            aria-selected={isSelected}
            aria-describedby={isActive ? `${id}-why` : undefined}
            aria-label={format.format('radar.point', {
              title: axis.title,
              progress: objectives[index]?.progress ?? 0,
              expected: objectives[index]?.expected ?? 0,
              status: axis.status,
            })}
            className="okr-radar__point"
            data-selected={isSelected ? '' : undefined}
            data-active={isActive ? '' : undefined}
            cx={axis.point.x}
            cy={axis.point.y}
            r={14}
            onPointerEnter={() => setActiveId(axis.id)}
            onPointerLeave={(event) => {
              // Keyboard focus keeps the point; asked of the page, not of remembered state, which
              // misses a focus lost when the listbox went away with an empty report.
              const listbox = event.currentTarget.closest('[role="listbox"]');
              const page = event.currentTarget.getRootNode() as Document | ShadowRoot;
              const focused = listbox !== null && listbox === page.activeElement;
              setActiveId((value) => (value === axis.id && !focused ? null : value));
            }}
            onClick={() => {
              setActiveId(axis.id);
              setSelected(isSelected ? null : axis.id);
            }}
          />
          <path
            className="okr-radar__marker okr-status"
            data-status={axis.status}
            d={markerShape(axis.status, isSelected || isActive ? 15 : 11)}
            transform={`translate(${axis.point.x},${axis.point.y})`}
          />
        </Fragment>
      );
    };

    // The first line is the text's own; each further line is a tspan back at the same x.
    const label = (axis: RadarAxis) => (
      <text
        key={axis.id}
        className="okr-radar__label"
        x={axis.label.x}
        y={axis.label.y}
        textAnchor={axis.label.anchor}
        data-selected={axis.id === selected ? '' : undefined}
      >
        {axis.label.truncated && <title>{axis.title}</title>}
        {axis.label.lines[0]}
        {axis.label.lines.slice(1).map((line) => (
          <tspan key={line} x={axis.label.x} dy={geometry.lineHeight}>
            {line}
          </tspan>
        ))}
      </text>
    );

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
        {/* The tooltip is the listbox's sibling, not its child: a listbox holds options only. */}
        <div className="okr-radar__plot">
          <div
            className="okr-radar__chart"
            role="listbox"
            tabIndex={0}
            aria-label={name ?? format.format('radar.label')}
            aria-describedby={`${id}-summary`}
            aria-activedescendant={active === null ? undefined : optionId(active)}
            onKeyDown={onKeyDown}
            onFocus={() => {
              // Keeps a point the pointer made active; else the selected one, or the first.
              setActiveId((value) =>
                value !== null && geometry.axes.some((a) => a.id === value)
                  ? value
                  : ((geometry.axes.find((a) => a.id === selected) ?? geometry.axes[0])?.id ??
                    null),
              );
            }}
            onBlur={() => {
              setActive(null);
            }}
          >
            {/* The SVG is no graphic of its own but the listbox's drawing (role none), so its
              points are the listbox's options; the rest of the drawing is hidden from
              assistive technology, which gets the same data from the options and the table. */}
            <svg
              role="none"
              className="okr-radar__svg"
              viewBox={`0 0 ${geometry.width} ${geometry.height}`}
              fontSize={geometry.fontSize}
            >
              {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a <g> is not focusable */}
              <g aria-hidden="true">
                {geometry.layout === 'radar' ? (
                  <>
                    <path className="okr-radar__grid" d={geometry.gridPath} />
                    {/* The outer ring needs no number: it is the edge, and its top is the first label's. */}
                    {geometry.rings
                      .filter((ring) => ring.value < 1)
                      .map((ring) => (
                        <text
                          key={ring.value}
                          className="okr-radar__ring-label"
                          x={ring.label.x + 3}
                          y={ring.label.y - 2}
                        >
                          {format.format('gauge.scale', { value: ring.value })}
                        </text>
                      ))}
                    <path className="okr-radar__expected" d={geometry.expectedPath} />
                    {geometry.comparisonPath && (
                      <path className="okr-radar__comparison" d={geometry.comparisonPath} />
                    )}
                    <path className="okr-radar__progress" d={geometry.progressPath} />
                  </>
                ) : (
                  geometry.axes.map((axis) => {
                    const track = geometry.track;
                    if (!track) return null;
                    return (
                      <g key={axis.id}>
                        <line
                          className="okr-radar__track"
                          x1={track.x0}
                          x2={track.x1}
                          y1={axis.end.y}
                          y2={axis.end.y}
                        />
                        <line
                          className="okr-radar__bar"
                          x1={track.x0}
                          x2={axis.point.x}
                          y1={axis.end.y}
                          y2={axis.end.y}
                        />
                        <line
                          className="okr-radar__expected-tick"
                          x1={axis.expectedPoint.x}
                          x2={axis.expectedPoint.x}
                          y1={axis.end.y - 9}
                          y2={axis.end.y + 9}
                        />
                      </g>
                    );
                  })
                )}
                {geometry.axes.map(label)}
              </g>
              {geometry.axes.map(marker)}
            </svg>
          </div>
          {current && currentObjective && placement && (
            <div
              role="tooltip"
              id={`${id}-tooltip`}
              className="okr-radar__tooltip"
              data-side={placement.side}
              style={placement.style}
            >
              <strong className="okr-radar__tooltip-title">{current.title}</strong>
              <span>
                {format.format('radar.progress', { progress: currentObjective.progress })}
              </span>
              <span>
                {format.format('radar.expected', { expected: currentObjective.expected })}
              </span>
              {comparison && comparison.values[current.id] !== undefined && (
                <span>
                  {format.format('radar.compare', {
                    label: comparison.label,
                    value: comparison.values[current.id] ?? 0,
                  })}
                </span>
              )}
              <span className="okr-radar__tooltip-status okr-status" data-status={current.status}>
                {format.format(`status.${current.status}`)}
              </span>
              <span id={`${id}-why`} className="okr-radar__tooltip-why">
                {/* In this widget's language, which may not be the analysis's. */}
                {format.format(
                  currentObjective.explanation.id,
                  currentObjective.explanation.values,
                )}
              </span>
            </div>
          )}
        </div>
        <ul className="okr-radar__legend" aria-hidden="true">
          <li data-key="progress">{format.format('radar.legend-progress')}</li>
          <li data-key="expected">{format.format('radar.legend-expected')}</li>
          {comparison && <li data-key="comparison">{comparison.label}</li>}
        </ul>
        {/* A table's width is at least its content's, so it hides inside a 1 px box. */}
        {dataTable && (
          <div className="okr-radar__table okr-visually-hidden">
            <table>
              <caption>{format.format('radar.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{format.format('radar.col-objective')}</th>
                  <th scope="col">{format.format('radar.col-progress')}</th>
                  <th scope="col">{format.format('radar.col-expected')}</th>
                  <th scope="col">{format.format('radar.col-status')}</th>
                </tr>
              </thead>
              <tbody>
                {objectives.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.title}</th>
                    <td>{format.format('gauge.scale', { value: o.progress })}</td>
                    <td>{format.format('gauge.scale', { value: o.expected })}</td>
                    <td>{format.format(`status.${o.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    );
  }),
);
