import { describe, expect, it } from 'vitest';
import { balanceLevel, computeBalance } from '../../src/core';
import { medianOfSorted } from '../../src/core/balance';

const items = (...attainments: number[]) =>
  attainments.map((attainment, index) => ({ id: `o${index}`, attainment }));

describe('computeBalance, worked examples', () => {
  it('gives every statistic null and no leaders or laggards for no objectives', () => {
    expect(computeBalance([])).toEqual({
      score: null,
      level: null,
      mean: null,
      median: null,
      min: null,
      max: null,
      spread: null,
      stdDev: null,
      leaders: [],
      laggards: [],
    });
  });

  it('weights the mean and σ but not the median', () => {
    // Weights 3 and 1: mean 0.25, σ² = (3 · 0.25² + 0.75²) / 4 = 0.1875.
    const stats = computeBalance([
      { id: 'a', attainment: 0, weight: 3 },
      { id: 'b', attainment: 1, weight: 1 },
    ]);
    expect(stats).toEqual({
      score: expect.closeTo(1 - 2 * Math.sqrt(0.1875), 12),
      level: 'unbalanced',
      mean: 0.25,
      median: 0.5,
      min: 0,
      max: 1,
      spread: 1,
      stdDev: expect.closeTo(Math.sqrt(0.1875), 12),
      leaders: ['b'],
      laggards: ['a'],
    });
  });

  it('scores 1 − 2σ of an unweighted set, with the middle two’s mean as an even median', () => {
    // Mean 0.5, σ² = (0.09 + 0.01 + 0.01 + 0.09) / 4 = 0.05.
    const stats = computeBalance(items(0.8, 0.2, 0.6, 0.4));
    expect(stats.mean).toBeCloseTo(0.5, 12);
    expect(stats.median).toBeCloseTo(0.5, 12);
    expect(stats.stdDev).toBeCloseTo(Math.sqrt(0.05), 12);
    expect(stats.score).toBeCloseTo(1 - 2 * Math.sqrt(0.05), 12);
    expect(stats).toMatchObject({ min: 0.2, max: 0.8, level: 'unbalanced' });
    expect(stats.spread).toBeCloseTo(0.6, 12);
  });

  it('calls all-equal attainment balanced with σ exactly 0', () => {
    expect(computeBalance(items(0.1, 0.1, 0.1))).toMatchObject({
      score: 1,
      level: 'balanced',
      stdDev: 0,
      spread: 0,
      median: 0.1,
    });
  });

  it('leads or lags only beyond 0.2 from the median', () => {
    // Median 0.5: 0.75 and 0.25 are beyond, 0.7 and 0.3 exactly at the margin.
    const stats = computeBalance(items(0.75, 0.7, 0.5, 0.3, 0.25));
    expect(stats.median).toBe(0.5);
    expect(stats.leaders).toEqual(['o0']);
    expect(stats.laggards).toEqual(['o4']);
    const tuned = computeBalance(items(0.75, 0.7, 0.5, 0.3, 0.25), {
      leaderMargin: 0.1,
      laggardMargin: 0.25,
    });
    expect([tuned.leaders, tuned.laggards]).toEqual([['o0', 'o1'], []]);
  });

  it('takes the level thresholds given', () => {
    const stats = computeBalance(items(0.8, 0.2, 0.6, 0.4), { balanced: 0.3, uneven: 0.2 });
    expect(stats.level).toBe('balanced');
    expect(computeBalance(items(0.8, 0.2, 0.6, 0.4), { uneven: 0.5 }).level).toBe('uneven');
  });

  it('gives a negative, non-finite or NaN weight no say, and a missing one a weight of 1', () => {
    const stats = computeBalance([
      { id: 'a', attainment: 0.2, weight: -1 },
      { id: 'b', attainment: 0.4, weight: Number.NaN },
      { id: 'c', attainment: 0.6, weight: Number.POSITIVE_INFINITY },
      { id: 'd', attainment: 1 },
      { id: 'e', attainment: 0, weight: 0 },
    ]);
    expect(stats.mean).toBe(1);
    expect(stats.stdDev).toBe(0);
    expect(stats.score).toBe(1);
    // Still the unweighted median, min and max of all five.
    expect(stats).toMatchObject({ median: 0.4, min: 0, max: 1 });
  });

  it('counts every objective the same when the weights add up to 0', () => {
    const stats = computeBalance([
      { id: 'a', attainment: 0.2, weight: 0 },
      { id: 'b', attainment: 0.8, weight: 0 },
    ]);
    expect(stats.mean).toBeCloseTo(0.5, 12);
    expect(stats.stdDev).toBeCloseTo(0.3, 12);
  });

  it('keeps the weights’ ratio when their total overflows', () => {
    const huge = Number.MAX_VALUE;
    const stats = computeBalance([
      { id: 'a', attainment: 0, weight: huge },
      { id: 'b', attainment: 1, weight: huge / 2 },
      { id: 'c', attainment: 0.5, weight: 1 },
    ]);
    // 2 : 1 : next to nothing: mean 1/3, σ² = (2 · (1/3)² + (2/3)²) / 3 = 2/9.
    expect(stats.mean).toBeCloseTo(1 / 3, 12);
    expect(stats.stdDev).toBeCloseTo(Math.sqrt(2 / 9), 12);
  });
});

describe('balanceLevel', () => {
  it('names the levels at exactly the default and given thresholds', () => {
    expect([0.8, 0.79, 0.6, 0.59].map((score) => balanceLevel(score))).toEqual([
      'balanced',
      'uneven',
      'uneven',
      'unbalanced',
    ]);
    const thresholds = { balanced: 0.5, uneven: 0.25 };
    expect([0.5, 0.49, 0.25, 0.24].map((score) => balanceLevel(score, thresholds))).toEqual([
      'balanced',
      'uneven',
      'uneven',
      'unbalanced',
    ]);
  });
});

describe('medianOfSorted', () => {
  it('takes the middle of the first `length` values', () => {
    expect(medianOfSorted([1, 2, 3], 3)).toBe(2);
    expect(medianOfSorted([1, 2, 3, 10], 4)).toBe(2.5);
    expect(medianOfSorted([1, 2, 3, 10], 2)).toBe(1.5);
    expect(medianOfSorted([4], 1)).toBe(4);
  });
});
