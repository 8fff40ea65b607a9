import { beforeEach, describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  computeGaugeGeometry,
  pointAt,
  STATUSES,
  statusMarkerPath,
} from '../../src/core';
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

describe('geometry helpers', () => {
  it('measures angles clockwise from 12 o’clock', () => {
    expect(pointAt(0, 0, 10, 0)).toEqual({ x: 0, y: -10 });
    const right = pointAt(0, 0, 10, Math.PI / 2);
    expect(right.x).toBeCloseTo(10, 12);
    expect(right.y).toBeCloseTo(0, 12);
  });

  it('gives every status its own marker shape', () => {
    const shapes = STATUSES.map((s) => statusMarkerPath(s, { x: 0, y: 0 }, 10));
    expect(new Set(shapes).size).toBe(STATUSES.length);
    for (const shape of shapes) expect(shape).not.toMatch(/NaN/);
  });
});
