import { describe, expect, it } from 'vitest';
import { analyzeOrg } from '../../src/core';
import { SMALL_NOW as NOW, SMALL_ORGANISATION as SMALL } from '../fixtures/organisation';

const Q1 = { start: '2026-01-01', end: '2026-04-01' };
const ONE = { cycle: Q1, objectives: [{ id: 'a', title: 'A', progress: 0.5 }] };
const DEFAULT_USED = 'The default is used instead.';

describe('analyzeOrg: the rollup and orgName options', () => {
  it.each(['weighted-mean', 'mean', 'weakest'] as const)(
    'takes the rollup rule %s without an issue',
    (rule) => {
      const org = analyzeOrg(SMALL, { now: NOW, rollup: rule });
      expect(org.rollup).toBe(rule);
      expect(org.issues).toEqual([]);
    },
  );

  it('reports an unknown rollup rule and rolls up by the weighted mean', () => {
    const org = analyzeOrg(SMALL, { now: NOW, rollup: 'median' as never });
    expect(org.rollup).toBe('weighted-mean');
    expect(org.units[1]?.progress).toBeCloseTo(2.7 / 7, 12);
    expect(org.issues).toEqual([
      {
        path: 'options.rollup',
        code: 'unknown-rollup',
        severity: 'warning',
        message: `options.rollup names no roll-up rule: use ‘weighted-mean’, ‘mean’, ‘weakest’ or a function. ${DEFAULT_USED}`,
      },
    ]);
  });

  it('reports options whose rollup and orgName cannot be read, and uses the defaults', () => {
    const hostile = {
      now: NOW,
      get rollup(): never {
        throw new Error('no rollup');
      },
      get orgName(): never {
        throw new Error('no name');
      },
    };
    const org = analyzeOrg(ONE, hostile);
    expect(org.rollup).toBe('weighted-mean');
    expect(org.units[0]?.name).toBe('Organisation');
    expect(org.issues).toEqual([
      {
        path: 'options.rollup',
        code: 'unreadable',
        severity: 'warning',
        message: `options.rollup cannot be read: reading it threw an error. ${DEFAULT_USED}`,
      },
      {
        path: 'options.orgName',
        code: 'unreadable',
        severity: 'warning',
        message: `options.orgName cannot be read: reading it threw an error. ${DEFAULT_USED}`,
      },
    ]);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['a number', 3],
  ])('reports an orgName that is %s and names the organisation Organisation', (_, name) => {
    const org = analyzeOrg(ONE, { now: NOW, orgName: name as never });
    expect(org.units[0]?.name).toBe('Organisation');
    expect(org.issues).toEqual([
      {
        path: 'options.orgName',
        code: 'wrong-type',
        severity: 'warning',
        message: `options.orgName should be text. ${DEFAULT_USED}`,
      },
    ]);
  });

  it('keeps an orgName with spaces around it as given', () => {
    expect(analyzeOrg(ONE, { now: NOW, orgName: ' Acme ' }).units[0]?.name).toBe(' Acme ');
  });
});

describe('analyzeOrg: where an unassigned objective stood in the input', () => {
  it('names the input index of each unassigned objective past objectives left out', () => {
    const org = analyzeOrg(
      {
        cycle: Q1,
        teams: [{ id: 't', name: 'T' }],
        objectives: [
          'junk',
          { id: 'p', title: 'P', team: 'lost', progress: 0.2 },
          { title: 'No id', team: 'nope', progress: 0.2 },
          { id: 'a', title: 'A', team: 't', progress: 0.5 },
          { id: 'q', title: 'Q', team: 'gone', progress: 0.1 },
          { id: 'a', title: 'A again', team: 'nope', progress: 0.3 },
          { id: 'r', title: 'R', team: 'gone', progress: 0.1 },
        ],
      },
      { now: NOW },
    );
    expect(org.objectives.map((o) => o.id)).toEqual(['p', 'a', 'q', 'r']);
    expect(org.issues.filter((i) => i.code === 'unknown-team').map((i) => i.path)).toEqual([
      'objectives[1].team',
      'objectives[4].team',
      'objectives[6].team',
    ]);
    expect(
      org.issues.filter((i) => i.code !== 'unknown-team').map((i) => [i.path, i.code]),
    ).toEqual([
      ['objectives[0]', 'wrong-type'],
      ['objectives[2].id', 'missing'],
      ['objectives[5].id', 'duplicate-id'],
    ]);
  });
});
