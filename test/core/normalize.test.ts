import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyzeOkrs, type Report } from '../../src/core';
import { fromSchemaOutput, readValidObjective } from '../../src/core/normalize';
import { ObjectiveSchema } from '../../src/core/parse';
import { Q1_2026 } from '../fixtures/scenarios';

// Field values that are mostly valid, sometimes invalid or on the edge, mixed freely: a fully
// valid objective must come up often, and so must every way of being invalid.
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const unit = mostly(
  fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1)),
  fc.constantFrom(-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '0.5'),
);
const nonNegative = mostly(
  fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(0, -0, 5e-324)),
  fc.constantFrom(-1, Number.NaN, Number.NEGATIVE_INFINITY, '1'),
);
const finite = mostly(
  fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, 5e-324, -5e-324)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 'x'),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const text = mostly(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('', 7, null));
const date = mostly(
  fc.oneof(
    fc.constantFrom('2026-01-05', '2026-01-05T10:00:00+02:00', '2026-03-01T08:00'),
    fc.integer({ min: 1_767_000_000_000, max: 1_776_000_000_000 }),
  ),
  fc.constantFrom('2026-02-30', 'soon', new Date(Number.NaN), Number.NaN),
);
const keyResult = fc.record(
  {
    id: text,
    title: text,
    start: maybe(finite),
    target: maybe(finite),
    current: maybe(finite),
    progress: maybe(nonNegative),
    weight: maybe(nonNegative),
  },
  { requiredKeys: ['id', 'title'] },
);
const checkIn = fc.record(
  { at: date, progress: nonNegative, confidence: maybe(unit), note: maybe(text) },
  { requiredKeys: ['at', 'progress'] },
);
const objective = mostly(
  fc.record(
    {
      id: text,
      title: text,
      owner: maybe(text),
      team: maybe(text),
      type: maybe(mostly(fc.constantFrom('committed', 'aspirational'), fc.constant('stretch'))),
      weight: maybe(nonNegative),
      progress: maybe(nonNegative),
      keyResults: maybe(mostly(fc.array(keyResult, { maxLength: 3 }), fc.constant('none'))),
      confidence: maybe(unit),
      checkIns: maybe(mostly(fc.array(checkIn, { maxLength: 4 }), fc.constant({}))),
      createdAt: maybe(date),
    },
    { requiredKeys: ['id', 'title'] },
  ),
  fc.anything(),
);

