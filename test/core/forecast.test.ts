import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AnalyzeOptions,
  analyzeOkrs,
  type CheckIn,
  type ObjectiveAnalysis,
} from '../../src/core';
import { forecastProgress, senInterval } from '../../src/core/forecast';

// Q1 2026: 90 days. Weekly check-ins from 1 January rise 0.07 a week, 0.01 a day.
const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const END = Date.UTC(2026, 3, 1);
const LIMITS = { forecastWindow: 6, forecastMinCheckIns: 3 };
const weekly = (...progress: number[]) =>
  progress.map((p, week) => ({ at: START + week * 7 * DAY, progress: p }));
const LINE = [0, 0.07, 0.14, 0.21, 0.28, 0.35];

const analyze = (checkIns: CheckIn[], now = '2026-02-06', thresholds = {}) =>
  analyzeOkrs(
    { cycle: CYCLE, objectives: [{ id: 'o', title: 'Grow', checkIns }] },
    { now, thresholds },
  ).objectives[0] as ObjectiveAnalysis;
const dated = (points: { at: number; progress: number }[]): CheckIn[] =>
  points.map(({ at, progress }) => ({ at: new Date(at).toISOString(), progress }));

describe('the forecast, worked examples', () => {
  it('forecasts a straight line of check-ins on the line, with a band of no width', () => {
    const forecast = forecastProgress(weekly(...LINE), 6, END, LIMITS);
    // The latest check-in, 0.35 on 5 February, plus 0.01 a day for the 55 days left.
    expect(forecast?.value).toBeCloseTo(0.9, 12);
    expect(forecast?.low).toBeCloseTo(0.9, 12);
    expect(forecast?.high).toBeCloseTo(0.9, 12);
    expect(forecast).toMatchObject({ checkIns: 6, method: 'theil-sen', at: END });
    expect(forecast?.slope).toBeCloseTo(0.01, 12);
  });

  it('lets one odd check-in widen the band more than it moves the forecast', () => {
    const odd = weekly(0, 0.07, 0.14, 0.35, 0.28, 0.35);
    const forecast = forecastProgress(odd, 6, END, LIMITS);
    // 15 slopes: 10 of 0.01, and -0.01, 0, 0.0167, 0.02, 0.03 through the odd one. The median
    // stays 0.01; the band takes the 2nd (0) and the 14th (0.02).
    expect(forecast?.value).toBeCloseTo(0.9, 12);
    expect(forecast?.low).toBeCloseTo(0.35, 12);
    expect(forecast?.high).toBeCloseTo(1.45, 12);
  });

  it('reads only the latest six check-ins by default', () => {
    // A flat start, then the line: the first two check-ins are outside the window.
    const points = [
      { at: START - 14 * DAY, progress: 0 },
      { at: START - 7 * DAY, progress: 0 },
      ...weekly(...LINE),
    ];
    expect(forecastProgress(points, 8, END, LIMITS)?.value).toBeCloseTo(0.9, 12);
    expect(forecastProgress(points, 8, END, LIMITS)?.checkIns).toBe(6);
    const wide = { ...LIMITS, forecastWindow: 8 };
    expect(forecastProgress(points, 8, END, wide)?.checkIns).toBe(8);
  });

  it('gives no forecast under the minimum of check-ins', () => {
    expect(forecastProgress(weekly(0, 0.07), 2, END, LIMITS)).toBeNull();
    expect(
      forecastProgress(weekly(0, 0.07), 2, END, { ...LIMITS, forecastMinCheckIns: 2 }),
    ).not.toBeNull();
    expect(forecastProgress([], 0, END, LIMITS)).toBeNull();
  });

  it('reads a window or minimum under 2 as 2, and fractions downwards', () => {
    const two = weekly(0, 0.07, 0.5);
    const tiny = { forecastWindow: 0, forecastMinCheckIns: -4 };
    // The latest two: 0.07 → 0.5 in a week.
    expect(forecastProgress(two, 3, END, tiny)?.checkIns).toBe(2);
    expect(
      forecastProgress(two, 3, END, { forecastWindow: 2.9, forecastMinCheckIns: 3 }),
    ).toBeNull();
  });

  it('gives no forecast when every check-in is at one moment', () => {
    const same = [0.1, 0.2, 0.3].map((progress) => ({ at: START, progress }));
    expect(forecastProgress(same, 3, END, LIMITS)).toBeNull();
  });

  it('skips pairs at one moment and uses the rest', () => {
    const points = [
      { at: START, progress: 0.1 },
      { at: START, progress: 0.2 },
      { at: START + 10 * DAY, progress: 0.3 },
    ];
    // Slopes 0.02 and 0.01 a day: the median 0.015, from 0.3 over the 80 days left.
    expect(forecastProgress(points, 3, END, LIMITS)?.value).toBeCloseTo(0.3 + 0.015 * 80, 12);
  });

  it('keeps a flat series flat, and never forecasts under 0', () => {
    expect(forecastProgress(weekly(0.4, 0.4, 0.4), 3, END, LIMITS)?.value).toBe(0.4);
    const falling = forecastProgress(weekly(0.3, 0.2, 0.1), 3, END, LIMITS);
    expect(falling).toMatchObject({ value: 0, low: 0, high: 0 });
    expect(Object.is(falling?.value, 0)).toBe(true);
  });

  it('carries nothing past a check-in after the end of the cycle', () => {
    const late = [...weekly(0.2, 0.3), { at: END + DAY, progress: 0.9 }];
    expect(forecastProgress(late, 3, END, LIMITS)).toMatchObject({ value: 0.9, at: END + DAY });
  });
});

