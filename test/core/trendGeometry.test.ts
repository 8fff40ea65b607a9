import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  createFormatter,
  dateTicks,
  describeTrend,
  type Forecast,
  type TrendObjective,
  trendDirection,
  trendGeometry,
  trendSeries,
} from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

const at = (date: string) => Date.parse(date);
const CYCLE = { start: '2026-01-01', end: '2026-04-01' };
const FORECAST: Forecast = {
  value: 0.8,
  low: 0.6,
  high: 1,
  at: at('2026-04-01'),
  checkIns: 3,
  method: 'theil-sen',
  slope: 0.01,
};
/** Three check-ins, given out of order, and a forecast from the latest to the cycle's end. */
const OBJECTIVE: TrendObjective = {
  expected: 0.5,
  history: [
    { at: at('2026-01-31'), progress: 0.3 },
    { at: at('2026-01-11'), progress: 0.2 },
    { at: at('2026-02-10'), progress: 0.4 },
  ],
  forecast: FORECAST,
};
const en = createFormatter();
const de = createFormatter({ locale: 'de', messages: MESSAGES_DE });

describe('trendSeries', () => {
  it('sorts the check-ins, spans the cycle and draws the pace through the expected progress now', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    expect(series.state).toBe('ok');
    expect(series.domain).toEqual([at('2026-01-01'), at('2026-04-01')]);
    expect(series.points.map((p) => p.progress)).toEqual([0.2, 0.3, 0.4]);
    expect(series.expected).toEqual([
      { at: at('2026-01-01'), progress: 0 },
      { at: at('2026-02-15'), progress: 0.5 },
      { at: at('2026-04-01'), progress: 1 },
    ]);
    expect(series.forecast).toBe(FORECAST);
    expect(series.top).toBe(1);
  });

  it('draws the pace as a straight line when now is outside the cycle', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-05-01');
    expect(series.expected.map((p) => p.progress)).toEqual([0, 1]);
  });

  it('raises the percent axis in quarters to fit a forecast above 100 %, up to 200 %', () => {
    const above = { ...OBJECTIVE, forecast: { ...FORECAST, high: 1.14 } };
    expect(trendSeries(above, CYCLE, '2026-02-15').top).toBe(1.25);
    const far = { ...OBJECTIVE, forecast: { ...FORECAST, high: 7 } };
    expect(trendSeries(far, CYCLE, '2026-02-15').top).toBe(2);
  });

  it('widens the time axis to a check-in before the cycle', () => {
    const early = { ...OBJECTIVE, history: [{ at: at('2025-12-20'), progress: 0.1 }] };
    expect(trendSeries(early, CYCLE, '2026-02-15').domain[0]).toBe(at('2025-12-20'));
  });

  it('names a team row, an objective without check-ins and one with a history that is no list', () => {
    expect(
      trendSeries({ kind: 'unit', expected: 0.5, history: [] }, CYCLE, '2026-02-15').state,
    ).toBe('unit');
    expect(trendSeries({ expected: 0.5, history: [] }, CYCLE, '2026-02-15').state).toBe(
      'no-history',
    );
    const odd = { expected: 0.5, history: 'x' as never };
    expect(trendSeries(odd, CYCLE, '2026-02-15').points).toEqual([]);
  });

  it('leaves out check-ins with a moment or progress that is not a finite number', () => {
    const history = [
      { at: Number.NaN, progress: 0.1 },
      { at: at('2026-01-11'), progress: Number.POSITIVE_INFINITY },
      null,
      { at: at('2026-01-18'), progress: 0.25 },
    ] as never;
    expect(trendSeries({ expected: 0.5, history }, CYCLE, '2026-02-15').points).toEqual([
      { at: at('2026-01-18'), progress: 0.25 },
    ]);
  });

  it('drops a forecast that is not finite or starts before the latest check-in', () => {
    const nan = { ...OBJECTIVE, forecast: { ...FORECAST, low: Number.NaN } };
    expect(trendSeries(nan, CYCLE, '2026-02-15').forecast).toBeNull();
    const early = { ...OBJECTIVE, forecast: { ...FORECAST, at: at('2026-02-01') } };
    expect(trendSeries(early, CYCLE, '2026-02-15').forecast).toBeNull();
  });

  it('spans the check-ins, a day either side of a single one, when the report has no cycle', () => {
    const one = { expected: 0.5, history: [{ at: at('2026-01-11'), progress: 0.2 }] };
    const series = trendSeries(one, null, '2026-02-15');
    expect(series.domain).toEqual([at('2026-01-10'), at('2026-01-12')]);
    expect(series.expected).toEqual([]);
  });
});

