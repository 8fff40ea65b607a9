import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  analyzeOrg,
  compareReports,
  type ObjectiveInput,
  type Report,
  unitReport,
} from '../../src/core';
import {
  MARKETING,
  MARKETING_LAST_QUARTER,
  MARKETING_LAST_QUARTER_NOW,
  MARKETING_NOW,
} from '../fixtures/scenarios';

// Q1 2026 (90 days); the earlier report on 15 February, the later on 1 March.
const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const goal = (id: string, progress: number, extra: Partial<ObjectiveInput> = {}) => ({
  id,
  title: `Goal ${id}`,
  progress,
  ...extra,
});
const report = (now: string, objectives: ObjectiveInput[]) =>
  analyzeOkrs({ cycle: CYCLE, objectives }, { now });
const summary = (before: Report, after: Report, options = {}) =>
  compareReports(before, after, options).objectives.map((c) => [c.id, c.change]);

describe('compareReports, worked example', () => {
  it('sorts worsened first, then improved, added, removed and unchanged', () => {
    // Both on 15 February (e = 0.5): on track from 45 %, behind from 35 %, at risk from 20 %.
    const before = report('2026-02-15', [
      goal('steady', 0.5),
      goal('slipped', 0.5),
      goal('fell', 0.5),
      goal('rose', 0.2),
      goal('gone', 0.3),
      goal('nudged', 0.5),
    ]);
    const after = report('2026-02-15', [
      goal('steady', 0.52),
      goal('slipped', 0.4),
      goal('fell', 0.1),
      goal('rose', 0.5),
      goal('new', 0.1),
      goal('nudged', 0.54),
    ]);
    const changes = compareReports(before, after);
    expect(changes.from).toEqual({ now: before.now, balance: before.balance });
    expect(changes.to).toEqual({ now: after.now, balance: after.balance });
    expect(changes.objectives.map((c) => [c.id, c.change, c.status.from, c.status.to])).toEqual([
      ['fell', 'worsened', 'on-track', 'off-track'],
      ['slipped', 'worsened', 'on-track', 'behind'],
      ['rose', 'improved', 'at-risk', 'on-track'],
      ['new', 'added', null, 'off-track'],
      ['gone', 'removed', 'at-risk', null],
      // Unchanged too by the size of the change: +0.04, then +0.02.
      ['nudged', 'unchanged', 'on-track', 'on-track'],
      ['steady', 'unchanged', 'on-track', 'on-track'],
    ]);
    const fell = changes.objectives[0];
    expect(fell).toMatchObject({ title: 'Goal fell', progress: { from: 0.5, to: 0.1 } });
    expect(fell?.progress.delta).toBeCloseTo(-0.4, 12);
    expect(changes.objectives[3]?.progress).toEqual({ from: null, to: 0.1, delta: null });
    expect(changes.objectives[4]?.progress).toEqual({ from: 0.3, to: null, delta: null });
  });

  it('counts a move of at least minDelta within one status', () => {
    const before = report('2026-02-15', [goal('a', 0.5), goal('b', 0.5), goal('c', 0.5)]);
    const after = report('2026-02-15', [goal('a', 0.55), goal('b', 0.45), goal('c', 0.54)]);
    expect(summary(before, after)).toEqual([
      ['b', 'worsened'],
      ['a', 'improved'],
      ['c', 'unchanged'],
    ]);
    expect(summary(before, after, { minDelta: 0.04 })).toEqual([
      ['b', 'worsened'],
      ['a', 'improved'],
      ['c', 'improved'],
    ]);
    // An unusable minDelta is the default.
    expect(summary(before, after, { minDelta: -1 })).toEqual(summary(before, after));
  });

  it('puts the bigger drop in status first, then the bigger fall in progress', () => {
    const before = report('2026-02-15', [goal('a', 0.5), goal('b', 0.5), goal('c', 0.6)]);
    const after = report('2026-02-15', [goal('a', 0.3), goal('b', 0.1), goal('c', 0.3)]);
    expect(summary(before, after)).toEqual([
      ['b', 'worsened'],
      ['c', 'worsened'],
      ['a', 'worsened'],
    ]);
  });

  it('compares teams of unitReport like objectives', () => {
    const teams = [
      { id: 'web', name: 'Web' },
      { id: 'app', name: 'App' },
    ];
    const org = (now: string, web: number) =>
      analyzeOrg(
        {
          cycle: CYCLE,
          teams,
          objectives: [goal('w', web, { team: 'web' }), goal('a', 0.5, { team: 'app' })],
        },
        { now },
      );
    const before = unitReport(org('2026-02-15', 0.5), '@org');
    const after = unitReport(org('2026-02-15', 0.2), '@org');
    const changes = compareReports(before, after).objectives;
    expect(changes.map((c) => [c.id, c.kind, c.title, c.change])).toEqual([
      ['web', 'unit', 'Web', 'worsened'],
      ['app', 'unit', 'App', 'unchanged'],
    ]);
  });
});

