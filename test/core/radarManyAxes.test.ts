import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  computeRadarGeometry,
  navigateRadar,
  RADAR_MAX_AXES,
  type RadarGeometry,
  type RadarObjective,
  radarPaths,
  STATUSES,
  textWidthOf,
} from '../../src/core';
import { crowdedSet, STRESS_TITLES } from '../fixtures/crowded';

const NOW = { now: '2026-02-15' };
const geometry = (n: number, width: number) =>
  computeRadarGeometry(analyzeOkrs(crowdedSet(n), NOW).objectives, { width });

/** Pairs of labels whose boxes share any area (touching edges do not count). */
function overlappingPairs(g: RadarGeometry): [number, number][] {
  const boxes = g.axes.map((axis) => axis.label.box);
  const pairs: [number, number][] = [];
  boxes.forEach((a, i) => {
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j] as typeof a;
      if (
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height
      )
        pairs.push([i, j]);
    }
  });
  return pairs;
}

/** Plain objectives with the given attainment, `expected` 0.5, in the given order. */
const ranked = (attainments: readonly number[]): RadarObjective[] =>
  attainments.map((attainment, i) => ({
    id: `o${i}`,
    title: `Objective ${i}`,
    status: 'on-track',
    progress: attainment,
    expected: 0.5,
    attainment,
  }));

