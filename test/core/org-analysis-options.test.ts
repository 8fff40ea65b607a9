import { describe, expect, it } from 'vitest';
import { analyzeOkrs, analyzeOrg, type OrgReport, type OrgUnit } from '../../src/core';
import {
  SMALL_NOW as NOW,
  ORGANISATION,
  ORGANISATION_NOW,
  SMALL_ORGANISATION as SMALL,
} from '../fixtures/organisation';

const unitOf = (org: OrgReport, id: string) => org.units.find((u) => u.id === id) as OrgUnit;
const Q1 = { start: '2026-01-01', end: '2026-04-01' };

describe('analyzeOrg: options reach the units', () => {
  it('classifies every unit by the status rules of the options', () => {
    const banded = analyzeOrg(SMALL, { now: NOW, statusRules: 'score-bands' });
    expect(banded.units.map((u) => [u.id, u.status, u.explanation.values.why])).toEqual([
      ['@org', 'on-track', 'score-bands'],
      ['eng', 'on-track', 'score-bands'],
      ['infra', 'at-risk', 'score-bands'],
      ['web', 'on-track', 'score-bands'],
      ['sales', 'on-track', 'score-bands'],
    ]);
    const projected = analyzeOrg(SMALL, { now: NOW });
    expect(projected.units.map((u) => [u.id, u.status, u.explanation.values.why])).toEqual([
      ['@org', 'behind', 'projection'],
      ['eng', 'behind', 'projection'],
      ['infra', 'at-risk', 'projection'],
      ['web', 'on-track', 'projection'],
      ['sales', 'ahead', 'projection'],
    ]);
  });

  it('explains a unit’s roll-up and its status in one sentence', () => {
    const eng = unitOf(analyzeOrg(SMALL, { now: NOW }), 'eng');
    expect(eng.explanation.id).toBe('org.explain.weighted-mean');
    expect(eng.explanation.text).toBe(
      '39%: weighted mean of 2 teams and 1 objective; lowest: ‘Infra’ at 25% (weighted-mean rule). Projected to reach 77% by the end of the cycle; success is 100% (projection rule).',
    );
    expect(eng.explanation.values).toMatchObject({
      parts: 'both',
      teams: 2,
      objectives: 1,
      lowest: 'Infra',
      bar: 1,
    });
  });

  it('names the organisation by orgName, and reports an orgName that is not text', () => {
    expect(analyzeOrg(SMALL, { now: NOW, orgName: 'Acme' }).units[0]?.name).toBe('Acme');
    const org = analyzeOrg(SMALL, { now: NOW, orgName: 42 as never });
    expect(org.units[0]?.name).toBe('Organisation');
    expect(org.issues).toEqual([
      {
        path: 'options.orgName',
        code: 'wrong-type',
        severity: 'warning',
        message: 'options.orgName should be text. The default is used instead.',
      },
    ]);
  });

  it('reports a roll-up function that throws once, and rolls up by the weighted mean', () => {
    const org = analyzeOrg(SMALL, {
      now: NOW,
      rollup: () => {
        throw new Error('broken');
      },
    });
    expect(org.issues).toEqual([
      {
        path: 'options.rollup',
        code: 'callback-threw',
        severity: 'warning',
        message: 'options.rollup threw an error. The default is used instead.',
      },
    ]);
    expect(unitOf(org, 'eng').progress).toBeCloseTo(2.7 / 7, 12);
  });

  it('gives no unit suggestions with empty suggestion rules', () => {
    const org = analyzeOrg(SMALL, { now: NOW, suggestionRules: [] });
    expect(org.units.map((u) => u.suggestions)).toEqual([[], [], [], [], []]);
  });

  it('gives a team of objectives only the suggestions analyzeOkrs gives its objectives', () => {
    const org = analyzeOrg(SMALL, { now: NOW });
    const alone = analyzeOkrs(
      { cycle: SMALL.cycle, objectives: SMALL.objectives.filter((o) => o.team === 'infra') },
      { now: NOW },
    );
    expect(alone.suggestions.map((s) => s.causeId)).toEqual([
      'target.no-clear-plan',
      'target.too-aggressive',
    ]);
    expect(unitOf(org, 'infra').suggestions).toEqual(alone.suggestions);
  });

  it.each([
    ['null', null],
    ['a number', 7],
  ])('analyses with the defaults when the options are %s', (_, options) => {
    const org = analyzeOrg(SMALL, options as never);
    expect(org.units.map((u) => [u.id, u.name])).toEqual([
      ['@org', 'Organisation'],
      ['eng', 'Engineering'],
      ['infra', 'Infra'],
      ['web', 'Web'],
      ['sales', 'Sales'],
    ]);
    expect(org.rollup).toBe('weighted-mean');
  });
});

