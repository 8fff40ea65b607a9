import { describe, expect, it } from 'vitest';
import {
  classifyStatus,
  computeProjection,
  type StatusInput,
  scoreBandRule,
  statusSeverity,
} from '../../src/core';

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
