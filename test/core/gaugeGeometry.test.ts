import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeOkrs, computeGaugeGeometry, type GaugeTextBox } from '../../src/core';
import { COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

// Analysed before each test, not while the file is collected (see scenarios.test.ts).
let report: ReturnType<typeof analyzeOkrs>;
beforeEach(() => {
  report = analyzeOkrs(COMPANY, { now: COMPANY_NOW });
});

describe('computeGaugeGeometry', () => {
  it('spans the band from the lowest to the highest attainment along a 270° dial', () => {
    const g = computeGaugeGeometry(report);
    const span = g.endAngle - g.startAngle;
    expect(span).toBeCloseTo(1.5 * Math.PI, 12);
    expect(g.band?.startAngle).toBeCloseTo(g.startAngle + 0.2 * span, 12);
    expect(g.band?.endAngle).toBeCloseTo(g.endAngle, 12);
    expect(g.median?.value).toBeCloseTo(0.35, 12);
    expect(g.expected?.value).toBeCloseTo(0.6, 12);
  });

  it('puts one tick per objective and stacks ticks that would touch', () => {
    const g = computeGaugeGeometry(report);
    expect(g.ticks.map((t) => t.id).sort()).toEqual(report.objectives.map((o) => o.id).sort());
    expect(g.ticks.every((t) => t.lane === 0)).toBe(true);
    const crowded = analyzeOkrs(
      {
        cycle: COMPANY.cycle,
        objectives: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id, progress: 0.5 })),
      },
      { now: COMPANY_NOW },
    );
    expect(computeGaugeGeometry(crowded).ticks.map((t) => t.lane)).toEqual([0, 1, 2, 0]);
  });

  it('keeps everything inside the drawing at any width', () => {
    for (const width of [120, 240, 800]) {
      const g = computeGaugeGeometry(report, { width });
      const points = [...g.ticks.map((t) => t.at), ...g.scale.map((s) => s.at)];
      for (const p of points) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(g.width);
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(g.height);
      }
    }
  });

  it('has no band, ticks or markers without objectives, and never NaN', () => {
    const empty = analyzeOkrs({ cycle: COMPANY.cycle, objectives: [] }, { now: COMPANY_NOW });
    const g = computeGaugeGeometry(empty);
    expect(g.band).toBeNull();
    expect(g.ticks).toEqual([]);
    expect(g.median).toBeNull();
    expect(JSON.stringify(g)).not.toMatch(/NaN/);
  });
});

/** One objective at `median`, the plan expecting `expected`. */
function oneAt(median: number, expected: number) {
  return {
    objectives: [
      { id: 'a', title: 'A', status: 'on-track' as const, attainment: median, expected },
    ],
    balance: { min: median, max: median, median },
  };
}

const TEXTS = {
  median: ['Median 35%', 'Median'],
  expected: ['Expected 60%', 'Expected'],
  value: '35%',
  caption: 'Median progress',
};

