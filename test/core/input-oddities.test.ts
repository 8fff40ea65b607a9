import { describe, expect, it } from 'vitest';
import { analyzeOkrs, type ObjectiveInput, parseOkrSet, toEpochMs } from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';
import { expectClean, issueList } from './helpers';

// 2026-02-15 is half of Q1 2026.
const NOW = '2026-02-15';
const good: ObjectiveInput = { id: 'good', title: 'Good', progress: 0.5 };
const analyze = (objectives: unknown[]) =>
  analyzeOkrs({ cycle: Q1_2026, objectives }, { now: NOW });

function throwingGetter(key: string, value: Record<string, unknown>) {
  return Object.defineProperty({ ...value }, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key}`);
    },
  });
}
const throwingProxy = (target: object) =>
  new Proxy(target, {
    get() {
      throw new Error('trap');
    },
  });
function revokedProxy(target: object) {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}
function throwingDate() {
  const date = new Date(Date.UTC(2026, 0, 10));
  date.getTime = () => {
    throw new Error('getTime');
  };
  return date;
}

describe('holes in lists', () => {
  it('reports a hole in keyResults like a hole in objectives, on the fast path too', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const keyResults = [, { id: 'k', title: 'K', progress: 0.8 }];
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const report = analyze([, { id: 'a', title: 'A', keyResults }]);
    expect(issueList(report)).toEqual([
      ['objectives[0]', 'missing', 'error'],
      ['objectives[1].keyResults[0]', 'missing', 'error'],
    ]);
    expect(report.issues[1]?.message).toBe(
      'objectives[1].keyResults[0] is missing. This key result is left out.',
    );
    expect(report.objectives[0]?.progress).toBe(0.8);
    expectClean(report);
  });

  it('reports a hole in checkIns and keeps the other check-ins', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const checkIns = [{ at: '2026-01-10', progress: 0.1 }, , { at: '2026-02-10', progress: 0.3 }];
    const report = analyze([{ id: 'a', title: 'A', progress: 0.3, checkIns }]);
    expect(issueList(report)).toEqual([['objectives[0].checkIns[1]', 'missing', 'error']]);
    expect(report.objectives[0]).toMatchObject({
      previousProgress: 0.1,
      lastCheckIn: Date.UTC(2026, 1, 10),
    });
  });
});

describe('input that throws when read', () => {
  it.each([
    ['a throwing getter', throwingGetter('title', { id: 'x', progress: 0.2 })],
    ['a proxy whose traps throw', throwingProxy({ id: 'x', title: 'X' })],
    ['a revoked proxy', revokedProxy({ id: 'x', title: 'X' })],
    [
      'a createdAt whose getTime throws',
      { id: 'x', title: 'X', progress: 0.2, createdAt: throwingDate() },
    ],
    [
      'a key result with a throwing getter',
      { id: 'x', title: 'X', keyResults: [throwingGetter('progress', { id: 'k', title: 'K' })] },
    ],
    [
      'a check-in date whose getTime throws',
      { id: 'x', title: 'X', progress: 0.2, checkIns: [{ at: throwingDate(), progress: 0.1 }] },
    ],
    ['a revoked proxy as key results', { id: 'x', title: 'X', keyResults: revokedProxy([]) }],
  ])('reports an objective with %s as unreadable and analyses the rest', (_, objective) => {
    const report = analyze([objective, good]);
    expect(issueList(report)).toEqual([['objectives[0]', 'unreadable', 'error']]);
    expect(report.issues[0]?.message).toBe(
      'objectives[0] cannot be read: reading it threw an error. This objective is left out.',
    );
    expect(report.objectives.map((o) => o.id)).toEqual(['good']);
    expectClean(report);
  });

  it.each([
    ['a revoked proxy', revokedProxy({}), ''],
    ['a proxy whose traps throw', throwingProxy({}), ''],
    ['a throwing objectives getter', throwingGetter('objectives', { cycle: Q1_2026 }), ''],
    [
      'a cycle start whose getTime throws',
      { cycle: { start: throwingDate(), end: '2026-04-01' }, objectives: [] },
      'cycle',
    ],
    [
      'a cycle end getter that throws',
      { cycle: throwingGetter('end', { start: '2026-01-01' }), objectives: [] },
      'cycle',
    ],
  ])('reports input that is %s as unreadable', (_, input, path) => {
    const report = analyzeOkrs(input, { now: NOW });
    expect(issueList(report)).toEqual([[path, 'unreadable', 'error']]);
    expect(report.objectives).toEqual([]);
    expectClean(report);
  });

  it('reports the first unreadable part in parseOkrSet', () => {
    expect(parseOkrSet(revokedProxy({}))).toEqual({
      ok: false,
      issues: [expect.objectContaining({ path: '', code: 'unreadable', severity: 'error' })],
    });
    const cycle = { start: throwingDate(), end: '2026-04-01' };
    expect(parseOkrSet({ cycle, objectives: [] })).toMatchObject({
      issues: [{ path: 'cycle', code: 'unreadable' }],
    });
    const objectives = [good, throwingGetter('id', { title: 'T' })];
    expect(parseOkrSet({ cycle: Q1_2026, objectives })).toMatchObject({
      issues: [{ path: 'objectives[1]', code: 'unreadable' }],
    });
  });

  it('reads each value once, so a getter that changes its answer cannot bring NaN', () => {
    let reads = 0;
    const checkIn = {
      at: Date.UTC(2026, 1, 1),
      get progress() {
        reads++;
        return reads === 1 ? 0.4 : Number.NaN;
      },
    };
    const report = analyze([
      {
        id: 'a',
        title: 'A',
        progress: 0.4,
        checkIns: [{ at: '2026-01-20', progress: 0.2 }, checkIn],
      },
    ]);
    expect(reads).toBe(1);
    expect(report.objectives[0]).toMatchObject({
      previousProgress: 0.2,
      lastCheckIn: Date.UTC(2026, 1, 1),
    });
    expectClean(report);
  });

  it('reads each field of an objective on the repair path once too', () => {
    const reads: Record<string, number> = {};
    const objective = {};
    const fields = { id: 'a', title: '', weight: 'x', progress: 0.3, owner: 'Ann' };
    for (const [key, value] of Object.entries(fields)) {
      Object.defineProperty(objective, key, {
        enumerable: true,
        get() {
          reads[key] = (reads[key] ?? 0) + 1;
          return value;
        },
      });
    }
    const report = analyze([objective]);
    expect(reads).toEqual({ id: 1, title: 1, weight: 1, progress: 1, owner: 1 });
    expect(report.objectives[0]).toMatchObject({
      id: 'a',
      title: 'a',
      owner: 'Ann',
      weight: 1,
      progress: 0.3,
    });
  });
});

describe('numbers at the edges of floating point', () => {
  it('does not zero the progress of key results with subnormal weights', () => {
    const keyResults = [
      { id: 'k1', title: 'K1', progress: 0.6, weight: 5e-324 },
      { id: 'k2', title: 'K2', progress: 0.9, weight: 1e-323 },
    ];
    const report = analyze([{ id: 'a', title: 'A', keyResults }]);
    // 5e-324 and 1e-323 weigh one to two: 0.2 + 0.6.
    expect(report.objectives[0]?.progress).toBeCloseTo(0.8, 15);
  });

  it('keeps the balance mean between min and max with near-zero objective weights', () => {
    const report = analyze([
      { id: 'a', title: 'A', progress: 0.7, weight: 5e-324 },
      { id: 'b', title: 'B', progress: 0.9, weight: 5e-324 },
    ]);
    expect(report.balance).toMatchObject({ min: 0.7, max: 0.9 });
    expect(report.balance.mean).toBeCloseTo(0.8, 15);
  });

  it('measures a key result whose target − start passes the largest double', () => {
    const keyResults = [{ id: 'k', title: 'K', start: -1e308, target: 1e308, current: 0 }];
    const report = analyze([{ id: 'a', title: 'A', keyResults }]);
    expect(report.issues).toEqual([]);
    expect(report.objectives[0]?.keyResults[0]).toMatchObject({ progress: 0.5, rawProgress: 0.5 });
  });

  it('says a ratio that overflows cannot be measured, not that target and start are equal', () => {
    const keyResults = [{ id: 'k', title: 'K', start: 0, target: 1e-300, current: 1e300 }];
    const report = analyze([{ id: 'a', title: 'A', keyResults }, good]);
    expect(issueList(report)).toEqual([
      ['objectives[0].keyResults[0].target', 'unmeasurable', 'error'],
      ['objectives[0]', 'no-progress', 'warning'],
    ]);
    expect(report.issues[0]?.message).toBe(
      'objectives[0].keyResults[0].target: the change is too large against the range from start to target to be measured; give a progress value. This key result is left out.',
    );
    const equal = analyze([
      {
        id: 'a',
        title: 'A',
        keyResults: [{ id: 'k', title: 'K', start: 5, target: 5, current: 6 }],
      },
    ]);
    expect(equal.issues[0]?.code).toBe('empty-range');
  });

  // Issue 18: a number date of 1970 is no time of a cycle, so a check-in at -0 is refused; the
  // ISO text of that moment is read, as 0 and never -0.
  it('turns a check-in at the ISO text of 1970-01-01 into a lastCheckIn of 0, and refuses -0', () => {
    const report = analyzeOkrs(
      {
        cycle: { start: '1969-12-31', end: '1970-01-02' },
        objectives: [
          {
            id: 'a',
            title: 'A',
            progress: 0.1,
            checkIns: [
              { at: '1970-01-01T00:00:00.000Z', progress: -0 },
              { at: -0, progress: 0.5 },
            ],
          },
        ],
      },
      { now: '1970-01-01T00:00:00.000Z' },
    );
    expect(Object.is(report.objectives[0]?.lastCheckIn, 0)).toBe(true);
    expect(report.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['objectives[0].checkIns[1].at', 'date-out-of-range'],
    ]);
    expect(Object.is(toEpochMs(-0), 0)).toBe(true);
    expectClean(report);
  });
});

describe('key results repaired field by field', () => {
  it('lists garbage current and target as ignored next to a valid progress', () => {
    const keyResults = [
      {
        id: 'k',
        title: 'K',
        progress: 0.5,
        target: 'ten',
        current: Number.NaN,
        start: Number.POSITIVE_INFINITY,
      },
    ];
    const report = analyze([{ id: 'a', title: 'A', keyResults }]);
    expect(issueList(report)).toEqual([
      ['objectives[0].keyResults[0].start', 'not-finite', 'warning'],
      ['objectives[0].keyResults[0].target', 'wrong-type', 'warning'],
      ['objectives[0].keyResults[0].current', 'not-a-number', 'warning'],
    ]);
    expect(report.issues[1]?.message).toBe(
      'objectives[0].keyResults[0].target should be a number. The value is ignored.',
    );
    expect(report.objectives[0]?.keyResults[0]).toMatchObject({ progress: 0.5, rawProgress: 0.5 });
  });

  it('keeps target and current of a key result repaired for a bad title', () => {
    const keyResults = [
      { id: 'k', title: 7, start: 10, target: 20, current: 16 },
      { id: 'm', title: 'M', progress: 0.2, weight: 3 },
    ];
    const report = analyze([{ id: 'a', title: 'A', keyResults }]);
    expect(issueList(report)).toEqual([
      ['objectives[0].keyResults[0].title', 'wrong-type', 'warning'],
    ]);
    expect(report.objectives[0]?.keyResults).toEqual([
      { id: 'k', title: 'k', progress: 0.6, rawProgress: 0.6, weight: 1 },
      { id: 'm', title: 'M', progress: 0.2, rawProgress: 0.2, weight: 3 },
    ]);
    // (0.6 × 1 + 0.2 × 3) / 4.
    expect(report.objectives[0]?.progress).toBeCloseTo(0.3, 15);
  });

  it('keeps owner, team, type and createdAt of an objective repaired for another field', () => {
    const objective = {
      id: 'a',
      title: 'A',
      owner: 'Ann',
      team: 'Core',
      type: 'aspirational',
      createdAt: '2026-01-05',
      weight: -2,
      progress: 0.35,
    };
    const report = analyze([objective]);
    expect(issueList(report)).toEqual([['objectives[0].weight', 'negative', 'warning']]);
    expect(report.objectives[0]).toMatchObject({
      owner: 'Ann',
      team: 'Core',
      type: 'aspirational',
      createdAt: Date.UTC(2026, 0, 5),
      weight: 1,
      bar: 0.7,
      attainment: 0.5,
    });
  });
});

describe('dates that do not exist', () => {
  it.each(['2026-02-30T10:00', '2026-02-29T00:00Z', '2026-04-31 08:15', '2026-13-01T10:00'])(
    'rejects %s instead of rolling it over into the next month',
    (text) => {
      expect(toEpochMs(text)).toBeNull();
      const report = analyze([{ id: 'a', title: 'A', progress: 0.1, createdAt: text }]);
      expect(issueList(report)).toEqual([['objectives[0].createdAt', 'invalid-date', 'warning']]);
      expect(report.objectives[0]?.createdAt).toBeNull();
    },
  );

  it('accepts the last day of a month with a time', () => {
    expect(toEpochMs('2028-02-29T10:00')).toBe(Date.UTC(2028, 1, 29, 10));
    expect(toEpochMs('2026-04-30 08:15')).toBe(Date.UTC(2026, 3, 30, 8, 15));
  });
});