describe('the fast path for valid objectives', () => {
  it('accepts exactly what the schema accepts, and reads it the same way', () => {
    let accepted = 0;
    fc.assert(
      fc.property(objective, (raw) => {
        const quick = readValidObjective(raw);
        const parsed = v.safeParse(ObjectiveSchema, raw);
        expect(quick !== null).toBe(parsed.success);
        if (quick) accepted++;
        if (quick && parsed.success) {
          expect({ ...quick, checkIns: [...quick.checkIns] }).toEqual(
            fromSchemaOutput(parsed.output),
          );
        }
      }),
      { numRuns: 3000 },
    );
    // Both sides of the equivalence were exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});

describe('the repair path (analyzeOkrs on an objective the fast path turns down)', () => {
  const analyze = (objectives: unknown[]) =>
    analyzeOkrs({ cycle: Q1_2026, objectives }, { now: '2026-02-15' });
  const issues = (report: Report) =>
    report.issues.map((issue) => [issue.path, issue.code, issue.severity]);

  it('keeps every good field of an objective repaired for its title', () => {
    const report = analyze([
      {
        id: 'r',
        title: '',
        owner: 'Ann',
        team: 'Growth',
        type: 'aspirational',
        weight: 2,
        confidence: 0.4,
        createdAt: '2026-01-05',
        progress: 0.25,
      },
    ]);
    expect(report.objectives[0]).toMatchObject({
      id: 'r',
      title: 'r',
      owner: 'Ann',
      team: 'Growth',
      type: 'aspirational',
      weight: 2,
      progress: 0.25,
      confidence: 0.4,
      createdAt: Date.UTC(2026, 0, 5),
    });
    expect(issues(report)).toEqual([['objectives[0].title', 'empty', 'warning']]);
  });

  it('repairs, raises, ignores or leaves out each key result as its fields allow', () => {
    const report = analyze([
      {
        id: 'r',
        title: 'R',
        owner: 7,
        keyResults: [
          // Repaired for its title: still measured from start, target and current.
          { id: 'k1', title: 7, start: 2, target: 12, current: 7, weight: 2 },
          { id: 'k2', title: 'K2', target: 10, current: 4, weight: -1 },
          { id: 'k3', title: 'K3', target: 10, current: 4, progress: -0.5 },
          { id: 'k4', title: 'K4', target: 10, current: 4, progress: 'x' },
          { id: 'k5', title: 'K5', target: 'x', current: 4 },
          { id: 'k6', title: 'K6', target: 'x', progress: 0.3 },
          { id: 'k1', title: 'again', progress: 0.1 },
          null,
        ],
      },
    ]);
    expect(report.objectives[0]?.keyResults).toEqual([
      { id: 'k1', title: 'k1', progress: 0.5, rawProgress: 0.5, weight: 2 },
      { id: 'k2', title: 'K2', progress: 0.4, rawProgress: 0.4, weight: 1 },
      { id: 'k3', title: 'K3', progress: 0, rawProgress: 0, weight: 1 },
      { id: 'k4', title: 'K4', progress: 0.4, rawProgress: 0.4, weight: 1 },
      { id: 'k6', title: 'K6', progress: 0.3, rawProgress: 0.3, weight: 1 },
    ]);
    // (0.5 · 2 + 0.4 + 0 + 0.4 + 0.3) / 6
    expect(report.objectives[0]?.progress).toBeCloseTo(0.35, 12);
    expect(report.objectives[0]?.owner).toBeUndefined();
    expect(issues(report)).toEqual([
      ['objectives[0].owner', 'wrong-type', 'warning'],
      ['objectives[0].keyResults[0].title', 'wrong-type', 'warning'],
      ['objectives[0].keyResults[1].weight', 'negative', 'warning'],
      ['objectives[0].keyResults[2].progress', 'negative', 'warning'],
      ['objectives[0].keyResults[3].progress', 'wrong-type', 'warning'],
      ['objectives[0].keyResults[4].target', 'wrong-type', 'error'],
      // A valid progress decides; the garbage target beside it is listed as ignored.
      ['objectives[0].keyResults[5].target', 'wrong-type', 'warning'],
      ['objectives[0].keyResults[6].id', 'duplicate-id', 'error'],
      ['objectives[0].keyResults[7]', 'wrong-type', 'error'],
    ]);
    expect(report.issues.map((issue) => issue.message.split('. ').at(-1))).toEqual([
      'The value is ignored.',
      'The default is used instead.',
      'The default is used instead.',
      'It counts as 0.',
      'The value is ignored.',
      'This key result is left out.',
      'The value is ignored.',
      'This key result is left out.',
      'This key result is left out.',
    ]);
  });

  it('keeps a check-in repaired for its confidence or note, leaves out one without a date', () => {
    const report = analyze([
      {
        id: 'c',
        title: 'C',
        progress: 0.3,
        checkIns: [
          { at: '2026-02-01', progress: 0.2, confidence: 2, note: 'kept' },
          { at: 'soon', progress: 0.3 },
          { at: '2026-01-20', progress: 0.1, note: 5 },
        ],
      },
    ]);
    expect(report.objectives[0]).toMatchObject({
      lastCheckIn: Date.UTC(2026, 1, 1),
      previousProgress: 0.1,
      confidence: null,
    });
    expect(issues(report)).toEqual([
      ['objectives[0].checkIns[0].confidence', 'out-of-range', 'warning'],
      ['objectives[0].checkIns[1].at', 'invalid-date', 'error'],
      ['objectives[0].checkIns[2].note', 'wrong-type', 'warning'],
    ]);
  });

  it('raises a negative objective progress to 0, ignores an infinite one, reads -0 as 0', () => {
    const report = analyze([
      { id: 'n', title: 'N', progress: -0.5 },
      { id: 'm', title: 'M', progress: Number.NEGATIVE_INFINITY },
      { id: 'w', title: 'W', weight: -0, progress: -0, keyResults: {}, checkIns: 'x' },
    ]);
    expect(report.objectives.map((o) => [o.id, o.progress, o.weight])).toEqual([
      ['n', 0, 1],
      ['m', 0, 1],
      ['w', 0, 0],
    ]);
    expect(Object.is(report.objectives[2]?.weight, 0)).toBe(true);
    expect(issues(report)).toEqual([
      ['objectives[0].progress', 'negative', 'warning'],
      ['objectives[1].progress', 'not-finite', 'warning'],
      ['objectives[1]', 'no-progress', 'warning'],
      ['objectives[2].keyResults', 'wrong-type', 'warning'],
      ['objectives[2].checkIns', 'wrong-type', 'warning'],
    ]);
  });

  it('leaves out a missing, non-object, id-less or repeated objective', () => {
    const report = analyze([
      { id: 'n', title: 'N', progress: 0.5 },
      null,
      undefined,
      7,
      { title: 'no id' },
      { id: 'n', title: 'again', progress: 0.5 },
    ]);
    expect(report.objectives.map((o) => o.title)).toEqual(['N']);
    expect(issues(report)).toEqual([
      ['objectives[1]', 'missing', 'error'],
      ['objectives[2]', 'missing', 'error'],
      ['objectives[3]', 'wrong-type', 'error'],
      ['objectives[4].id', 'missing', 'error'],
      ['objectives[5].id', 'duplicate-id', 'error'],
    ]);
    expect(report.issues[4]?.message).toBe(
      'objectives[5].id repeats an id used before. This objective is left out.',
    );
  });

  it('reads each bad value of a key result, check-in and objective once, as its first problem', () => {
    const report = analyze([
      {
        id: 'a',
        title: 'A',
        owner: 1,
        weight: Number.NEGATIVE_INFINITY,
        checkIns: [
          null,
          { at: '2026-02-01', progress: Number.NEGATIVE_INFINITY },
          { at: '2026-02-05', progress: 0.3, confidence: 0.2 },
        ],
        keyResults: [
          { id: 'k', title: 'K', progress: Number.NEGATIVE_INFINITY, target: 10, current: 4 },
          { id: 'n', title: 'N', progress: Number.NaN, target: 10, current: 5 },
          { id: 'c', title: 'C', progress: 0.3, current: 'x', start: 'y' },
          { id: '', title: 'E', progress: 0.3 },
          { id: 't', title: 9, target: 'x', current: 1 },
          { id: 'z', title: 'Z', start: 5, target: 3, current: 5, weight: -0 },
        ],
      },
    ]);
    const objective = report.objectives[0];
    // A bad progress is ignored for start, target and current; a valid one makes them unneeded;
    // (5 − 5) / (3 − 5) is -0 and reads as 0, as does a weight of -0.
    expect(objective?.keyResults).toEqual([
      { id: 'k', title: 'K', progress: 0.4, rawProgress: 0.4, weight: 1 },
      { id: 'n', title: 'N', progress: 0.5, rawProgress: 0.5, weight: 1 },
      { id: 'c', title: 'C', progress: 0.3, rawProgress: 0.3, weight: 1 },
      { id: 'z', title: 'Z', progress: 0, rawProgress: 0, weight: 0 },
    ]);
    const z = objective?.keyResults[3];
    expect([z?.progress, z?.rawProgress, z?.weight].map((n) => Object.is(n, 0))).toEqual([
      true,
      true,
      true,
    ]);
    // The valid check-in keeps its confidence on the repair path.
    expect(objective).toMatchObject({ confidence: 0.2, lastCheckIn: Date.UTC(2026, 1, 5) });
    expect(
      report.issues
        .filter((issue) => !issue.path.startsWith('objectives[0].keyResults[2]'))
        .map((issue) => [issue.path, issue.code, issue.severity, issue.message.split('. ').at(-1)]),
    ).toEqual([
      ['objectives[0].owner', 'wrong-type', 'warning', 'The value is ignored.'],
      ['objectives[0].weight', 'not-finite', 'warning', 'The default is used instead.'],
      ['objectives[0].keyResults[0].progress', 'not-finite', 'warning', 'The value is ignored.'],
      ['objectives[0].keyResults[1].progress', 'not-a-number', 'warning', 'The value is ignored.'],
      ['objectives[0].keyResults[3].id', 'empty', 'error', 'This key result is left out.'],
      // Only the fatal problem of a key result that is left out: not also its title.
      ['objectives[0].keyResults[4].target', 'wrong-type', 'error', 'This key result is left out.'],
      ['objectives[0].checkIns[0]', 'wrong-type', 'error', 'This check-in is left out.'],
      ['objectives[0].checkIns[1].progress', 'not-finite', 'error', 'This check-in is left out.'],
    ]);
  });

  // Issue 18: a number written as text is read as the number (with a warning), so '-0.5' is
  // raised to 0 as -0.5 is; it used to be ignored as a value of the wrong type.
  it('reads a progress given as text like the number: -0.5 is raised to 0', () => {
    const report = analyze([{ id: 'a', title: '', progress: '-0.5' }]);
    expect(report.objectives[0]?.progress).toBe(0);
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'objectives[0].progress',
        'number-as-text',
        'objectives[0].progress is a number written as text (‘-0.5’). It is read as -0.5.',
      ],
      [
        'objectives[0].title',
        'empty',
        'objectives[0].title must not be empty. The default is used instead.',
      ],
      [
        'objectives[0].progress',
        'negative',
        'objectives[0].progress must not be negative. It counts as 0.',
      ],
    ]);
  });

  it('turns down an otherwise valid objective with a key result or check-in that is not an object', () => {
    const report = analyze([
      {
        id: 'a',
        title: 'A',
        checkIns: [null, { at: '2026-02-05', progress: 0.3 }],
        keyResults: [null, { id: 'k', title: 'K', progress: 0.5 }],
      },
    ]);
    expect(report.objectives[0]?.keyResults).toEqual([
      { id: 'k', title: 'K', progress: 0.5, rawProgress: 0.5, weight: 1 },
    ]);
    expect(report.objectives[0]?.lastCheckIn).toBe(Date.UTC(2026, 1, 5));
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.severity])).toEqual([
      ['objectives[0].keyResults[0]', 'wrong-type', 'error'],
      ['objectives[0].checkIns[0]', 'wrong-type', 'error'],
    ]);
  });

  it('leaves out a check-in without a progress and ignores a bad confidence, saying so', () => {
    const report = analyze([
      {
        id: 'a',
        title: 'A',
        progress: 0.5,
        checkIns: [
          { at: '2026-02-01', progress: 0.2 },
          { at: '2026-02-05' },
          { at: '2026-02-08', progress: 0.4, confidence: 7 },
        ],
      },
    ]);
    expect(report.objectives[0]).toMatchObject({
      lastCheckIn: Date.UTC(2026, 1, 8),
      previousProgress: 0.2,
      confidence: null,
    });
    expect(report.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        'objectives[0].checkIns[1].progress',
        'missing',
        'objectives[0].checkIns[1].progress is missing. This check-in is left out.',
      ],
      [
        'objectives[0].checkIns[2].confidence',
        'out-of-range',
        'objectives[0].checkIns[2].confidence must be between 0 and 1. The value is ignored.',
      ],
    ]);
  });

  it('turns down a check-in that is not an object or has no progress, whatever else is valid', () => {
    const report = analyze([
      { id: 'a', title: 'A', progress: 0.5, checkIns: [null, { at: '2026-02-05', progress: 0.3 }] },
      {
        id: 'b',
        title: 'B',
        progress: 0.5,
        checkIns: [{ at: '2026-02-01', progress: 0.2 }, { at: '2026-02-05' }],
      },
    ]);
    expect(report.objectives.map((o) => [o.lastCheckIn, o.previousProgress])).toEqual([
      [Date.UTC(2026, 1, 5), null],
      [Date.UTC(2026, 1, 1), null],
    ]);
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['objectives[0].checkIns[0]', 'wrong-type'],
      ['objectives[1].checkIns[1].progress', 'missing'],
    ]);
  });

  it('reports a cycle whose end is not a date once', () => {
    const report = analyzeOkrs(
      { cycle: { start: '2026-04-01', end: 'soon' }, objectives: [] },
      { now: '2026-02-15' },
    );
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['cycle.end', 'invalid-date'],
    ]);
  });

  it('finds a repeated key result id among more than 16', () => {
    const many = Array.from({ length: 17 }, (_, index) => ({
      id: `k${index}`,
      title: 'K',
      progress: 0.5,
    }));
    expect(analyze([{ id: 'a', title: 'A', keyResults: many }]).issues).toEqual([]);
    const repeated = analyze([
      { id: 'a', title: 'A', keyResults: [...many, { id: 'k3', title: 'again', progress: 1 }] },
    ]);
    expect(repeated.objectives[0]?.keyResults).toHaveLength(17);
    expect(repeated.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['objectives[0].keyResults[17].id', 'duplicate-id'],
    ]);
  });

  it('says what it did about input it cannot analyse at all', () => {
    expect(analyzeOkrs(null, { now: '2026-02-15' }).issues[0]?.message).toBe(
      'The input is not an object with a cycle and a list of objectives. Nothing can be analysed.',
    );
    expect(analyzeOkrs({ cycle: Q1_2026 }, { now: '2026-02-15' }).issues).toEqual([
      {
        path: 'objectives',
        code: 'missing',
        severity: 'error',
        message: 'objectives is missing. Nothing can be analysed.',
      },
    ]);
  });

  it('warns when no objective is left', () => {
    expect(analyze([]).issues).toEqual([
      {
        path: 'objectives',
        code: 'no-objectives',
        severity: 'warning',
        message: 'There are no objectives to analyse.',
      },
    ]);
  });
});

describe('a check-in repaired for its note', () => {
  it('keeps the valid confidence of a check-in repaired for its note', () => {
    const report = analyzeOkrs(
      {
        cycle: Q1_2026,
        objectives: [
          {
            id: 'c',
            title: 'C',
            progress: 0.5,
            checkIns: [{ at: '2026-02-01', progress: 0.5, confidence: 0.2, note: 5 }],
          },
        ],
      },
      { now: '2026-02-15' },
    );
    expect(report.objectives[0]).toMatchObject({ confidence: 0.2, status: 'at-risk' });
  });
});
