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

describe('progress at its edges', () => {
  it('keeps the key results’ weights 2 : 1 when their total overflows', () => {
    const huge = Number.MAX_VALUE;
    expect(
      computeObjectiveProgress([
        { progress: 0.2, weight: huge },
        { progress: 0.8, weight: huge / 2 },
        { progress: 1 },
      ]),
    ).toBeCloseTo(0.4, 12);
    // Capped at 100 % and raised to 0 on that path too: (1 · 2 + 0) / 3.
    expect(
      computeObjectiveProgress([
        { progress: 3, weight: huge },
        { progress: -2, weight: huge / 2 },
      ]),
    ).toBeCloseTo(2 / 3, 12);
  });

  it('counts a key result without a weight as 1', () => {
    expect(computeObjectiveProgress([{ progress: 1 }, { progress: 0, weight: 3 }])).toBe(0.25);
  });

  it('starts a key result at 0 unless told otherwise', () => {
    expect(computeKeyResultProgress({ target: 8, current: 2 })).toBe(0.25);
    expect(computeKeyResultProgress({ target: 8, current: 2, progress: 0 })).toBe(0);
  });

  it('projects from exactly the early limit, never from nothing expected, and caps the result', () => {
    expect(computeProjection(0.05, 0.1)).toBeCloseTo(0.5, 12);
    expect(computeProjection(0.3, 0, 0)).toBeNull();
    expect(computeProjection(0.3, -0.5, -1)).toBeNull();
    expect(computeProjection(Number.MAX_VALUE, 0.5)).toBe(Number.MAX_VALUE);
    expect(computeProjection(0.3, 0.5, 0.6)).toBeNull();
  });

  it('clamps to either bound and keeps what lies between', () => {
    expect(clamp(-0.5, 0, 1)).toBe(0);
    expect(clamp(0, 0, 1)).toBe(0);
    expect(clamp(1, 0, 1)).toBe(1);
    expect(clamp(0.25, 0, 1)).toBe(0.25);
    expect(clamp(5, 2, 4)).toBe(4);
  });
});

describe('findStall at its limits', () => {
  const day = 86_400_000;
  const limits = { stallMinCheckIns: 3, stallMinDays: 14 };
  const run = (values: number[], days: number[]) =>
    values.map((progress, index) => ({ at: (days[index] ?? 0) * day, progress }));

  it('needs the run to last exactly the minimum days and check-ins', () => {
    expect(findStall(run([0.4, 0.4, 0.4], [0, 7, 14]), limits)).toEqual({
      progress: 0.4,
      checkIns: 3,
      days: 14,
    });
    expect(findStall(run([0.4, 0.4, 0.4], [0, 7, 13.9]), limits)).toBeNull();
    expect(findStall(run([0.4, 0.4], [0, 20]), limits)).toBeNull();
    // Three check-ins, but the run after the rise has two.
    expect(findStall(run([0.1, 0.5, 0.5], [0, 1, 15]), limits)).toBeNull();
    expect(
      findStall(run([0.4, 0.4, 0.4], [0, 7, 14]), { ...limits, stallMinCheckIns: 4 }),
    ).toBeNull();
  });

  it('starts the run at the latest check-in that was the highest so far', () => {
    // 0.2 then 0.5, 0.5, 0.3, 0.4 over 21 days: the run starts at the first 0.5.
    expect(findStall(run([0.2, 0.5, 0.5, 0.3, 0.4], [0, 7, 14, 21, 28]), limits)).toEqual({
      progress: 0.5,
      checkIns: 4,
      days: 21,
    });
    // A rise at the end leaves a run of one.
    expect(findStall(run([0.5, 0.5, 0.5, 0.6], [0, 7, 14, 21]), limits)).toBeNull();
  });

  it('ignores a run at 0 or below and rounds the days', () => {
    expect(findStall(run([0, 0, 0], [0, 7, 14]), limits)).toBeNull();
    expect(findStall(run([0.1, 0.1, 0.1], [0, 7, 14.4]), limits)?.days).toBe(14);
    expect(findStall(run([-0, 0.1, 0.1, 0.1], [0, 1, 8, 15.6]), limits)).toEqual({
      progress: 0.1,
      checkIns: 3,
      days: 15,
    });
  });
});
