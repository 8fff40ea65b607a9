// The radar's layout: one axis per objective, clockwise from 12 o'clock, the grid, the series
// and where each label goes. Labels are placed in radarLabels.ts, the bars of one or two and of
// more than 24 objectives in radarBars.ts, text widths in textMeasure.ts.
import { type Point, pointAt, round, roundPoint } from './geometry';
import { clamp } from './math';
import { barLayout } from './radarBars';
import { comparedValue } from './radarComparison';
import {
  distinguishingTails,
  type LabelSpace,
  MARGIN,
  placeLabel,
  separateLabels,
} from './radarLabels';
import type { ObjectiveAnalysis, Status } from './types';

/** Options of `computeRadarGeometry`. */
export interface RadarGeometryOptions {
  /** Drawing width in SVG units. @default 480 */
  width?: number;
  /**
   * Drawing height: a bound on the chart, which then sizes to the smaller of the width and this
   * height and stays centred. @default width × RADAR_ASPECT
   */
  height?: number;
  /** Grid rings as polygons through the axes or as circles. @default 'polygon' */
  grid?: 'polygon' | 'circle';
  /** Where the grid rings sit. @default [0.25, 0.5, 0.75, 1] */
  levels?: readonly number[];
  /** Label font size. @default scaled with the chart, 10 to 16 */
  fontSize?: number;
  /** A second series to compare with (an earlier check-in, another team): progress by objective id. */
  comparison?: Readonly<Record<string, number>>;
  /**
   * A geometry worked out before. Where the titles and the drawing's size are the same, its
   * labels are taken over instead of placed again: new values move the points, not the labels.
   */
  previous?: RadarGeometry;
}

/** An axis label, already wrapped or truncated to fit. */
export interface RadarLabel {
  lines: string[];
  /** Whether text was cut; the full title is then shown on hover and focus. */
  truncated: boolean;
  /** Position of the first line's baseline. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the lines take up. */
  box: { x: number; y: number; width: number; height: number };
}

/** One objective on the radar (or one row of the bars). */
export interface RadarAxis {
  id: string;
  title: string;
  status: Status;
  /** Progress as drawn: clamped to 0..1 (the report keeps the real value). */
  value: number;
  angle: number;
  /** End of the axis line at 100 %. */
  end: Point;
  /** The progress point. */
  point: Point;
  /** The expected-progress point. */
  expectedPoint: Point;
  comparisonPoint: Point | null;
  label: RadarLabel;
}

/** One grid ring of the radar. */
export interface RadarRing {
  value: number;
  radius: number;
  points: Point[];
  label: Point;
}

/** Everything the radar draws, in SVG units: the view only renders it. */
export interface RadarGeometry {
  /**
   * `radar` for 3 to `RADAR_MAX_AXES` (24) objectives; `bars` for one or two, where a polygon
   * says nothing; `ranked` for more than 24, where the labels round a polygon would overlap:
   * a bar each, weakest first (the axes are then in that order, not the given one).
   */
  layout: 'radar' | 'bars' | 'ranked';
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  /**
   * Where 0 % sits: a small hole in the middle, so points near 0 % stay apart instead of
   * piling up at the centre. Progress `v` lies at `innerRadius + (radius − innerRadius) × v`.
   */
  innerRadius: number;
  fontSize: number;
  lineHeight: number;
  /** The status markers' size, scaled with the chart (10 to 16); an active point's is larger. */
  markerSize: number;
  /**
   * The part of the drawing with content, for the SVG's `viewBox`: the full width, and the
   * height trimmed to what is drawn (three objectives leave the bottom third empty).
   */
  viewBox: { x: number; y: number; width: number; height: number };
  axes: RadarAxis[];
  /** Rings as polygons through the axes or as circles (`radius`). */
  grid: 'polygon' | 'circle';
  /**
   * The grid rings: each one's corners on the axes (polygon grid) and its radius (circle grid),
   * and where its percentage label sits. `radarPaths` turns rings and series into path data.
   */
  rings: RadarRing[];
  /** The axis lines from the centre to 100 %, as one path (straight lines: no curve maths). */
  spokesPath: string;
  /** The expected pace, a ring shared by every objective: its radius (0 for bars). */
  expectedRadius: number;
  /** Whether every objective has a comparison value, so the comparison series can be drawn. */
  hasComparison: boolean;
  /** Bars and ranked layouts: where the bar track starts and ends. */
  track: { x0: number; x1: number; rowHeight: number } | null;
}

