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
const tree = (org: OrgReport) => org.units.map((u) => [u.id, u.parentId, u.depth]);
const unit = (org: OrgReport, id: string) => org.units.find((u) => u.id === id);

describe('teams from the objectives alone', () => {
  it('makes each distinct team a team under the organisation, in order of first use', () => {
    const org = analyze(undefined, [
      goal('a', 'web'),
      goal('b', 'infra'),
      goal('c', 'web'),
      goal('d'),
    ]);
    expect(tree(org)).toEqual([
      ['@org', null, 0],
      ['web', '@org', 1],
      ['infra', '@org', 1],
    ]);
    expect(unit(org, 'web')?.objectiveIds).toEqual(['a', 'c']);
    expect(unit(org, '@org')?.objectiveIds).toEqual(['d']);
    expect(org.issues).toEqual([]);
  });

  it('keeps an objective whose team is blank under the organisation', () => {
    const org = analyze(undefined, [goal('a', '  ')]);
    expect(tree(org)).toEqual([['@org', null, 0]]);
    expect(unit(org, '@org')?.objectiveIds).toEqual(['a']);
  });

  it('names the organisation by orgName', () => {
    const org = analyzeOrg(
      { cycle: CYCLE, objectives: [goal('a')] },
      { now: NOW, orgName: 'Acme' },
    );
    expect(org.units[0]?.name).toBe('Acme');
  });
});

describe('bad structure (§8)', () => {
  it('puts a team whose parent does not exist under the organisation, with a warning', () => {
    const org = analyze([{ id: 'web', name: 'Web', parentId: 'product' }], [goal('a', 'web')]);
    expect(unit(org, 'web')?.parentId).toBe('@org');
    expect(issueList(org)).toEqual([['teams[0].parentId', 'unknown-parent', 'warning']]);
    expect(org.issues[0]?.message).toBe(
      'teams[0].parentId names a parent team that does not exist. The team sits directly under the organisation.',
    );
  });

  it('cuts a cycle of parents where it closes, with an error naming its teams', () => {
    const teams = [
      { id: 'a', name: 'Alpha', parentId: 'b' },
      { id: 'b', name: 'Beta', parentId: 'a' },
    ];
    const org = analyze(teams, [goal('x', 'a'), goal('y', 'b')]);
    // The walk from Alpha meets Alpha again at Beta's parent: that link is cut.
    expect(tree(org)).toEqual([
      ['@org', null, 0],
      ['b', '@org', 1],
      ['a', 'b', 2],
    ]);
    expect(issueList(org)).toEqual([['teams[1].parentId', 'parent-cycle', 'error']]);
    expect(org.issues[0]?.message).toBe(
      'teams[1].parentId closes a cycle of parents: ‘Alpha’ → ‘Beta’ → ‘Alpha’. The cycle is cut here: this team sits directly under the organisation.',
    );
    expect(unit(org, '@org')?.objectiveCount).toBe(2);
  });

  it('cuts a team that is its own parent, and a longer cycle reached through a tail', () => {
    const teams = [
      { id: 's', name: 'Self', parentId: 's' },
      { id: 'd', name: 'Tail', parentId: 'a' },
      { id: 'a', name: 'A', parentId: 'b' },
      { id: 'b', name: 'B', parentId: 'c' },
      { id: 'c', name: 'C', parentId: 'a' },
    ];
    const org = analyze(
      teams,
      ['s', 'd', 'a', 'b', 'c'].map((id) => goal(`g-${id}`, id)),
    );
    expect(issueList(org)).toEqual([
      ['teams[0].parentId', 'parent-cycle', 'error'],
      ['teams[4].parentId', 'parent-cycle', 'error'],
    ]);
    expect(org.issues[1]?.message).toContain('‘A’ → ‘B’ → ‘C’ → ‘A’');
    expect(tree(org)).toEqual([
      ['@org', null, 0],
      ['s', '@org', 1],
      ['c', '@org', 1],
      ['b', 'c', 2],
      ['a', 'b', 3],
      ['d', 'a', 4],
    ]);
  });

  it('keeps the first of two teams with one id, with a warning', () => {
    const teams = [
      { id: 'web', name: 'Web' },
      { id: 'web', name: 'Website' },
    ];
    const org = analyze(teams, [goal('a', 'web')]);
    expect(unit(org, 'web')?.name).toBe('Web');
    expect(org.units).toHaveLength(2);
    expect(issueList(org)).toEqual([['teams[1].id', 'duplicate-id', 'warning']]);
  });

  it('puts an objective of an unknown team under "Unassigned", with its input path', () => {
    const objectives = [goal('a', 'web'), { id: 'bad' }, goal('b', 'ghost'), goal('c', 'ghost')];
    const org = analyze([{ id: 'web', name: 'Web' }], objectives);
    const unassigned = unit(org, '@unassigned');
    expect(unassigned).toMatchObject({ name: 'Unassigned', parentId: '@org', depth: 1 });
    expect(unassigned?.objectiveIds).toEqual(['b', 'c']);
    expect(org.units.at(-1)?.id).toBe('@unassigned');
    const unknown = org.issues.filter((issue) => issue.code === 'unknown-team');
    // 'bad' (index 1) is left out by the analysis; the paths still name the input's indexes.
    expect(unknown.map((issue) => [issue.path, issue.severity])).toEqual([
      ['objectives[2].team', 'warning'],
      ['objectives[3].team', 'warning'],
    ]);
    expect(unknown[0]?.message).toBe(
      'objectives[2].team names a team that is not in the list of teams. The objective is placed in the ‘Unassigned’ unit.',
    );
  });

  it('shows a team with nothing beneath it without a status, and leaves it out of roll-ups and rows', () => {
    const teams = [
      { id: 'web', name: 'Web' },
      { id: 'empty', name: 'Empty' },
      { id: 'inner', name: 'Inner', parentId: 'empty' },
    ];
    const org = analyze(teams, [goal('a', 'web', 0.4)]);
    const empty = unit(org, 'empty');
    expect(empty).toMatchObject({
      progress: null,
      attainment: null,
      status: null,
      objectiveCount: 0,
      childIds: ['inner'],
    });
    expect(empty?.explanation.text).toBe('No objectives in this unit or beneath it.');
    expect(empty?.balance.score).toBeNull();
    expect(unit(org, '@org')?.progress).toBe(0.4);
    expect(unit(org, '@org')?.childIds).toEqual(['web', 'empty']);
    expect(unitReport(org, '@org').objectives.map((row) => row.id)).toEqual(['web']);
    expect(issueList(org)).toEqual([
      ['teams[1]', 'empty-unit', 'warning'],
      ['teams[2]', 'empty-unit', 'warning'],
    ]);
    expect(unitReport(org, 'empty').objectives).toEqual([]);
    expectClean(org as never);
  });

  it('gives an organisation without objectives no status and no empty-unit issue of its own', () => {
    const org = analyze([], []);
    expect(org.units).toHaveLength(1);
    expect(org.units[0]?.status).toBeNull();
    expect(issueList(org)).toEqual([['objectives', 'no-objectives', 'warning']]);
  });
});

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
