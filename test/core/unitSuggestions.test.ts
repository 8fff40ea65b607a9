import { describe, expect, it } from 'vitest';
import { analyzeOkrs, type ObjectiveAnalysis, type SuggestionContext } from '../../src/core';
import type { UnitRow } from '../../src/core/org/orgTypes';
import { UNIT_SUGGESTION_RULES, unitStalledRule } from '../../src/core/org/unitSuggestions';
import { DEFAULT_SUGGESTION_THRESHOLDS } from '../../src/core/suggest';
import { Q1_2026 } from '../fixtures/scenarios';

// The unit rules on hand-made rows: one objective analysed for real, units made from it.
const objective = (): ObjectiveAnalysis => {
  const report = analyzeOkrs(
    { cycle: Q1_2026, objectives: [{ id: 'o', title: 'Objective', progress: 0.5 }] },
    { now: '2026-02-15' },
  );
  return report.objectives[0] as ObjectiveAnalysis;
};
const unit = (fields: Partial<UnitRow>): UnitRow => ({
  ...objective(),
  kind: 'unit',
  id: 'team',
  unitId: 'team',
  title: 'Team',
  keyResults: [],
  objectiveCount: 3,
  statusCounts: {} as UnitRow['statusCounts'],
  stalledCount: 0,
  ...fields,
});
const context = (objectives: ObjectiveAnalysis[], elapsed = 0.5): SuggestionContext => ({
  objectives,
  elapsed,
  cycle: { start: 0, end: 1 },
  thresholds: DEFAULT_SUGGESTION_THRESHOLDS,
});
const rule = (id: string) => {
  const found = UNIT_SUGGESTION_RULES.find((each) => each.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

describe('a team whose every objective stalled', () => {
  it('is found when all its objectives stalled, with its name and count', () => {
    const findings = unitStalledRule.evaluate(context([unit({ stalledCount: 3 })]));
    expect(findings).toEqual([
      {
        causeId: 'leader.no-follow-through',
        strength: 'strong',
        objectiveIds: ['team'],
        evidence: {
          id: 'evidence.unit-stalled',
          values: { title: 'Team', count: 3 },
          objectiveIds: ['team'],
        },
      },
    ]);
  });

  it('is not found while one objective still moves, nor in a team without objectives', () => {
    expect(unitStalledRule.evaluate(context([unit({ stalledCount: 2 })]))).toEqual([]);
    expect(
      unitStalledRule.evaluate(context([unit({ objectiveCount: 0, stalledCount: 0 })])),
    ).toEqual([]);
  });

  it('reads only units: an objective row with the same counts is not a team', () => {
    const row = { ...unit({ stalledCount: 3 }), kind: undefined } as unknown as ObjectiveAnalysis;
    expect(unitStalledRule.evaluate(context([row]))).toEqual([]);
  });
});

describe('rules about objectives beside units', () => {
  it('still find a stalled objective among team rows', () => {
    const stalled: ObjectiveAnalysis = {
      ...objective(),
      stall: { progress: 0.5, checkIns: 3, days: 30 },
    };
    const findings = rule('no-follow-through').evaluate(context([unit({}), stalled]));
    expect(findings.map((f) => f.objectiveIds)).toEqual([['o']]);
  });
});

describe('no clear plan, for a team', () => {
  it('counts a team with no progress at all once a fifth of the cycle is gone', () => {
    const still = unit({ progress: 0, status: 'at-risk' });
    expect(rule('no-clear-plan').evaluate(context([still], 0.2))).toEqual([
      expect.objectContaining({ strength: 'strong', objectiveIds: ['team'] }),
    ]);
    expect(rule('no-clear-plan').evaluate(context([still], 0.19))).toEqual([]);
  });

  it('never says a team lacks key results', () => {
    const lagging = unit({ progress: 0.1, status: 'at-risk' });
    expect(rule('no-clear-plan').evaluate(context([lagging], 0.5))).toEqual([]);
  });
});