describe("Sen's interval", () => {
  it.each([
    [3, 3, [0, 2]],
    [6, 15, [1, 13]],
    [10, 45, [11, 33]],
  ])('for %i check-ins and %i slopes takes positions %j', (n, count, positions) => {
    expect(senInterval(n, count)).toEqual(positions);
  });
});

describe('history and forecast in the report', () => {
  it('carries the check-ins up to now, oldest first, as moments and progress', () => {
    // Other fields of a check-in stay out of the report.
    const given: CheckIn[] = [
      { at: '2026-01-15', progress: 0.2, confidence: 0.8, note: 'ok', author: 'x' } as CheckIn,
      { at: '2026-01-01', progress: 0.1 },
      { at: '2026-03-01', progress: 0.9 },
    ];
    const objective = analyze(given, '2026-02-01');
    expect(objective.history).toStrictEqual([
      { at: START, progress: 0.1 },
      { at: START + 14 * DAY, progress: 0.2, confidence: 0.8, note: 'ok' },
    ]);
    expect(objective.forecast).toBeNull();
  });

  it('forecasts from the check-ins, with the cycle end and the thresholds', () => {
    const objective = analyze(dated(weekly(...LINE)));
    expect(objective.forecast?.value).toBeCloseTo(0.9, 12);
    expect(objective.progress).toBe(0);
    const fewer = analyze(dated(weekly(...LINE)), '2026-02-06', { forecastWindow: 3 });
    expect(fewer.forecast?.checkIns).toBe(3);
    const stricter = analyze(dated(weekly(...LINE)), '2026-02-06', { forecastMinCheckIns: 7 });
    expect(stricter.forecast).toBeNull();
  });

  it('reads only the check-ins up to now', () => {
    const objective = analyze(dated(weekly(...LINE)), '2026-01-16');
    // Three check-ins by 16 January: 0.14 on the 15th, 76 days left at 0.01.
    expect(objective.history).toHaveLength(3);
    expect(objective.forecast?.value).toBeCloseTo(0.14 + 0.76, 12);
  });
});

describe('the history option', () => {
  const input = {
    cycle: CYCLE,
    objectives: [{ id: 'o', title: 'Grow', checkIns: dated(weekly(...LINE)) }],
  };
  const now = '2026-02-06';

  it('leaves every history empty with history: false, and forecasts the same', () => {
    const kept = analyzeOkrs(input, { now });
    const left = analyzeOkrs(input, { now, history: false });
    expect(kept.objectives[0]?.history).toHaveLength(6);
    expect(left.objectives[0]?.history).toEqual([]);
    expect(left.objectives[0]?.forecast).toEqual(kept.objectives[0]?.forecast);
    expect(left.issues).toEqual(kept.issues);
  });

  it.each([['no'], [0], [null]])('reports history: %j and keeps the history', (history) => {
    const report = analyzeOkrs(input, { now, history } as unknown as AnalyzeOptions);
    expect(report.objectives[0]?.history).toHaveLength(6);
    expect(report.issues.filter((issue) => issue.path.startsWith('options'))).toEqual([
      {
        path: 'options.history',
        code: 'wrong-type',
        severity: 'warning',
        message: 'options.history should be true or false. The default is used instead.',
      },
    ]);
  });
});

describe('forecast properties', () => {
  const series = fc
    .array(
      fc.record({
        day: fc.integer({ min: 0, max: 89 }),
        step: fc.double({ min: 0, max: 0.2, noNaN: true }),
      }),
      { minLength: 3, maxLength: 10 },
    )
    .map((items) => {
      let progress = 0;
      return [...items]
        .sort((a, b) => a.day - b.day)
        .map(({ day, step }) => {
          progress += step;
          return { at: START + day * DAY, progress };
        });
    });

  it('never forecasts below the latest check-in when check-ins only rise', () => {
    fc.assert(
      fc.property(series, (points) => {
        const forecast = forecastProgress(points, points.length, END, LIMITS);
        const last = points[points.length - 1]?.progress ?? 0;
        if (forecast) expect(forecast.low).toBeGreaterThanOrEqual(last - 1e-9);
      }),
    );
  });

  it('keeps low ≤ value ≤ high, every number finite', () => {
    const any = fc.array(
      fc.record({
        at: fc.integer({ min: START, max: END }),
        progress: fc.double({ min: 0, max: 2, noNaN: true }),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(any, (points) => {
        const sorted = [...points].sort((a, b) => a.at - b.at);
        const forecast = forecastProgress(sorted, sorted.length, END, LIMITS);
        if (!forecast) return;
        expect(forecast.low).toBeLessThanOrEqual(forecast.value);
        expect(forecast.value).toBeLessThanOrEqual(forecast.high);
        for (const n of [forecast.value, forecast.low, forecast.high, forecast.slope]) {
          expect(Number.isFinite(n)).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order the check-ins are given in', () => {
    fc.assert(
      fc.property(series, fc.nat(), (points, seed) => {
        const given = dated(points);
        const shuffled = [...given].sort(
          (a, b) => ((seed + given.indexOf(a) * 7) % 5) - ((seed + given.indexOf(b) * 7) % 5),
        );
        expect(analyze(shuffled, '2026-04-01').forecast).toEqual(
          analyze(given, '2026-04-01').forecast,
        );
      }),
    );
  });
});
