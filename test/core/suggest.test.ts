import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  CAUSES,
  DEFAULT_SUGGESTION_RULES,
  type Evidence,
  type FormatOptions,
  formatMessage,
  type ObjectiveAnalysis,
  type ObjectiveInput,
  RED_FLAGS,
  type Report,
  type SuggestionContext,
  type SuggestionRule,
  suggestCauses,
} from '../../src/core';
import {
  capacityImbalanceRule,
  DEFAULT_SUGGESTION_THRESHOLDS,
  type Finding,
  noClearPlanRule,
  noFollowThroughRule,
  noMeetingCadenceRule,
  performanceReviewRule,
  shiftsFocusRule,
  tooAggressiveRule,
  tooConservativeRule,
  wrongKpiRule,
} from '../../src/core/suggest';
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

  it('suspects a wrong KPI when measured progress and confidence differ by half, either way', () => {
    const report = analyze(
      [
        { ...filler('over', 0.8), confidence: 0.3 },
        { ...filler('close', 0.5), confidence: 0.6 },
        // Exactly half apart (0.75 − 0.25 is exact in binary) counts; just under does not.
        { ...filler('under', 0.25), confidence: 0.75 },
        { ...filler('nearly', 0.25), confidence: 0.74 },
      ],
      '2026-02-15',
    );
    const wrongKpi = report.suggestions.find((s) => s.causeId === 'target.wrong-kpi');
    expect(wrongKpi?.objectiveIds).toEqual(['over', 'under']);
    expect(wrongKpi?.evidence.map((e) => said(e))).toEqual([
      '‘over’ measures 80% but the team’s confidence is 30%.',
      '‘under’ measures 25% but the team’s confidence is 75%.',
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

  it('raises the performance-review red flag when 80 % are done at the end', () => {
    const done = ['a', 'b', 'c', 'd'].map((id) => filler(id, 1));
    const flag = (report: Report) =>
      report.suggestions.find((s) => s.causeId === 'red-flag.performance-review');
    // 4 of 5 done with 92 % of the cycle gone.
    const report = analyze([...done, filler('e', 0.9)], '2026-03-25');
    expect(flag(report)).toMatchObject({
      strength: 'possible',
      objectiveIds: ['a', 'b', 'c', 'd'],
    });
    expect(said(flag(report)?.evidence[0])).toBe(
      '80% of the objectives are done with 92% of the cycle gone.',
    );
    // The same objectives before 90 % of the cycle, and 3 of 4 done (75 %) at the same moment.
    expect(flag(analyze([...done, filler('e', 0.9)], '2026-03-15'))).toBeUndefined();
    expect(flag(analyze([...done.slice(1), filler('e', 0.9)], '2026-03-25'))).toBeUndefined();
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
    const suggested = analyze(many, '2026-02-15').suggestions.map((s) => s.causeId);
    // Eight objectives, all added late, one with no progress, some far behind and one done.
    expect(suggested).toEqual([
      'team.capacity-imbalance',
      'target.no-clear-plan',
      'target.too-aggressive',
      'target.too-conservative',
      'leader.shifts-focus',
    ]);
    expect(suggested.filter((id) => !ids.has(id))).toEqual([]);
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

/** An analysed objective: a real one of 50 % in mid-February, with the fields given. */
function analysed(id: string, fields: Partial<ObjectiveAnalysis> = {}): ObjectiveAnalysis {
  const base = analyze([filler(id)], '2026-02-15').objectives[0];
  if (!base) throw new Error('no objective');
  return { ...base, ...fields };
}

const CYCLE = { start: Date.UTC(2026, 0, 1), end: Date.UTC(2026, 2, 31) };
function context(objectives: ObjectiveAnalysis[], elapsed = 0.5): SuggestionContext {
  return { objectives, elapsed, cycle: CYCLE, thresholds: DEFAULT_SUGGESTION_THRESHOLDS };
}
/** Each finding as `cause:strength objectives evidence-id values`. */
const found = (findings: Finding[]) =>
  findings.map((f) => [f.causeId, f.strength, f.objectiveIds, f.evidence.id, f.evidence.values]);

describe('each default suggestion rule', () => {
  it('sees a capacity imbalance only with both a leader and a lagging objective', () => {
    const ahead = analysed('ahead', { status: 'ahead', progress: 0.8 });
    const further = analysed('further', { status: 'ahead', progress: 0.9 });
    const early = analysed('early', { status: 'done', completedEarly: true, progress: 1 });
    const behind = analysed('behind', { status: 'behind', progress: 0.3 });
    const atRisk = analysed('at-risk', { status: 'at-risk', progress: 0.2 });
    const offTrack = analysed('off-track', { status: 'off-track', progress: 0.1 });
    const offTrackToo = analysed('off-track-too', { status: 'off-track', progress: 0.1 });
    // A leader with only a `behind` objective, or lagging objectives with no leader: nothing.
    expect(capacityImbalanceRule.evaluate(context([ahead, behind]))).toEqual([]);
    expect(capacityImbalanceRule.evaluate(context([atRisk, offTrack, behind]))).toEqual([]);
    expect(capacityImbalanceRule.evaluate(context([]))).toEqual([]);
    const objectives = [behind, ahead, offTrack, further, early, atRisk, offTrackToo];
    expect(found(capacityImbalanceRule.evaluate(context(objectives, 0.4)))).toEqual([
      [
        'team.capacity-imbalance',
        'strong',
        ['ahead', 'off-track', 'further', 'early', 'at-risk', 'off-track-too'],
        'evidence.capacity-imbalance',
        // The furthest leader (done early counts) and the first of the least progressed.
        {
          leader: 'early',
          leaderProgress: 1,
          laggard: 'off-track',
          laggardProgress: 0.1,
          elapsed: 0.4,
        },
      ],
    ]);
    expect(
      capacityImbalanceRule.evaluate(context([further, ahead, atRisk]))[0]?.evidence.values,
    ).toMatchObject({ leader: 'further', laggard: 'at-risk' });
    // Of leaders as far ahead, the first.
    const level = analysed('level', { status: 'ahead', progress: 0.8 });
    expect(
      capacityImbalanceRule.evaluate(context([ahead, level, atRisk]))[0]?.evidence.values,
    ).toMatchObject({ leader: 'ahead' });
    // The least progressed laggard, wherever it stands.
    expect(
      capacityImbalanceRule.evaluate(context([atRisk, ahead, offTrack]))[0]?.evidence.values,
    ).toMatchObject({ leader: 'ahead', laggard: 'off-track' });
  });

  it('calls a target too conservative when done early or projected 1.5 times its bar', () => {
    const early = analysed('early', { status: 'done', completedEarly: true, progress: 1 });
    const at = (
      projection: number | null,
      bar = 1,
      status: ObjectiveAnalysis['status'] = 'ahead',
    ) => analysed(`p${projection}b${bar}`, { projection, bar, status });
    expect(found(tooConservativeRule.evaluate(context([early], 0.6)))).toEqual([
      [
        'target.too-conservative',
        'possible',
        ['early'],
        'evidence.completed-early',
        { title: 'early', elapsed: 0.6 },
      ],
    ]);
    // Exactly 1.5 times the bar is far over; an aspirational bar of 0.7 puts the line at 1.05.
    expect(found(tooConservativeRule.evaluate(context([at(1.5), at(1.05, 0.7)])))).toEqual([
      [
        'target.too-conservative',
        'possible',
        ['p1.5b1'],
        'evidence.projected-far-over',
        { title: 'p1.5b1', projection: 1.5, bar: 1, factor: 1.5 },
      ],
      [
        'target.too-conservative',
        'possible',
        ['p1.05b0.7'],
        'evidence.projected-far-over',
        { title: 'p1.05b0.7', projection: 1.05, bar: 0.7, factor: 1.5 },
      ],
    ]);
    // Just under the line, no projection yet, or already done (not early): nothing.
    const none = [at(1.49), at(1.04, 0.7), at(null), at(2, 1, 'done')];
    expect(tooConservativeRule.evaluate(context(none))).toEqual([]);
  });

  it('calls a target too aggressive only for a moving, lagging, projected objective', () => {
    const lagging = (id: string, fields: Partial<ObjectiveAnalysis>) =>
      analysed(id, { status: 'off-track', progress: 0.2, projection: 0.4, stall: null, ...fields });
    const objectives = [
      lagging('off', {}),
      lagging('risk', { status: 'at-risk', projection: 0.6 }),
      lagging('behind', { status: 'behind' }),
      lagging('zero', { progress: 0 }),
      lagging('stalled', { stall: { progress: 0.2, checkIns: 3, days: 14 } }),
      lagging('early', { projection: null }),
    ];
    expect(found(tooAggressiveRule.evaluate(context(objectives)))).toEqual([
      [
        'target.too-aggressive',
        'possible',
        ['off'],
        'evidence.projected-short',
        { title: 'off', projection: 0.4, bar: 1 },
      ],
      [
        'target.too-aggressive',
        'possible',
        ['risk'],
        'evidence.projected-short',
        { title: 'risk', projection: 0.6, bar: 1 },
      ],
    ]);
  });

  it('finds no clear plan from a fifth of the cycle on, or without key results when behind', () => {
    const zero = analysed('zero', { progress: 0, status: 'off-track' });
    expect(found(noClearPlanRule.evaluate(context([zero], 0.2)))).toEqual([
      [
        'target.no-clear-plan',
        'strong',
        ['zero'],
        'evidence.no-progress',
        { title: 'zero', elapsed: 0.2 },
      ],
    ]);
    // Before a fifth of the cycle, zero progress without key results while off track is possible.
    expect(found(noClearPlanRule.evaluate(context([zero], 0.19)))).toEqual([
      ['target.no-clear-plan', 'possible', ['zero'], 'evidence.no-key-results', { title: 'zero' }],
    ]);
    const withKeyResults = analyze(
      [{ id: 'k', title: 'k', keyResults: [{ id: 'kr', title: 'kr', target: 10, current: 1 }] }],
      '2026-02-15',
    ).objectives[0];
    if (!withKeyResults) throw new Error('no objective');
    expect(withKeyResults.status).toBe('off-track');
    const statuses = [
      'behind',
      'at-risk',
      'off-track',
      'on-track',
      'ahead',
      'not-started',
    ] as const;
    const plain = statuses.map((status) => analysed(status, { status, keyResults: [] }));
    expect(
      noClearPlanRule.evaluate(context([withKeyResults, ...plain])).map((f) => f.objectiveIds[0]),
    ).toEqual(['behind', 'at-risk', 'off-track']);
  });

  it('reads a stall, stale check-ins and sparse check-ins as evidence', () => {
    const stalled = analysed('stalled', { stall: { progress: 0.3, checkIns: 4, days: 21 } });
    expect(found(noFollowThroughRule.evaluate(context([stalled, analysed('moving')])))).toEqual([
      [
        'leader.no-follow-through',
        'strong',
        ['stalled'],
        'evidence.stalled',
        { title: 'stalled', progress: 0.3, count: 4, days: 21 },
      ],
    ]);
    const cadence = (id: string, fields: Partial<ObjectiveAnalysis>) =>
      analysed(id, { stale: false, daysSinceCheckIn: 3, checkInGapDays: null, ...fields });
    const objectives = [
      cadence('stale', { stale: true, daysSinceCheckIn: 20, checkInGapDays: 30 }),
      cadence('never', { stale: true, daysSinceCheckIn: null }),
      cadence('fortnightly', { checkInGapDays: 14 }),
      cadence('sparse', { checkInGapDays: 14.6 }),
      cadence('none', {}),
    ];
    expect(found(noMeetingCadenceRule.evaluate(context(objectives)))).toEqual([
      [
        'process.no-meeting-cadence',
        'strong',
        ['stale'],
        'evidence.stale',
        { title: 'stale', days: 20 },
      ],
      [
        'process.no-meeting-cadence',
        'strong',
        ['never'],
        'evidence.stale',
        { title: 'never', days: 0 },
      ],
      [
        'process.no-meeting-cadence',
        'strong',
        ['sparse'],
        'evidence.sparse-check-ins',
        { title: 'sparse', days: 15 },
      ],
    ]);
  });

  it('sees a shifting focus in more than five objectives or one added after a quarter', () => {
    const day = 24 * 60 * 60 * 1000;
    const length = CYCLE.end - CYCLE.start;
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => analysed(id, { createdAt: null }));
    expect(shiftsFocusRule.evaluate(context(five))).toEqual([]);
    const six = [...five, analysed('f', { createdAt: CYCLE.start })];
    expect(found(shiftsFocusRule.evaluate(context(six)))).toEqual([
      ['leader.shifts-focus', 'possible', [], 'evidence.many-objectives', { count: 6, limit: 5 }],
    ]);
    const created = (id: string, at: number) => analysed(id, { createdAt: at });
    const objectives = [
      created('quarter', CYCLE.start + length * 0.25),
      created('later', CYCLE.start + length * 0.5),
      created('after-the-end', CYCLE.end + 10 * day),
      created('before', CYCLE.start - 10 * day),
    ];
    expect(found(shiftsFocusRule.evaluate(context(objectives)))).toEqual([
      [
        'leader.shifts-focus',
        'possible',
        ['later'],
        'evidence.added-late',
        { title: 'later', elapsed: 0.5 },
      ],
      [
        'leader.shifts-focus',
        'possible',
        ['after-the-end'],
        'evidence.added-late',
        { title: 'after-the-end', elapsed: 1 },
      ],
    ]);
  });

  it('compares confidence with progress capped at 100 %', () => {
    const objectives = [
      analysed('over', { progress: 1.6, confidence: 0.6 }),
      analysed('unknown', { progress: 0, confidence: null }),
      analysed('low', { progress: 1.2, confidence: 0.5 }),
    ];
    expect(found(wrongKpiRule.evaluate(context(objectives)))).toEqual([
      [
        'target.wrong-kpi',
        'possible',
        ['low'],
        'evidence.confidence-mismatch',
        { title: 'low', progress: 1.2, confidence: 0.5 },
      ],
    ]);
  });

  it('raises the performance-review flag from 90 % of the cycle with 80 % done', () => {
    const done = (id: string) => analysed(id, { status: 'done' });
    const five = [done('a'), done('b'), analysed('c'), done('d'), done('e')];
    expect(found(performanceReviewRule.evaluate(context(five, 0.9)))).toEqual([
      [
        'red-flag.performance-review',
        'possible',
        ['a', 'b', 'd', 'e'],
        'evidence.all-done',
        { share: 0.8, elapsed: 0.9 },
      ],
    ]);
    expect(performanceReviewRule.evaluate(context(five, 0.89))).toEqual([]);
    expect(performanceReviewRule.evaluate(context(five.slice(1), 1))).toEqual([]);
    expect(performanceReviewRule.evaluate(context([], 1))).toEqual([]);
  });
});

describe('the default suggestion rules', () => {
  it('are named, in the order their suggestions are listed', () => {
    expect(DEFAULT_SUGGESTION_RULES.map((rule) => rule.id)).toEqual([
      'capacity-imbalance',
      'no-follow-through',
      'no-meeting-cadence',
      'no-clear-plan',
      'too-aggressive',
      'too-conservative',
      'wrong-kpi',
      'shifts-focus',
      'performance-review',
    ]);
  });
});

describe('merging the rules’ findings', () => {
  const rule = (id: string, findings: Finding[]): SuggestionRule => ({
    id,
    evaluate: () => findings,
  });
  const evidence = (id: string, objectiveIds?: string[]) => ({
    id,
    values: {},
    ...(objectiveIds ? { objectiveIds } : {}),
  });
  // Built inside each test, so a change that makes the analysis throw fails a test.
  const abcd = () => ['a', 'b', 'c', 'd'].map((id) => analysed(id));

  it('merges one cause from two rules into one suggestion, objectives in input order', () => {
    const first = rule('first', [
      { causeId: 'x', strength: 'possible', objectiveIds: ['c'], evidence: evidence('e1') },
      { causeId: 'y', strength: 'possible', objectiveIds: ['d', 'b'], evidence: evidence('e2') },
    ]);
    const second = rule('second', [
      {
        causeId: 'x',
        strength: 'strong',
        objectiveIds: ['d', 'a', 'c'],
        evidence: evidence('e3', ['a']),
      },
      { causeId: 'z', strength: 'strong', objectiveIds: ['b'], evidence: evidence('e4') },
    ]);
    expect(suggestCauses(context(abcd()), [first, second])).toEqual([
      {
        causeId: 'x',
        strength: 'strong',
        objectiveIds: ['a', 'c', 'd'],
        evidence: [
          { id: 'e1', values: {}, objectiveIds: ['c'] },
          { id: 'e3', values: {}, objectiveIds: ['a'] },
        ],
      },
      {
        causeId: 'z',
        strength: 'strong',
        objectiveIds: ['b'],
        evidence: [{ id: 'e4', values: {}, objectiveIds: ['b'] }],
      },
      // One rule's own order is kept as it gave it.
      {
        causeId: 'y',
        strength: 'possible',
        objectiveIds: ['d', 'b'],
        evidence: [{ id: 'e2', values: {}, objectiveIds: ['d', 'b'] }],
      },
    ]);
  });

  it('keeps a cause possible when every rule finding it says possible', () => {
    const one = rule('one', [
      { causeId: 'x', strength: 'possible', objectiveIds: ['b'], evidence: evidence('e1') },
    ]);
    const two = rule('two', [
      { causeId: 'x', strength: 'possible', objectiveIds: ['a'], evidence: evidence('e2') },
    ]);
    const strong = rule('strong', [
      { causeId: 'y', strength: 'strong', objectiveIds: [], evidence: evidence('e3') },
    ]);
    expect(
      suggestCauses(context(abcd()), [one, two, strong]).map((s) => [
        s.causeId,
        s.strength,
        s.objectiveIds,
      ]),
    ).toEqual([
      ['y', 'strong', []],
      ['x', 'possible', ['a', 'b']],
    ]);
  });

  it('runs the default rules when given none', () => {
    const zero = analysed('zero', { progress: 0, status: 'off-track' });
    expect(suggestCauses(context([zero], 0.5)).map((s) => s.causeId)).toEqual([
      'target.no-clear-plan',
    ]);
  });
});
