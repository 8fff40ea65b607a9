import { beforeEach, describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  type Evidence,
  type FormatOptions,
  formatMessage,
  type Report,
} from '../../src/core';
import { SCENARIOS } from '../fixtures/scenarios';

const analyze = (name: keyof typeof SCENARIOS): Report =>
  analyzeOkrs(SCENARIOS[name].okrs, { now: SCENARIOS[name].now });
const byId = (report: Report) => new Map(report.objectives.map((o) => [o.id, o]));
const suggestion = (report: Report, causeId: string) =>
  report.suggestions.find((s) => s.causeId === causeId);

describe('company scenario (t = 0.6)', () => {
  // Analysed before each test, not while the file is collected: Stryker then knows which tests
  // reach which code (a call at collection makes its mutants "static", run against every test).
  let report: Report;
  let objectives: ReturnType<typeof byId>;
  beforeEach(() => {
    report = analyze('company');
    objectives = byId(report);
  });

  it('reads the data without issues at 60 % of the cycle', () => {
    expect(report.issues).toEqual([]);
    expect(report.elapsed).toBeCloseTo(0.6, 12);
    expect(report.now).toBe('2026-02-24T00:00:00.000Z');
  });

  it.each([
    ['customers', 0.2, 'off-track'],
    ['market', 1, 'done'],
    ['action-center', 0.3, 'at-risk'],
    ['brand', 0.35, 'at-risk'],
    ['revenue', 0.6, 'on-track'],
  ] as const)('classifies %s at %d as %s', (id, progress, status) => {
    const objective = objectives.get(id);
    expect(objective?.progress).toBeCloseTo(progress, 12);
    expect(objective?.status).toBe(status);
  });

  it('caps an overachieved key result and counts a falling target', () => {
    const market = objectives.get('market');
    expect(market?.keyResults.map((kr) => kr.progress)).toEqual([1, expect.closeTo(1.1, 12)]);
    expect(objectives.get('customers')?.keyResults[1]?.progress).toBeCloseTo(0.2, 12);
  });

  it('marks the market objective as completed early, and no other', () => {
    expect([...objectives.values()].filter((o) => o.completedEarly).map((o) => o.id)).toEqual([
      'market',
    ]);
  });

  it('scores the balance about 0.43, unbalanced, with a spread of 0.8', () => {
    expect(report.balance.score).toBeCloseTo(0.4259, 4);
    expect(report.balance.level).toBe('unbalanced');
    expect(report.balance.spread).toBeCloseTo(0.8, 12);
    expect(report.balance.mean).toBeCloseTo(0.49, 12);
    expect(report.balance.median).toBeCloseTo(0.35, 12);
    expect(report.balance.leaders).toEqual(['market', 'revenue']);
    expect(report.balance.laggards).toEqual([]);
  });

  it('explains the projection in words with its numbers', () => {
    const customers = objectives.get('customers');
    expect(customers?.explanation.id).toBe('explain.projection');
    expect(customers?.explanation.values).toMatchObject({ bar: 1 });
    expect(customers?.explanation.text).toBe(
      'Projected to reach 33% by the end of the cycle; success is 100% (projection rule).',
    );
  });

  it('suggests capacity imbalance, a conservative, a plan-less and aggressive targets', () => {
    expect(suggestion(report, 'team.capacity-imbalance')).toMatchObject({
      strength: 'strong',
      objectiveIds: ['customers', 'market', 'action-center', 'brand'],
    });
    expect(said(suggestion(report, 'team.capacity-imbalance')?.evidence[0])).toBe(
      '‘Become the market’s leading choice’ is at 100% while ‘Delight our customers’ is at 20%, with 60% of the cycle gone.',
    );
    expect(suggestion(report, 'target.too-conservative')).toMatchObject({
      strength: 'possible',
      objectiveIds: ['market'],
    });
    expect(suggestion(report, 'target.no-clear-plan')).toMatchObject({
      strength: 'possible',
      objectiveIds: ['action-center'],
    });
    expect(suggestion(report, 'target.too-aggressive')?.objectiveIds).toEqual([
      'customers',
      'action-center',
      'brand',
    ]);
    expect(report.suggestions.map((s) => s.causeId)).toEqual([
      'team.capacity-imbalance',
      'target.no-clear-plan',
      'target.too-aggressive',
      'target.too-conservative',
    ]);
  });
});

