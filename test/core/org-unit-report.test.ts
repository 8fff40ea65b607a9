import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeOrg, type OrgReport, type OrgUnit, reviewAgenda, unitReport } from '../../src/core';
import { SMALL_NOW as NOW, SMALL_ORGANISATION as SMALL } from '../fixtures/organisation';
import { expectClean } from './helpers';

const unitOf = (org: OrgReport, id: string) => org.units.find((u) => u.id === id) as OrgUnit;

describe('unitReport', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(SMALL, { now: NOW });
  });

  it('gives a unit’s sub-units first as unit rows, then its own objectives', () => {
    const report = unitReport(org, 'eng');
    expect(report.objectives.map((row) => [row.kind, row.id, row.title, row.status])).toEqual([
      ['unit', 'infra', 'Infra', 'at-risk'],
      ['unit', 'web', 'Web', 'on-track'],
      [undefined, 'e1', 'Hire five engineers', 'on-track'],
    ]);
    expect(report.objectives[0]?.progress).toBeCloseTo(0.25, 12);
    expect(report.objectives[0]?.explanation).toEqual(unitOf(org, 'infra').explanation);
    expect(report.balance).toEqual(unitOf(org, 'eng').balance);
    expect(report.cycle).toEqual(org.cycle);
    expect(report.issues).toEqual([]);
    expectClean(report);
  });

  it('gives a leaf team’s objectives as analyzeOkrs analyses them', () => {
    const report = unitReport(org, 'infra');
    expect(report.objectives).toEqual(org.objectives.filter((o) => o.team === 'infra'));
  });

  it('gives an empty report with an unknown-unit issue for an id that is no unit', () => {
    const report = unitReport(org, 'marketing');
    expect(report.objectives).toEqual([]);
    expect(report.balance.score).toBeNull();
    expect(report.issues).toEqual([
      {
        path: 'unitId',
        code: 'unknown-unit',
        severity: 'error',
        message: 'There is no unit with the id ‘marketing’ in this organisation. Nothing is shown.',
      },
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['an object without units', { objectives: [] }],
  ])('gives an invalid-org issue for %s instead of throwing', (_, junk) => {
    const report = unitReport(junk as never, '@org');
    expect(report.issues.map((issue) => issue.code)).toEqual(['invalid-org']);
    expect(report.objectives).toEqual([]);
  });

  it('suggests capacity imbalance between teams at the organisation', () => {
    const report = unitReport(org, '@org');
    const imbalance = report.suggestions.find((s) => s.causeId === 'team.capacity-imbalance');
    // Sales is exceeding while the organisation’s own objective is at risk.
    expect(imbalance?.strength).toBe('strong');
    expect(imbalance?.evidence[0]?.values).toMatchObject({
      leader: 'Sales',
      laggard: 'Company offsite',
    });
    // No rule about key results reads a unit row: only the objective lacks them.
    const noPlan = report.suggestions.find((s) => s.causeId === 'target.no-clear-plan');
    expect(noPlan?.objectiveIds).toEqual(['o1']);
  });

  it('names teams as teams in the review agenda of a unit', () => {
    const agenda = reviewAgenda(unitReport(org, 'eng'));
    expect(agenda.progress.map((item) => [item.kind, item.title])).toEqual([
      ['unit', 'Infra'],
      ['unit', 'Web'],
      [undefined, 'Hire five engineers'],
    ]);
    expect(agenda.markdown).toContain('- Team ‘Infra’: 25%, At risk');
    expect(agenda.markdown).toContain('- **Team ‘Infra’** (At risk)');
    expect(agenda.markdown).toContain('- Hire five engineers: 50%, On track');
  });
});
