import { describe, expect, it } from 'vitest';
import {
  type AnalyzeOptions,
  analyzeOkrs,
  classifyStatus,
  DEFAULT_SUGGESTION_RULES,
  gapPointsRule,
  type ObjectiveInput,
  paceRatioRule,
  type Report,
  type StatusRuleSet,
  type SuggestionRule,
  scoreBandRule,
} from '../../src/core';
import { Q1_2026 } from '../fixtures/scenarios';
import { expectClean, issueList } from './helpers';

// 2026-02-15 is half of Q1 2026: the linear pace expects 0.5.
const NOW = '2026-02-15';
const one = (progress: number): ObjectiveInput[] => [{ id: 'a', title: 'A', progress }];
const analyze = (objectives: ObjectiveInput[], options: AnalyzeOptions) =>
  analyzeOkrs({ cycle: Q1_2026, objectives }, { now: NOW, ...options });
/** What the same data gives with no options at all but `now`. */
const plain = (objectives: ObjectiveInput[]) => analyze(objectives, {});
const withoutIssues = (report: Report) => ({ ...report, issues: [] });

describe('numeric options that are not usable numbers', () => {
  it.each([
    ['committedBar', '1', 'wrong-type', 'options.thresholds.committedBar should be a number.'],
    ['committedBar', 0, 'not-positive', 'options.thresholds.committedBar must be more than 0.'],
    ['onTrack', Number.NaN, 'not-a-number', 'options.thresholds.onTrack is not a number.'],
    [
      'ahead',
      Number.POSITIVE_INFINITY,
      'not-finite',
      'options.thresholds.ahead is not a finite number.',
    ],
    ['staleAfterDays', -3, 'negative', 'options.thresholds.staleAfterDays must not be negative.'],
    ['tooEarly', 1.5, 'out-of-range', 'options.thresholds.tooEarly must be between 0 and 1.'],
    [
      'confidenceAtRisk',
      null,
      'wrong-type',
      'options.thresholds.confidenceAtRisk should be a number.',
    ],
  ])('reports thresholds.%s = %s as %s and uses the default', (key, value, code, sentence) => {
    const objectives = one(0.2);
    const report = analyze(objectives, { thresholds: { [key]: value } as never });
    expect(report.issues).toEqual([
      {
        path: `options.thresholds.${key}`,
        code,
        severity: 'warning',
        message: `${sentence} The default is used instead.`,
      },
    ]);
    expect(withoutIssues(report)).toEqual(plain(objectives));
    expectClean(report);
  });

  it('keeps the usable thresholds next to an unusable one', () => {
    // 0.2 at half time projects to 0.4: at risk by default, lagging from an at-risk limit of 0.3.
    const report = analyze(one(0.2), {
      thresholds: { behind: 0.35, atRisk: 0.3, ahead: Number.NaN },
    });
    expect(issueList(report)).toEqual([['options.thresholds.ahead', 'not-a-number', 'warning']]);
    expect(report.objectives[0]?.status).toBe('behind');
  });

  it('reports thresholds out of order and uses the defaults of the whole order', () => {
    const report = analyze(one(0.2), { thresholds: { onTrack: 2 } });
    expect(report.issues).toEqual([
      expect.objectContaining({
        path: 'options.thresholds.onTrack',
        code: 'out-of-order',
        message:
          'options.thresholds.onTrack must not be more than options.thresholds.ahead. The default is used instead.',
      }),
    ]);
    expect(report.objectives[0]?.status).toBe('at-risk');
  });

  it('reports a thresholds option that is not an object', () => {
    const report = analyze(one(0.2), { thresholds: 'high' as never });
    expect(report.issues).toEqual([
      expect.objectContaining({
        path: 'options.thresholds',
        code: 'wrong-type',
        message: 'options.thresholds should be an object. The default is used instead.',
      }),
    ]);
  });

  it('reports balance thresholds that are not numbers or out of order', () => {
    const objectives = [
      { id: 'a', title: 'A', progress: 0.2 },
      { id: 'b', title: 'B', progress: 0.8 },
    ];
    const report = analyze(objectives, {
      balanceThresholds: { balanced: Number.NaN, leaderMargin: '0.1' as never },
    });
    expect(issueList(report)).toEqual([
      ['options.balanceThresholds.balanced', 'not-a-number', 'warning'],
      ['options.balanceThresholds.leaderMargin', 'wrong-type', 'warning'],
    ]);
    expect(report.balance).toEqual(plain(objectives).balance);
    const order = analyze(objectives, { balanceThresholds: { uneven: 0.9 } });
    expect(issueList(order)).toEqual([
      ['options.balanceThresholds.uneven', 'out-of-order', 'warning'],
    ]);
    // σ = 0.3 gives a score of 0.4: unbalanced under the defaults.
    expect(order.balance.level).toBe('unbalanced');
  });

  it('does not raise the performance-review flag with 1 of 5 done when its share is NaN', () => {
    const objectives = [0.5, 1, 0.4, 0.6, 0.3].map((progress, index) => ({
      id: `o${index}`,
      title: `O${index}`,
      progress,
    }));
    const nearEnd = { now: '2026-03-28' };
    const report = analyze(objectives, {
      ...nearEnd,
      suggestionThresholds: { allDoneShare: Number.NaN },
    });
    expect(issueList(report)).toEqual([
      ['options.suggestionThresholds.allDoneShare', 'not-a-number', 'warning'],
    ]);
    expect(report.suggestions.map((s) => s.causeId)).not.toContain('red-flag.performance-review');
    expect(report.suggestions).toEqual(analyze(objectives, nearEnd).suggestions);
  });
});

