import { describe, expect, it } from 'vitest';
import {
  balanceLevel,
  clamp,
  computeBalance,
  computeKeyResultProgress,
  computeObjectiveProgress,
  computeProjection,
  findStall,
} from '../../src/core';

describe('computeKeyResultProgress', () => {
  it('measures from start towards target, in either direction', () => {
    expect(computeKeyResultProgress({ start: 10, target: 20, current: 15 })).toBe(0.5);
    expect(computeKeyResultProgress({ start: 24, target: 4, current: 20 })).toBeCloseTo(0.2, 12);
    expect(computeKeyResultProgress({ target: 4, current: 5 })).toBe(1.25);
    expect(computeKeyResultProgress({ start: 5, target: 10, current: 3 })).toBe(-0.4);
  });

  it('prefers a given progress, and gives 0 for what cannot be measured', () => {
    expect(computeKeyResultProgress({ target: 10, current: 2, progress: 0.9 })).toBe(0.9);
    expect(computeKeyResultProgress({ start: 5, target: 5, current: 5 })).toBe(0);
    expect(computeKeyResultProgress({ target: Number.NaN, current: 1 })).toBe(0);
    expect(computeKeyResultProgress({ target: 1, current: 1, progress: Number.NaN })).toBe(0);
  });
});

describe('computeObjectiveProgress', () => {
  it('weights key results and caps each at 100 %, negatives at 0', () => {
    expect(computeObjectiveProgress([{ progress: 1.5 }, { progress: 0 }])).toBe(0.5);
    expect(
      computeObjectiveProgress([
        { progress: 1, weight: 3 },
        { progress: 0, weight: 1 },
      ]),
    ).toBe(0.75);
    expect(computeObjectiveProgress([{ progress: -1 }, { progress: 0.5 }])).toBe(0.25);
  });

  it('counts every key result the same when all weights are 0, and gives 0 for none', () => {
    expect(
      computeObjectiveProgress([
        { progress: 1, weight: 0 },
        { progress: 0, weight: 0 },
      ]),
    ).toBe(0.5);
    expect(computeObjectiveProgress([])).toBe(0);
  });
});

describe('computeProjection and clamp', () => {
  it('projects only once the expected progress reaches the early limit', () => {
    expect(computeProjection(0.3, 0.6)).toBe(0.5);
    expect(computeProjection(0.3, 0.09)).toBeNull();
    expect(computeProjection(0.3, Number.NaN)).toBeNull();
    expect(computeProjection(0.3, 0.05, 0)).toBeCloseTo(6, 12);
  });

  it('turns NaN into the lower bound', () => {
    expect(clamp(Number.NaN, 0, 1)).toBe(0);
    expect(clamp(2, 0, 1)).toBe(1);
  });
});

describe('computeBalance', () => {
  it('gives null statistics for no objectives', () => {
    expect(computeBalance([])).toMatchObject({
      score: null,
      level: null,
      spread: null,
      leaders: [],
    });
  });

  it('scores one objective 1 and clamps attainment outside 0..1', () => {
    expect(computeBalance([{ id: 'a', attainment: 0.3 }])).toMatchObject({ score: 1, spread: 0 });
    const stats = computeBalance([
      { id: 'a', attainment: -1 },
      { id: 'b', attainment: 2 },
    ]);
    expect(stats).toMatchObject({ min: 0, max: 1, score: 0, level: 'unbalanced' });
  });

  it('names its levels at the thresholds', () => {
    expect([0.8, 0.79, 0.6, 0.59].map((score) => balanceLevel(score))).toEqual([
      'balanced',
      'uneven',
      'uneven',
      'unbalanced',
    ]);
  });
});

describe('findStall', () => {
  const day = 86_400_000;
  const limits = { stallMinCheckIns: 3, stallMinDays: 14 };
  it('finds nothing in no or too few check-ins', () => {
    expect(findStall([], limits)).toBeNull();
    expect(findStall([{ at: 0, progress: 0.3 }], limits)).toBeNull();
  });

  it('reads only the first `count` check-ins', () => {
    const flat = [0, 7, 14, 21].map((d) => ({ at: d * day, progress: 0.4 }));
    expect(findStall(flat, limits)).toEqual({ progress: 0.4, checkIns: 4, days: 21 });
    expect(findStall(flat, limits, 2)).toBeNull();
  });
});