/** Height over width of a radar drawing when no height is given. */
export const RADAR_ASPECT = 0.78;

/** The most objectives drawn as a radar: more are drawn as ranked bars (`layout: 'ranked'`). */
export const RADAR_MAX_AXES = 24;

/** The default grid levels. */
export const DEFAULT_RADAR_LEVELS: readonly number[] = [0.25, 0.5, 0.75, 1];

/** What the radar reads of each objective; `attainment` (else `progress`) ranks many of them. */
export type RadarObjective = Pick<
  ObjectiveAnalysis,
  'id' | 'title' | 'status' | 'progress' | 'expected'
> &
  Partial<Pick<ObjectiveAnalysis, 'attainment'>>;

/**
 * Lays out the radar of a report's objectives: one axis each, clockwise from 12 o'clock; the
 * progress polygon, the expected-pace ring, grid rings, and labels wrapped and truncated so
 * that none overlaps another or leaves the drawing. One or two objectives get a bar layout.
 * More than `RADAR_MAX_AXES` (24) would leave a label too little room at its axis: they get
 * the `ranked` layout, a bar each, sorted by attainment, weakest first, one line of title each
 * (the full title on hover and focus), so no two labels overlap at any number of objectives.
 */
export function computeRadarGeometry(
  objectives: readonly RadarObjective[],
  options: RadarGeometryOptions = {},
): RadarGeometry {
  // A width of NaN, Infinity or 1e308 would write NaN into every coordinate.
  const width = Number.isFinite(options.width) ? clamp(options.width as number, 120, 4096) : 480;
  // One aspect ratio at every width: a radar laid out again for its measured width keeps the
  // box it had, so nothing below it moves. A given height bounds it.
  const height = round(
    Number.isFinite(options.height)
      ? clamp(options.height as number, 120, 4096)
      : width * RADAR_ASPECT,
  );
  // Text and markers grow with the chart, within bounds: 12 px text is lost on a 1000 px radar.
  const size = Math.min(width, height / RADAR_ASPECT);
  const fontSize = Number.isFinite(options.fontSize)
    ? clamp(options.fontSize as number, 6, 48)
    : round(clamp(size / 36, 10, 16));
  const lineHeight = round(fontSize * 1.25);
  const markerSize = round(clamp(size / 40, 10, 16));
  const n = objectives.length;
  if (n < 3 || n > RADAR_MAX_AXES) {
    return barLayout(objectives, width, fontSize, lineHeight, markerSize, options, n > 2);
  }

  const levels = options.levels ?? DEFAULT_RADAR_LEVELS;
  const grid = options.grid === 'circle' ? 'circle' : 'polygon';
  // Room for labels: wide drawings give the sides more, small ones keep the chart readable.
  const sideRoom = clamp(width * 0.22, 48, 240);
  const topRoom = 2 * lineHeight + fontSize;
  const radius = Math.max(Math.min(width / 2 - sideRoom, height / 2 - topRoom), 20);
  const cx = width / 2;
  const cy = height / 2;
  const step = (2 * Math.PI) / n;
  // The hole keeps two neighbouring points at 0 % a marker apart, up to a fifth of the radius.
  const inner = Math.min(Math.max(markerSize / (2 * Math.sin(step / 2)), markerSize), radius / 5);
  const radial = (value: number) => inner + (radius - inner) * clamp(value, 0, 1);
  const angleOf = (index: number) => index * step;
  // Each axis's direction, worked out once: every ring, point and label lies along one.
  const sines = objectives.map((_, index) => Math.sin(angleOf(index)));
  const cosines = objectives.map((_, index) => Math.cos(angleOf(index)));
  const at = (index: number, value: number): Point => {
    const r = radial(value);
    return {
      x: round(cx + r * (sines[index] as number)),
      y: round(cy - r * (cosines[index] as number)),
    };
  };
  const labelSpace: LabelSpace = {
    cx,
    cy,
    radius: radius + fontSize * 0.8,
    width,
    height,
    fontSize,
    lineHeight,
    neighbourGap: 2 * (radius + fontSize) * Math.sin(step / 2),
    // Few axes leave each label a side of its own: four lines there, then fewer as they crowd.
    maxLines: n > 12 ? 1 : n > 8 ? 2 : n > 6 ? 3 : 4,
    step,
  };
  const tails = distinguishingTails(objectives.map((objective) => objective.title));

  const before = options.previous;
  const reused =
    before?.layout === 'radar' &&
    before.width === width &&
    before.height === height &&
    before.fontSize === fontSize &&
    before.axes.length === n &&
    before.axes.every((axis, index) => axis.title === objectives[index]?.title)
      ? before.axes
      : null;
  const axes = objectives.map((objective, index): RadarAxis => {
    const value = clamp(objective.progress, 0, 1);
    const compared = comparedValue(options.comparison, objective.id);
    return {
      id: objective.id,
      title: objective.title,
      status: objective.status,
      value,
      angle: angleOf(index),
      end: at(index, 1),
      point: at(index, value),
      expectedPoint: at(index, objective.expected),
      comparisonPoint:
        compared === undefined || !Number.isFinite(compared) ? null : at(index, compared),
      label:
        reused?.[index]?.label ??
        placeLabel(objective.title, angleOf(index), labelSpace, 1, tails[index]),
    };
  });
  if (!reused) {
    separateLabels(
      axes,
      { width, height, fontSize, lineHeight, cx, cy, radius, maxLines: labelSpace.maxLines },
      tails,
    );
  }

  const expected = objectives[0]?.expected ?? 0;
  // Ring labels sit between the first two spokes, where no point is drawn.
  const between = grid === 'circle' ? 1 : Math.cos(step / 2);
  const rings = levels.map((value) => ({
    value,
    radius: round(radial(value)),
    points: objectives.map((_, index) => at(index, value)),
    label: roundPoint(pointAt(cx, cy, radial(value) * between, step / 2)),
  }));
  // The drawn content's top and bottom: labels, the outer ring (a circle's full height) and a
  // marker's room around the axes' ends.
  let top = grid === 'circle' ? cy - radius : cy;
  let bottom = grid === 'circle' ? cy + radius : cy;
  for (const axis of axes) {
    top = Math.min(top, axis.end.y - markerSize, axis.label.box.y);
    bottom = Math.max(bottom, axis.end.y + markerSize, axis.label.box.y + axis.label.box.height);
  }
  top = Math.max(0, top - MARGIN);
  bottom = Math.min(height, bottom + MARGIN);
  return {
    layout: 'radar',
    width,
    height,
    cx,
    cy,
    radius: round(radius),
    innerRadius: round(inner),
    fontSize,
    lineHeight,
    markerSize,
    viewBox: { x: 0, y: round(top), width, height: round(bottom - top) },
    axes,
    grid,
    rings,
    // From the hole's edge, where 0 % is, to 100 %.
    spokesPath: axes
      .map((_, index) => {
        const start = at(index, 0);
        const end = at(index, 1);
        return `M${start.x},${start.y}L${end.x},${end.y}`;
      })
      .join(''),
    // Every objective shares one expected progress, so the pace is a ring, drawn like the grid.
    expectedRadius: round(radial(expected)),
    hasComparison: axes.every((axis) => axis.comparisonPoint !== null),
    track: null,
  };
}
