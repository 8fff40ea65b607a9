// Shared plane geometry. One angle convention everywhere: radians, clockwise from 12 o'clock.

/** A point in SVG user units (y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** The point at `radius` from the centre in the direction `angle` (clockwise from 12 o'clock). */
export function pointAt(cx: number, cy: number, radius: number, angle: number): Point {
  return { x: cx + radius * Math.sin(angle), y: cy - radius * Math.cos(angle) };
}

/** Rounds to 1/100 of a unit: SVG needs no more, and server and client print the same. */
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

/** A closed SVG path through the points, `''` for none. */
export function polygonPath(points: readonly Point[]): string {
  let d = '';
  for (const point of points) d += `${d ? 'L' : 'M'}${round(point.x)},${round(point.y)}`;
  return d && `${d}Z`;
}

/**
 * A filled marker shape per status, centred on `at`, about `size` across: the shape alone tells
 * the status apart, so colour is never the only signal.
 */
export function statusMarkerPath(status: string, at: Point, size: number): string {
  const r = size / 2;
  const { x, y } = at;
  const pts = (...coords: [number, number][]) =>
    polygonPath(coords.map(([dx, dy]) => ({ x: x + dx * r, y: y + dy * r })));
  const circle = (radius: number) => circlePath(x, y, radius);
  switch (status) {
    case 'done':
      return circle(r);
    case 'ahead':
      return pts([0, -1.1], [1, 0.75], [-1, 0.75]);
    case 'on-track':
      return pts([-0.85, -0.85], [0.85, -0.85], [0.85, 0.85], [-0.85, 0.85]);
    case 'behind':
      return pts([0, -1.15], [1.15, 0], [0, 1.15], [-1.15, 0]);
    case 'at-risk':
      return pts([-1, -0.75], [1, -0.75], [0, 1.1]);
    case 'off-track':
      return pts(
        [-1, -0.6],
        [-0.6, -1],
        [0, -0.4],
        [0.6, -1],
        [1, -0.6],
        [0.4, 0],
        [1, 0.6],
        [0.6, 1],
        [0, 0.4],
        [-0.6, 1],
        [-1, 0.6],
        [-0.4, 0],
      );
    default:
      // not-started: a ring (even-odd fill leaves the middle open).
      return `${circle(r)}${circle(r * 0.45)}`;
  }
}

/**
 * The path of a ring segment (an annular sector) centred on 0,0, its corners rounded by
 * `cornerRadius`: angles in radians clockwise from 12 o'clock, as in d3-shape's `arc`. The
 * corner radius shrinks to fit a thin or short segment.
 */
export function arcPath(
  innerRadius: number,
  outerRadius: number,
  startAngle: number,
  endAngle: number,
  cornerRadius = 0,
): string {
  const span = Math.abs(endAngle - startAngle);
  const half = Math.sin(Math.min(span, Math.PI) / 2);
  const corner = Math.max(
    0,
    Math.min(
      cornerRadius,
      (outerRadius - innerRadius) / 2,
      (outerRadius * half) / (1 + half),
      half < 1 ? (innerRadius * half) / (1 - half) : Number.POSITIVE_INFINITY,
    ),
  );
  const at = (radius: number, angle: number) =>
    `${round(Math.sin(angle) * radius)},${round(-Math.cos(angle) * radius)}`;
  const r = round(corner);
  // Where each corner's circle touches the edges: the straight edges lie at `reach` from the
  // centre, the curved ones are entered `skew` radians in from the segment's ends.
  const outerSkew = corner > 0 ? Math.asin(corner / (outerRadius - corner)) : 0;
  const innerSkew = corner > 0 ? Math.asin(corner / (innerRadius + corner)) : 0;
  const outerReach = Math.sqrt((outerRadius - corner) ** 2 - corner ** 2);
  const innerReach = Math.sqrt((innerRadius + corner) ** 2 - corner ** 2);
  const large = span - 2 * outerSkew > Math.PI ? 1 : 0;
  const innerLarge = span - 2 * innerSkew > Math.PI ? 1 : 0;
  const R = round(outerRadius);
  const ri = round(innerRadius);
  return (
    `M${at(outerReach, startAngle)}` +
    `A${r},${r} 0 0 1 ${at(outerRadius, startAngle + outerSkew)}` +
    `A${R},${R} 0 ${large} 1 ${at(outerRadius, endAngle - outerSkew)}` +
    `A${r},${r} 0 0 1 ${at(outerReach, endAngle)}` +
    `L${at(innerReach, endAngle)}` +
    `A${r},${r} 0 0 1 ${at(innerRadius, endAngle - innerSkew)}` +
    `A${ri},${ri} 0 ${innerLarge} 0 ${at(innerRadius, startAngle + innerSkew)}` +
    `A${r},${r} 0 0 1 ${at(innerReach, startAngle)}Z`
  );
}
