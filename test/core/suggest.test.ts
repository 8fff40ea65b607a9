import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  CAUSES,
  DEFAULT_SUGGESTION_RULES,
  type Evidence,
  type FormatOptions,
  formatMessage,
  type ObjectiveInput,
  RED_FLAGS,
  type Report,
  type SuggestionRule,
} from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';

const analyze = (objectives: ObjectiveInput[], now: string, options = {}): Report =>
  analyzeOkrs({ cycle: Q1_2026, objectives }, { now, ...options });
const causes = (report: Report) => report.suggestions.map((s) => `${s.causeId}:${s.strength}`);
const filler = (id: string, progress = 0.5): ObjectiveInput => ({ id, title: id, progress });

describe('suggestion rules', () => {
  it('finds no plan behind an objective with no progress after a fifth of the cycle', () => {
    // 2026-01-19 is 18 days in: t = 0.2.
    expect(causes(analyze([filler('zero', 0)], '2026-01-19'))).toContain(
      'target.no-clear-plan:strong',
    );
    expect(causes(analyze([filler('zero', 0)], '2026-01-18'))).not.toContain(
      'target.no-clear-plan:strong',
    );
  });

  it('points to missing meetings when check-ins are more than two weeks apart', () => {
    const sparse = {
      ...filler('sparse', 0.4),
      checkIns: [
        { at: '2026-01-01', progress: 0.1 },
        { at: '2026-01-16', progress: 0.25 },
        { at: '2026-02-01', progress: 0.4 },
      ],
    };
    const report = analyze([sparse], '2026-02-10');
    expect(report.objectives[0]).toMatchObject({ stale: false, checkInGapDays: 15.5 });
    expect(report.suggestions).toEqual([
      expect.objectContaining({
        causeId: 'process.no-meeting-cadence',
        strength: 'strong',
        objectiveIds: ['sparse'],
      }),
    ]);
    expect(said(report.suggestions[0]?.evidence[0])).toBe(
      'Check-ins on ‘sparse’ are 16 days apart (median).',
    );
  });

  it('calls an objective stale only after 14 whole days without a check-in', () => {
    const objective = { ...filler('o'), checkIns: [{ at: '2026-02-01', progress: 0.5 }] };
    expect(analyze([objective], '2026-02-15').objectives[0]?.stale).toBe(false);
    expect(analyze([objective], '2026-02-15T00:00:01Z').objectives[0]?.stale).toBe(true);
    expect(analyze([filler('never')], '2026-03-30').objectives[0]?.stale).toBe(false);
  });

  it('reads check-ins only up to now', () => {
    const objective = {
      ...filler('o'),
      checkIns: [
        { at: '2026-01-05', progress: 0.1 },
        { at: '2026-03-01', progress: 0.5 },
      ],
    };
    const report = analyze([objective], '2026-02-15');
    expect(report.objectives[0]).toMatchObject({
      stale: true,
      lastCheckIn: Date.UTC(2026, 0, 5),
      previousProgress: null,
    });
  });

  it('needs three check-ins over two weeks, starting above 0, to call an objective stalled', () => {
    const run = (values: number[], days: number) => ({
      ...filler('s', values[values.length - 1]),
      checkIns: values.map((progress, index) => ({
        at: Date.UTC(2026, 0, 10 + index * days),
        progress,
      })),
    });
    expect(analyze([run([0.3, 0.3, 0.3], 7)], '2026-01-25').objectives[0]?.stall).toEqual({
      progress: 0.3,
      checkIns: 3,
      days: 14,
    });
    expect(analyze([run([0.3, 0.3], 14)], '2026-02-10').objectives[0]?.stall).toBeNull();
    expect(analyze([run([0.3, 0.3, 0.3], 6)], '2026-01-25').objectives[0]?.stall).toBeNull();
    expect(analyze([run([0, 0, 0], 7)], '2026-01-25').objectives[0]?.stall).toBeNull();
    // A fall and a partial recovery still count: nothing rose above 0.5.
    expect(
      analyze([run([0.1, 0.5, 0.3, 0.4], 7)], '2026-02-05').objectives[0]?.stall,
    ).toMatchObject({
      progress: 0.5,
      checkIns: 3,
    });
    expect(analyze([run([0.1, 0.2, 0.3], 7)], '2026-01-25').objectives[0]?.stall).toBeNull();
  });

  it('does not call a stalled objective’s target too aggressive', () => {
    const stalled = {
      ...filler('stuck', 0.1),
      checkIns: [0, 7, 14].map((day) => ({ at: Date.UTC(2026, 1, 1 + day), progress: 0.1 })),
    };
    const report = analyze([stalled], '2026-02-15');
    expect(report.objectives[0]?.status).toBe('off-track');
    expect(causes(report)).toEqual([
      'leader.no-follow-through:strong',
      'target.no-clear-plan:possible',
    ]);
  });

  it('suspects a wrong KPI when measured progress and confidence differ by half', () => {
    const report = analyze(
      [
        { ...filler('gap', 0.8), confidence: 0.3 },
        { ...filler('close', 0.5), confidence: 0.6 },
      ],
      '2026-02-15',
    );
    expect(report.suggestions.find((s) => s.causeId === 'target.wrong-kpi')?.objectiveIds).toEqual([
      'gap',
    ]);
  });

  it('takes the confidence of the latest check-in when the objective has none', () => {
    const objective = {
      ...filler('o', 0.5),
      checkIns: [{ at: '2026-02-14', progress: 0.5, confidence: 0.2 }],
    };
    expect(analyze([objective], '2026-02-15').objectives[0]).toMatchObject({
      confidence: 0.2,
      status: 'at-risk',
      rule: 'confidence',
    });
  });

  it('notices objectives added after a quarter of the cycle', () => {
    const report = analyze(
      [
        { ...filler('late'), createdAt: '2026-02-01' },
        { ...filler('early'), createdAt: '2026-01-10' },
      ],
      '2026-02-15',
    );
    expect(report.suggestions).toEqual([
      expect.objectContaining({
        causeId: 'leader.shifts-focus',
        strength: 'possible',
        objectiveIds: ['late'],
      }),
    ]);
    expect(said(report.suggestions[0]?.evidence[0])).toBe(
      '‘late’ was added with 34% of the cycle gone.',
    );
  });

  it('raises the performance-review red flag when nearly everything is done at the end', () => {
    const done = ['a', 'b', 'c', 'd'].map((id) => filler(id, 1));
    const report = analyze([...done, filler('e', 0.9)], '2026-03-25');
    expect(
      report.suggestions.find((s) => s.causeId === 'red-flag.performance-review'),
    ).toMatchObject({
      objectiveIds: ['a', 'b', 'c', 'd'],
    });
    expect(
      analyze([...done, filler('e', 0.9)], '2026-03-15').suggestions.map((s) => s.causeId),
    ).not.toContain('red-flag.performance-review');
  });

  it('takes the host’s own rules, in addition to or instead of the defaults', () => {
    const budget: SuggestionRule = {
      id: 'budget',
      evaluate: ({ objectives }) => [
        {
          causeId: 'host.budget',
          strength: 'possible',
          objectiveIds: objectives.map((o) => o.id),
          evidence: { id: 'host.budget-evidence', values: { count: objectives.length } },
        },
      ],
    };
    const messages = { 'host.budget-evidence': '{count} objectives share one budget.' };
    const zero = [filler('zero', 0)];
    const added = analyze(zero, '2026-02-15', {
      suggestionRules: [...DEFAULT_SUGGESTION_RULES, budget],
      messages,
    });
    expect(causes(added)).toEqual(['target.no-clear-plan:strong', 'host.budget:possible']);
    expect(said(added.suggestions[1]?.evidence[0], { messages })).toBe(
      '1 objectives share one budget.',
    );
    const replaced = analyze(zero, '2026-02-15', { suggestionRules: [budget], messages });
    expect(causes(replaced)).toEqual(['host.budget:possible']);
  });

  it('only suggests causes that are in the catalogues', () => {
    const ids = new Set([...CAUSES, ...RED_FLAGS].map((entry) => entry.id));
    const many = Array.from({ length: 8 }, (_, index) => ({
      ...filler(`o${index}`, index / 7),
      createdAt: '2026-02-10',
    }));
    for (const suggestion of analyze(many, '2026-02-15').suggestions) {
      expect(ids.has(suggestion.causeId), suggestion.causeId).toBe(true);
    }
  });
});

describe('confidence from check-ins', () => {
  it('keeps the latest confidence given, even when later check-ins give none', () => {
    const objective = {
      id: 'o',
      title: 'O',
      progress: 0.5,
      checkIns: [
        { at: '2026-02-01', progress: 0.4, confidence: 0.2 },
        { at: '2026-02-10', progress: 0.5 },
      ],
    };
    const report = analyzeOkrs({ cycle: Q1_2026, objectives: [objective] }, { now: '2026-02-15' });
    expect(report.objectives[0]).toMatchObject({ confidence: 0.2, status: 'at-risk' });
  });
});

/** The text of a piece of evidence, as a widget would word it. */
function said(evidence: Evidence | undefined, options: FormatOptions = {}): string {
  return evidence ? formatMessage(evidence.id, evidence.values, options) : '';
}