describe('compareReports with align: elapsed', () => {
  it('reads the earlier cycle at the same share, from its check-ins', () => {
    const checkIns = [
      { at: '2025-10-15', progress: 0.3 },
      { at: '2025-11-15', progress: 0.5 },
      { at: '2025-12-20', progress: 0.9 },
    ];
    const q4 = analyzeOkrs(
      {
        cycle: { start: '2025-10-01', end: '2026-01-01' },
        objectives: [goal('a', 0.9, { checkIns })],
      },
      { now: '2026-01-01' },
    );
    // Half of Q1 on 15 February: half of Q4 is 15 November (0.5 there).
    const q1 = report('2026-02-15', [goal('a', 0.48)]);
    const [plain] = compareReports(q4, q1).objectives;
    expect(plain).toMatchObject({ change: 'worsened', progress: { from: 0.9 } });
    const [aligned] = compareReports(q4, q1, { align: 'elapsed' }).objectives;
    expect(aligned?.progress.from).toBe(0.5);
    expect(aligned?.status.from).toBe('on-track');
    expect(aligned?.change).toBe('unchanged');
  });

  it('names the moment the earlier cycle was read at, with its balance then', () => {
    const checkIns = [{ at: '2025-11-01', progress: 0.4 }];
    const q4 = analyzeOkrs(
      {
        cycle: { start: '2025-10-01', end: '2026-01-01' },
        objectives: [
          goal('a', 0.9, { checkIns }),
          goal('b', 1, { checkIns: [{ at: '2025-11-01', progress: 0.8 }] }),
        ],
      },
      { now: '2026-01-01' },
    );
    const q1 = report('2026-02-15', [goal('a', 0.5), goal('b', 0.5)]);
    const { from, to } = compareReports(q4, q1, { align: 'elapsed' });
    // Half of Q4 (92 days) is 46 days in: 16 November, 00:00 UTC.
    expect(from.now).toBe('2025-11-16T00:00:00.000Z');
    // Attainments 0.4 and 0.8 then: mean 0.6, median 0.6, spread 0.4.
    expect(from.balance).toMatchObject({ min: 0.4, max: 0.8, spread: 0.4 });
    expect(from.balance.mean).toBeCloseTo(0.6, 12);
    expect(to.now).toBe(q1.now);
    // Not aligned, the earlier side is the report as it is.
    expect(compareReports(q4, q1).from).toEqual({ now: q4.now, balance: q4.balance });
  });
});

