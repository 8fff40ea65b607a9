import { describe, expect, it } from 'vitest';
import { analyzeOkrs, checkChanges, compareReports } from '../../src/core';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const changes = () => {
  const report = (p: number) =>
    analyzeOkrs(
      { cycle: CYCLE, objectives: [{ id: 'a', title: 'A', progress: p }] },
      { now: '2026-02-15' },
    );
  return compareReports(report(0.5), report(0.2));
};
const error = (path: string, message: string) => ({
  path,
  code: 'wrong-type',
  severity: 'error',
  message: `${path} ${message}.`,
});

describe('checkChanges', () => {
  it('accepts what compareReports returns, also after a trip through JSON', () => {
    const given = changes();
    expect(checkChanges(given)).toEqual({ ok: true, report: given, issues: [] });
    const travelled = JSON.parse(JSON.stringify(given));
    expect(checkChanges(travelled).ok).toBe(true);
  });

  it.each([null, 3, 'changes', undefined])('turns down %j as no changes', (value) => {
    expect(checkChanges(value)).toEqual({
      ok: false,
      report: null,
      issues: [error('changes', 'should be the result of compareReports')],
    });
  });

  it('names every bad part, with its path', () => {
    const bad = {
      from: { now: 3 },
      to: null,
      objectives: [
        'x',
        { id: 1, title: 'T', change: 'worse', status: { from: 'fine', to: null }, progress: null },
        {
          id: 'b',
          title: 'B',
          change: 'added',
          status: { from: null, to: 'on-track' },
          progress: { from: null, to: Number.NaN, delta: null },
        },
      ],
    };
    expect(checkChanges(bad).issues).toEqual([
      error('changes.from', 'should be a moment with a text now'),
      error('changes.to', 'should be a moment with a text now'),
      error('changes.objectives[0]', 'should be a change'),
      error('changes.objectives[1]', 'should have a text id and title'),
      error('changes.objectives[1].change', 'should be a kind of change'),
      error('changes.objectives[1].status', 'should be statuses from and to, or null'),
      error(
        'changes.objectives[1].progress',
        'should be finite numbers from, to and delta, or null',
      ),
      error(
        'changes.objectives[2].progress',
        'should be finite numbers from, to and delta, or null',
      ),
    ]);
  });

  it('names a list of changes that is not one, and a title that is not text', () => {
    const given = changes();
    expect(checkChanges({ ...given, objectives: {} }).issues).toEqual([
      error('changes.objectives', 'should be a list of changes'),
    ]);
    const untitled = { ...given, objectives: [{ ...given.objectives[0], title: 3 }] };
    expect(checkChanges(untitled).issues).toEqual([
      error('changes.objectives[0]', 'should have a text id and title'),
    ]);
    const bare = { ...given, objectives: [{ ...given.objectives[0], status: 'x', progress: 'y' }] };
    expect(checkChanges(bare).issues.map((i) => i.path)).toEqual([
      'changes.objectives[0].status',
      'changes.objectives[0].progress',
    ]);
  });

  it('accepts every kind of change and a null on either side', () => {
    const given = changes();
    const row = given.objectives[0];
    for (const change of ['worsened', 'improved', 'unchanged', 'added', 'removed']) {
      const objectives = [{ ...row, change, status: { from: null, to: null } }];
      expect(checkChanges({ ...given, objectives }).ok).toBe(true);
    }
  });

  it('reads changes whose getters throw as unreadable, never throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(checkChanges(hostile)).toMatchObject({ ok: false, issues: [{ code: 'unreadable' }] });
  });
});
