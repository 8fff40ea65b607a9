import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeBalance, computeObjectiveProgress } from '../../src/core';
import { clamp, medianOfSorted, roundTo, weightedMean } from '../../src/core/math';

const id = (x: number) => x;

describe('clamp', () => {
  it('keeps a value inside the range and limits one outside', () => {
    expect(clamp(0.4, 0, 1)).toBe(0.4);
    expect(clamp(-0.2, 0, 1)).toBe(0);
    expect(clamp(1.7, 0, 1)).toBe(1);
  });

  it('turns NaN into the lower bound and infinities into the bounds', () => {
    expect(clamp(Number.NaN, 0, 1)).toBe(0);
    expect(clamp(Number.NEGATIVE_INFINITY, 0, 1)).toBe(0);
    expect(clamp(Number.POSITIVE_INFINITY, 0, 1)).toBe(1);
  });
});

describe('medianOfSorted', () => {
  it('takes the middle value of an odd count and the mean of the two middle ones of an even', () => {
    expect(medianOfSorted([1, 2, 9])).toBe(2);
    expect(medianOfSorted([1, 2, 3, 9])).toBe(2.5);
  });

  it('reads only the first `length` values', () => {
    expect(medianOfSorted([1, 2, 3, 100, 200], 3)).toBe(2);
    expect(medianOfSorted(new Float64Array([0.25, 0.75, 5]), 2)).toBe(0.5);
  });
});

describe('roundTo', () => {
  it('rounds away the binary error of a subtraction', () => {
    expect((0.5 - 0.335) * 100).not.toBe(16.5);
    expect(roundTo((0.5 - 0.335) * 100, 9)).toBe(16.5);
    expect(roundTo(2.345, 0)).toBe(2);
    expect(roundTo(-1.25, 1)).toBe(-1.2);
  });
});

describe('weightedMean', () => {
  const mean = (values: number[], weights: number[]) =>
    weightedMean(values, id, (_, index) => weights[index] as number);

  it('weighs each value by its weight', () => {
    expect(mean([0.2, 0.8], [1, 3])).toBeCloseTo(0.65, 15);
    expect(mean([0.5], [7])).toBe(0.5);
  });

  it('counts every value the same when the weights add up to 0, and gives 0 for no values', () => {
    expect(mean([0.2, 0.8], [0, 0])).toBe(0.5);
    expect(mean([], [])).toBe(0);
  });

  it('takes weights whose sum overflows in units of the largest, unequal ones too', () => {
    expect(mean([0.2, 0.8], [1e308, 1e308])).toBe(0.5);
    // 1.5e308 and 0.5e308: three quarters and one quarter.
    expect(mean([1, 0], [1.5e308, 0.5e308])).toBeCloseTo(0.75, 15);
  });

  it('keeps subnormal weights from rounding the mean to 0', () => {
    expect(mean([0.6], [5e-324])).toBe(0.6);
    // 1e-323 is twice 5e-324: two thirds of 0.9.
    expect(mean([0, 0.9], [5e-324, 1e-323])).toBeCloseTo(0.6, 15);
  });

  it('stays between the smallest and largest value for any weights', () => {
    const weight = fc.oneof(
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
      fc.constantFrom(0, 5e-324, 1e-310, Number.MAX_VALUE),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), weight), {
          minLength: 1,
          maxLength: 8,
        }),
        (pairs) => {
          const values = pairs.map(([value]) => value);
          const result = mean(
            values,
            pairs.map(([, w]) => w),
          );
          expect(result).toBeGreaterThanOrEqual(Math.min(...values));
          expect(result).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the same mean when every weight is scaled by a power of two, into overflow or subnormals', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1000 })),
          { minLength: 1, maxLength: 6 },
        ),
        fc.constantFrom(2 ** 1014, 2 ** -1064, 2 ** -1000),
        (pairs, scale) => {
          const values = pairs.map(([value]) => value);
          const plain = mean(
            values,
            pairs.map(([, w]) => w),
          );
          const scaled = mean(
            values,
            pairs.map(([, w]) => w * scale),
          );
          expect(scaled).toBeCloseTo(plain, 6);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the weighted means of progress and balance', () => {
  it('rescales overflowing key-result weights that differ', () => {
    const progress = computeObjectiveProgress([
      { progress: 1, weight: 1.5e308 },
      { progress: 0, weight: 0.5e308 },
    ]);
    expect(progress).toBeCloseTo(0.75, 15);
  });

  it('keeps an objective of subnormal key-result weights at its progress', () => {
    expect(computeObjectiveProgress([{ progress: 0.4, weight: 5e-324 }])).toBe(0.4);
  });

  it('keeps the balance mean between min and max with near-zero objective weights', () => {
    const balance = computeBalance([
      { id: 'a', attainment: 0.2, weight: 5e-324 },
      { id: 'b', attainment: 0.9, weight: 1e-323 },
    ]);
    expect(balance.mean).toBeCloseTo(0.2 / 3 + 0.6, 15);
    expect(balance.min).toBe(0.2);
    expect(balance.max).toBe(0.9);
    expect(balance.stdDev).toBeGreaterThan(0.3);
    // Each product with 5e-324 rounds to 5e-324 itself, which read 1 as the mean.
    const tiny = computeBalance([
      { id: 'a', attainment: 0.7, weight: 5e-324 },
      { id: 'b', attainment: 0.9, weight: 5e-324 },
    ]);
    expect(tiny.mean).toBeCloseTo(0.8, 15);
  });

  it('leads or lags only beyond the margin, not at exactly 0.2 from the median', () => {
    const at = (values: number[], margins = {}) =>
      computeBalance(
        values.map((attainment, index) => ({ id: `o${index}`, attainment })),
        margins,
      );
    // 0.5 + 0.2 and 0.5 − 0.2 are exactly 0.7 and 0.3 in floating point.
    expect(at([0.3, 0.5, 0.7])).toMatchObject({ median: 0.5, leaders: [], laggards: [] });
    expect(at([0.29, 0.5, 0.71])).toMatchObject({ leaders: ['o2'], laggards: ['o0'] });
    const quarter = { leaderMargin: 0.25, laggardMargin: 0.25 };
    expect(at([0.25, 0.5, 0.75], quarter)).toMatchObject({ leaders: [], laggards: [] });
    expect(at([0.24, 0.5, 0.76], quarter)).toMatchObject({ leaders: ['o2'], laggards: ['o0'] });
  });
});