/** Boxes overlap: their centres closer than half their sizes in both directions. */
const overlaps = (a: Pick<GaugeTextBox, 'x' | 'y' | 'width' | 'height'>, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

describe('computeGaugeGeometry: labels and sizes', () => {
  it('labels the median and expected markers beside them, with their values when there is room', () => {
    const g = computeGaugeGeometry(report, { width: 400, texts: TEXTS });
    expect(g.labels.median?.text).toBe('Median 35%');
    expect(g.labels.expected?.text).toBe('Expected 60%');
    // Median 35 % is left of the top (12 o'clock), expected 60 % right of it; both above the centre.
    expect(g.labels.median?.x).toBeLessThan(g.cx);
    expect(g.labels.expected?.x).toBeGreaterThan(g.cx);
    expect(g.labels.median?.y).toBeLessThan(g.cy);
    expect(g.centre.value).toMatchObject({ text: '35%', x: g.cx });
    expect(g.centre.caption?.text).toBe('Median progress');
    expect(g.centre.caption?.y).toBeGreaterThan(g.centre.value?.y ?? Infinity);
  });

  it('falls back to the short label where the long one would leave the drawing', () => {
    // 25 % sits at 9 o'clock: a label there reaches out sideways, past a narrow drawing's edge.
    const g = computeGaugeGeometry(oneAt(0.25, 0.75), {
      width: 200,
      texts: { median: ['Median attainment of all objectives 25%', 'Median'] },
    });
    expect(g.labels.median?.text).toBe('Median');
    expect((g.labels.median?.x ?? 0) - (g.labels.median?.width ?? 0) / 2).toBeGreaterThanOrEqual(0);
  });

  it('moves close labels apart and hides the scale labels they would cover', () => {
    const g = computeGaugeGeometry(oneAt(0.5, 0.5), { width: 320, texts: TEXTS });
    const { median, expected } = g.labels;
    expect(median && expected && overlaps(median, expected)).toBe(false);
    expect((median?.x ?? 0) < (expected?.x ?? 0)).toBe(true);
    // "50%" at 12 o'clock is under them.
    expect(g.scale.map((s) => s.value)).toEqual([0, 0.25, 0.75, 1]);
    expect(computeGaugeGeometry(oneAt(0.5, 0.5), { width: 320 }).scale).toHaveLength(5);
  });

  it('never lets a marker label overlap the other or a scale label, at any width', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 200, max: 1600 }),
        (median, expected, width) => {
          const g = computeGaugeGeometry(oneAt(median, expected), { width, texts: TEXTS });
          const { median: m, expected: e } = g.labels;
          if (!m || !e) throw new Error('both markers are labelled');
          expect(overlaps(m, e)).toBe(false);
          const size = m.fontSize;
          for (const s of g.scale) {
            const box = { x: s.at.x, y: s.at.y, width: size * 2.4, height: size * 1.25 };
            expect(overlaps(box, m) || overlaps(box, e)).toBe(false);
          }
          for (const label of [m, e]) {
            expect(label.x - label.width / 2).toBeGreaterThanOrEqual(-0.01);
            expect(label.x + label.width / 2).toBeLessThanOrEqual(g.width + 0.01);
            expect(label.y - label.height / 2).toBeGreaterThanOrEqual(-0.01);
            expect(label.y + label.height / 2).toBeLessThanOrEqual(g.height + 0.01);
          }
        },
      ),
    );
  });

  it('grows the dial with the width while text and strokes stay within bounds', () => {
    const sizes = [120, 240, 360, 720, 1440, 4096].map((width) => {
      const g = computeGaugeGeometry(report, { width, texts: TEXTS });
      return {
        radius: g.outerRadius,
        label: g.labels.median?.fontSize ?? 0,
        value: g.centre.value?.fontSize ?? 0,
        tick: g.tickSize,
        ring: g.outerRadius - g.innerRadius,
        median: g.strokes.median,
      };
    });
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i]?.radius).toBeGreaterThan(sizes[i - 1]?.radius ?? Infinity);
    }
    for (const s of sizes) {
      expect(s.label).toBeGreaterThanOrEqual(10);
      expect(s.label).toBeLessThanOrEqual(16);
      expect(s.value).toBeGreaterThanOrEqual(18);
      expect(s.value).toBeLessThanOrEqual(64);
      expect(s.tick).toBeGreaterThanOrEqual(9);
      expect(s.tick).toBeLessThanOrEqual(20);
      expect(s.ring).toBeLessThanOrEqual(40);
      expect(s.median).toBeLessThanOrEqual(4);
    }
    expect(sizes[0]?.label).toBe(10);
    expect(sizes.at(-1)).toMatchObject({ label: 16, value: 64, tick: 20, ring: 40 });
  });

  it('narrows the drawing to the widest that fits a maximum height', () => {
    const free = computeGaugeGeometry(report, { width: 1000, texts: TEXTS });
    expect(free.height).toBeGreaterThan(300);
    const bounded = computeGaugeGeometry(report, { width: 1000, maxHeight: 300, texts: TEXTS });
    expect(bounded.height).toBeLessThanOrEqual(300);
    expect(bounded.width).toBeLessThan(1000);
    const wider = computeGaugeGeometry(report, { width: bounded.width + 2, texts: TEXTS });
    expect(wider.height).toBeGreaterThan(300);
    // A bound it already meets changes nothing; an unusable one is ignored.
    expect(computeGaugeGeometry(report, { width: 1000, maxHeight: 5000 })).toEqual(
      computeGaugeGeometry(report, { width: 1000 }),
    );
    for (const maxHeight of [Number.NaN, 0, -1]) {
      expect(computeGaugeGeometry(report, { width: 1000, maxHeight }).width).toBe(1000);
    }
    // Too low for any dial: the smallest one, 40 wide.
    expect(computeGaugeGeometry(report, { width: 1000, maxHeight: 1 }).width).toBe(40);
  });

  it('puts the expected marker at the median of the objectives’ expected pace', () => {
    const mixed = {
      ...oneAt(0.5, 0.2),
      objectives: [0.2, 0.6, 0.7].map((expected, index) => ({
        ...oneAt(0.5, expected).objectives[0],
        id: String(index),
      })),
    } as ReturnType<typeof oneAt>;
    expect(computeGaugeGeometry(mixed).expected?.value).toBe(0.6);
  });
});

