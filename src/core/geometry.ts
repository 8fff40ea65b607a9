// Shared plane geometry. One angle convention everywhere: radians, clockwise from 12 o'clock
// (d3-shape's, so its arcs and radial lines need no conversion).
import { arc, curveLinearClosed, line } from 'd3-shape';

/** A point in SVG user units (y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** Decimals kept in path data: SVG needs no more, and server and client print the same. */
export const PATH_DIGITS = 2;

/** The point at `radius` from the centre in the direction `angle` (clockwise from 12 o'clock). */
export function pointAt(cx: number, cy: number, radius: number, angle: number): Point {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/** Rounds to 1/100 of a unit, like the paths' `PATH_DIGITS`; never `-0`. */
export function round(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

/** A point with both coordinates rounded like `round`. */
export function roundPoint(point: Point): Point {
  return { x: round(point.x), y: round(point.y) };
}

/** A circle as an SVG path (two arcs), so it can share fills and even-odd holes with paths. */
export function circlePath(cx: number, cy: number, r: number): string {
  const radius = round(r);
  return `M${round(cx - r)},${round(cy)}a${radius},${radius} 0 1,0 ${round(2 * r)},0a${radius},${radius} 0 1,0 ${round(-2 * r)},0Z`;
}

/** A closed SVG path through the points (d3-shape's closed linear line), `''` for none. */
export function polygonPath(points: readonly Point[]): string {
  // Built here, not at module level: a bundler keeps a module-level call even when unused.
  const polygon = line<Point>()
    .x((point) => point.x)
    .y((point) => point.y)
    .curve(curveLinearClosed)
    .digits(PATH_DIGITS);
  return polygon(points) ?? '';
}

/**
 * The path of a ring segment (an annular sector) centred on 0,0, its corners rounded by
 * `cornerRadius`: d3-shape's `arc`, angles in radians clockwise from 12 o'clock. d3 shrinks
 * the corner radius to fit a thin or short segment.
 */
export function arcPath(
  innerRadius: number,
  outerRadius: number,
  startAngle: number,
  endAngle: number,
  cornerRadius = 0,
): string {
  const segment = arc().cornerRadius(cornerRadius).digits(PATH_DIGITS);
  return segment({ innerRadius, outerRadius, startAngle, endAngle }) ?? '';
}
