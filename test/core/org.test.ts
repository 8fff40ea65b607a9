import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeOrg, type OrgReport, type OrgUnit } from '../../src/core';
import { SMALL_NOW as NOW, SMALL_ORGANISATION as SMALL } from '../fixtures/organisation';
import { expectClean } from './helpers';

const unitOf = (org: OrgReport, id: string): OrgUnit => {
  const unit = org.units.find((u) => u.id === id);
  if (!unit) throw new Error(`no unit ${id}`);
  return unit;
};

describe('analyzeOrg with the weighted mean (the default)', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(SMALL, { now: NOW });
  });

  it('lists the organisation first, then depth first, parents before children', () => {
    expect(org.units.map((u) => [u.id, u.parentId, u.depth])).toEqual([
      ['@org', null, 0],
      ['eng', '@org', 1],
      ['infra', 'eng', 2],
      ['web', 'eng', 2],
      ['sales', '@org', 1],
    ]);
    expect(org.rootId).toBe('@org');
    expect(org.rollup).toBe('weighted-mean');
    expect(unitOf(org, 'eng').childIds).toEqual(['infra', 'web']);
    expect(unitOf(org, 'eng').objectiveIds).toEqual(['e1']);
    expect(unitOf(org, '@org').objectiveIds).toEqual(['o1']);
    expect(org.issues).toEqual([]);
    expectClean(org as never);
  });

  it('rolls up a leaf team: Infra is (0.1·1 + 0.3·3) / 4 = 25 %, at risk', () => {
    const infra = unitOf(org, 'infra');
    expect(infra.progress).toBeCloseTo(0.25, 12);
    expect(infra.attainment).toBeCloseTo(0.25, 12);
    expect(infra.weight).toBe(4);
    // f = 0.25 / 0.5 = 0.5, r = 0.5: at risk (0.4 ≤ r < 0.7).
    expect(infra.projection).toBeCloseTo(0.5, 12);
    expect(infra.status).toBe('at-risk');
    expect(infra.explanation.text).toBe(
      '25%: weighted mean of 2 objectives; lowest: ‘Cut outages’ at 10% (weighted-mean rule). Projected to reach 50% by the end of the cycle; success is 100% (projection rule).',
    );
  });

  it('rolls up Engineering over its teams by their weight: (0.25·4 + 0.6·2 + 0.5·1) / 7 = 38.6 %', () => {
    const eng = unitOf(org, 'eng');
    expect(eng.progress).toBeCloseTo(2.7 / 7, 12);
    expect(eng.weight).toBe(7);
    // f = 0.7714, r = 0.7714: lagging (0.7 ≤ r < 0.9).
    expect(eng.status).toBe('behind');
    expect(eng.explanation.id).toBe('org.explain.weighted-mean');
    expect(eng.explanation.values).toMatchObject({
      teams: 2,
      objectives: 1,
      lowest: 'Infra',
      why: 'projection',
    });
    expect(eng.explanation.values.lowestProgress).toBeCloseTo(0.25, 12);
    expect(eng.explanation.text).toBe(
      '39%: weighted mean of 2 teams and 1 objective; lowest: ‘Infra’ at 25% (weighted-mean rule). Projected to reach 77% by the end of the cycle; success is 100% (projection rule).',
    );
    expect(eng.objectiveCount).toBe(4);
    expect(eng.statusCounts).toMatchObject({ 'off-track': 1, 'at-risk': 1, 'on-track': 2 });
  });

  it('rolls up the organisation: 3.8 / 9 = 42.2 % progress, against a bar of 8.7 / 9', () => {
    const root = unitOf(org, '@org');
    expect(root.name).toBe('Organisation');
    expect(root.progress).toBeCloseTo(3.8 / 9, 12);
    // Sales counts with attainment 1 (0.9 of a 0.7 bar), so attainment is 3.9 / 9.
    expect(root.attainment).toBeCloseTo(3.9 / 9, 12);
    expect(root.bar).toBeCloseTo(8.7 / 9, 12);
    // f = 0.8444, r = f / b = 0.8736: lagging.
    expect(root.status).toBe('behind');
    expect(root.objectiveCount).toBe(6);
    expect(root.statusCounts).toEqual({
      done: 0,
      ahead: 1,
      'on-track': 2,
      'not-started': 0,
      behind: 0,
      'at-risk': 2,
      'off-track': 1,
    });
    expect(root.explanation.text).toMatch(
      /^42%: weighted mean of 2 teams and 1 objective; lowest: ‘Company offsite’ at 20%/,
    );
  });

  it('says a unit is done when everything beneath it is', () => {
    const done = analyzeOrg(
      { cycle: SMALL.cycle, objectives: [{ id: 'a', title: 'A', progress: 1.2, team: 'x' }] },
      { now: NOW },
    );
    expect(done.units[1]?.status).toBe('done');
    expect(done.units[1]?.explanation.text).toBe(
      '100%: weighted mean of 1 objective; lowest: ‘A’ at 100% (weighted-mean rule). Every objective beneath is done (done rule).',
    );
  });

  it('rolls up Sales by its bar: an aspirational 0.9 is exceeding', () => {
    const sales = unitOf(org, 'sales');
    expect(sales.progress).toBe(0.9);
    expect(sales.bar).toBe(0.7);
    expect(sales.attainment).toBe(1);
    expect(sales.status).toBe('ahead');
  });

  it('balances each unit over its direct children, weighted as they roll up', () => {
    // Engineering: attainment 0.25 (w 4), 0.6 (w 2), 0.5 (w 1); mean 2.7 / 7.
    const eng = unitOf(org, 'eng');
    expect(eng.balance.mean).toBeCloseTo(2.7 / 7, 12);
    expect(eng.balance.min).toBeCloseTo(0.25, 12);
    expect(eng.balance.max).toBe(0.6);
    expect(eng.balance.median).toBe(0.5);
  });
});

