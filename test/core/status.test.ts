import { describe, expect, it } from 'vitest';
import {
  type ClassifyStatusOptions,
  classifyStatus,
  computeProjection,
  type StatusInput,
  scoreBandRule,
  statusSeverity,
} from '../../src/core';
import {
  DEFAULT_STATUS_THRESHOLDS,
  resolveStatusRules,
  STATUS_PRESETS,
  type StatusPreset,
} from '../../src/core/status';

/** A committed objective at progress `p` with `e` of the cycle expected. */
const at = (progress: number, expected: number, extra: Partial<StatusInput> = {}): StatusInput => ({
  progress,
  expected,
  projection: computeProjection(progress, expected),
  bar: 1,
  elapsed: expected,
  confidence: null,
  ...extra,
});
const statusOf = (...args: Parameters<typeof at>) => classifyStatus(at(...args)).status;

describe('default status rule', () => {
  it('calls an objective at 100 % done, whenever it is', () => {
    expect(statusOf(1, 0.05)).toBe('done');
    expect(statusOf(1.3, 0.95)).toBe('done');
    expect(classifyStatus(at(1, 0.5)).rule).toBe('done');
  });

  it('does not judge before 10 % of the expected progress', () => {
    expect(statusOf(0, 0.099)).toBe('not-started');
    expect(statusOf(0.01, 0.099)).toBe('on-track');
    expect(classifyStatus(at(0.01, 0.05)).rule).toBe('early-cycle');
    expect(statusOf(0, 0.1)).toBe('off-track');
  });

  // At e = 0.5: r = p / 0.5, so each boundary sits at p = r / 2.
  it.each([
    [0.625, 'ahead'],
    [0.6249, 'on-track'],
    [0.45, 'on-track'],
    [0.4499, 'behind'],
    [0.35, 'behind'],
    [0.3499, 'at-risk'],
    [0.2, 'at-risk'],
    [0.1999, 'off-track'],
    [0.001, 'off-track'],
  ] as const)('at half the cycle, progress %d is %s', (progress, status) => {
    expect(statusOf(progress, 0.5)).toBe(status);
  });

  it('marks an objective at 40 % of pace as at-risk', () => {
    expect(statusOf(0.2, 0.5)).toBe('at-risk');
  });

  it('holds an aspirational objective to a bar of 0.7', () => {
    // p = 0.35 at e = 0.5 projects to 0.7: short of 1.0 but exactly an aspirational bar.
    expect(statusOf(0.35, 0.5)).toBe('behind');
    expect(classifyStatus(at(0.35, 0.5, { bar: 0.7 })).status).toBe('on-track');
  });

  it('lets a low confidence make the status worse, never better', () => {
    expect(statusOf(0.5, 0.5, { confidence: 0.29 })).toBe('at-risk');
    expect(statusOf(0.5, 0.5, { confidence: 0.3 })).toBe('behind');
    expect(statusOf(0.5, 0.5, { confidence: 0.49 })).toBe('behind');
    expect(statusOf(0.5, 0.5, { confidence: 0.5 })).toBe('on-track');
    expect(statusOf(0.05, 0.5, { confidence: 0.2 })).toBe('off-track');
    expect(statusOf(1, 0.5, { confidence: 0 })).toBe('done');
    expect(statusOf(0, 0.05, { confidence: 0.1 })).toBe('at-risk');
  });

  it('explains a confidence override with the confidence rule', () => {
    const decision = classifyStatus(at(0.5, 0.5, { confidence: 0.2 }));
    expect(decision.rule).toBe('confidence');
    expect(decision.message).toEqual({
      id: 'explain.confidence',
      values: { confidence: 0.2, limit: 0.3, status: 'at-risk' },
    });
  });

  it('takes its thresholds as options', () => {
    const strict = { thresholds: { onTrack: 1, tooEarly: 0.2 } };
    expect(classifyStatus(at(0.45, 0.5), strict).status).toBe('behind');
    expect(classifyStatus(at(0.1, 0.15), strict).status).toBe('on-track');
  });
});