describe('two cycles of the marketing team at the same point', () => {
  it('compares Q1 2026 on 15 February with Q4 2025 on 16 November', () => {
    const q4 = analyzeOkrs(MARKETING_LAST_QUARTER, { now: MARKETING_LAST_QUARTER_NOW });
    const q1 = analyzeOkrs(MARKETING, { now: MARKETING_NOW });
    const changes = compareReports(q4, q1, { align: 'elapsed' });
    expect(changes.from.now).toBe('2025-11-16T00:00:00.000Z');
    expect(
      changes.objectives.map(({ id, change, status, progress }) => [
        id,
        change,
        status.from,
        status.to,
        progress.from,
        progress.to,
      ]),
    ).toEqual([
      ['social', 'worsened', 'on-track', 'behind', 0.5, 0.38],
      ['seo', 'worsened', 'at-risk', 'off-track', 0.3, 0.12],
      ['awareness', 'worsened', 'on-track', 'on-track', 0.55, 0.5],
      ['engagement', 'improved', 'on-track', 'ahead', 0.45, 0.7],
      ['leads', 'improved', 'on-track', 'ahead', 0.6, 0.8],
      ['content', 'added', null, 'on-track', null, 0.48],
      ['roadshow', 'removed', 'on-track', null, 0.5, null],
    ]);
    // Unaligned, Q4 is read at its end: awareness at 0.9 then.
    const plain = compareReports(q4, q1);
    expect(plain.from.now).toBe(q4.now);
    expect(plain.objectives.find((c) => c.id === 'awareness')?.progress.from).toBe(0.9);
  });
});

describe('compareReports on bad input', () => {
  it.each([
    ['null', null],
    ['a number', 3],
    ['no objectives', { now: '2026-01-01' }],
  ])('reads %s as a report without objectives', (_, bad) => {
    const after = report('2026-02-15', [goal('a', 0.5)]);
    expect(summary(bad as unknown as Report, after)).toEqual([['a', 'added']]);
    expect(summary(after, bad as unknown as Report)).toEqual([['a', 'removed']]);
  });

  it('gives a report that is not one no moment and an empty balance', () => {
    const after = report('2026-02-15', [goal('a', 0.5)]);
    const { from } = compareReports(null as unknown as Report, after);
    expect(from.now).toBe('');
    expect(from.balance.score).toBeNull();
  });

  it('leaves out rows it cannot read and keeps the first of a repeated id', () => {
    const good = report('2026-02-15', [goal('a', 0.5)]);
    const rows = [null, { id: 3 }, good.objectives[0], { ...good.objectives[0], progress: 0.1 }];
    const odd = { ...good, objectives: rows } as unknown as Report;
    expect(summary(odd, good)).toEqual([['a', 'unchanged']]);
  });
});

describe('compareReports properties', () => {
  const progresses = fc.array(fc.double({ min: 0, max: 1.2, noNaN: true }), { maxLength: 8 });

  it('finds nothing changed between a report and itself', () => {
    fc.assert(
      fc.property(progresses, (values) => {
        const one = report(
          '2026-02-15',
          values.map((p, i) => goal(`g${i}`, p)),
        );
        for (const change of compareReports(one, one).objectives) {
          expect(change.change).toBe('unchanged');
          expect(change.progress.delta).toBe(0);
        }
      }),
    );
  });

  it('lists every objective of either report exactly once', () => {
    fc.assert(
      fc.property(progresses, progresses, (a, b) => {
        const before = report(
          '2026-02-15',
          a.map((p, i) => goal(`g${i}`, p)),
        );
        const after = report(
          '2026-02-15',
          b.map((p, i) => goal(`g${i + 2}`, p)),
        );
        const ids = compareReports(before, after).objectives.map((c) => c.id);
        const expected = new Set([...before.objectives, ...after.objectives].map((o) => o.id));
        expect(new Set(ids)).toEqual(expected);
        expect(ids).toHaveLength(expected.size);
      }),
    );
  });
});

