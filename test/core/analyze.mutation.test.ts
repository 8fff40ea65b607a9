import { describe, expect, it } from 'vitest';
import { analyzeOkrs, type ObjectiveInput } from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';

// Q1 2026 runs 90 days from 2026-01-01: a day is 1/90 of the cycle.
const analyze = (objectives: ObjectiveInput[], now: string, options = {}) =>
  analyzeOkrs({ cycle: Q1_2026, objectives }, { now, ...options });
const one = (objective: Partial<ObjectiveInput>, now = '2026-02-15', options = {}) => {
  const found = analyze([{ id: 'o', title: 'O', ...objective }], now, options).objectives[0];
  if (!found) throw new Error('no objective');
  return found;
};
const day = 86_400_000;

describe('analyzeOkrs, field by field', () => {
  it('holds a committed objective to a bar of 1 and an aspirational one to 0.7', () => {
    expect(one({ progress: 0.35 })).toMatchObject({ bar: 1, attainment: 0.35, type: 'committed' });
    expect(one({ progress: 0.35, type: 'aspirational' })).toMatchObject({
      bar: 0.7,
      attainment: 0.5,
      projection: 0.7,
      status: 'on-track',
    });
    expect(one({ progress: 0.9, type: 'aspirational' }).attainment).toBe(1);
    const thresholds = { committedBar: 0.8, aspirationalBar: 0.5 };
    expect(one({ progress: 0.4 }, '2026-02-15', { thresholds }).bar).toBe(0.8);
    expect(
      one({ progress: 0.4, type: 'aspirational' }, '2026-02-15', { thresholds }),
    ).toMatchObject({ bar: 0.5, attainment: 0.8 });
  });

  it('calls a done objective completed early up to exactly 75 % of the cycle', () => {
    // 67.5 days in is 75 %.
    expect(one({ progress: 1 }, '2026-03-09T12:00:00Z')).toMatchObject({
      status: 'done',
      completedEarly: true,
    });
    expect(one({ progress: 1 }, '2026-03-09T13:00:00Z').completedEarly).toBe(false);
    expect(one({ progress: 0.99 }, '2026-01-20').completedEarly).toBe(false);
    expect(
      one({ progress: 1 }, '2026-03-20', { thresholds: { completedEarlyBy: 0.9 } }).completedEarly,
    ).toBe(true);
  });

  it('explains the status in words', () => {
    expect(one({ progress: 1 }).explanation).toEqual({
      id: 'explain.done',
      values: { progress: 1 },
      text: '100% complete: the objective has reached its target (done rule).',
    });
    expect(one({ progress: 0.45 }).explanation.text).toBe(
      'Projected to reach 90% by the end of the cycle; success is 100% (projection rule).',
    );
  });

  it('reads the median gap between check-ins, sorted, up to now', () => {
    const checkIns = (days: number[]) =>
      days.map((d, index) => ({ at: Date.UTC(2026, 0, 1) + d * day, progress: 0.1 * (index + 1) }));
    // Gaps 10, 2 and 5 days: median 5. A later check-in does not count yet.
    expect(one({ progress: 0.4, checkIns: checkIns([0, 10, 12, 17, 60]) }).checkInGapDays).toBe(5);
    // Gaps 10, 2, 5, 8: median 6.5.
    expect(one({ progress: 0.5, checkIns: checkIns([0, 10, 12, 17, 25]) }).checkInGapDays).toBe(
      6.5,
    );
    expect(one({ progress: 0.5, checkIns: checkIns([3]) }).checkInGapDays).toBeNull();
    expect(one({ progress: 0.5, checkIns: checkIns([3, 13]) }).checkInGapDays).toBe(10);
    expect(one({ progress: 0.5 }).checkInGapDays).toBeNull();
  });

  it('sorts the gaps of many check-ins before taking their median', () => {
    // 69 gaps: 34 of half a day, one of 3 days, 34 of 2 days; sorted, the middle one is 2 days.
    const gaps = [...Array(34).fill(0.5), 3, ...Array(34).fill(2)];
    const days = [0];
    for (const gap of gaps) days.push((days.at(-1) ?? 0) + gap);
    const checkIns = days.map((d) => ({ at: Date.UTC(2025, 9, 1) + d * day, progress: 0.2 }));
    expect(one({ progress: 0.5, checkIns }).checkInGapDays).toBe(2);
  });

  it('reads the median gap of many check-ins the same way', () => {
    // 70 check-ins: 69 gaps, 35 of half a day and 34 of one day: median half a day.
    const days = Array.from({ length: 70 }, (_, index) => (index <= 35 ? index / 2 : index - 17.5));
    const checkIns = days.map((d) => ({ at: Date.UTC(2025, 9, 1) + d * day, progress: 0.2 }));
    expect(one({ progress: 0.5, checkIns }).checkInGapDays).toBe(0.5);
    // 35 of one day and 34 of half a day: median one day.
    const other = Array.from({ length: 70 }, (_, index) =>
      index <= 35 ? index : 35 + (index - 35) / 2,
    );
    const more = other.map((d) => ({ at: Date.UTC(2025, 9, 1) + d * day, progress: 0.2 }));
    expect(one({ progress: 0.5, checkIns: more }).checkInGapDays).toBe(1);
  });

  it('counts whole days since the latest check-in and takes the one before for movement', () => {
    const objective = one({
      progress: 0.5,
      checkIns: [
        { at: '2026-02-01T00:00:00Z', progress: -0 },
        { at: '2026-02-01T12:00:00Z', progress: 0.4 },
      ],
    });
    // 13.5 days.
    expect(objective).toMatchObject({
      daysSinceCheckIn: 13,
      lastCheckIn: Date.UTC(2026, 1, 1, 12),
      previousProgress: 0,
      stale: false,
    });
    expect(Object.is(objective.previousProgress, 0)).toBe(true);
    expect(one({ progress: 0.5, checkIns: [{ at: '2026-02-01', progress: 0.4 }] })).toMatchObject({
      previousProgress: null,
      daysSinceCheckIn: 14,
    });
  });

  it('sorts check-ins by date, whether dated by numbers or by text', () => {
    const at = (date: string) => Date.parse(`${date}T00:00:00Z`);
    const numeric = one({
      progress: 0.5,
      checkIns: [
        { at: at('2026-02-10'), progress: 0.4 },
        { at: at('2026-02-01'), progress: 0.3 },
        { at: at('2026-01-20'), progress: 0.1 },
      ],
    });
    const text = one({
      progress: 0.5,
      checkIns: [
        { at: '2026-02-10', progress: 0.4 },
        { at: '2026-01-20', progress: 0.1 },
        { at: at('2026-02-01'), progress: 0.3 },
      ],
    });
    for (const objective of [numeric, text]) {
      expect(objective).toMatchObject({
        lastCheckIn: at('2026-02-10'),
        previousProgress: 0.3,
        daysSinceCheckIn: 5,
        checkInGapDays: 10.5,
      });
    }
  });

  it('takes the tuned staleness and stall limits', () => {
    const checkIns = [0, 5, 10].map((d) => ({ at: Date.UTC(2026, 1, 1) + d * day, progress: 0.3 }));
    const thresholds = { staleAfterDays: 3, stallMinDays: 10 };
    expect(one({ progress: 0.3, checkIns })).toMatchObject({ stale: false, stall: null });
    expect(one({ progress: 0.3, checkIns }, '2026-02-15', { thresholds })).toMatchObject({
      stale: true,
      stall: { progress: 0.3, checkIns: 3, days: 10 },
    });
  });

  it('finds no stall in a done objective', () => {
    const checkIns = [0, 7, 14].map((d) => ({ at: Date.UTC(2026, 0, 20) + d * day, progress: 1 }));
    expect(one({ progress: 1, checkIns }).stall).toBeNull();
  });

  it('reads expected progress from the pace, clamping one outside 0..1', () => {
    expect(one({ progress: 0.5 }, '2026-02-15', { pace: (t: number) => t * t })).toMatchObject({
      expected: 0.25,
      projection: 2,
    });
    for (const [value, expected] of [
      [1.5, 1],
      [-0.5, 0],
    ] as const) {
      const report = analyze([{ id: 'o', title: 'O', progress: 0.5 }], '2026-02-15', {
        pace: () => value,
      });
      expect(report.objectives[0]?.expected).toBe(expected);
      expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
        ['options.pace', 'invalid-pace'],
      ]);
    }
  });

  it('warns about zero weights only when no objective weighs anything', () => {
    const codes = (weights: number[]) =>
      analyze(
        weights.map((weight, index) => ({ id: `o${index}`, title: 'O', progress: 0.5, weight })),
        '2026-02-15',
      ).issues.map((issue) => issue.code);
    expect(codes([0, 0])).toEqual(['zero-weights']);
    expect(codes([0, 1])).toEqual([]);
    expect(analyze([], '2026-02-15').issues.map((issue) => issue.code)).toEqual(['no-objectives']);
  });

  it('takes a pace of exactly 0 or 1 as it is', () => {
    for (const value of [0, 1]) {
      const report = analyze([{ id: 'o', title: 'O', progress: 0.5 }], '2026-02-15', {
        pace: () => value,
      });
      expect(report.objectives[0]?.expected).toBe(value);
      expect(report.issues).toEqual([]);
    }
  });

  it('hands every status rule the expected progress and elapsed time', () => {
    // Progress at the pace: on track by the pace ratio and by the gap in points.
    expect(one({ progress: 0.5 }, '2026-02-15', { statusRules: 'pace-ratio' })).toMatchObject({
      status: 'on-track',
      explanation: { values: { ratio: 1, onTrack: 0.95, behind: 0.75 } },
    });
    expect(one({ progress: 0.45 }, '2026-02-15', { statusRules: 'gap-points' })).toMatchObject({
      status: 'on-track',
      explanation: { values: { progress: 0.45, expected: 0.5, gap: 5 } },
    });
    expect(one({ progress: 0 }, '2026-01-05').explanation).toMatchObject({
      id: 'explain.not-started',
      values: { progress: 0, elapsed: 4 / 90 },
    });
  });

  it('reads a confidence of -0 as 0', () => {
    const objective = one({
      progress: 0.5,
      checkIns: [{ at: '2026-02-01', progress: 0.5, confidence: -0 }],
    });
    expect(Object.is(objective.confidence, 0)).toBe(true);
  });

  it('gives host rules an empty cycle at now when there is no cycle', () => {
    let seen: unknown;
    analyzeOkrs(null, {
      now: '2026-02-15',
      suggestionRules: [
        {
          id: 'spy',
          evaluate: ({ cycle }) => {
            seen = cycle;
            return [];
          },
        },
      ],
    });
    expect(seen).toEqual({ start: Date.UTC(2026, 1, 15), end: Date.UTC(2026, 1, 15) });
  });

  it('words the issues about its options', () => {
    const objectives = [{ id: 'a', title: 'A', progress: 0.5, weight: 0 }];
    const report = analyze(objectives, 'tomorrow', { pace: () => 2 });
    expect(report.issues).toEqual([
      {
        path: 'options.now',
        code: 'invalid-date',
        severity: 'warning',
        message:
          'options.now is not a date: use an ISO 8601 text such as 2026-01-31, epoch milliseconds or a Date. The default is used instead.',
      },
      {
        path: 'options.pace',
        code: 'invalid-pace',
        severity: 'warning',
        message:
          'The pace function gave a value that is not a number between 0 and 1. The default is used instead.',
      },
      {
        path: 'objectives',
        code: 'zero-weights',
        severity: 'warning',
        message:
          'All weights are 0, so every objective counts the same. The default is used instead.',
      },
    ]);
  });

  it('passes the status, balance and suggestion options on', () => {
    const objectives = [
      { id: 'a', title: 'A', progress: 0.3 },
      { id: 'b', title: 'B', progress: 0.5 },
    ];
    const report = analyze(objectives, '2026-02-15', {
      statusRules: 'score-bands',
      balanceThresholds: { balanced: 0.95 },
      suggestionThresholds: { maxObjectives: 1 },
    });
    expect(report.objectives.map((o) => [o.status, o.rule])).toEqual([
      ['at-risk', 'score-bands'],
      ['on-track', 'score-bands'],
    ]);
    // σ = 0.1: a score of 0.8, balanced by default, uneven under a bar of 0.95.
    expect(report.balance).toMatchObject({ level: 'uneven' });
    expect(report.balance.score).toBeCloseTo(0.8, 12);
    expect(report.suggestions.map((s) => s.causeId)).toContain('leader.shifts-focus');
  });

  it('gives the cycle in ISO form, with its label only when it has one', () => {
    const unlabelled = analyzeOkrs(
      { cycle: { start: '2026-01-01', end: '2026-04-01' }, objectives: [] },
      { now: '2026-02-15' },
    );
    expect(unlabelled.cycle).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
    });
    expect(Object.keys(unlabelled.cycle ?? {})).toEqual(['start', 'end']);
    expect(analyzeOkrs(null, { now: '2026-02-15' })).toMatchObject({
      cycle: null,
      elapsed: 0,
      objectives: [],
      suggestions: [],
      locale: 'en',
    });
    expect(analyzeOkrs(null, { now: '2026-02-15', locale: 'de' }).locale).toBe('de');
  });
});
