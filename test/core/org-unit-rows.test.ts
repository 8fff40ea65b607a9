import { describe, expect, it } from 'vitest';
import { analyzeOrg, type OrgUnit, unitReport } from '../../src/core';
import { SMALL_NOW as NOW, SMALL_ORGANISATION as SMALL } from '../fixtures/organisation';

describe('unit rows of a unit’s report', () => {
  it('gives a sub-unit row every field of the unit, as a committed objective without key results', () => {
    const org = analyzeOrg(SMALL, { now: NOW });
    const eng = org.units.find((u) => u.id === 'eng') as OrgUnit;
    const [row] = unitReport(org, '@org').objectives;
    expect(row).toEqual({
      kind: 'unit',
      id: 'eng',
      unitId: 'eng',
      title: 'Engineering',
      type: 'committed',
      weight: 7,
      progress: eng.progress,
      expected: 0.5,
      projection: eng.projection,
      bar: 1,
      attainment: eng.attainment,
      confidence: null,
      status: 'behind',
      rule: 'weighted-mean',
      stale: false,
      completedEarly: false,
      explanation: eng.explanation,
      keyResults: [],
      previousProgress: null,
      lastCheckIn: null,
      daysSinceCheckIn: null,
      checkInGapDays: null,
      stall: null,
      createdAt: null,
      history: [],
      forecast: null,
      objectiveCount: 4,
      statusCounts: {
        done: 0,
        ahead: 0,
        'on-track': 2,
        'not-started': 0,
        behind: 0,
        'at-risk': 1,
        'off-track': 1,
      },
      stalledCount: 0,
    });
    expect(eng.progress).toBeCloseTo(2.7 / 7, 12);
  });

  it('gives a sub-unit row the id unit:<id> when an own objective has the unit’s id', () => {
    const org = analyzeOrg(
      {
        ...SMALL,
        objectives: [...SMALL.objectives, { id: 'eng', title: 'Same id', progress: 0.4 }],
      },
      { now: NOW },
    );
    const rows = unitReport(org, '@org').objectives;
    expect(rows.map((row) => [row.kind ?? 'objective', row.id])).toEqual([
      ['unit', 'unit:eng'],
      ['unit', 'sales'],
      ['objective', 'o1'],
      ['objective', 'eng'],
    ]);
    expect(rows[0]).toMatchObject({ unitId: 'eng', title: 'Engineering' });
  });

  it('leaves out a sub-unit without objectives, and gives a unit of empty teams its objectives', () => {
    const org = analyzeOrg(
      {
        cycle: SMALL.cycle,
        teams: [
          { id: 't', name: 'T' },
          { id: 'empty', name: 'Empty', parentId: 't' },
          { id: 'full', name: 'Full', parentId: 't' },
        ],
        objectives: [
          { id: 'a', title: 'A', team: 't', progress: 0.5 },
          { id: 'b', title: 'B', team: 'full', progress: 0.5 },
        ],
      },
      { now: NOW },
    );
    expect(unitReport(org, 't').objectives.map((row) => [row.kind ?? 'objective', row.id])).toEqual(
      [
        ['unit', 'full'],
        ['objective', 'a'],
      ],
    );
    expect(unitReport(org, 'full').objectives.map((row) => row.id)).toEqual(['b']);
  });
});
