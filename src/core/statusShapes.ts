import { circlePath, type Point, round } from './geometry';
import type { Status } from './types';

/**
 * The shape of each status, as corners on a unit square centred on 0,0 (1 = half the marker's
 * size), or `circle`/`ring`. One definition for every mark that shows a status — the radar's
 * points, the gauge's ticks, the badge's icon and the keys — so the shape alone tells a status
 * apart and colour is never the only signal.
 */
export const STATUS_SHAPES: Readonly<
  Record<Status, 'circle' | 'ring' | readonly [number, number][]>
> = {
  done: 'circle',
  ahead: [
    [0, -1.1],
    [1, 0.75],
    [-1, 0.75],
  ],
  'on-track': [
    [-0.85, -0.85],
    [0.85, -0.85],
    [0.85, 0.85],
    [-0.85, 0.85],
  ],
  behind: [
    [0, -1.15],
    [1.15, 0],
    [0, 1.15],
    [-1.15, 0],
  ],
  'at-risk': [
    [-1, -0.75],
    [1, -0.75],
    [0, 1.1],
  ],
  'off-track': [
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
  ],
  'not-started': 'ring',
};

/**
 * The filled marker of a status, centred on `at`, about `size` across. An unknown status (a
 * report from another version) draws the not-started ring rather than nothing.
 */
export function statusMarkerPath(status: string, at: Point, size: number): string {
  const r = size / 2;
  const { x, y } = at;
  const shape = Object.hasOwn(STATUS_SHAPES, status)
    ? STATUS_SHAPES[status as Status]
    : STATUS_SHAPES['not-started'];
  if (shape === 'circle') return circlePath(x, y, r);
  // A ring: even-odd fill leaves the middle open.
  if (shape === 'ring') return `${circlePath(x, y, r)}${circlePath(x, y, r * 0.45)}`;
  // Written out here rather than through d3-shape's line: a badge's icon must not carry d3.
  let d = '';
  for (const [dx, dy] of shape) d += `${d ? 'L' : 'M'}${round(x + dx * r)},${round(y + dy * r)}`;
  return `${d}Z`;
}
