import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeOkrs, type Issue, type ObjectiveInput, type Report } from '../../src/core';
import { COMPANY, COMPANY_NOW, Q1_2026 } from '../fixtures/scenarios';

const NOW = '2026-02-15';
const good: ObjectiveInput = { id: 'good', title: 'A valid objective', progress: 0.5 };
/** Analyses `objective` next to a valid one. */
const withGood = (objective: unknown): Report =>
  analyzeOkrs({ cycle: Q1_2026, objectives: [good, objective] }, { now: NOW });
const issueAt = (report: Report, path: string): Issue | undefined =>
  report.issues.find((issue) => issue.path === path);
const ids = (report: Report) => report.objectives.map((o) => o.id);

/** Every number anywhere in a value, with its path. */
function numbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => numbers(inner, `${path}.${key}`));
}
function expectClean(report: Report) {
  expect(numbers(report).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
  const text = JSON.stringify(report);
  expect(text).not.toMatch(/NaN|Infinity/);
  expect(JSON.parse(text)).toEqual(report);
}

describe('analyzeOkrs on bad input', () => {
  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'okrs'],
    ['an array', []],
    ['undefined', undefined],
  ])('reports %s as invalid input and analyses nothing', (_, input) => {
    const report = analyzeOkrs(input, { now: NOW });
    expect(report.issues).toEqual([
      {
        path: '',
        code: 'invalid-input',
        severity: 'error',
        message:
          'The input is not an object with a cycle and a list of objectives. Nothing can be analysed.',
      },
    ]);
    expect(report.objectives).toEqual([]);
    expect(report.balance.score).toBeNull();
    expectClean(report);
  });

  it('reports missing and non-array objectives', () => {
    const missing = analyzeOkrs({ cycle: Q1_2026 }, { now: NOW });
    expect(missing.issues).toEqual([
      expect.objectContaining({ path: 'objectives', code: 'missing' }),
    ]);
    const notArray = analyzeOkrs({ cycle: Q1_2026, objectives: { a: 1 } }, { now: NOW });
    expect(notArray.issues).toEqual([
      expect.objectContaining({ path: 'objectives', code: 'wrong-type', severity: 'error' }),
    ]);
  });

  it('gives a null balance with an issue for no objectives', () => {
    const report = analyzeOkrs({ cycle: Q1_2026, objectives: [] }, { now: NOW });
    expect(report.balance).toMatchObject({ score: null, level: null, spread: null, leaders: [] });
    expect(report.issues).toEqual([
      expect.objectContaining({ path: 'objectives', code: 'no-objectives', severity: 'warning' }),
    ]);
    expectClean(report);
  });

  it.each([
    ['ends before it starts', { start: '2026-04-01', end: '2026-01-01' }],
    ['has zero length', { start: '2026-01-01', end: '2026-01-01' }],
  ])('reports a cycle that %s', (_, cycle) => {
    const report = analyzeOkrs({ cycle, objectives: [good] }, { now: NOW });
    expect(report.issues).toEqual([
      {
        path: 'cycle.end',
        code: 'cycle-order',
        severity: 'error',
        message: 'The cycle must end after it starts. Nothing can be analysed.',
      },
    ]);
    expect(report.objectives).toEqual([]);
    expect(report.elapsed).toBe(0);
    expectClean(report);
  });

  it.each([
    ['not a date', 'soon'],
    ['31 February', '2026-02-31'],
    ['an invalid Date', new Date(Number.NaN)],
    ['NaN', Number.NaN],
  ])('reports a cycle start that is %s', (_, start) => {
    const report = analyzeOkrs(
      { cycle: { start, end: '2026-04-01' }, objectives: [good] },
      { now: NOW },
    );
    expect(issueAt(report, 'cycle.start')).toMatchObject({
      code: 'invalid-date',
      severity: 'error',
    });
    expect(issueAt(report, 'cycle.start')?.message).toMatch(/^cycle\.start is not a date/);
    expectClean(report);
  });

  // Issue 18: a locale format is named (test/core/spreadsheet-values.test.ts has the message).
  it('reports a cycle start in a locale format as one, not guessed', () => {
    const report = analyzeOkrs(
      { cycle: { start: '02/01/2026', end: '2026-04-01' }, objectives: [good] },
      { now: NOW },
    );
    expect(issueAt(report, 'cycle.start')).toMatchObject({
      code: 'date-format',
      severity: 'error',
    });
    expect(report.objectives).toEqual([]);
    expectClean(report);
  });

  it('reports a missing cycle', () => {
    const report = analyzeOkrs({ objectives: [good] }, { now: NOW });
    expect(report.issues).toEqual([
      {
        path: 'cycle',
        code: 'missing',
        severity: 'error',
        message: 'cycle is missing. Nothing can be analysed.',
      },
    ]);
  });

  it.each([
    ['NaN', Number.NaN, 'not-a-number', 'objectives[1].progress is not a number.'],
    [
      'Infinity',
      Number.POSITIVE_INFINITY,
      'not-finite',
      'objectives[1].progress is not a finite number.',
    ],
    // Issue 18: text that is a number ('0.4') is read; text that is none is not.
    ['text that is no number', 'forty', 'wrong-type', 'objectives[1].progress should be a number.'],
  ])('ignores an objective progress that is %s, counting it as 0', (_, progress, code, message) => {
    const report = withGood({ id: 'bad', title: 'Bad progress', progress });
    expect(ids(report)).toEqual(['good', 'bad']);
    expect(report.objectives[1]?.progress).toBe(0);
    expect(issueAt(report, 'objectives[1].progress')).toEqual({
      path: 'objectives[1].progress',
      code,
      severity: 'warning',
      message: `${message} The value is ignored.`,
    });
    expect(issueAt(report, 'objectives[1]')).toMatchObject({
      code: 'no-progress',
      severity: 'warning',
    });
    expectClean(report);
  });

  it('raises a negative objective progress to 0', () => {
    const report = withGood({ id: 'bad', title: 'Negative', progress: -0.2 });
    expect(report.objectives[1]?.progress).toBe(0);
    expect(issueAt(report, 'objectives[1].progress')).toMatchObject({
      code: 'negative',
      message: 'objectives[1].progress must not be negative. It counts as 0.',
    });
  });

  it('leaves out a key result with a bad target and keeps the others', () => {
    const report = withGood({
      id: 'o',
      title: 'Objective',
      keyResults: [
        { id: 'a', title: 'Bad target', target: Number.NaN, current: 3 },
        { id: 'b', title: 'Fine', target: 10, current: 5 },
        { id: 'c', title: 'Text current', target: 10, current: 'five' },
      ],
    });
    expect(report.objectives[1]?.keyResults.map((kr) => kr.id)).toEqual(['b']);
    expect(report.objectives[1]?.progress).toBe(0.5);
    expect(issueAt(report, 'objectives[1].keyResults[0].target')).toEqual({
      path: 'objectives[1].keyResults[0].target',
      code: 'not-a-number',
      severity: 'error',
      message: 'objectives[1].keyResults[0].target is not a number. This key result is left out.',
    });
    expect(issueAt(report, 'objectives[1].keyResults[2].current')).toMatchObject({
      code: 'wrong-type',
    });
    expectClean(report);
  });

  it('leaves out a key result whose target equals its start, unless it has a progress', () => {
    const report = withGood({
      id: 'o',
      title: 'Objective',
      keyResults: [
        { id: 'flat', title: 'Flat', start: 5, target: 5, current: 5 },
        { id: 'given', title: 'Given', start: 5, target: 5, current: 5, progress: 0.4 },
      ],
    });
    expect(report.objectives[1]?.keyResults.map((kr) => [kr.id, kr.progress])).toEqual([
      ['given', 0.4],
    ]);
    expect(issueAt(report, 'objectives[1].keyResults[0].target')).toMatchObject({
      code: 'empty-range',
      severity: 'error',
    });
    expect(issueAt(report, 'objectives[1].keyResults[0].target')?.message).toContain(
      'target and start are equal',
    );
  });

  it('keeps the raw value of a key result that moved the wrong way and counts it as 0', () => {
    const report = withGood({
      id: 'o',
      title: 'Objective',
      keyResults: [{ id: 'kr', title: 'Churn', start: 5, target: 3, current: 6 }],
    });
    expect(report.objectives[1]?.keyResults[0]).toMatchObject({ progress: 0, rawProgress: -0.5 });
    expect(report.issues).toEqual([]);
  });

  it('replaces a negative or non-numeric weight with 1', () => {
    const report = withGood({ id: 'w', title: 'Weighted', progress: 0.5, weight: -2 });
    expect(report.objectives[1]?.weight).toBe(1);
    expect(issueAt(report, 'objectives[1].weight')).toMatchObject({
      code: 'negative',
      severity: 'warning',
      message: 'objectives[1].weight must not be negative. The default is used instead.',
    });
  });

  it.each([
    [1.5, 'out-of-range'],
    [-0.1, 'out-of-range'],
    [Number.NaN, 'not-a-number'],
  ])('ignores a confidence of %d', (confidence, code) => {
    const report = withGood({ id: 'c', title: 'Confident', progress: 0.5, confidence });
    expect(report.objectives[1]).toMatchObject({ confidence: null, status: 'on-track' });
    expect(issueAt(report, 'objectives[1].confidence')).toMatchObject({
      code,
      severity: 'warning',
      message: `objectives[1].confidence ${code === 'out-of-range' ? 'must be between 0 and 1' : 'is not a number'}. The value is ignored.`,
    });
  });

  it('leaves out an objective with a missing or empty id, and a repeated one', () => {
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: [
          good,
          { title: 'No id', progress: 0.2 },
          { id: '', title: 'Empty id' },
          { ...good, title: 'Again' },
        ],
      },
      { now: NOW },
    );
    expect(ids(report)).toEqual(['good']);
    expect(report.objectives[0]?.title).toBe('A valid objective');
    expect(report.issues).toEqual([
      {
        path: 'objectives[1].id',
        code: 'missing',
        severity: 'error',
        message: 'objectives[1].id is missing. This objective is left out.',
      },
      expect.objectContaining({ path: 'objectives[2].id', code: 'empty', severity: 'error' }),
      {
        path: 'objectives[3].id',
        code: 'duplicate-id',
        severity: 'error',
        message: 'objectives[3].id repeats an id used before. This objective is left out.',
      },
    ]);
  });

  it('uses the id for a missing title and leaves out objectives that are not objects', () => {
    const report = analyzeOkrs(
      { cycle: Q1_2026, objectives: [{ id: 'untitled', progress: 0.4 }, null, 'text'] },
      { now: NOW },
    );
    expect(report.objectives.map((o) => o.title)).toEqual(['untitled']);
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['objectives[0].title', 'missing', 'warning'],
      ['objectives[1]', 'missing', 'error'],
      ['objectives[2]', 'wrong-type', 'error'],
    ]);
  });

  it('keeps every number finite for weights and progress near the largest double', () => {
    const huge = Number.MAX_VALUE;
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: [
          { id: 'a', title: 'A', progress: 0.2, weight: huge },
          { id: 'b', title: 'B', progress: 0.8, weight: huge },
          {
            id: 'c',
            title: 'C',
            keyResults: [
              { id: 'k1', title: 'K1', progress: 0.2, weight: huge },
              { id: 'k2', title: 'K2', progress: 0.6, weight: huge / 2 },
            ],
          },
          { id: 'd', title: 'D', progress: huge },
        ],
      },
      { now: NOW },
    );
    expectClean(report);
    // Their total overflows, yet the weights still count 2 : 1: (0.2 · 2 + 0.6) / 3, where the
    // plain mean would be 0.4.
    expect(report.objectives[2]?.progress).toBeCloseTo(1 / 3, 12);
    expect(report.objectives[2]?.keyResults.map((kr) => kr.weight)).toEqual([huge, huge / 2]);
    expect(report.objectives[3]?.projection).toBe(Number.MAX_VALUE);
    // The huge weights of a and b leave c and d next to nothing: their weighted mean is 0.5,
    // σ is 0.3 and the score 1 − 2σ (it read 1, "balanced", when the total overflowed).
    expect(report.balance).toMatchObject({ min: 0.2, max: 1 });
    expect(report.balance.mean).toBeCloseTo(0.5, 12);
    expect(report.balance.stdDev).toBeCloseTo(0.3, 12);
    expect(report.balance.score).toBeCloseTo(0.4, 12);
  });

  it('takes an id or title of white space alone as empty', () => {
    const report = withGood({
      id: 'spaces',
      title: ' \t ',
      progress: 0.4,
      keyResults: [
        { id: '  ', title: 'Blank id', target: 10, current: 5 },
        { id: 'kr', title: '\n', target: 10, current: 5 },
      ],
    });
    const blank = withGood({ id: '   ', title: 'Blank id', progress: 0.4 });
    // The objective is kept under its id; the key result without an id is left out, the one
    // without a title is named by its id.
    expect(report.objectives[1]).toMatchObject({ id: 'spaces', title: 'spaces' });
    // The key result repaired for its title keeps its values: (5 − 0) / (10 − 0).
    expect(report.objectives[1]?.keyResults).toEqual([
      { id: 'kr', title: 'kr', progress: 0.5, rawProgress: 0.5, weight: 1 },
    ]);
    expect(report.objectives[1]?.progress).toBe(0.5);
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['objectives[1].title', 'empty', 'warning'],
      ['objectives[1].keyResults[0].id', 'empty', 'error'],
      ['objectives[1].keyResults[1].title', 'empty', 'warning'],
    ]);
    expect(ids(blank)).toEqual(['good']);
    expect(issueAt(blank, 'objectives[1].id')).toMatchObject({ code: 'empty', severity: 'error' });
  });

  it('leaves out repeated key result ids', () => {
    const kr = { id: 'kr', title: 'KR', target: 10, current: 5 };
    const report = withGood({ id: 'o', title: 'O', keyResults: [kr, { ...kr, current: 10 }] });
    expect(report.objectives[1]?.keyResults).toHaveLength(1);
    expect(issueAt(report, 'objectives[1].keyResults[1].id')).toMatchObject({
      code: 'duplicate-id',
    });
  });

  it('sorts check-ins given in any order', () => {
    const report = withGood({
      id: 'o',
      title: 'O',
      progress: 0.3,
      checkIns: [
        { at: '2026-02-08', progress: 0.3 },
        { at: '2026-01-25', progress: 0.1 },
        { at: Date.UTC(2026, 1, 1), progress: 0.2 },
      ],
    });
    expect(report.objectives[1]?.stall).toBeNull();
    expect(report.objectives[1]).toMatchObject({
      previousProgress: 0.2,
      lastCheckIn: Date.UTC(2026, 1, 8),
      daysSinceCheckIn: 7,
    });
  });

  it('leaves out check-ins with bad dates or progress and keeps the rest', () => {
    const report = withGood({
      id: 'o',
      title: 'O',
      progress: 0.3,
      checkIns: [
        { at: 'last week', progress: 0.2 },
        { at: '2026-02-01', progress: Number.POSITIVE_INFINITY },
        { at: '2026-02-08', progress: 0.3, confidence: 7 },
      ],
    });
    expect(report.objectives[1]).toMatchObject({
      lastCheckIn: Date.UTC(2026, 1, 8),
      previousProgress: null,
    });
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['objectives[1].checkIns[0].at', 'invalid-date', 'error'],
      ['objectives[1].checkIns[1].progress', 'not-finite', 'error'],
      ['objectives[1].checkIns[2].confidence', 'out-of-range', 'warning'],
    ]);
  });

  describe('with the clock at 2026-03-01 12:00 UTC', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('ignores a bad now and falls back to the current time', () => {
      vi.useFakeTimers({ now: Date.UTC(2026, 2, 1, 12) });
      const report = analyzeOkrs(COMPANY, { now: 'tomorrow' });
      expect(issueAt(report, 'options.now')).toMatchObject({
        code: 'invalid-date',
        severity: 'warning',
      });
      expect(report.now).toBe('2026-03-01T12:00:00.000Z');
      // 59.5 of the cycle's 90 days.
      expect(report.elapsed).toBeCloseTo(59.5 / 90, 12);
    });

    it('takes the current time when no now is given, without an issue', () => {
      vi.useFakeTimers({ now: Date.UTC(2026, 2, 1, 12) });
      const report = analyzeOkrs(COMPANY);
      expect(report.now).toBe('2026-03-01T12:00:00.000Z');
      expect(report.issues).toEqual([]);
    });
  });

  it('clamps a pace that leaves 0..1 and says so', () => {
    const report = analyzeOkrs(COMPANY, { now: COMPANY_NOW, pace: () => Number.NaN });
    expect(issueAt(report, 'options.pace')).toMatchObject({ code: 'invalid-pace' });
    expect(report.objectives[0]?.expected).toBeCloseTo(0.6, 12);
    expectClean(report);
  });

  it('analyses a deep-frozen input without changing it', () => {
    const frozen = deepFreeze(structuredClone(COMPANY));
    const before = structuredClone(frozen);
    const report = analyzeOkrs(frozen, { now: COMPANY_NOW });
    expect(frozen).toEqual(before);
    expect(report.objectives).toHaveLength(5);
    expect(report.issues).toEqual([]);
  });

  it('analyses every valid objective next to many bad ones', () => {
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: [
          { id: 'a', title: 'A', progress: Number.NaN },
          good,
          {
            id: 'b',
            title: 'B',
            keyResults: 'none',
            checkIns: 3,
            weight: 'heavy',
            type: 'stretch',
          },
          { ...good, id: 'c' },
          42,
        ],
      },
      { now: NOW },
    );
    expect(ids(report)).toEqual(['a', 'good', 'b', 'c']);
    expect(report.objectives.find((o) => o.id === 'b')).toMatchObject({
      type: 'committed',
      weight: 1,
    });
    expect(report.balance.score).not.toBeNull();
    expect(report.issues.map((issue) => issue.message)).toEqual([
      'objectives[0].progress is not a number. The value is ignored.',
      'objectives[0] has neither key results nor a progress value. Its progress counts as 0.',
      'objectives[2].type must be ‘committed’ or ‘aspirational’. The default is used instead.',
      'objectives[2].weight should be a number. The default is used instead.',
      'objectives[2].keyResults should be a valid value. The value is ignored.',
      'objectives[2].checkIns should be a valid value. The value is ignored.',
      'objectives[2] has neither key results nor a progress value. Its progress counts as 0.',
      'objectives[4] should be a valid value. This objective is left out.',
    ]);
    expectClean(report);
  });

  it('counts every objective the same when all weights are 0', () => {
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: [
          { id: 'a', title: 'A', progress: 0.2, weight: 0 },
          { id: 'b', title: 'B', progress: 0.8, weight: 0 },
        ],
      },
      { now: NOW },
    );
    expect(report.balance.mean).toBeCloseTo(0.5, 12);
    expect(issueAt(report, 'objectives')).toMatchObject({
      code: 'zero-weights',
      severity: 'warning',
    });
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
