import { describe, expect, it } from 'vitest';
import { arcPath } from '../../src/core';

/** Every point a path moves, lines or arcs to (the end point of each command). */
function endPoints(path: string): [number, number][] {
  return [...path.matchAll(/[MLA]([^MLAZ]+)/g)].map((match) => {
    const numbers = (match[1] ?? '').trim().split(/[ ,]+/).map(Number);
    return [numbers.at(-2) ?? Number.NaN, numbers.at(-1) ?? Number.NaN];
  });
}

describe('arcPath', () => {
  it('draws a ring segment clockwise from 12 o’clock, every point between the radii', () => {
    const path = arcPath(40, 50, 0, Math.PI / 2, 2);
    expect(path.startsWith('M')).toBe(true);
    expect(path.endsWith('Z')).toBe(true);
    for (const [x, y] of endPoints(path)) {
      const radius = Math.hypot(x, y);
      expect(radius).toBeGreaterThanOrEqual(40 - 0.01);
      expect(radius).toBeLessThanOrEqual(50 + 0.01);
      // A quarter turn clockwise from the top stays in the upper right quadrant.
      expect(x).toBeGreaterThanOrEqual(-0.01);
      expect(y).toBeLessThanOrEqual(0.01);
    }
  });

  it('draws a quarter ring with rounded corners at exactly the points the hand-written arc had', () => {
    // d3-shape's arc, rounded to 1/100: the same corners as the first release's own arc maths.
    expect(arcPath(40, 50, 0, Math.PI / 2, 2)).toBe(
      'M0,-47.96A2,2,0,0,1,2.08,-49.96A50,50,0,0,1,49.96,-2.08A2,2,0,0,1,47.96,0' +
        'L41.95,0A2,2,0,0,1,39.95,-1.9A40,40,0,0,0,1.9,-39.95A2,2,0,0,1,0,-41.95Z',
    );
  });

  it('writes no NaN for degenerate radii or angles', () => {
    for (const [inner, outer, start, end] of [
      [0, 0, 0, 0],
      [50, 40, 0, 1],
      [40, 50, 1, 1],
      [40, 50, 0, 7],
    ] as const) {
      expect(arcPath(inner, outer, start, end, 3)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('uses the large-arc flag only past half a turn', () => {
    const outerArc = (path: string) => path.match(/A50,50[ ,]0[ ,]([01])[ ,]1/)?.[1];
    expect(outerArc(arcPath(40, 50, 0, Math.PI / 2))).toBe('0');
    expect(outerArc(arcPath(40, 50, -0.75 * Math.PI, 0.75 * Math.PI))).toBe('1');
  });

  it('shrinks the corners of a short segment so they do not cross', () => {
    const path = arcPath(40, 50, 0, 0.02, 4);
    const corner = Number(path.match(/A([\d.]+),/)?.[1]);
    expect(corner).toBeGreaterThan(0);
    expect(corner).toBeLessThan(1);
    expect(path).not.toContain('NaN');
  });
});
