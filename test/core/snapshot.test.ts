import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOkrs, type CheckIn, snapshotAt } from '../../src/core';
import { MARKETING, Q1_2026 } from '../fixtures/scenarios';

const checkIns: CheckIn[] = [
  { at: '2026-01-08', progress: 0.1, confidence: 0.9 },
  { at: '2026-01-22', progress: 0.25, note: 'Launch slipped' },
  { at: '2026-02-05', progress: 0.4 },
];
const input = {
  cycle: Q1_2026,
  teams: [{ id: 'web', name: 'Web' }],
  objectives: [
    { id: 'a', title: 'Grow', team: 'web', progress: 0.4, checkIns },
    {
      id: 'late',
      title: 'Started late',
      progress: 0.2,
      checkIns: [{ at: '2026-02-01', progress: 0.2 }],
    },
    {
      id: 'krs',
      title: 'Measured',
      keyResults: [{ id: 'k', title: 'Signups', target: 100, current: 60 }],
      checkIns: [{ at: '2026-01-10', progress: 0.3 }],
    },
  ],
};

describe('snapshotAt', () => {
  it('takes each objective’s latest check-in on or before the date', () => {
    const { value, issues } = snapshotAt(input, '2026-01-22');
    expect(value.cycle).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
      label: 'Q1 2026',
    });
    expect(value.teams).toEqual([{ id: 'web', name: 'Web' }]);
    expect(value.objectives).toEqual([
      {
        id: 'a',
        title: 'Grow',
        team: 'web',
        type: 'committed',
        weight: 1,
        progress: 0.25,
        checkIns: [
          { at: '2026-01-08T00:00:00.000Z', progress: 0.1, confidence: 0.9 },
          { at: '2026-01-22T00:00:00.000Z', progress: 0.25, note: 'Launch slipped' },
        ],
      },
      {
        id: 'krs',
        title: 'Measured',
        type: 'committed',
        weight: 1,
        progress: 0.3,
        checkIns: [{ at: '2026-01-10T00:00:00.000Z', progress: 0.3 }],
      },
    ]);
    expect(issues).toEqual([
      {
        path: 'objectives[1]',
        code: 'no-check-in-then',
        severity: 'warning',
        message:
          '‘Started late’ (objectives[1]) has no check-in on or before Jan 22, 2026. It is left out of the snapshot.',
      },
      {
        path: 'objectives',
        code: 'key-results-then',
        severity: 'warning',
        message:
          '1 objective has key results whose values on Jan 22, 2026 are not known: progress comes from check-ins.',
      },
    ]);
  });

  it('carries the confidence of the latest check-in', () => {
    const { value } = snapshotAt(input, '2026-01-09');
    expect(value.objectives[0]).toMatchObject({ progress: 0.1, confidence: 0.9 });
  });

  it('reports a date it cannot read and gives no objectives', () => {
    const { value, issues } = snapshotAt(input, 'soon');
    expect(value.objectives).toEqual([]);
    expect(issues.map((i) => [i.path, i.code, i.severity])).toEqual([
      ['date', 'invalid-date', 'error'],
    ]);
  });

  it('keeps the problems of the input itself', () => {
    const { issues } = snapshotAt({ cycle: Q1_2026, objectives: [{ id: 'x' }] }, '2026-02-01');
    expect(issues[0]?.path).toBe('objectives[0].title');
  });

  it('never throws on junk', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (junk, date) => {
        expect(() => snapshotAt(junk, date as string)).not.toThrow();
      }),
    );
  });

  it('equals the latest check-ins when taken at now', () => {
    const now = '2026-02-24';
    const { value } = snapshotAt(MARKETING, now);
    const then = analyzeOkrs(value, { now });
    const today = analyzeOkrs(MARKETING, { now });
    for (const objective of then.objectives) {
      const latest = today.objectives.find((o) => o.id === objective.id)?.history.at(-1);
      expect(objective.progress).toBe(latest?.progress);
    }
    expect(then.objectives.length).toBeGreaterThan(0);
  });

  it('keeps owner, team and weight, the latest confidence and note, and copies the teams', () => {
    const teams = [{ id: 'web', name: 'Web' }];
    const given = {
      cycle: Q1_2026,
      teams,
      objectives: [
        {
          id: 'a',
          title: 'Grow',
          owner: 'Kim',
          team: 'web',
          weight: 2,
          checkIns: [{ at: '2026-01-08', progress: 0.1, confidence: 0.6, note: 'slow start' }],
        },
      ],
    };
    const { value, issues } = snapshotAt(given, '2026-01-10');
    expect(value.objectives[0]).toEqual({
      id: 'a',
      title: 'Grow',
      owner: 'Kim',
      team: 'web',
      type: 'committed',
      weight: 2,
      progress: 0.1,
      confidence: 0.6,
      checkIns: [
        { at: '2026-01-08T00:00:00.000Z', progress: 0.1, confidence: 0.6, note: 'slow start' },
      ],
    });
    expect(value.teams).toEqual(teams);
    expect(value.teams).not.toBe(teams);
    // The input's own problem (no progress of its own) and nothing about key results: it has none.
    expect(issues.map((i) => i.code)).toEqual(['no-progress']);
  });

  it('names the first objective by its place when it has no check-in then', () => {
    const { issues } = snapshotAt(input, '2026-01-05');
    expect(issues.map((i) => i.path)).toEqual(['objectives[0]', 'objectives[1]', 'objectives[2]']);
  });

  it('reads the date in the language asked for', () => {
    const { issues } = snapshotAt(input, '2026-01-22', { locale: 'de-DE' });
    expect(issues[0]?.message).toContain('22.01.2026');
  });
});