describe('status presets', () => {
  it('score-bands grades the projected score: green, yellow, red', () => {
    const bands = { statusRules: 'score-bands' } as const;
    expect(classifyStatus(at(0.35, 0.5), bands).status).toBe('on-track');
    expect(classifyStatus(at(0.3499, 0.5), bands).status).toBe('at-risk');
    expect(classifyStatus(at(0.2, 0.5), bands).status).toBe('at-risk');
    expect(classifyStatus(at(0.1999, 0.5), bands).status).toBe('off-track');
    expect(classifyStatus(at(0.35, 0.5), bands).rule).toBe('score-bands');
  });

  it('gap-points counts percentage points behind the expected progress', () => {
    const gap = { statusRules: 'gap-points' } as const;
    expect(classifyStatus(at(0.34, 0.5), gap).status).toBe('on-track'); // 16 points
    expect(classifyStatus(at(0.335, 0.5), gap).status).toBe('behind'); // 16.5 points
    expect(classifyStatus(at(0.17, 0.5), gap).status).toBe('behind'); // 33 points
    expect(classifyStatus(at(0.16, 0.5), gap).status).toBe('at-risk'); // 34 points
    expect(classifyStatus(at(0.9, 0.5), gap).status).toBe('on-track');
  });

  it('pace-ratio compares progress with the ideal pace', () => {
    const pace = { statusRules: 'pace-ratio' } as const;
    expect(classifyStatus(at(0.475, 0.5), pace).status).toBe('on-track');
    expect(classifyStatus(at(0.47, 0.5), pace).status).toBe('behind');
    expect(classifyStatus(at(0.375, 0.5), pace).status).toBe('behind');
    expect(classifyStatus(at(0.37, 0.5), pace).status).toBe('at-risk');
  });

  it('accepts a host’s own rule set and tuned presets', () => {
    const lenient = scoreBandRule({ green: 0.5, yellow: 0.2 });
    expect(classifyStatus(at(0.25, 0.5), { statusRules: lenient }).status).toBe('on-track');
    const custom = {
      id: 'always-behind',
      classify: () => ({
        status: 'behind' as const,
        rule: 'always-behind',
        message: { id: 'x', values: {} },
      }),
    };
    expect(classifyStatus(at(0.9, 0.5), { statusRules: custom }).status).toBe('behind');
    // The done and early-cycle rules still wrap a custom set.
    expect(classifyStatus(at(1, 0.5), { statusRules: custom }).status).toBe('done');
  });
});

describe('statusSeverity', () => {
  it('ranks statuses from done to severely lagging', () => {
    expect(statusSeverity('done')).toBeLessThan(statusSeverity('ahead'));
    expect(statusSeverity('on-track')).toBeLessThan(statusSeverity('behind'));
    expect(statusSeverity('at-risk')).toBeLessThan(statusSeverity('off-track'));
  });
});

