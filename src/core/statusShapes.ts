import { circlePath, type Point, round } from './geometry';
import type { Status } from './types';

/**
 * The shape of each status: `circle`, `ring`, or the corners of a polygon as `x,y` pairs on a
 * square from -1 to 1 centred on 0,0 (1 = half the marker's size), written as in an SVG
 * `points` attribute. One definition for every mark that shows a status — the radar's points,
 * the gauge's ticks, the badge's icon — so the shape alone tells a status apart and colour is
 * never the only signal.
 */
export const STATUS_SHAPES: Readonly<Record<Status, string>> = {
  done: 'circle',
  ahead: '0,-1.1 1,.75 -1,.75',
  'on-track': '-.85,-.85 .85,-.85 .85,.85 -.85,.85',
  behind: '0,-1.15 1.15,0 0,1.15 -1.15,0',
  'at-risk': '-1,-.75 1,-.75 0,1.1',
  'off-track': '-1,-.6 -.6,-1 0,-.4 .6,-1 1,-.6 .4,0 1,.6 .6,1 0,.4 -.6,1 -1,.6 -.4,0',
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
  const corners = shape.split(' ').map((pair) => {
    const [dx = 0, dy = 0] = pair.split(',').map(Number);
    return `${round(x + dx * r)},${round(y + dy * r)}`;
  });
  return `M${corners.join('L')}Z`;
}
