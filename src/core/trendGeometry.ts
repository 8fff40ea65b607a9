// The geometry and the words of `ProgressTrend` (§10): one objective's check-ins across its
// cycle, the expected pace, the forecast with its band, a time axis with date ticks in the
// report's locale and a percent axis, all in pixels; and the sentence a screen reader hears.
// Pure: no React, no DOM. Dates are UTC throughout, so a server and a browser in different time
// zones draw the same ticks (no hydration mismatch).
import { DAY_MS, toEpochMs } from './dates';
import type { Formatter } from './format';
import { textWidthOf } from './textMeasure';
import type { Forecast, HistoryPoint, ObjectiveAnalysis } from './types';

/** What a trend reads of an objective; the rest of the analysis is not needed. */
export type TrendObjective = Pick<ObjectiveAnalysis, 'expected'> &
  Partial<Pick<ObjectiveAnalysis, 'kind' | 'history' | 'forecast'>>;

/** Which of the trend's states an objective is in. */
export type TrendState = 'ok' | 'no-history' | 'unit';

/** An objective's check-ins and forecast, checked, in epoch milliseconds and progress. */
export interface TrendSeries {
  state: TrendState;
  /** The time axis: the cycle, widened to every check-in and the forecast's end. */
  domain: [number, number];
  /** The cycle's start and end, when the report has a cycle. */
  cycle: [number, number] | null;
  /** The check-ins with a finite moment and progress, oldest first. */
  points: HistoryPoint[];
  /** The forecast when it is finite and starts from the latest check-in; else `null`. */
  forecast: Forecast | null;
  /** The expected pace: 0 at the cycle's start, the expected progress now, 1 at its end. */
  expected: { at: number; progress: number }[];
  /** The top of the percent axis: 100 %, or more (in quarters, up to 200 %) to fit the data. */
  top: number;
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The highest value the percent axis shows; above it, marks sit on the axis's top. */
export const TREND_MAX_TOP = 2;

/**
 * An objective's trend from the report's `cycle` and `now`: the check-ins that can be drawn
 * (finite moment and progress, sorted), the forecast if it is finite, and the axes' domains.
 * A team's row (`kind: 'unit'`) and an objective without check-ins have no line to draw.
 */
export function trendSeries(
  objective: TrendObjective,
  cycle: { start: unknown; end: unknown } | null | undefined,
  now: unknown,
): TrendSeries {
  try {
    return seriesOf(objective, cycle, now);
  } catch {
    // A report built by hand whose getters throw: nothing that can be drawn.
    return {
      state: 'no-history',
      domain: [0, DAY_MS],
      cycle: null,
      points: [],
      forecast: null,
      expected: [],
      top: 1,
    };
  }
}

function seriesOf(
  objective: TrendObjective,
  cycle: { start: unknown; end: unknown } | null | undefined,
  now: unknown,
): TrendSeries {
  const history: unknown = objective.history;
  const points = (Array.isArray(history) ? (history as unknown[]) : [])
    .filter(
      (point): point is HistoryPoint =>
        typeof point === 'object' &&
        point !== null &&
        isNumber((point as HistoryPoint).at) &&
        isNumber((point as HistoryPoint).progress),
    )
    .sort((a, b) => a.at - b.at);
  const last = points[points.length - 1];
  const given = objective.forecast;
  const forecast =
    last &&
    given &&
    isNumber(given.value) &&
    isNumber(given.low) &&
    isNumber(given.high) &&
    isNumber(given.at) &&
    given.at >= last.at
      ? given
      : null;
  const start = toEpochMs(cycle?.start);
  const end = toEpochMs(cycle?.end);
  const cycleRange: [number, number] | null =
    start !== null && end !== null && end > start ? [start, end] : null;
  const moment = toEpochMs(now);
  let low = cycleRange ? cycleRange[0] : (points[0]?.at ?? 0);
  let high = cycleRange ? cycleRange[1] : (forecast?.at ?? last?.at ?? 0);
  for (const point of points) {
    low = Math.min(low, point.at);
    high = Math.max(high, point.at);
  }
  if (forecast) high = Math.max(high, forecast.at);
  // One moment only: a day either side, so the axis has a width.
  if (high <= low) {
    low -= DAY_MS;
    high += DAY_MS;
  }
  const expected: TrendSeries['expected'] = [];
  if (cycleRange) {
    expected.push({ at: cycleRange[0], progress: 0 });
    const value = objective.expected;
    if (moment !== null && moment > cycleRange[0] && moment < cycleRange[1] && isNumber(value)) {
      expected.push({ at: moment, progress: value });
    }
    expected.push({ at: cycleRange[1], progress: 1 });
  }
  let highest = 1;
  for (const point of points) highest = Math.max(highest, point.progress);
  if (forecast) highest = Math.max(highest, forecast.high, forecast.value);
  return {
    state: objective.kind === 'unit' ? 'unit' : points.length === 0 ? 'no-history' : 'ok',
    domain: [low, high],
    cycle: cycleRange,
    points,
    forecast,
    expected,
    top: Math.min(TREND_MAX_TOP, Math.ceil(highest * 4 - 1e-9) / 4),
  };
}

/** A point of the drawing: a moment and a progress, and where they sit in pixels. */
export interface TrendMark {
  x: number;
  y: number;
}

/** A check-in as drawn: its pixels and what it was. */
export interface TrendPointMark extends TrendMark {
  at: number;
  progress: number;
}

/** A tick of an axis: where it sits and its text. */
export interface TrendTick {
  at: number;
  label: string;
}

/** Everything `ProgressTrend` draws, in pixels (rounded to hundredths). */
export interface TrendGeometry {
  width: number;
  height: number;
  /** The plot's box inside the axes. */
  plot: { left: number; top: number; right: number; bottom: number };
  points: TrendPointMark[];
  /** The expected pace as a polyline (empty without a cycle). */
  expected: TrendMark[];
  /** From the latest check-in to the forecast at the cycle's end; `null` without one. */
  forecast: { line: [TrendMark, TrendMark]; band: { x: number; y0: number; y1: number }[] } | null;
  /** Date ticks: `at` is the x position in pixels. */
  xTicks: TrendTick[];
  /** Percent ticks: `at` is the y position in pixels, `value` the share. */
  yTicks: (TrendTick & { value: number })[];
  fontSize: number;
}

/** Options of `trendGeometry`. */
export interface TrendGeometryOptions {
  /** Width in pixels (at least 40). */
  width: number;
  /** Height in pixels (at least 24). */
  height: number;
  /** A sparkline: no axes, a few pixels of padding. */
  compact?: boolean;
  /** BCP 47 locale of the date ticks. @default 'en' */
  locale?: string;
  /** Font size of the tick labels in pixels. @default 11 */
  fontSize?: number;
  /** The percent labels, e.g. `(v) => format('trend.percent', { value: v })`. */
  percent?: (value: number) => string;
}

const round = (value: number): number => Math.round(value * 100) / 100 + 0;

/**
 * The drawing of a trend at a size: the plot's box (room for the percent labels on the left
 * and the date labels below), the check-ins, the expected pace, the forecast line and band, and
 * the ticks: as many date ticks as fit without their labels touching, on whole days, weeks
 * (Mondays), months or quarters (UTC); percent ticks every 25 % (every 50 % when short).
 */
export function trendGeometry(series: TrendSeries, options: TrendGeometryOptions): TrendGeometry {
  const width = Math.max(40, isNumber(options.width) ? options.width : 40);
  const height = Math.max(24, isNumber(options.height) ? options.height : 24);
  const fontSize = options.fontSize ?? 11;
  const compact = options.compact === true;
  const percent = options.percent ?? ((value: number) => `${Math.round(value * 100)} %`);
  const [from, to] = series.domain;
  const top = series.top;
  // The percent labels' width decides the left margin; a date label's half, the right one.
  const yLabelWidth = compact ? 0 : textWidthOf(percent(top), fontSize);
  const dateFormats = dateFormatsFor(options.locale);
  const sampleLabel = dateFormats.day.format(Date.UTC(2026, 8, 30));
  const labelWidth = textWidthOf(sampleLabel, fontSize);
  const pad = compact ? 3 : 0;
  const plot = {
    left: compact ? pad : Math.ceil(yLabelWidth + 8),
    top: compact ? pad : Math.ceil(fontSize / 2 + 2),
    right: width - (compact ? pad : Math.ceil(labelWidth / 2 + 2)),
    bottom: height - (compact ? pad : Math.ceil(fontSize * 1.6 + 6)),
  };
  if (plot.right - plot.left < 10) plot.right = plot.left + 10;
  if (plot.bottom - plot.top < 10) plot.bottom = plot.top + 10;
  const x = (at: number) =>
    round(plot.left + ((at - from) / (to - from)) * (plot.right - plot.left));
  const y = (progress: number) =>
    round(plot.bottom - (Math.min(Math.max(progress, 0), top) / top) * (plot.bottom - plot.top));
  const points = series.points.map((p) => ({
    x: x(p.at),
    y: y(p.progress),
    at: p.at,
    progress: p.progress,
  }));
  const last = series.points[series.points.length - 1];
  const f = series.forecast;
  const forecast =
    f && last
      ? {
          line: [
            { x: x(last.at), y: y(last.progress) },
            { x: x(f.at), y: y(f.value) },
          ] as [TrendMark, TrendMark],
          band: [
            { x: x(last.at), y0: y(last.progress), y1: y(last.progress) },
            { x: x(f.at), y0: y(f.low), y1: y(f.high) },
          ],
        }
      : null;
  const xTicks = compact
    ? []
    : dateTicks(
        from,
        to,
        Math.floor((plot.right - plot.left) / (labelWidth + fontSize * 1.5)) + 1,
      ).map((tick) => ({
        at: x(tick.at),
        label: (tick.unit === 'day' ? dateFormats.day : dateFormats.month).format(tick.at),
      }));
  const step = plot.bottom - plot.top >= fontSize * 8 ? 0.25 : 0.5;
  const yTicks: TrendGeometry['yTicks'] = [];
  if (!compact) {
    for (let i = 0; i * step <= top + 1e-9; i++) {
      const value = round(i * step);
      yTicks.push({ at: y(value), value, label: percent(value) });
    }
  }
  return {
    width,
    height,
    plot,
    points,
    expected: series.expected.map((p) => ({ x: x(p.at), y: y(p.progress) })),
    forecast,
    xTicks,
    yTicks,
    fontSize,
  };
}

/** Date formats of the ticks and the sentence, in UTC, per locale. */
function dateFormatsFor(locale: string | undefined) {
  const make = (options: Intl.DateTimeFormatOptions) => {
    try {
      return new Intl.DateTimeFormat(locale || 'en', { ...options, timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
    }
  };
  return {
    day: make({ day: 'numeric', month: 'short' }),
    month: make({ month: 'short' }),
    long: make({ day: 'numeric', month: 'long' }),
    longYear: make({ day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

type TickUnit = 'day' | 'month';
/** The tick steps, finest first: days, weeks (Mondays), months, quarters, half-years, years. */
const STEPS: [TickUnit, number][] = [
  ['day', 1],
  ['day', 2],
  ['day', 7],
  ['day', 14],
  ['month', 1],
  ['month', 3],
  ['month', 6],
  ['month', 12],
];
// 1970-01-05 was a Monday (4 days after the epoch): weeks are counted from it. A literal, as a
// computed constant would stay in every bundle of the core.
const MONDAY = 345_600_000;

/**
 * Date ticks from `from` to `to` (epoch ms, both included when on a step): the finest step
 * that gives at most `count` ticks (at least 2 are wanted; with less room, the coarsest step).
 */
export function dateTicks(
  from: number,
  to: number,
  count: number,
): { at: number; unit: TickUnit }[] {
  if (!(to > from) || !isNumber(from) || !isNumber(to)) return [];
  let ticks: { at: number; unit: TickUnit }[] = [];
  for (const [unit, size] of STEPS) {
    ticks = stepTicks(from, to, unit, size);
    if (ticks.length <= Math.max(2, count)) break;
  }
  return ticks.length > Math.max(2, count) ? ticks.filter((_, i) => i % 2 === 0) : ticks;
}

function stepTicks(
  from: number,
  to: number,
  unit: TickUnit,
  size: number,
): { at: number; unit: TickUnit }[] {
  const ticks: { at: number; unit: TickUnit }[] = [];
  if (unit === 'day') {
    const origin = size >= 7 ? MONDAY : 0;
    const stepMs = size * DAY_MS;
    for (let at = origin + Math.ceil((from - origin) / stepMs) * stepMs; at <= to; at += stepMs) {
      ticks.push({ at, unit });
      if (ticks.length > 400) break;
    }
    return ticks;
  }
  const first = new Date(from);
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth();
  month = Math.ceil(month / size) * size;
  for (;;) {
    const at = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (at > to || ticks.length > 400) break;
    if (at >= from) ticks.push({ at, unit });
    month += size;
  }
  return ticks;
}

/** How the progress moved from the first check-in to the latest, as the sentence says it. */
export type TrendDirection = 'rose' | 'fell' | 'flat';

/**
 * The sentence of a trend, for screen readers and as the chart's caption: "Rose from 12 % to
 * 41 % over 6 check-ins; forecast 58 %–71 % by 1 April." Rose, fell or stayed is decided on the
 * percentages as shown (12.2 % to 12.4 % stayed at 12 %); one check-in is named with its date;
 * with too few check-ins the sentence says there is no forecast; `null` with no check-ins.
 */
export function describeTrend(series: TrendSeries, format: Formatter): string | null {
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  if (!first || !last) return null;
  const dates = dateFormatsFor(format.locale);
  const count = series.points.length;
  let trend: string;
  if (count === 1) {
    trend = format.format('trend.single', { to: last.progress, date: dates.long.format(last.at) });
  } else {
    const direction = trendDirection(first.progress, last.progress);
    trend = format.format(`trend.${direction}`, {
      from: first.progress,
      to: last.progress,
      count,
    });
  }
  const f = series.forecast;
  if (!f) return format.format('trend.too-few', { trend });
  // The year is named when the forecast's end is in another year than the latest check-in.
  const sameYear = new Date(f.at).getUTCFullYear() === new Date(last.at).getUTCFullYear();
  const date = (sameYear ? dates.long : dates.longYear).format(f.at);
  return Math.round(f.low * 100) === Math.round(f.high * 100)
    ? format.format('trend.forecast-exact', { trend, value: f.value, date })
    : format.format('trend.forecast', { trend, low: f.low, high: f.high, date });
}

/** Rose, fell or flat, by whole percentages. */
export function trendDirection(from: number, to: number): TrendDirection {
  const a = Math.round(from * 100);
  const b = Math.round(to * 100);
  return b > a ? 'rose' : b < a ? 'fell' : 'flat';
}
