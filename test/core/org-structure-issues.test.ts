import { describe, expect, it } from 'vitest';
import { analyzeOrg, type Issue } from '../../src/core';

// Every bad team, with the exact issue a host gets (path, code, severity, message) and the
// repair it names.
const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const goal = (id: string, team?: string) => ({
  id,
  title: id.toUpperCase(),
  progress: 0.5,
  ...(team === undefined ? {} : { team }),
});
const analyze = (teams: unknown, objectives: unknown[] = [goal('a', 'web')]) =>
  analyzeOrg({ cycle: CYCLE, teams, objectives }, { now: '2026-02-15' });
const units = (teams: unknown, objectives?: unknown[]) =>
  analyze(teams, objectives).units.map((u) => [u.id, u.name, u.parentId]);
const LEFT_OUT = 'This team is left out; objectives naming it go to ‘Unassigned’.';
const issue = (path: string, code: string, severity: Issue['severity'], message: string) => ({
  path,
  code,
  severity,
  message,
});

describe('the list of teams', () => {
  it('reads no teams as teams from the objectives, without an issue', () => {
    expect(analyze(null).issues).toEqual([]);
    expect(analyze(undefined).issues).toEqual([]);
    expect(units(null)).toEqual([
      ['@org', 'Organisation', null],
      ['web', 'web', '@org'],
    ]);
  });

  it('ignores teams that are not a list, and says what it does instead', () => {
    expect(analyze('web').issues).toEqual([
      issue(
        'teams',
        'wrong-type',
        'warning',
        'teams should be a list. Each objective’s team becomes a team directly under the organisation.',
      ),
    ]);
  });
});

describe('one bad team', () => {
  it.each([
    [[42], 'teams[0]', 'wrong-type', 'teams[0] should be an object.'],
    [[{ name: 'Web' }], 'teams[0].id', 'missing', 'teams[0].id is missing.'],
    [[{ id: '', name: 'Web' }], 'teams[0].id', 'empty', 'teams[0].id must not be empty.'],
    [[{ id: 7, name: 'Web' }], 'teams[0].id', 'wrong-type', 'teams[0].id should be text.'],
  ])('is left out when it cannot be read: %j', (teams, path, code, problem) => {
    expect(analyze(teams, [goal('a')]).issues).toEqual([
      issue(path, code, 'error', `${problem} ${LEFT_OUT}`),
    ]);
  });

  it.each([
    [{ id: 'web' }, 'missing', 'teams[0].name is missing.'],
    [{ id: 'web', name: '' }, 'empty', 'teams[0].name must not be empty.'],
    [{ id: 'web', name: 3 }, 'wrong-type', 'teams[0].name should be text.'],
  ])('is named by its id when its name cannot be read: %j', (team, code, problem) => {
    expect(analyze([team]).issues).toEqual([
      issue('teams[0].name', code, 'warning', `${problem} Its id is used as its name.`),
    ]);
    expect(units([team])[1]).toEqual(['web', 'web', '@org']);
  });

  it('sits under the organisation when its parent is not text', () => {
    const teams = [{ id: 'web', name: 'Web', parentId: 3 }];
    expect(analyze(teams).issues).toEqual([
      issue(
        'teams[0].parentId',
        'wrong-type',
        'warning',
        'teams[0].parentId should be text. The team sits directly under the organisation.',
      ),
    ]);
    expect(units(teams)[1]).toEqual(['web', 'Web', '@org']);
  });

  it('keeps the first of two teams with one id', () => {
    const teams = [
      { id: 'web', name: 'Web' },
      { id: 'web', name: 'Web 2' },
    ];
    expect(analyze(teams).issues).toEqual([
      issue(
        'teams[1].id',
        'duplicate-id',
        'warning',
        'teams[1].id repeats an id used before. The first team with this id is kept; this one is left out.',
      ),
    ]);
    expect(units(teams)).toEqual([
      ['@org', 'Organisation', null],
      ['web', 'Web', '@org'],
    ]);
  });
});

describe('objectives of unknown teams', () => {
  it('go to ‘Unassigned’, with the objective’s own path', () => {
    const org = analyze([{ id: 'web', name: 'Web' }], [goal('a', 'web'), goal('b', 'nope')]);
    expect(org.issues).toEqual([
      issue(
        'objectives[1].team',
        'unknown-team',
        'warning',
        'objectives[1].team names a team that is not in the list of teams. The objective is placed in the ‘Unassigned’ unit.',
      ),
    ]);
    expect(org.units.map((u) => [u.id, u.objectiveIds])).toEqual([
      ['@org', []],
      ['web', ['a']],
      ['@unassigned', ['b']],
    ]);
  });

  it('get a free id for ‘Unassigned’ when teams already use it', () => {
    const teams = [
      { id: '@unassigned', name: 'U1' },
      { id: '@unassigned~2', name: 'U2' },
    ];
    const objectives = [goal('a', '@unassigned'), goal('b', '@unassigned~2'), goal('c', 'x')];
    expect(units(teams, objectives).map(([id]) => id)).toEqual([
      '@org',
      '@unassigned',
      '@unassigned~2',
      '@unassigned~3',
    ]);
  });

  it('have no ‘Unassigned’ unit when every team is known', () => {
    expect(units([{ id: 'web', name: 'Web' }]).map(([id]) => id)).toEqual(['@org', 'web']);
  });
});

describe('a cycle of parents', () => {
  const ring = (size: number) =>
    Array.from({ length: size }, (_, i) => ({
      id: `t${i + 1}`,
      name: `T${i + 1}`,
      parentId: `t${((i + 1) % size) + 1}`,
    }));

  it('names every team of a cycle of eight', () => {
    const [found] = analyze(ring(8), [goal('a', 't1')]).issues;
    expect(found).toEqual(
      issue(
        'teams[7].parentId',
        'parent-cycle',
        'error',
        'teams[7].parentId closes a cycle of parents: ‘T1’ → ‘T2’ → ‘T3’ → ‘T4’ → ‘T5’ → ‘T6’ → ‘T7’ → ‘T8’ → ‘T1’. The cycle is cut here: this team sits directly under the organisation.',
      ),
    );
  });

  it('names the first seven teams of a longer cycle', () => {
    const [found] = analyze(ring(9), [goal('a', 't1')]).issues;
    expect(found?.message).toContain('‘T1’ → ‘T2’ → ‘T3’ → ‘T4’ → ‘T5’ → ‘T6’ → ‘T7’ → … → ‘T1’.');
  });

  it('cuts the cycle where it closes, so the others hang beneath that team', () => {
    expect(units(ring(3), [goal('a', 't1')])).toEqual([
      ['@org', 'Organisation', null],
      ['t3', 'T3', '@org'],
      ['t2', 'T2', 't3'],
      ['t1', 'T1', 't2'],
    ]);
  });
});
