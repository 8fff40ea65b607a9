import { describe, expect, it } from 'vitest';
import {
  analyzeOrg,
  type ObjectiveInput,
  type OrgReport,
  parseOkrSet,
  type TeamInput,
  unitReport,
} from '../../src/core';
import { expectClean, issueList } from './helpers';

const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const NOW = '2026-02-15';
const goal = (id: string, team?: string, progress = 0.5): ObjectiveInput => ({
  id,
  title: `Goal ${id}`,
  progress,
  ...(team === undefined ? {} : { team }),
});
const analyze = (teams: unknown, objectives: unknown[]) =>
  analyzeOrg({ cycle: CYCLE, teams, objectives }, { now: NOW });
const _tree = (org: OrgReport) => org.units.map((u) => [u.id, u.parentId, u.depth]);
const unit = (org: OrgReport, id: string) => org.units.find((u) => u.id === id);

describe('junk in the teams', () => {
  it('reads the objectives’ teams when teams is not a list', () => {
    const org = analyze('web, infra', [goal('a', 'web')]);
    expect(issueList(org)).toEqual([['teams', 'wrong-type', 'warning']]);
    expect(unit(org, 'web')?.parentId).toBe('@org');
  });

  it('leaves out a team without a usable id and repairs a missing name or parent', () => {
    const teams = [
      null,
      { name: 'No id' },
      { id: '  ', name: 'Blank' },
      { id: 'x' },
      { id: 'y', name: 'Y', parentId: 5 },
    ];
    const org = analyze(teams, [goal('a', 'x'), goal('b', 'y')]);
    expect(issueList(org)).toEqual([
      ['teams[0]', 'wrong-type', 'error'],
      ['teams[1].id', 'missing', 'error'],
      ['teams[2].id', 'empty', 'error'],
      ['teams[3].name', 'missing', 'warning'],
      ['teams[4].parentId', 'wrong-type', 'warning'],
    ]);
    expect(unit(org, 'x')?.name).toBe('x');
    expect(unit(org, 'y')?.parentId).toBe('@org');
  });

  it('reads an empty or null parentId as no parent', () => {
    const org = analyze(
      [
        { id: 'x', name: 'X', parentId: '' },
        { id: 'y', name: 'Y', parentId: null },
      ],
      [goal('a', 'x'), goal('b', 'y')],
    );
    expect(org.issues).toEqual([]);
  });

  it('gives the organisation and Unassigned ids no team has', () => {
    const teams: TeamInput[] = [
      { id: '@org', name: 'Org team' },
      { id: '@unassigned', name: 'Named so' },
    ];
    const org = analyze(teams, [goal('a', '@org'), goal('b', 'ghost')]);
    expect(org.rootId).toBe('@org~2');
    expect(org.units.map((u) => u.id)).toEqual(['@org~2', '@org', '@unassigned', '@unassigned~2']);
  });

  it('reports a teams list whose reading throws, and never throws itself', () => {
    const input = {
      cycle: CYCLE,
      objectives: [goal('a', 'web')],
      get teams(): never {
        throw new Error('no');
      },
    };
    const org = analyzeOrg(input, { now: NOW });
    expect(issueList(org)).toEqual([['teams', 'unreadable', 'warning']]);
    expect(unit(org, 'web')?.objectiveCount).toBe(1);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a list', []],
    ['an object without objectives', { cycle: CYCLE }],
  ])('analyses %s as an empty organisation', (_, input) => {
    const org = analyzeOrg(input, { now: NOW });
    expect(org.units).toHaveLength(1);
    expect(org.objectives).toEqual([]);
    expect(org.issues.length).toBeGreaterThan(0);
  });

  it('gives a sub-unit the row id unit:<id> where an own objective has its id', () => {
    const org = analyze([{ id: 'web', name: 'Web' }], [goal('w', 'web'), goal('web')]);
    const rows = unitReport(org, '@org').objectives;
    expect(rows.map((row) => row.id)).toEqual(['unit:web', 'web']);
    expect(rows[0]).toMatchObject({ kind: 'unit', unitId: 'web' });
  });
});

describe('bad options', () => {
  const set = {
    cycle: CYCLE,
    teams: [{ id: 'w', name: 'W' }],
    objectives: [goal('a', 'w', 0.3), goal('b', 'w', 0.5)],
  };

  it('uses the weighted mean for an unknown rule, with a warning', () => {
    const org = analyzeOrg(set, { now: NOW, rollup: 'median' as never });
    expect(org.rollup).toBe('weighted-mean');
    expect(issueList(org)).toEqual([['options.rollup', 'unknown-rollup', 'warning']]);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('no');
      },
      'callback-threw',
    ],
    ['gives NaN', () => Number.NaN, 'callback-result'],
    ['gives a negative number', () => -1, 'callback-result'],
    ['gives text', () => '0.5' as never, 'callback-result'],
  ])('uses the weighted mean where a roll-up function %s, reported once', (_, rollup, code) => {
    const org = analyzeOrg(set, { now: NOW, rollup });
    expect(org.units[0]?.progress).toBeCloseTo(0.4, 12);
    expect(issueList(org)).toEqual([['options.rollup', code, 'warning']]);
    expectClean(org as never);
  });

  it('reports an orgName that is not text and an option problem of analyzeOkrs only once', () => {
    const org = analyzeOrg(set, { now: 'someday', orgName: 7 as never });
    expect(issueList(org)).toEqual([
      ['options.now', 'invalid-date', 'warning'],
      ['options.orgName', 'wrong-type', 'warning'],
    ]);
    expect(org.units[0]?.name).toBe('Organisation');
  });
});

describe('hostile input and options', () => {
  it('never throws on a revoked proxy as input, options or report', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const set = { cycle: CYCLE, teams: [{ id: 'w', name: 'W' }], objectives: [goal('a', 'w')] };
    expect(analyzeOrg(proxy).units).toHaveLength(1);
    const org = analyzeOrg(set, proxy as never);
    expect(org.units.map((u) => u.id)).toEqual(['@org', 'w']);
    expect(org.issues.map((issue) => issue.path)).toContain('options.rollup');
    expect(unitReport(proxy as never, 'w').issues[0]?.code).toBe('invalid-org');
    expect(unitReport(org, 'w', proxy as never).objectives).toHaveLength(1);
  });

  it('reads a teams entry whose getter throws as unreadable and goes on', () => {
    const teams = [
      {
        get id(): never {
          throw new Error('no');
        },
      },
      { id: 'w', name: 'W' },
    ];
    const org = analyze(teams, [goal('a', 'w')]);
    expect(issueList(org)).toEqual([['teams[0]', 'unreadable', 'error']]);
    expect(unit(org, 'w')?.objectiveCount).toBe(1);
  });
});

describe('parseOkrSet with teams', () => {
  it('keeps valid teams and reports a repeated team id', () => {
    const teams = [
      { id: 'w', name: 'W' },
      { id: 'i', name: 'I', parentId: 'w' },
    ];
    const parsed = parseOkrSet({ cycle: CYCLE, teams, objectives: [goal('a', 'w')] });
    expect(parsed.ok && parsed.value.teams).toEqual(teams);
    const twice = parseOkrSet({ cycle: CYCLE, teams: [teams[0], teams[0]], objectives: [] });
    expect(twice.ok ? [] : twice.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['teams[1].id', 'duplicate-id'],
    ]);
  });
});