describe('status preset tuners given unusable options', () => {
  it('reports scoreBandRule({ green: NaN }) and bands with the default green', () => {
    const report = analyze(one(0.3), { statusRules: scoreBandRule({ green: Number.NaN }) });
    expect(issueList(report)).toEqual([['options.statusRules.green', 'not-a-number', 'warning']]);
    // 0.3 projects to 0.6: yellow (at risk) under the default green of 0.7.
    expect(report.objectives[0]).toMatchObject({ status: 'at-risk', rule: 'score-bands' });
    expect(report.objectives[0]?.explanation.values).toEqual({
      projection: 0.6,
      green: 0.7,
      yellow: 0.4,
    });
    expectClean(report);
  });

  it('reports gapPointsRule({ onTrack: Infinity }) and uses 16.5 points', () => {
    const report = analyze(one(0.3), {
      statusRules: gapPointsRule({ onTrack: Number.POSITIVE_INFINITY }),
    });
    expect(issueList(report)).toEqual([['options.statusRules.onTrack', 'not-finite', 'warning']]);
    // 20 points behind: lagging.
    expect(report.objectives[0]).toMatchObject({ status: 'behind', rule: 'gap-points' });
    expectClean(report);
  });

  it('reports paceRatioRule thresholds out of order and uses both defaults', () => {
    const rule = paceRatioRule({ onTrack: 0.5, behind: 0.9 });
    expect(rule.problems).toEqual([{ key: 'behind', code: 'out-of-order', other: 'onTrack' }]);
    const report = analyze(one(0.4), { statusRules: rule });
    expect(report.issues[0]?.message).toBe(
      'options.statusRules.behind must not be more than options.statusRules.onTrack. The default is used instead.',
    );
    // 0.4 against 0.5: a ratio of 0.8, lagging under 0.95 and 0.75.
    expect(report.objectives[0]?.status).toBe('behind');
  });

  it('keeps a preset tuner with usable options free of problems', () => {
    expect(scoreBandRule({ green: 0.8 }).problems).toBeUndefined();
    expect(gapPointsRule().problems).toBeUndefined();
  });
});

describe("statusRules: 'default' with custom thresholds", () => {
  // 0.2 at half time projects to 0.4 of the bar.
  const thresholds = { onTrack: 0.5, behind: 0.3, atRisk: 0.1 };

  it('uses the custom thresholds, as leaving statusRules out does', () => {
    expect(analyze(one(0.2), { statusRules: 'default', thresholds }).objectives[0]?.status).toBe(
      'behind',
    );
    expect(analyze(one(0.2), { thresholds }).objectives[0]?.status).toBe('behind');
    expect(analyze(one(0.2), { statusRules: 'default' }).objectives[0]?.status).toBe('at-risk');
  });

  it('uses them in classifyStatus too', () => {
    const input = {
      progress: 0.2,
      expected: 0.5,
      projection: 0.4,
      bar: 1,
      elapsed: 0.5,
      confidence: null,
    };
    expect(classifyStatus(input, { statusRules: 'default', thresholds }).status).toBe('behind');
    expect(classifyStatus(input, { statusRules: 'default' }).status).toBe('at-risk');
  });
});

