// The radar as SVG path data, for a host that draws its own chart or writes an SVG file: the
// widget itself draws rings and series as visx polygons from the geometry's points, so it never
// needs these strings (nor d3's path code).
import { circlePath, type Point, polygonPath } from './geometry';
import type { RadarGeometry } from './radarGeometry';

/** Path data of a radar's grid and series; empty for the bars layout. */
export interface RadarPaths {
  /** The rings and the axis lines as one path: the grid in a single stroke. */
  grid: string;
  progress: string;
  expected: string;
  /** `null` unless every objective has a comparison value. */
  comparison: string | null;
}

/** The grid, progress, expected-pace and comparison paths of a radar geometry (d3-shape). */
export function radarPaths(geometry: RadarGeometry): RadarPaths {
  if (geometry.layout !== 'radar')
    return { grid: '', progress: '', expected: '', comparison: null };
  const { cx, cy, axes } = geometry;
  const ring = (radius: number, points: readonly Point[]) =>
    geometry.grid === 'circle' ? circlePath(cx, cy, radius) : polygonPath(points);
  return {
    grid: geometry.rings.map((r) => ring(r.radius, r.points)).join('') + geometry.spokesPath,
    progress: polygonPath(axes.map((axis) => axis.point)),
    expected: ring(
      geometry.expectedRadius,
      axes.map((axis) => axis.expectedPoint),
    ),
    comparison: geometry.hasComparison
      ? polygonPath(axes.map((axis) => axis.comparisonPoint as Point))
      : null,
  };
}