describe('marketing scenario (t = 0.5)', () => {
  // Analysed before each test, not while the file is collected: Stryker then knows which tests
  // reach which code (a call at collection makes its mutants "static", run against every test).
  let report: Report;
  let objectives: ReturnType<typeof byId>;
  beforeEach(() => {
    report = analyze('marketing');
    objectives = byId(report);
  });

  it.each([
    ['awareness', 0.5, 'on-track'],
    ['engagement', 0.7, 'ahead'],
    ['social', 0.38, 'behind'],
    ['leads', 0.8, 'ahead'],
    ['seo', 0.12, 'off-track'],
    ['content', 0.48, 'on-track'],
  ] as const)('classifies %s at %d as %s', (id, progress, status) => {
    expect(objectives.get(id)?.progress).toBeCloseTo(progress, 12);
    expect(objectives.get(id)?.status).toBe(status);
  });

  it('finds the stalled and the stale objective', () => {
    expect(objectives.get('social')?.stall).toEqual({ progress: 0.38, checkIns: 4, days: 21 });
    expect(objectives.get('seo')).toMatchObject({ stale: true, daysSinceCheckIn: 36 });
    expect([...objectives.values()].filter((o) => o.stale).map((o) => o.id)).toEqual(['seo']);
    expect(objectives.get('awareness')).toMatchObject({
      stall: null,
      checkInGapDays: 7,
      previousProgress: 0.45,
    });
  });

  it('scores the balance about 0.56, unbalanced', () => {
    expect(report.balance.score).toBeCloseTo(0.561, 3);
    expect(report.balance.level).toBe('unbalanced');
    expect(report.balance.leaders).toEqual(['engagement', 'leads']);
    expect(report.balance.laggards).toEqual(['seo']);
  });

  it('suggests the causes the data points to', () => {
    expect(suggestion(report, 'team.capacity-imbalance')).toMatchObject({
      strength: 'strong',
      objectiveIds: ['engagement', 'leads', 'seo'],
    });
    expect(suggestion(report, 'leader.no-follow-through')).toMatchObject({
      strength: 'strong',
      objectiveIds: ['social'],
    });
    expect(said(suggestion(report, 'leader.no-follow-through')?.evidence[0])).toBe(
      '‘Improve social media branding’ has not risen above 38% in 4 check-ins over 21 days.',
    );
    expect(suggestion(report, 'process.no-meeting-cadence')).toMatchObject({
      strength: 'strong',
      objectiveIds: ['seo'],
    });
    expect(suggestion(report, 'leader.shifts-focus')).toMatchObject({
      strength: 'possible',
      objectiveIds: [],
    });
    expect(suggestion(report, 'target.too-conservative')?.objectiveIds).toEqual(['leads']);
    expect(suggestion(report, 'target.too-aggressive')?.objectiveIds).toEqual(['seo']);
    expect(suggestion(report, 'target.no-clear-plan')).toBeUndefined();
    expect(suggestion(report, 'target.wrong-kpi')).toBeUndefined();
  });
});

describe('balanced team (t = 0.5)', () => {
  let report: Report;
  beforeEach(() => {
    report = analyze('balanced');
  });

  it('has every objective on track and a balance of at least 0.9', () => {
    expect(report.objectives.map((o) => o.status)).toEqual(Array(5).fill('on-track'));
    expect(report.balance.score).toBeGreaterThanOrEqual(0.9);
    expect(report.balance.level).toBe('balanced');
  });

  it('suggests no capacity imbalance, in fact nothing', () => {
    expect(report.suggestions).toEqual([]);
  });
});

/** The text of a piece of evidence, as a widget would word it. */
function said(evidence: Evidence | undefined, options: FormatOptions = {}): string {
  return evidence ? formatMessage(evidence.id, evidence.values, options) : '';
}