describe('the mean and the weakest link', () => {
  it('counts each child once with mean: Infra 20 %, Engineering 43.3 %, organisation 51.1 %', () => {
    const org = analyzeOrg(SMALL, { now: NOW, rollup: 'mean' });
    expect(org.rollup).toBe('mean');
    expect(unitOf(org, 'infra').progress).toBeCloseTo(0.2, 12);
    expect(unitOf(org, 'infra').status).toBe('at-risk');
    // (0.2 + 0.6 + 0.5) / 3
    expect(unitOf(org, 'eng').progress).toBeCloseTo(1.3 / 3, 12);
    expect(unitOf(org, 'eng').status).toBe('behind');
    // (0.4333 + 0.9 + 0.2) / 3 = 0.5111; bar (1 + 0.7 + 1) / 3 = 0.9, so r = 1.136: on track.
    const root = unitOf(org, '@org');
    expect(root.progress).toBeCloseTo(4.6 / 9, 12);
    expect(root.bar).toBeCloseTo(0.9, 12);
    expect(root.status).toBe('on-track');
    expect(root.explanation.text).toMatch(
      /^51%: mean of 2 teams and 1 objective, each counted once; lowest: ‘Company offsite’ at 20% \(mean rule\)\./,
    );
  });

  it('lets the weakest child decide with weakest: 10 % and severely lagging at every level above Infra', () => {
    const org = analyzeOrg(SMALL, { now: NOW, rollup: 'weakest' });
    for (const id of ['infra', 'eng', '@org']) {
      expect(unitOf(org, id).progress).toBe(0.1);
      expect(unitOf(org, id).status).toBe('off-track');
    }
    expect(unitOf(org, 'web').progress).toBe(0.6);
    expect(unitOf(org, 'sales').status).toBe('ahead');
    expect(unitOf(org, '@org').explanation.text).toBe(
      '10%: the weakest of 2 teams and 1 objective decides: ‘Engineering’ at 10%, Severely lagging (weakest-link rule).',
    );
    expect(unitOf(org, 'eng').explanation.values.lowest).toBe('Infra');
  });

  it('takes the progress a host function gives, with the weighted bar', () => {
    const org = analyzeOrg(SMALL, {
      now: NOW,
      rollup: (children) => Math.max(...children.map((child) => child.progress)),
    });
    expect(org.rollup).toBe('function');
    expect(unitOf(org, 'infra').progress).toBe(0.3);
    // f = 0.6: at risk.
    expect(unitOf(org, 'infra').status).toBe('at-risk');
    expect(unitOf(org, 'eng').progress).toBe(0.6);
    expect(unitOf(org, '@org').progress).toBe(0.9);
    expect(unitOf(org, 'eng').explanation.text).toMatch(
      /^60%: the host’s roll-up of 2 teams and 1 objective; lowest: ‘Infra’ at 30%\./,
    );
  });

  it('hands a function each child’s id, name, kind, progress, attainment, weight and status', () => {
    const seen: unknown[] = [];
    analyzeOrg(SMALL, {
      now: NOW,
      rollup: (children) => {
        seen.push(children);
        return 0.5;
      },
    });
    expect(seen).toContainEqual([
      {
        id: 'infra',
        name: 'Infra',
        kind: 'unit',
        progress: 0.5,
        attainment: 0.5,
        weight: 4,
        status: 'on-track',
      },
      {
        id: 'web',
        name: 'Web',
        kind: 'unit',
        progress: 0.5,
        attainment: 0.5,
        weight: 2,
        status: 'on-track',
      },
      {
        id: 'e1',
        name: 'Hire five engineers',
        kind: 'objective',
        progress: 0.5,
        attainment: 0.5,
        weight: 1,
        status: 'on-track',
      },
    ]);
  });
});
