import { type Point, pointAt, round, roundPoint } from './geometry';
import { clamp } from './math';
import type { BalanceStats, ObjectiveAnalysis, Status } from './types';

/** Options of `computeGaugeGeometry`. */
export interface GaugeGeometryOptions {
  /** Width of the drawing; the height follows from it. @default 240 */
  width?: number;
  /** Thickness of the arc as a share of its radius. @default 0.16 */
  thickness?: number;
  /** Where 0 % and 100 % sit. @default [-0.75π, 0.75π]: a 270° dial, open at the bottom */
  angles?: readonly [number, number];
}

/** One objective's tick on the dial. */
export interface GaugeTick {
  id: string;
  title: string;
  status: Status;
  attainment: number;
  angle: number;
  /** The tick's marker centre, on the band, stacked inwards when ticks would touch. */
  at: Point;
  /** 0 for the first ring of ticks, 1 for the next… */
  lane: number;
}

/** A marker across the arc. */
export interface GaugeMarker {
  value: number;
  angle: number;
  from: Point;
  to: Point;
}

/** Everything the gauge draws, in SVG units: the view only renders it. */
export interface GaugeGeometry {
  width: number;
  height: number;
  cx: number;
  cy: number;
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
  /** The min–max spread band, as arc angles; `null` without objectives. */
  band: { startAngle: number; endAngle: number } | null;
  ticks: GaugeTick[];
  median: GaugeMarker | null;
  expected: GaugeMarker | null;
  /** Tick-mark labels at 0, 25, 50, 75 and 100 %. */
  scale: { value: number; at: Point }[];
}

/** The default dial: 270°, open at the bottom. */
export const DEFAULT_GAUGE_ANGLES: readonly [number, number] = [-0.75 * Math.PI, 0.75 * Math.PI];

/**
 * Lays out the progress-spread gauge of a report: attainment 0–100 % along the dial, the band
 * from the lowest to the highest attainment, one tick per objective (stacked inwards where
 * they would overlap), the median and the expected-pace markers.
 */
export function computeGaugeGeometry(
  report: {
    objectives: readonly Pick<
      ObjectiveAnalysis,
      'id' | 'title' | 'status' | 'attainment' | 'expected'
    >[];
    balance: Pick<BalanceStats, 'min' | 'max' | 'median'>;
  },
  { width = 240, thickness = 0.16, angles = DEFAULT_GAUGE_ANGLES }: GaugeGeometryOptions = {},
): GaugeGeometry {
  const [startAngle, endAngle] = angles;
  // A width of NaN, Infinity or 1e308 would write NaN into every coordinate.
  const size = Number.isFinite(width) ? clamp(width, 40, 4096) : 240;
  const cx = size / 2;
  // Room for the scale labels around the arc.
  const outerRadius = size * 0.38;
  const innerRadius = outerRadius * (1 - clamp(thickness, 0.05, 0.9));
  const cy = outerRadius + size * 0.1;
  const lowest = Math.max(Math.cos(startAngle), Math.cos(endAngle));
  const height = cy + Math.max(-lowest, 0) * outerRadius + size * 0.1;
  const angleOf = (value: number) => startAngle + clamp(value, 0, 1) * (endAngle - startAngle);
  const marker = (value: number | null | undefined): GaugeMarker | null => {
    if (value === null || value === undefined || !Number.isFinite(value)) return null;
    const angle = angleOf(value);
    return {
      value,
      angle,
      from: roundPoint(pointAt(cx, cy, innerRadius - size * 0.03, angle)),
      to: roundPoint(pointAt(cx, cy, outerRadius + size * 0.03, angle)),
    };
  };
  const { min, max, median } = report.balance;
  // Ticks closer than this (radians) share a lane no more.
  const gap = (size * 0.055) / outerRadius;
  const lanes: number[] = [];
  const ticks = report.objectives
    .map((o) => ({ id: o.id, title: o.title, status: o.status, attainment: o.attainment }))
    .sort((a, b) => a.attainment - b.attainment)
    .map((tick) => {
      const angle = angleOf(tick.attainment);
      let lane = lanes.findIndex((last) => angle - last >= gap);
      if (lane < 0) lane = lanes.length < 3 ? lanes.length : lanes.indexOf(Math.min(...lanes));
      lanes[lane] = angle;
      // Ticks sit on the band; crowded ones step inwards.
      const radius = (innerRadius + outerRadius) / 2 - lane * size * 0.055;
      return { ...tick, angle, lane, at: roundPoint(pointAt(cx, cy, radius, angle)) };
    });
  const expected = report.objectives[0]?.expected;
  return {
    width: size,
    height: round(height),
    cx,
    cy: round(cy),
    innerRadius: round(innerRadius),
    outerRadius: round(outerRadius),
    startAngle,
    endAngle,
    band:
      min === null || max === null ? null : { startAngle: angleOf(min), endAngle: angleOf(max) },
    ticks,
    median: marker(median),
    expected: marker(expected),
    scale: [0, 0.25, 0.5, 0.75, 1].map((value) => ({
      value,
      at: roundPoint(pointAt(cx, cy, outerRadius + size * 0.07, angleOf(value))),
    })),
  };
}
