import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  computeBalance,
  DEFAULT_BALANCE_READING,
  expectedPace,
  readBalance,
} from '../../src/core';
import { BALANCED, BALANCED_NOW, COMPANY, COMPANY_NOW } from '../fixtures/scenarios';

/** A report of objectives at these attainments, all expected at `expected`. */
function reportOf(attainments: readonly number[], expected: number | readonly number[]) {
  const objectives = attainments.map((attainment, index) => ({
    attainment,
    expected: typeof expected === 'number' ? expected : (expected[index] ?? 0),
  }));
  const balance = computeBalance(
    objectives.map((o, index) => ({ id: String(index), attainment: o.attainment })),
  );
  return { objectives, balance };
}

describe('readBalance', () => {
  it('reads a team evenly behind as balanced but all behind pace, and not good news', () => {
    expect(readBalance(reportOf([0.2, 0.2, 0.2, 0.2], 0.5))).toEqual({
      score: 100,
      level: 'balanced',
      median: 0.2,
      expected: 0.5,
      pace: 'all-behind',
      tone: 'bad',
    });
  });

  it('reads a balanced team on pace as good news', () => {
    expect(readBalance(reportOf([0.45, 0.5, 0.55], 0.5))).toEqual({
      score: 92,
      level: 'balanced',
      median: 0.5,
      expected: 0.5,
      pace: 'on-pace',
      tone: 'good',
    });
  });

  it('calls the median behind at less than 70 % of the pace, and exactly 70 % on pace', () => {
    // 0.34 < 0.7 × 0.5 = 0.35; one objective (0.4) is not behind, so not all of them are.
    expect(readBalance(reportOf([0.3, 0.34, 0.4], 0.5))?.pace).toBe('behind');
    expect(readBalance(reportOf([0.3, 0.35, 0.4], 0.5))?.pace).toBe('on-pace');
  });

  it('does not judge the pace before a tenth of the plan is due', () => {
    const early = readBalance(reportOf([0, 0, 0], 0.09));
    expect(early?.pace).toBe('early');
    expect(early?.tone).toBe('good');
    expect(readBalance(reportOf([0, 0, 0], 0.1))?.pace).toBe('all-behind');
  });

  it('judges each objective against its own plan for "all behind"', () => {
    // The second objective's plan expects little yet: it is on pace, so not all are behind.
    expect(readBalance(reportOf([0.2, 0.2, 0.2], [0.5, 0.2, 0.5]))?.pace).toBe('behind');
    expect(expectedPace([{ expected: 0.5 }, { expected: 0.2 }, { expected: 0.5 }])).toBe(0.5);
  });

  it('reads the company scenario as unbalanced and behind, the balanced one as good news', () => {
    const company = readBalance(analyzeOkrs(COMPANY, { now: COMPANY_NOW }));
    expect(company).toMatchObject({ score: 43, level: 'unbalanced', pace: 'behind', tone: 'bad' });
    expect(company?.median).toBeCloseTo(0.35, 12);
    expect(company?.expected).toBeCloseTo(0.6, 12);
    const balanced = readBalance(analyzeOkrs(BALANCED, { now: BALANCED_NOW }));
    expect(balanced).toMatchObject({ level: 'balanced', pace: 'on-pace', tone: 'good' });
  });

  it('gives an uneven team on pace a warning, and an unbalanced one on pace bad news', () => {
    expect(readBalance(reportOf([0.3, 0.4, 0.5, 0.6, 0.7], 0.5))).toMatchObject({
      level: 'uneven',
      pace: 'on-pace',
      tone: 'warning',
    });
    expect(readBalance(reportOf([0.2, 0.6, 1], 0.6))).toMatchObject({
      level: 'unbalanced',
      pace: 'on-pace',
      tone: 'bad',
    });
  });

  it('is null without objectives or without a score', () => {
    expect(readBalance(reportOf([], 0.5))).toBeNull();
    expect(expectedPace([])).toBeNull();
    expect(
      readBalance({
        objectives: [{ attainment: 0.5, expected: 0.5 }],
        balance: { score: null, level: null, median: null },
      }),
    ).toBeNull();
  });

  it('clamps attainment and expected outside 0..1 and treats NaN as 0', () => {
    expect(expectedPace([{ expected: Number.NaN }, { expected: 2 }, { expected: -1 }])).toBe(0);
    const reading = readBalance({
      objectives: [{ attainment: 3, expected: 2 }],
      balance: { score: 1.5, level: 'balanced', median: 3 },
    });
    expect(reading).toMatchObject({ score: 100, median: 1, expected: 1, pace: 'on-pace' });
  });

  it('falls back to the defaults for each unusable option', () => {
    const report = reportOf([0.3, 0.34, 0.4], 0.5);
    for (const behind of [Number.NaN, -0.1, 1.5, Number.POSITIVE_INFINITY]) {
      expect(readBalance(report, { behind })?.pace).toBe('behind');
    }
    expect(readBalance(report, { behind: 0.5 })?.pace).toBe('on-pace');
    expect(readBalance(reportOf([0, 0], 0.09), { tooEarly: Number.NaN })?.pace).toBe('early');
    expect(DEFAULT_BALANCE_READING).toEqual({ behind: 0.7, tooEarly: 0.1 });
  });

  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  const reports = fc
    .record({ attainments: fc.array(unit, { minLength: 1, maxLength: 12 }), expected: unit })
    .map(({ attainments, expected }) => reportOf(attainments, expected));

  it('never reports good news when the median is below 70 % of a pace that is due', () => {
    fc.assert(
      fc.property(reports, (report) => {
        const reading = readBalance(report);
        const { median } = report.balance;
        const expected = report.objectives[0]?.expected ?? 0;
        if (reading && expected >= 0.1 && (median ?? 0) < 0.7 * expected) {
          expect(reading.tone).toBe('bad');
          expect(['behind', 'all-behind']).toContain(reading.pace);
        }
      }),
    );
  });

  it('reports good news only for a balanced level, and the score on its own 0–100 scale', () => {
    fc.assert(
      fc.property(reports, (report) => {
        const reading = readBalance(report);
        expect(reading).not.toBeNull();
        if (!reading) return;
        if (reading.tone === 'good') expect(reading.level).toBe('balanced');
        expect(Number.isInteger(reading.score)).toBe(true);
        expect(reading.score).toBeGreaterThanOrEqual(0);
        expect(reading.score).toBeLessThanOrEqual(100);
      }),
    );
  });
});