describe('trendGeometry', () => {
  it('places a sparkline at one pixel a day and one pixel a percent (worked example)', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    // 90 days across 90 px (3 px padding each side), 100 % across 100 px.
    const g = trendGeometry(series, { width: 96, height: 106, compact: true });
    expect(g.plot).toEqual({ left: 3, top: 3, right: 93, bottom: 103 });
    expect(g.points.map(({ x, y }) => [x, y])).toEqual([
      [13, 83],
      [33, 73],
      [43, 63],
    ]);
    expect(g.expected).toEqual([
      { x: 3, y: 103 },
      { x: 48, y: 53 },
      { x: 93, y: 3 },
    ]);
    expect(g.forecast).toEqual({
      line: [
        { x: 43, y: 63 },
        { x: 93, y: 23 },
      ],
      band: [
        { x: 43, y0: 63, y1: 63 },
        { x: 93, y0: 43, y1: 3 },
      ],
    });
    expect(g.xTicks).toEqual([]);
    expect(g.yTicks).toEqual([]);
  });

  it('leaves room for the labels and puts fortnightly Monday ticks on a 600 px chart', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    const g = trendGeometry(series, { width: 600, height: 200, percent });
    // "100%" is about 26 px at 11 px; half of a date label about 18 px.
    expect(g.plot).toEqual({ left: 35, top: 8, right: 580, bottom: 176 });
    expect(g.xTicks).toEqual([
      { at: 59.22, label: 'Jan 5' },
      { at: 144, label: 'Jan 19' },
      { at: 228.78, label: 'Feb 2' },
      { at: 313.56, label: 'Feb 16' },
      { at: 398.33, label: 'Mar 2' },
      { at: 483.11, label: 'Mar 16' },
      { at: 567.89, label: 'Mar 30' },
    ]);
    expect(g.yTicks.map((t) => [t.at, t.label])).toEqual([
      [176, '0%'],
      [134, '25%'],
      [92, '50%'],
      [50, '75%'],
      [8, '100%'],
    ]);
  });

  it('writes month ticks in the locale when only months fit (German at 360 px)', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    const g = trendGeometry(series, { width: 360, height: 200, locale: 'de' });
    expect(g.xTicks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mär', 'Apr']);
  });

  it('keeps the labels of neighbouring date ticks apart at every width', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    for (const width of [200, 360, 720, 1000, 1440]) {
      const g = trendGeometry(series, { width, height: 200 });
      const gaps = g.xTicks.slice(1).map((t, i) => t.at - (g.xTicks[i]?.at ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThan(40);
      expect(g.xTicks.every((t) => t.at >= g.plot.left && t.at <= g.plot.right)).toBe(true);
    }
  });

  it('ticks every 50 % on a short chart', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    const g = trendGeometry(series, { width: 400, height: 100 });
    expect(g.yTicks.map((t) => t.value)).toEqual([0, 0.5, 1]);
  });

  it('draws no NaN for any history, forecast and size (property)', () => {
    const point = fc.record({
      at: fc.integer({ min: at('2025-12-01'), max: at('2026-05-01') }),
      progress: fc.double({ min: 0, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { maxLength: 12 }),
        fc.option(fc.double({ min: 0, max: 5, noNaN: true })),
        fc.integer({ min: 0, max: 3000 }),
        fc.boolean(),
        (history, high, width, compact) => {
          const last = Math.max(...history.map((p) => p.at), at('2026-01-01'));
          const forecast =
            high === null ? null : { ...FORECAST, low: 0, high, value: high / 2, at: last };
          const series = trendSeries({ expected: 0.4, history, forecast }, CYCLE, MARKETING_NOW);
          const g = trendGeometry(series, { width, height: 120, compact });
          expect(JSON.stringify(g)).not.toMatch(/NaN|Infinity/);
          if (compact || width >= 120) expect(g.plot.right).toBeLessThanOrEqual(g.width);
          for (const p of g.points) {
            expect(p.y).toBeGreaterThanOrEqual(g.plot.top);
            expect(p.y).toBeLessThanOrEqual(g.plot.bottom);
          }
        },
      ),
    );
  });
});