describe('analyzeOrg: weights, counts and dates over the tree', () => {
  it('counts every objective once when all weights are zero, sub-units by their size', () => {
    const zero = { ...SMALL, objectives: SMALL.objectives.map((o) => ({ ...o, weight: 0 })) };
    const org = analyzeOrg(zero, { now: NOW });
    expect(org.units.map((u) => [u.id, u.weight])).toEqual([
      ['@org', 6],
      ['eng', 4],
      ['infra', 2],
      ['web', 1],
      ['sales', 1],
    ]);
    // Engineering: (0.1 + 0.3 + 0.6 + 0.5) / 4; the organisation: all six over 6.
    expect(unitOf(org, 'eng').progress).toBeCloseTo(0.375, 12);
    expect(unitOf(org, 'infra').progress).toBeCloseTo(0.2, 12);
    expect(unitOf(org, '@org').progress).toBeCloseTo(2.6 / 6, 12);
  });

  it('keeps the weights when only some are zero', () => {
    const some = {
      ...SMALL,
      objectives: SMALL.objectives.map((o) => (o.id === 'i1' ? { ...o, weight: 0 } : o)),
    };
    const org = analyzeOrg(some, { now: NOW });
    expect(unitOf(org, 'infra').weight).toBe(3);
    expect(unitOf(org, 'infra').progress).toBeCloseTo(0.3, 12);
    expect(unitOf(org, 'eng').weight).toBe(6);
  });

  it('adds up stalled objectives from the team to the organisation', () => {
    const org = analyzeOrg(ORGANISATION, { now: ORGANISATION_NOW });
    expect(
      ['payments', 'product-eng', 'engineering', '@org'].map((id) => unitOf(org, id).stalledCount),
    ).toEqual([2, 2, 2, 2]);
    expect(unitOf(org, 'web').stalledCount).toBe(0);
  });

  it('takes the latest check-in beneath a unit, skipping objectives without one', () => {
    const org = analyzeOrg(
      {
        cycle: Q1,
        teams: [
          { id: 't', name: 'T' },
          { id: 'u', name: 'U', parentId: 't' },
        ],
        objectives: [
          {
            id: 'a',
            title: 'A',
            team: 'u',
            progress: 0.5,
            checkIns: [{ at: '2026-02-10', progress: 0.5 }],
          },
          {
            id: 'b',
            title: 'B',
            team: 'u',
            progress: 0.5,
            checkIns: [{ at: '2026-01-20', progress: 0.5 }],
          },
          { id: 'c', title: 'C', team: 't', progress: 0.5 },
          {
            id: 'd',
            title: 'D',
            team: 't',
            progress: 0.5,
            checkIns: [{ at: '2026-02-12', progress: 0.5 }],
          },
        ],
      },
      { now: NOW },
    );
    expect(org.units.map((u) => [u.id, u.lastCheckIn])).toEqual([
      ['@org', Date.UTC(2026, 1, 12)],
      ['t', Date.UTC(2026, 1, 12)],
      ['u', Date.UTC(2026, 1, 10)],
    ]);
  });

  it('gives no last check-in to a unit whose objectives have none', () => {
    const org = analyzeOrg(SMALL, { now: NOW });
    expect(org.units.map((u) => u.lastCheckIn)).toEqual([null, null, null, null, null]);
  });

  it.each([
    ['half way', NOW, 0.5, true],
    ['at three quarters, the threshold', '2026-03-09T12:00:00.000Z', 0.75, true],
    ['after three quarters', '2026-03-12', 0.7777777777777778, false],
  ])('marks a unit done %s as completed early or not', (_, now, elapsed, early) => {
    const org = analyzeOrg(
      {
        cycle: Q1,
        teams: [{ id: 't', name: 'T' }],
        objectives: [{ id: 'a', title: 'A', team: 't', progress: 1 }],
      },
      { now },
    );
    expect(org.elapsed).toBeCloseTo(elapsed, 12);
    expect(
      org.units.map((u) => [u.id, u.status, u.completedEarly, u.explanation.values.why]),
    ).toEqual([
      ['@org', 'done', early, 'unit-done'],
      ['t', 'done', early, 'unit-done'],
    ]);
  });

  it('does not mark a unit that is not done as completed early', () => {
    const org = analyzeOrg(SMALL, { now: NOW });
    expect(org.units.map((u) => u.completedEarly)).toEqual([false, false, false, false, false]);
  });
});

describe('analyzeOrg: repairs of the first team and objective', () => {
  it('reports an unknown team of the first objective and an empty first team by their paths', () => {
    const org = analyzeOrg(
      {
        cycle: SMALL.cycle,
        teams: [{ id: 'x', name: 'X' }, ...(SMALL.teams ?? [])],
        objectives: [{ id: 'q', title: 'Q', team: 'nope', progress: 0.1 }, ...SMALL.objectives],
      },
      { now: NOW },
    );
    expect(org.issues).toEqual([
      {
        path: 'objectives[0].team',
        code: 'unknown-team',
        severity: 'warning',
        message:
          'objectives[0].team names a team that is not in the list of teams. The objective is placed in the ‘Unassigned’ unit.',
      },
      {
        path: 'teams[0]',
        code: 'empty-unit',
        severity: 'warning',
        message:
          'teams[0] has no objectives, in it or beneath it. It is shown without a status, as ‘No objectives’.',
      },
    ]);
    const x = unitOf(org, 'x');
    expect(x.status).toBeNull();
    expect(x.explanation).toEqual({
      id: 'org.explain.empty',
      values: {},
      text: 'No objectives in this unit or beneath it.',
    });
  });

  it('reports no unknown team when every objective’s team is listed', () => {
    const org = analyzeOrg(SMALL, { now: NOW });
    expect(org.issues).toEqual([]);
  });
});
