import { describe, expect, it } from 'vitest';
import { analyzeOrg, type ObjectiveInput, type OrgReport, unitReport } from '../../src/core';
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

  it('walks a chain of 5,000 teams, and a cycle through all of them, without recursion', () => {
    const chain = Array.from({ length: 5000 }, (_, index) => ({
      id: `t${index}`,
      name: `T${index}`,
      ...(index > 0 ? { parentId: `t${index - 1}` } : {}),
    }));
    const deep = analyze(chain, [goal('a', 't4999', 0.3)]);
    expect(deep.units.at(-1)).toMatchObject({ id: 't4999', depth: 5000 });
    expect(deep.units[1]?.progress).toBe(0.3);
    const looped = analyze(
      chain.map((team, index) => (index === 0 ? { ...team, parentId: 't4999' } : team)),
      [goal('a', 't0')],
    );
    // The walk from t0 goes up through t4999 … t1, whose parent t0 closes the cycle.
    expect(issueList(looped)).toEqual([['teams[1].parentId', 'parent-cycle', 'error']]);
    expect(looped.units[1]).toMatchObject({ id: 't1', depth: 1 });
    expect(looped.units.at(-1)).toMatchObject({ id: 't0', depth: 5000 });
    expect(looped.issues[0]?.message).toContain(
      '‘T0’ → ‘T4999’ → ‘T4998’ → ‘T4997’ → ‘T4996’ → ‘T4995’ → ‘T4994’ → … → ‘T0’.',
    );
  });

  it('gives an organisation without objectives no status and no empty-unit issue of its own', () => {
    const org = analyze([], []);
    expect(org.units).toHaveLength(1);
    expect(org.units[0]?.status).toBeNull();
    expect(issueList(org)).toEqual([['objectives', 'no-objectives', 'warning']]);
  });
});