describe('dateTicks', () => {
  const from = at('2026-01-01');
  const to = at('2026-04-01');
  it.each([
    [2, ['2026-01-01', '2026-04-01']],
    [4, ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01']],
    [
      7,
      [
        '2026-01-05',
        '2026-01-19',
        '2026-02-02',
        '2026-02-16',
        '2026-03-02',
        '2026-03-16',
        '2026-03-30',
      ],
    ],
  ])('takes the finest step with at most %i ticks', (count, expected) => {
    expect(
      dateTicks(from, to, count).map((t) => new Date(t.at).toISOString().slice(0, 10)),
    ).toEqual(expected);
  });

  it('ticks every Monday with room for 13, every day with room for 91', () => {
    const weekly = dateTicks(from, to, 13);
    expect(weekly).toHaveLength(13);
    expect(weekly.every((t) => new Date(t.at).getUTCDay() === 1)).toBe(true);
    expect(dateTicks(from, to, 91)).toHaveLength(91);
  });

  it('gives no ticks for an empty or reversed range', () => {
    expect(dateTicks(to, from, 5)).toEqual([]);
    expect(dateTicks(from, from, 5)).toEqual([]);
    expect(dateTicks(Number.NaN, to, 5)).toEqual([]);
  });
});

describe('describeTrend', () => {
  it('says where it rose from and to and the forecast band, in English and German', () => {
    const series = trendSeries(OBJECTIVE, CYCLE, '2026-02-15');
    expect(describeTrend(series, en)).toBe(
      'Rose from 20% to 40% over 3 check-ins; forecast 60%–100% by April 1.',
    );
    expect(describeTrend(series, de)).toBe(
      'Gestiegen von 20\u00a0% auf 40\u00a0% in 3 Check-ins; Prognose 60\u00a0%–100\u00a0% bis 1. April.',
    );
    expect(describeTrend(series, createFormatter({ locale: 'en-GB' }))).toBe(
      'Rose from 20% to 40% over 3 check-ins; forecast 60%–100% by 1 April.',
    );
  });

  it('describes the marketing scenario’s brand awareness from its weekly check-ins', () => {
    const report = analyzeOkrs(MARKETING, { now: MARKETING_NOW });
    const awareness = report.objectives.find((o) => o.id === 'awareness');
    const series = trendSeries(awareness as TrendObjective, report.cycle, report.now);
    expect(describeTrend(series, en)).toBe(
      'Rose from 10% to 50% over 6 check-ins; forecast 82%–114% by April 1.',
    );
  });

  it('says fell, stayed, one check-in and too few for a forecast', () => {
    const two = (a: number, b: number): TrendObjective => ({
      expected: 0.5,
      history: [
        { at: at('2026-01-11'), progress: a },
        { at: at('2026-01-18'), progress: b },
      ],
    });
    expect(describeTrend(trendSeries(two(0.4, 0.3), CYCLE, MARKETING_NOW), en)).toBe(
      'Fell from 40% to 30% over 2 check-ins; too few check-ins for a forecast.',
    );
    expect(describeTrend(trendSeries(two(0.302, 0.298), CYCLE, MARKETING_NOW), de)).toBe(
      'Unverändert bei 30\u00a0% in 2 Check-ins; zu wenige Check-ins für eine Prognose.',
    );
    const one = { expected: 0.5, history: [{ at: at('2026-01-11'), progress: 0.12 }] };
    expect(describeTrend(trendSeries(one, CYCLE, MARKETING_NOW), en)).toBe(
      'One check-in: 12% on January 11; too few check-ins for a forecast.',
    );
    expect(describeTrend(trendSeries(one, CYCLE, MARKETING_NOW), de)).toBe(
      'Ein Check-in: 12\u00a0% am 11. Januar; zu wenige Check-ins für eine Prognose.',
    );
  });

  it('gives one value when the band rounds to it, and the year when the cycle ends in another', () => {
    const exact = { ...OBJECTIVE, forecast: { ...FORECAST, low: 0.8, high: 0.8 } };
    expect(describeTrend(trendSeries(exact, CYCLE, MARKETING_NOW), en)).toBe(
      'Rose from 20% to 40% over 3 check-ins; forecast 80% by April 1.',
    );
    const next = { ...OBJECTIVE, forecast: { ...FORECAST, at: at('2027-01-15') } };
    expect(describeTrend(trendSeries(next, CYCLE, MARKETING_NOW), en)).toBe(
      'Rose from 20% to 40% over 3 check-ins; forecast 60%–100% by January 15, 2027.',
    );
  });

  it('gives nothing without check-ins', () => {
    expect(describeTrend(trendSeries({ expected: 0 }, CYCLE, MARKETING_NOW), en)).toBeNull();
  });

  it('decides the direction on whole percentages', () => {
    expect(trendDirection(0.122, 0.124)).toBe('flat');
    expect(trendDirection(0.12, 0.41)).toBe('rose');
    expect(trendDirection(0.5, 0.49)).toBe('fell');
  });
});

describe('trendSeries with a hostile objective', () => {
  it('gives an empty series where reading the history throws', () => {
    const objective = {
      expected: 0.5,
      get history(): never {
        throw new Error('no');
      },
    };
    const series = trendSeries(objective, CYCLE, MARKETING_NOW);
    expect([series.state, series.points, series.forecast]).toEqual(['no-history', [], null]);
  });
});