describe('host callbacks that throw or return junk', () => {
  it.each([
    ['a number', 5, 'not-a-function'],
    ['a string', 'linear', 'not-a-function'],
  ])('reports a pace that is %s and uses the linear pace', (_, pace, code) => {
    const report = analyze(one(0.2), { pace: pace as never });
    expect(issueList(report)).toEqual([['options.pace', code, 'warning']]);
    expect(report.objectives[0]?.expected).toBe(0.5);
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('pace');
      },
      'callback-threw',
      0.5,
    ],
    ['returns undefined', () => undefined, 'invalid-pace', 0.5],
    ['returns a string', () => '0.3', 'invalid-pace', 0.5],
    ['returns Infinity', () => Number.POSITIVE_INFINITY, 'invalid-pace', 0.5],
    ['returns 1.5', () => 1.5, 'invalid-pace', 1],
  ])('reports a pace that %s and finishes the analysis', (_, pace, code, expected) => {
    const report = analyze(one(0.2), { pace: pace as never });
    expect(issueList(report)).toEqual([['options.pace', code, 'warning']]);
    expect(report.objectives[0]?.expected).toBe(expected);
    expectClean(report);
  });

  const rules = (classify: () => unknown): StatusRuleSet => ({
    id: 'mine',
    classify: classify as never,
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('classify');
      },
      'callback-threw',
    ],
    ['returns undefined', () => undefined, 'callback-result'],
    [
      'returns an unknown status',
      () => ({ status: 'great', rule: 'mine', message: { id: 'x', values: {} } }),
      'callback-result',
    ],
    [
      'returns the status constructor',
      () => ({ status: 'constructor', rule: 'mine', message: { id: 'x', values: {} } }),
      'callback-result',
    ],
    [
      'returns NaN in its values',
      () => ({ status: 'behind', rule: 'mine', message: { id: 'x', values: { r: Number.NaN } } }),
      'callback-result',
    ],
    ['returns no message', () => ({ status: 'behind', rule: 'mine' }), 'callback-result'],
  ])(
    'reports a rule set whose classify %s, once, and uses the default rule',
    (_, classify, code) => {
      const objectives = [0.2, 0.25, 0.3].map((progress, index) => ({
        id: `o${index}`,
        title: `O${index}`,
        progress,
      }));
      const report = analyze(objectives, { statusRules: rules(classify) });
      expect(report.issues).toEqual([
        expect.objectContaining({
          path: 'options.statusRules.classify',
          code,
          severity: 'warning',
        }),
      ]);
      expect(report.objectives.map((o) => [o.status, o.rule])).toEqual(
        plain(objectives).objectives.map((o) => [o.status, o.rule]),
      );
      expectClean(report);
    },
  );

  it('reports a rule set without classify', () => {
    const report = analyze(one(0.2), { statusRules: { id: 'x' } as never });
    expect(issueList(report)).toEqual([
      ['options.statusRules.classify', 'not-a-function', 'warning'],
    ]);
  });

  it('keeps the decisions of a rule set that works, copied', () => {
    const values = { ratio: 0.4 };
    const report = analyze(one(0.2), {
      statusRules: rules(() => ({ status: 'behind', rule: 'mine', message: { id: 'x', values } })),
    });
    expect(report.issues).toEqual([]);
    expect(report.objectives[0]).toMatchObject({ status: 'behind', rule: 'mine' });
    expect(report.objectives[0]?.explanation.values).toEqual(values);
    expect(report.objectives[0]?.explanation.values).not.toBe(values);
  });

  it('reports each broken suggestion rule by its index and keeps the findings of the others', () => {
    const works: SuggestionRule = {
      id: 'works',
      evaluate: ({ objectives }) => [
        {
          causeId: 'team.mine',
          strength: 'possible',
          objectiveIds: [objectives[0]?.id ?? ''],
          evidence: { id: 'evidence.mine', values: { n: 1 } },
        },
      ],
    };
    const suggestionRules = [
      works,
      5,
      { id: 'no-evaluate' },
      {
        id: 'throws',
        evaluate: () => {
          throw new Error('rule');
        },
      },
      { id: 'undefined', evaluate: () => undefined },
      {
        id: 'junk',
        evaluate: () => [{ causeId: 'x', strength: 'sure', objectiveIds: [], evidence: {} }],
      },
      {
        id: 'nan',
        evaluate: () => [
          {
            causeId: 'x',
            strength: 'strong',
            objectiveIds: ['a'],
            evidence: { id: 'e', values: { v: Number.NaN } },
          },
        ],
      },
    ] as unknown as SuggestionRule[];
    const report = analyze(one(0.2), { suggestionRules });
    expect(issueList(report)).toEqual([
      ['options.suggestionRules[1]', 'not-a-function', 'warning'],
      ['options.suggestionRules[2]', 'not-a-function', 'warning'],
      ['options.suggestionRules[3]', 'callback-threw', 'warning'],
      ['options.suggestionRules[4]', 'callback-result', 'warning'],
      ['options.suggestionRules[5]', 'callback-result', 'warning'],
      ['options.suggestionRules[6]', 'callback-result', 'warning'],
    ]);
    expect(report.issues[2]?.message).toBe(
      'options.suggestionRules[3] threw an error. This rule is left out.',
    );
    expect(report.suggestions).toEqual([
      {
        causeId: 'team.mine',
        strength: 'possible',
        objectiveIds: ['a'],
        evidence: [{ id: 'evidence.mine', values: { n: 1 }, objectiveIds: ['a'] }],
      },
    ]);
    expectClean(report);
  });

  it('reports suggestion rules that are not a list and uses the default rules', () => {
    const objectives = one(0);
    const report = analyze(objectives, { suggestionRules: 'all' as never });
    expect(issueList(report)).toEqual([['options.suggestionRules', 'wrong-type', 'warning']]);
    expect(report.suggestions).toEqual(
      analyze(objectives, { suggestionRules: DEFAULT_SUGGESTION_RULES }).suggestions,
    );
  });

  it('reads each option once, and an option whose getter throws as not given', () => {
    let reads = 0;
    const options = {
      now: NOW,
      get thresholds(): never {
        reads++;
        throw new Error('getter');
      },
    };
    const report = analyzeOkrs({ cycle: Q1_2026, objectives: one(0.2) }, options);
    expect(reads).toBe(1);
    expect(issueList(report)).toEqual([['options.thresholds', 'unreadable', 'warning']]);
    expect(report.objectives[0]?.status).toBe('at-risk');
  });
});
