import {
  type ComponentPropsWithoutRef,
  forwardRef,
  memo,
  type RefObject,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
} from 'react';
import {
  DATA_MESSAGES,
  describeTrend,
  type FormatOptions,
  type Issue,
  type Report,
  TREND_MESSAGES,
  trendGeometry,
  trendSeries,
} from '../core';
import { useElementWidth } from './hooks/useElementWidth';
import { cx } from './internal/cx';
import { useCheckedReport } from './internal/useCheckedReport';
import { useTexts } from './internal/useTexts';
import { TrendDataTable } from './trend/TrendDataTable';
import { TrendDrawing } from './trend/TrendDrawing';
import { TrendKey } from './trend/TrendKey';

/** The English texts this widget shows. */
const TEXTS = [DATA_MESSAGES, TREND_MESSAGES];

/** Props of `ProgressTrend`. */
export interface ProgressTrendProps
  extends Omit<ComponentPropsWithoutRef<'figure'>, 'children'>,
    FormatOptions {
  /**
   * The analysis to show, from `useOkrBalance` or `analyzeOkrs`; checked before it is drawn.
   * The trend reads the objective's `history` and `forecast`, and the report's `cycle` and `now`.
   */
  report: Pick<Report, 'objectives' | 'balance'> & Partial<Pick<Report, 'cycle' | 'now'>>;
  /** The id of the objective whose check-ins to draw. */
  objectiveId: string;
  /**
   * `full`: the chart with a time axis, a percent axis, a key, the sentence as its caption and a
   * "Show data" table. `compact`: a sparkline for a list row, without axes or key; the sentence
   * is its accessible name. @default 'full'
   */
  variant?: 'full' | 'compact';
  /**
   * Drawing width in pixels (40–4096). The full chart uses it until it has measured its
   * container (on the server and in the first render, where the drawing is scaled to the
   * container's width), then is as wide as its container; the sparkline is always this wide.
   * @default 480 (full), 120 (compact)
   */
  width?: number;
  /**
   * Drawing height in pixels (24–4096). @default 32 (compact); full: 40 % of the width, from 220
   * (480 px wide and narrower) to 360 (900 px and wider), so a wide trend is not a flat strip
   */
  height?: number;
  /** Called with the problems of a report that cannot be shown (the trend then says so). */
  onIssues?: (issues: Issue[]) => void;
}

const clampSize = (value: number) => Math.min(4096, Math.max(24, value));

/**
 * One objective across its cycle: its check-ins as points and a line, the expected pace
 * (dashed), and, from the latest check-in to the cycle's end, the forecast with its band; a
 * time axis with date ticks in the locale and a percent axis. A sentence says what the chart
 * shows ("Rose from 12 % to 41 % over 6 check-ins; forecast 58 %–71 % by 1 April.") as the
 * caption and for screen readers, and the check-ins are a table on request. `variant="compact"`
 * is a sparkline small enough for a list row. An unknown id, a team's row, an objective without
 * check-ins and a report that cannot be read each show a short text instead.
 */
export const ProgressTrend = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLElement, ProgressTrendProps>(function ProgressTrend(
    {
      report: given,
      objectiveId,
      variant = 'full',
      width,
      height,
      onIssues,
      locale,
      messages,
      className,
      ...rest
    },
    ref,
  ) {
    const compact = variant === 'compact';
    const format = useTexts({ locale, messages }, TEXTS);
    const { report, issues } = useCheckedReport(given, onIssues, 'ProgressTrend');
    const root = useRef<HTMLElement>(null);
    useImperativeHandle(ref, () => root.current as HTMLElement, []);
    const id = useId();
    // NaN until measured: the first render (and the server's) scales the default drawing.
    const measured = useElementWidth(root, Number.NaN);
    const objective = report?.objectives.find((o) => o.id === objectiveId);
    const series = useMemo(() => {
      if (!report || !objective) return null;
      // The checked report's own cycle and moment; a getter that throws leaves them out.
      let cycle: unknown;
      let now: unknown;
      try {
        ({ cycle, now } = report as Partial<Pick<Report, 'cycle' | 'now'>>);
      } catch {}
      return trendSeries(objective, cycle as Report['cycle'], now);
    }, [report, objective]);
    const sentence = useMemo(
      () => (series ? describeTrend(series, format) : null),
      [series, format],
    );
    const defaultWidth = compact ? 120 : 480;
    const drawingWidth = Math.min(
      4096,
      Math.max(40, compact || Number.isNaN(measured) ? (width ?? defaultWidth) : measured),
    );
    const drawingHeight = clampSize(
      height ?? (compact ? 32 : Math.round(Math.min(360, Math.max(220, drawingWidth * 0.4)))),
    );
    const geometry = useMemo(
      () =>
        series && series.state === 'ok'
          ? trendGeometry(series, {
              width: drawingWidth,
              height: drawingHeight,
              compact,
              locale: format.locale,
              percent: (value) => format.format('trend.percent', { value }),
            })
          : null,
      [series, drawingWidth, drawingHeight, compact, format],
    );
    const rootClass = cx('okr-trend', className);
    if (!report || !objective || !series || !geometry || sentence === null) {
      const state = !report
        ? 'invalid'
        : !objective
          ? 'unknown'
          : series?.state === 'unit'
            ? 'unit'
            : 'no-history';
      const text =
        state === 'invalid'
          ? format.format('data.invalid', { count: issues.length })
          : state === 'unknown'
            ? format.format('trend.unknown', { id: String(objectiveId) })
            : format.format(`trend.${state === 'unit' ? 'unit' : 'none'}`);
      return (
        <div
          ref={root as RefObject<HTMLDivElement>}
          className={rootClass}
          data-state={state}
          data-variant={variant}
          {...rest}
        >
          <p className="okr-trend__empty" role={state === 'invalid' ? 'alert' : undefined}>
            {text}
          </p>
        </div>
      );
    }
    // Sized in pixels once measured (or always, for the sparkline); scaled until then.
    const sized = compact || !Number.isNaN(measured);
    const svg = (
      <svg
        className="okr-trend__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        width={sized ? geometry.width : undefined}
        height={sized ? geometry.height : undefined}
        aria-hidden="true"
        focusable="false"
      >
        <TrendDrawing geometry={geometry} format={format} compact={compact} />
      </svg>
    );
    if (compact) {
      return (
        <div
          ref={root as RefObject<HTMLDivElement>}
          className={rootClass}
          role="img"
          aria-label={sentence}
          data-state="ok"
          data-variant="compact"
          {...rest}
        >
          {svg}
        </div>
      );
    }
    const captionId = `${id}-caption`;
    return (
      <figure
        ref={root}
        className={rootClass}
        aria-label={format.format('trend.label', { title: objective.title })}
        aria-describedby={captionId}
        data-state="ok"
        data-variant="full"
        {...rest}
      >
        {svg}
        <figcaption id={captionId} className="okr-trend__sentence">
          {sentence}
        </figcaption>
        <TrendKey
          format={format}
          expected={geometry.expected.length > 1}
          forecast={geometry.forecast !== null}
        />
        <TrendDataTable
          points={series.points}
          title={objective.title}
          format={format}
          id={`${id}-data`}
        />
      </figure>
    );
  }),
);