describe('the dial’s size', () => {
  it('makes the ring as large as the labels at its sides allow: markers near the top take no side room', () => {
    // 220 px wide, median 35 % and expected 60 %: both labels sit high on the dial, so the ring
    // is bounded by the scale's "100%" at ±135° and the labels turned 0.3 rad to the side.
    const g = computeGaugeGeometry(oneAt(0.35, 0.6), { width: 220, texts: TEXTS });
    expect(g.outerRadius).toBeGreaterThan(0.3 * 220);
    for (const label of [g.labels.median, g.labels.expected]) {
      expect(label).not.toBeNull();
      expect((label?.x ?? 0) - (label?.width ?? 0) / 2).toBeGreaterThanOrEqual(0);
      expect((label?.x ?? 0) + (label?.width ?? 0) / 2).toBeLessThanOrEqual(220);
    }
  });

  it('keeps room beside the ring for a marker at the side of the dial', () => {
    const high = computeGaugeGeometry(oneAt(0.5, 0.5), { width: 220, texts: TEXTS });
    const side = computeGaugeGeometry(oneAt(0.02, 0.98), { width: 220, texts: TEXTS });
    expect(side.outerRadius).toBeLessThan(high.outerRadius - 10);
  });
});

describe("the dial's ring", () => {
  it('gives the band a sliver when every objective is at one attainment, with rounded corners', () => {
    const g = computeGaugeGeometry(oneAt(0.5, 0.5));
    expect(g.band?.endAngle).toBeCloseTo((g.band?.startAngle ?? 0) + 0.02, 10);
    expect(g.cornerRadius).toBe(Math.round((g.outerRadius - g.innerRadius) * 0.15 * 100) / 100);
    expect(g.cornerRadius).toBeGreaterThan(0);
  });

  it('spans the band from the lowest to the highest attainment along the 270° dial', () => {
    const g = computeGaugeGeometry({
      ...oneAt(0.5, 0.5),
      balance: { min: 0.2, max: 0.8, median: 0.5 },
    });
    // -135° + 20 % of 270° = -81°; -135° + 80 % of 270° = 81°.
    expect(g.band?.startAngle).toBeCloseTo(-0.45 * Math.PI, 10);
    expect(g.band?.endAngle).toBeCloseTo(0.45 * Math.PI, 10);
  });
});
