import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeOrg, type OrgReport, type OrgUnit, unitReport } from '../../src/core';
import { MESSAGES_DE } from '../../src/locales/de';
import {
  CYCLE_TEAMS,
  EMPTY_TEAMS,
  ORGANISATION,
  ORGANISATION_NOW,
  STALLED_TEAM,
} from '../fixtures/organisation';
import { expectClean } from './helpers';

const unit = (org: OrgReport, id: string) => org.units.find((u) => u.id === id) as OrgUnit;

describe('the organisation fixture', () => {
  let org: OrgReport;
  beforeEach(() => {
    org = analyzeOrg(ORGANISATION, { now: ORGANISATION_NOW });
  });

  it('has 40 teams in three levels, the organisation and Unassigned', () => {
    expect(ORGANISATION.teams).toHaveLength(40);
    expect(org.units).toHaveLength(42);
    expect(Math.max(...org.units.map((u) => u.depth))).toBe(3);
    expect(org.units.filter((u) => u.depth === 1).map((u) => u.id)).toEqual([
      'engineering',
      'product',
      'go-to-market',
      'operations',
      'skunkworks',
      '@unassigned',
    ]);
    expectClean(org as never);
  });

  it('reports the cycle, the unknown team and every empty team', () => {
    expect(org.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['parent-cycle', 'error'],
      ['unknown-team', 'warning'],
      ['empty-unit', 'warning'],
      ['empty-unit', 'warning'],
      ['empty-unit', 'warning'],
      ['empty-unit', 'warning'],
    ]);
    expect(org.issues[0]?.message).toContain('‘Labs’ → ‘Skunkworks’ → ‘Labs’');
    // Quality and Facilities hold only empty teams, or none: empty too.
    const empty = org.units.filter((u) => u.status === null).map((u) => u.id);
    expect(empty.sort()).toEqual([...EMPTY_TEAMS, 'quality'].sort());
    expect(unit(org, CYCLE_TEAMS[0]).parentId).toBe(CYCLE_TEAMS[1]);
  });

  it('loses no objective: 59 in, 59 beneath the organisation', () => {
    expect(unit(org, '@org').objectiveCount).toBe(ORGANISATION.objectives.length);
    expect(unit(org, '@unassigned').objectiveIds).toEqual(['orphan-1']);
    expect(unit(org, '@org').objectiveIds).toEqual(['company-1', 'company-2']);
  });

  it('suggests no follow-through for a team whose every objective stalled', () => {
    const payments = unit(org, STALLED_TEAM);
    expect(payments.stalledCount).toBe(2);
    expect(payments.objectiveCount).toBe(2);
    // The latest check-in of the team: day 50 of the cycle.
    expect(payments.lastCheckIn).toBe(Date.UTC(2026, 0, 51));
    expect(unit(org, 'product-eng').lastCheckIn).toBe(Date.UTC(2026, 0, 51));
    expect(unit(org, 'platform').lastCheckIn).toBeNull();
    const [suggestion] = unit(org, 'product-eng').suggestions;
    expect(suggestion).toMatchObject({
      causeId: 'leader.no-follow-through',
      strength: 'strong',
      objectiveIds: [STALLED_TEAM],
    });
    expect(suggestion?.evidence[0]).toEqual({
      id: 'evidence.unit-stalled',
      values: { title: 'Payments', count: 2 },
      objectiveIds: [STALLED_TEAM],
    });
  });

  it('suggests capacity imbalance between two teams of a department', () => {
    const platform = unit(org, 'platform');
    expect([unit(org, 'data').status, unit(org, 'security').status]).toEqual(['ahead', 'at-risk']);
    const [imbalance] = platform.suggestions;
    expect(imbalance).toMatchObject({
      causeId: 'team.capacity-imbalance',
      strength: 'strong',
      objectiveIds: ['data', 'security'],
    });
    expect(imbalance?.evidence[0]?.values).toMatchObject({ leader: 'Data', laggard: 'Security' });
  });

  it('gives every unit a report, rows summing to its direct children', () => {
    for (const each of org.units) {
      const report = unitReport(org, each.id);
      const units = report.objectives.filter((row) => row.kind === 'unit');
      expect(units.length).toBe(each.childIds.filter((id) => unit(org, id).status !== null).length);
      expect(report.objectives.length - units.length).toBe(each.objectiveIds.length);
    }
  });

  it('explains a unit in German with the German catalogue', () => {
    const german = analyzeOrg(ORGANISATION, {
      now: ORGANISATION_NOW,
      locale: 'de',
      messages: MESSAGES_DE,
    });
    const text = unit(german, 'product-eng').explanation.text;
    expect(text).toMatch(
      /^64\u00a0%: gewichteter Mittelwert aus 3 Teams; am niedrigsten: „Payments“ mit 45\u00a0%/,
    );
    expect(unit(german, '@unassigned').name).toBe('Nicht zugeordnet');
    expect(german.issues[0]?.message).toContain('schließt einen Kreis');
  });
});