describe('compareReports, edges', () => {
  const one = (progress: number, extra: Record<string, unknown> = {}) =>
    ({ ...report('2026-02-15', [goal('a', 0.5)]).objectives[0], progress, ...extra }) as never;
  const wrap = (objectives: unknown[]) =>
    ({ ...report('2026-02-15', []), objectives }) as unknown as Report;

  it('takes minDelta from 0 to 1, and anything else as 0.05', () => {
    const before = report('2026-02-15', [goal('a', 0.5)]);
    const after = report('2026-02-15', [goal('a', 0.51)]);
    expect(summary(before, after, { minDelta: 0 })).toEqual([['a', 'improved']]);
    expect(summary(before, after, { minDelta: 1 })).toEqual([['a', 'unchanged']]);
    const far = report('2026-02-15', [goal('a', 0.6)]);
    expect(summary(before, far, { minDelta: 1.5 })).toEqual([['a', 'improved']]);
    expect(summary(before, far, { minDelta: '0.5' })).toEqual([['a', 'improved']]);
  });

  it('keeps the first row of a repeated id on the later side too', () => {
    const changes = compareReports(wrap([one(0.5)]), wrap([one(0.2), one(0.9)]));
    expect(changes.objectives).toHaveLength(1);
    expect(changes.objectives[0]?.progress.to).toBe(0.2);
  });

  it('keeps the reports’ order among equal changes, and puts bigger status moves first', () => {
    const before = report('2026-02-15', [goal('a', 0.5), goal('b', 0.5), goal('c', 0.5)]);
    const after = report('2026-02-15', [goal('a', 0.5), goal('b', 0.5), goal('c', 0.5)]);
    expect(summary(before, after).map(([id]) => id)).toEqual(['a', 'b', 'c']);
    // b falls two steps (on track → at risk), a one (on track → behind), both by 20 points.
    const lower = report('2026-02-15', [goal('a', 0.4), goal('b', 0.3), goal('c', 0.5)]);
    const sorted = compareReports(before, lower).objectives;
    expect(sorted.map((c) => [c.id, c.status.to])).toEqual([
      ['b', 'at-risk'],
      ['a', 'behind'],
      ['c', 'on-track'],
    ]);
  });

  it('leaves out rows without a text title, a number progress or a known status', () => {
    const rows = [
      one(0.5, { id: 'x', title: 7 }),
      one(0.5, { id: 'y', progress: '0.5' }),
      one(0.5, { id: 'z', status: 'fine' }),
      one(0.5, { id: 'ok' }),
    ];
    expect(summary(wrap(rows), wrap([])).map(([id]) => id)).toEqual(['ok']);
  });

  it('marks a team’s row as one on either side', () => {
    const team = one(0.5, { kind: 'unit' });
    expect(compareReports(wrap([team]), wrap([])).objectives[0]?.kind).toBe('unit');
    expect(compareReports(wrap([]), wrap([team])).objectives[0]?.kind).toBe('unit');
    expect(compareReports(wrap([one(0.5)]), wrap([])).objectives[0]).not.toHaveProperty('kind');
  });
});

describe('compareReports with align: elapsed, edges', () => {
  const checkIns = [
    { at: '2025-10-15', progress: 0.3 },
    { at: '2025-11-15', progress: 0.5 },
  ];
  const q4 = () =>
    analyzeOkrs(
      {
        cycle: { start: '2025-10-01', end: '2026-01-01' },
        objectives: [goal('a', 0.9, { checkIns }), goal('b', 0.7)],
      },
      { now: '2026-01-01' },
    );

  it('takes a check-in exactly at the aligned moment, and compares a row without history as it is', () => {
    // 15 November is exactly half of Q4; 15 February half of Q1.
    const q1 = report('2026-02-15', [goal('a', 0.5), goal('b', 0.7)]);
    const changes = compareReports(q4(), q1, { align: 'elapsed' }).objectives;
    expect(changes.find((c) => c.id === 'a')?.progress.from).toBe(0.5);
    expect(changes.find((c) => c.id === 'b')?.progress.from).toBe(0.7);
  });

  it('counts 0 before the first check-in of the earlier cycle', () => {
    const early = report('2026-01-10', [goal('a', 0.05)]);
    const [change] = compareReports(q4(), early, { align: 'elapsed' }).objectives;
    expect(change?.progress.from).toBe(0);
  });

  it('compares as they are when the earlier report has no cycle', () => {
    const q1 = report('2026-02-15', [goal('a', 0.5)]);
    const noCycle = { ...q4(), cycle: null };
    const [change] = compareReports(noCycle, q1, { align: 'elapsed' }).objectives;
    expect(change?.progress.from).toBe(0.9);
  });
});