describe('each status decision, with its rule and message', () => {
  const input = (fields: Partial<StatusInput>): StatusInput => ({
    progress: 0.5,
    expected: 0.5,
    projection: 1,
    bar: 1,
    elapsed: 0.5,
    confidence: null,
    ...fields,
  });
  const decide = (fields: Partial<StatusInput>, options: ClassifyStatusOptions = {}) =>
    classifyStatus(input(fields), options);

  it('is done at 100 %, whatever the moment, the projection or the confidence', () => {
    expect(decide({ progress: 1, expected: 0, projection: null, confidence: 0.1 })).toEqual({
      status: 'done',
      rule: 'done',
      message: { id: 'explain.done', values: { progress: 1 } },
    });
  });

  it('does not judge while there is no projection or under 10 % expected', () => {
    expect(decide({ progress: 0.2, expected: 0.5, projection: null, elapsed: 0.4 })).toEqual({
      status: 'on-track',
      rule: 'early-cycle',
      message: { id: 'explain.too-early', values: { progress: 0.2, elapsed: 0.4 } },
    });
    expect(decide({ progress: 0, expected: 0.09, projection: 0, elapsed: 0.09 })).toEqual({
      status: 'not-started',
      rule: 'early-cycle',
      message: { id: 'explain.not-started', values: { progress: 0, elapsed: 0.09 } },
    });
    // From exactly 10 % expected the projection decides.
    expect(decide({ progress: 0, expected: 0.1, projection: 0 })).toMatchObject({
      status: 'off-track',
      rule: 'projection',
    });
  });

  it('projects against the bar at exactly each threshold of r = f / b', () => {
    const cases: [number, number, string][] = [
      [1.25, 1, 'ahead'],
      [1.24, 1, 'on-track'],
      [0.9, 1, 'on-track'],
      [0.89, 1, 'behind'],
      [0.7, 1, 'behind'],
      [0.69, 1, 'at-risk'],
      [0.4, 1, 'at-risk'],
      [0.39, 1, 'off-track'],
      // An aspirational bar of 0.5: r = 0.45 / 0.5 = 0.9.
      [0.45, 0.5, 'on-track'],
      [0.6, 0.5, 'on-track'],
      [0.625, 0.5, 'ahead'],
    ];
    expect(cases.map(([projection, bar]) => decide({ projection, bar }).status)).toEqual(
      cases.map(([, , status]) => status),
    );
    expect(decide({ projection: 0.9, bar: 0.7 })).toEqual({
      status: 'ahead',
      rule: 'projection',
      message: { id: 'explain.projection', values: { projection: 0.9, bar: 0.7 } },
    });
  });

  it('uses tuned thresholds with the default rule, named or not', () => {
    const thresholds = { onTrack: 0.8 };
    expect(decide({ projection: 0.85 }).status).toBe('behind');
    expect(decide({ projection: 0.85 }, { thresholds }).status).toBe('on-track');
    expect(decide({ projection: 0.85 }, { thresholds, statusRules: 'default' }).status).toBe(
      'on-track',
    );
    // The tuned tooEarly applies too.
    expect(
      decide({ expected: 0.15, projection: 0.1 }, { thresholds: { tooEarly: 0.2 } }),
    ).toMatchObject({ status: 'on-track', rule: 'early-cycle' });
  });

  it('shares the default rule set unless thresholds are tuned', () => {
    expect(resolveStatusRules(undefined)).toBe(STATUS_PRESETS.default);
    expect(resolveStatusRules('default')).toBe(STATUS_PRESETS.default);
    expect(resolveStatusRules('default', DEFAULT_STATUS_THRESHOLDS)).toBe(STATUS_PRESETS.default);
    expect(resolveStatusRules('gap-points')).toBe(STATUS_PRESETS['gap-points']);
    expect(resolveStatusRules('no-such-preset' as never)).toBe(STATUS_PRESETS.default);
    const tuned = resolveStatusRules(undefined, { ...DEFAULT_STATUS_THRESHOLDS, ahead: 2 });
    expect(tuned).not.toBe(STATUS_PRESETS.default);
    expect(tuned.id).toBe('projection');
    expect(tuned.classify({ ...input({}), projection: 1.5 }).status).toBe('on-track');
  });

  it('names each preset and says what it measured', () => {
    expect(Object.values(STATUS_PRESETS).map((rules) => rules.id)).toEqual([
      'projection',
      'score-bands',
      'gap-points',
      'pace-ratio',
      'forecast',
    ]);
    expect(decide({ projection: 0.7 }, { statusRules: 'score-bands' })).toEqual({
      status: 'on-track',
      rule: 'score-bands',
      message: { id: 'explain.score-bands', values: { projection: 0.7, green: 0.7, yellow: 0.4 } },
    });
    expect(decide({ progress: 0.335, expected: 0.5 }, { statusRules: 'gap-points' })).toEqual({
      status: 'behind',
      rule: 'gap-points',
      message: {
        id: 'explain.gap-points',
        values: { progress: 0.335, expected: 0.5, gap: 16.5, onTrack: 16.5, behind: 33 },
      },
    });
    expect(decide({ progress: 0.38, expected: 0.5 }, { statusRules: 'pace-ratio' })).toEqual({
      status: 'behind',
      rule: 'pace-ratio',
      message: { id: 'explain.pace-ratio', values: { ratio: 0.76, onTrack: 0.95, behind: 0.75 } },
    });
  });

  it('classifies by the forecast over the bar, and names the forecast and its band', () => {
    const forecast = {
      value: 0.63,
      low: 0.5,
      high: 0.8,
      checkIns: 6,
      method: 'theil-sen' as const,
      slope: 0.01,
      at: 0,
    };
    // 0.63 / 0.7 = 0.9: on track from 0.9, whatever the projection says.
    expect(decide({ projection: 0.2, bar: 0.7, forecast }, { statusRules: 'forecast' })).toEqual({
      status: 'on-track',
      rule: 'forecast',
      message: {
        id: 'explain.forecast',
        values: { forecast: 0.63, low: 0.5, high: 0.8, checkIns: 6, bar: 0.7 },
      },
    });
    const lower = { ...forecast, value: 0.62 };
    expect(decide({ bar: 0.7, forecast: lower }, { statusRules: 'forecast' }).status).toBe(
      'behind',
    );
  });

  it('names no band that rounds to one percentage', () => {
    const line = {
      value: 0.9,
      low: 0.8951,
      high: 0.9049,
      checkIns: 6,
      method: 'theil-sen' as const,
      slope: 0.01,
      at: 0,
    };
    expect(decide({ bar: 1, forecast: line }, { statusRules: 'forecast' }).message.id).toBe(
      'explain.forecast-narrow',
    );
    const wider = { ...line, high: 0.9051 };
    expect(decide({ bar: 1, forecast: wider }, { statusRules: 'forecast' }).message.id).toBe(
      'explain.forecast',
    );
  });

  it('falls back to the projection without a forecast, and says so', () => {
    for (const forecast of [null, undefined]) {
      expect(decide({ projection: 0.45, bar: 1, forecast }, { statusRules: 'forecast' })).toEqual({
        status: 'at-risk',
        rule: 'forecast',
        message: { id: 'explain.forecast-none', values: { projection: 0.45, bar: 1 } },
      });
    }
  });

  it('reads the projection thresholds in the forecast preset too', () => {
    const forecast = {
      value: 0.87,
      low: 0.8,
      high: 0.9,
      checkIns: 3,
      method: 'theil-sen' as const,
      slope: 0,
      at: 0,
    };
    // 0.87: on track from 0.85 as the host set it, lagging under the default 0.9.
    const options = { statusRules: 'forecast', thresholds: { onTrack: 0.85 } } as const;
    expect(decide({ bar: 1, forecast }, options).status).toBe('on-track');
    expect(decide({ bar: 1, forecast }, { statusRules: 'forecast' }).status).toBe('behind');
    // The default preset with those thresholds reads the projection, not the forecast.
    expect(
      decide({ bar: 1, projection: 0.5, forecast }, { thresholds: { onTrack: 0.85 } }).status,
    ).toBe('at-risk');
  });

  it('falls back to the projection over the bar', () => {
    // 0.45 / 0.5 = 0.9: on track; 0.45 × 0.5 would be at risk.
    expect(
      decide({ projection: 0.45, bar: 0.5, forecast: null }, { statusRules: 'forecast' }).status,
    ).toBe('on-track');
  });

  it('grades the presets at exactly their thresholds', () => {
    const status = (statusRules: StatusPreset, fields: Partial<StatusInput>) =>
      decide(fields, { statusRules }).status;
    expect(
      [0.7, 0.69, 0.4, 0.39].map((projection) => status('score-bands', { projection })),
    ).toEqual(['on-track', 'at-risk', 'at-risk', 'off-track']);
    // Gaps of 16.4, 16.5, 33, 33.1 points and progress ahead of the pace (a gap of 0).
    expect(
      [0.336, 0.335, 0.17, 0.169, 0.9].map((progress) =>
        status('gap-points', { progress, expected: 0.5 }),
      ),
    ).toEqual(['on-track', 'behind', 'behind', 'at-risk', 'on-track']);
    expect(
      decide({ progress: 0.9, expected: 0.5 }, { statusRules: 'gap-points' }).message.values.gap,
    ).toBe(0);
    expect(
      [0.475, 0.47, 0.375, 0.37].map((progress) =>
        status('pace-ratio', { progress, expected: 0.5 }),
      ),
    ).toEqual(['on-track', 'behind', 'behind', 'at-risk']);
  });

  it('lowers the status for a low confidence with the limit it crossed', () => {
    expect(decide({ confidence: 0.29 })).toEqual({
      status: 'at-risk',
      rule: 'confidence',
      message: {
        id: 'explain.confidence',
        values: { confidence: 0.29, limit: 0.3, status: 'at-risk' },
      },
    });
    expect(decide({ confidence: 0.3 })).toEqual({
      status: 'behind',
      rule: 'confidence',
      message: {
        id: 'explain.confidence',
        values: { confidence: 0.3, limit: 0.5, status: 'behind' },
      },
    });
    expect(decide({ confidence: 0.5 })).toMatchObject({ status: 'on-track', rule: 'projection' });
    // As bad already: the projection keeps the word.
    expect(decide({ projection: 0.5, confidence: 0.2 })).toMatchObject({
      status: 'at-risk',
      rule: 'projection',
    });
    expect(decide({ projection: 0.8, confidence: 0.4 })).toMatchObject({
      status: 'behind',
      rule: 'projection',
    });
    const thresholds = { confidenceAtRisk: 0.6, confidenceBehind: 0.8 };
    expect(decide({ confidence: 0.7 }, { thresholds }).message.values).toEqual({
      confidence: 0.7,
      limit: 0.8,
      status: 'behind',
    });
    expect(decide({ confidence: 0.5 }, { thresholds }).message.values).toEqual({
      confidence: 0.5,
      limit: 0.6,
      status: 'at-risk',
    });
  });
});