describe('the radar above 24 axes', () => {
  it('stays a radar at 24 objectives and turns into ranked bars at 25', () => {
    expect(RADAR_MAX_AXES).toBe(24);
    expect(geometry(24, 480).layout).toBe('radar');
    const g = geometry(25, 480);
    expect(g.layout).toBe('ranked');
    expect(radarPaths(g)).toEqual({ grid: '', progress: '', expected: '', comparison: null });
  });

  it.each([25, 50, 200, 1000].flatMap((n) => [120, 360, 1000, 4096].map((w) => [n, w])))(
    'keeps all %d labels apart, on one line each and inside a %dpx drawing',
    (n, width) => {
      const g = geometry(n, width);
      expect(g.layout).toBe('ranked');
      expect(g.axes).toHaveLength(n);
      expect(overlappingPairs(g)).toEqual([]);
      const track = g.track as NonNullable<RadarGeometry['track']>;
      for (const axis of g.axes) {
        const { box, lines } = axis.label;
        expect(lines).toHaveLength(1);
        expect(box.x).toBeGreaterThanOrEqual(0);
        // Left of the track, a marker's room before a point at 0 %.
        expect(box.x + box.width).toBeLessThanOrEqual(track.x0 - g.fontSize);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(g.height);
        // Label, point and bar share the row.
        expect(box.y).toBeLessThan(axis.point.y);
        expect(box.y + box.height).toBeGreaterThan(axis.point.y);
      }
      expect(g.viewBox).toEqual({ x: 0, y: 0, width: g.width, height: g.height });
    },
  );

  it('lays out 25 objectives at 360px in rows a line and a gap apart (worked example)', () => {
    const g = computeRadarGeometry(ranked(Array.from({ length: 25 }, () => 0.5)), { width: 360 });
    // Text 10 px (360 / 36), lines 12.5 px, rows 22.5 px; 10 px above the first row and below
    // the last.
    expect([g.fontSize, g.lineHeight, g.track]).toEqual([
      10,
      12.5,
      { x0: 154.8, x1: 340, rowHeight: 22.5 },
    ]);
    expect(g.height).toBe(25 * 22.5 + 20);
    const first = g.axes[0];
    expect(first?.point).toEqual({ x: 247.4, y: 21.25 });
    expect(first?.end).toEqual({ x: 340, y: 21.25 });
    // Right-aligned at 0.38 × 360 + 4 = 140.8; "Objective 0" is 57.2 px wide at 10 px.
    expect(textWidthOf('Objective 0', 10)).toBe(57.2);
    expect(first?.label.box).toEqual({ x: 83.6, y: 15, width: 57.2, height: 12.5 });
    expect(g.axes[24]?.point.y).toBe(21.25 + 24 * 22.5);
  });

  it('ranks by attainment, weakest first, keeping equal ones in their given order', () => {
    const attainments = [0.9, 0.1, 0.5, 0.1, 1, 0, 0.5, ...Array.from({ length: 20 }, () => 0.7)];
    const g = computeRadarGeometry(ranked(attainments), { width: 480 });
    expect(g.axes.slice(0, 7).map((axis) => axis.id)).toEqual([
      'o5',
      'o1',
      'o3',
      'o2',
      'o6',
      'o7',
      'o8',
    ]);
    expect(g.axes.at(-2)?.id).toBe('o0');
    expect(g.axes.at(-1)?.id).toBe('o4');
  });

  it('ranks by progress where no attainment is given, and ranks NaN as 0', () => {
    const objectives = ranked(Array.from({ length: 25 }, (_, i) => (i + 1) / 100)).map(
      ({ attainment: _, ...rest }, i) => ({
        ...rest,
        progress: i === 3 ? Number.NaN : 1 - i / 100,
      }),
    );
    const ids = computeRadarGeometry(objectives, { width: 480 }).axes.map((axis) => axis.id);
    expect(ids.slice(0, 3)).toEqual(['o3', 'o24', 'o23']);
    expect(ids.at(-1)).toBe('o0');
  });

  it('keeps a report’s real analysis ranked: attainment is progress over the bar', () => {
    const report = analyzeOkrs(crowdedSet(30), NOW);
    const g = computeRadarGeometry(report.objectives, { width: 480 });
    const attainment = new Map(report.objectives.map((o) => [o.id, o.attainment]));
    const drawn = g.axes.map((axis) => attainment.get(axis.id) as number);
    expect(drawn).toEqual([...drawn].sort((a, b) => a - b));
    expect(drawn[0]).toBe(0);
  });

  it('shows every cut title with its ellipsis and enough letters to read at 360px', () => {
    const g = geometry(200, 360);
    const cut = g.axes.filter((axis) => axis.label.truncated);
    expect(cut.length).toBeGreaterThan(0);
    for (const axis of cut) {
      expect(axis.label.lines[0]).toMatch(/…$/);
      expect([...(axis.label.lines[0] as string)].length).toBeGreaterThanOrEqual(12);
    }
  });

  it('lets the arrow keys walk the rows in ranked order, End to the strongest', () => {
    const g = computeRadarGeometry(ranked([0.9, 0.1, ...Array.from({ length: 48 }, () => 0.5)]), {
      width: 480,
    });
    const ids = g.axes.map((axis) => axis.id);
    const focused = navigateRadar(ids, { activeId: null, selectedId: null }, { type: 'focus' });
    expect(focused.activeId).toBe('o1');
    const down = navigateRadar(ids, focused, { type: 'key', key: 'ArrowDown' });
    expect(down.activeId).toBe('o2');
    expect(navigateRadar(ids, down, { type: 'key', key: 'End' }).activeId).toBe('o0');
  });

  it('never overlaps labels, draws every objective once and ranks them, for any titles and size', () => {
    const objective = fc.record({
      title: fc.oneof(fc.constantFrom(...STRESS_TITLES), fc.string({ maxLength: 120 })),
      progress: fc.double({ min: -0.5, max: 1.5, noNaN: true }),
      attainment: fc.double({ min: 0, max: 1, noNaN: true }),
      status: fc.constantFrom(...STATUSES),
    });
    fc.assert(
      fc.property(
        fc.array(objective, { minLength: 25, maxLength: 300 }),
        fc.integer({ min: 0, max: 5000 }),
        (list, width) => {
          const objectives = list.map((o, i) => ({ ...o, id: `o${i}`, expected: 0.5 }));
          const g = computeRadarGeometry(objectives, { width });
          expect(g.layout).toBe('ranked');
          expect(overlappingPairs(g)).toEqual([]);
          expect(g.axes.map((axis) => axis.id).sort()).toEqual(objectives.map((o) => o.id).sort());
          const order = g.axes.map((axis) => objectives[Number(axis.id.slice(1))]?.attainment);
          expect(order).toEqual([...order].sort((a = 0, b = 0) => a - b));
        },
      ),
      { numRuns: 60 },
    );
  });
});
