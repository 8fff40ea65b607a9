import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeOkrs,
  type CheckIn,
  classifyStatus,
  computeProjection,
  type DateInput,
  type KeyResultInput,
  type ObjectiveInput,
  type OkrSet,
  type Report,
  type Status,
  type StatusInput,
  statusSeverity,
} from '../../src/core';

// Q1 2026, half-open: 90 days, so 10 % of the cycle has passed on 2026-01-10.
const CYCLE = { start: '2026-01-01', end: '2026-04-01' } as const;
const START = Date.parse(`${CYCLE.start}T00:00:00Z`);
const END = Date.parse(`${CYCLE.end}T00:00:00Z`);
const EARLY_END = Date.parse('2026-01-10T00:00:00Z');
const NOW_MIN = Date.parse('2025-12-01T00:00:00Z');
const NOW_MAX = Date.parse('2026-05-01T00:00:00Z');

// ---------------------------------------------------------------------------------------------
// Arbitraries

const unit = (max = 1) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const value = fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true });
// A valid id or title has more than white space in it.
const name = fc.string({ minLength: 1, maxLength: 8 }).filter((text) => text.trim() !== '');

const dateInCycle: fc.Arbitrary<DateInput> = fc
  .tuple(fc.integer({ min: START, max: END - 1 }), fc.boolean())
  .map(([ms, iso]) => (iso ? new Date(ms).toISOString() : ms));

const checkInArb: fc.Arbitrary<CheckIn> = fc.record(
  { at: dateInCycle, progress: unit(1.5), confidence: unit(), note: fc.string({ maxLength: 12 }) },
  { requiredKeys: ['at', 'progress'] },
);

// Start, target and current of a key result: any finite values with `target !== start`, plus
// the two edge cases a uniform draw rarely hits: a key result that has not moved yet (`current`
// still at `start`) and a range so narrow that `(current − start) / (target − start)` is huge.
type Range = Pick<KeyResultInput, 'start' | 'target' | 'current'>;
const rangeArb: fc.Arbitrary<Range> = fc
  .oneof<fc.Arbitrary<Range>[]>(
    fc.record(
      { start: value, target: value, current: value },
      { requiredKeys: ['target', 'current'] },
    ),
    fc
      .record({ start: value, target: value }, { requiredKeys: ['target'] })
      .map((range) => ({ ...range, current: range.start ?? 0 })),
    fc.record({
      target: fc.double({ min: -1e-306, max: 1e-306, noNaN: true, noDefaultInfinity: true }),
      current: value,
    }),
  )
  .filter((range) => range.target !== (range.start ?? 0));

const keyResultArb: fc.Arbitrary<KeyResultInput> = fc
  .tuple(
    fc.record({ id: name, title: name, weight: unit(5) }, { requiredKeys: ['id', 'title'] }),
    rangeArb,
  )
  .map(([keyResult, range]) => ({ ...keyResult, ...range }));

const measureArb: fc.Arbitrary<Pick<ObjectiveInput, 'progress' | 'keyResults'>> = fc.oneof(
  fc.record({ progress: unit(1.5) }),
  fc.record({
    keyResults: fc.uniqueArray(keyResultArb, {
      minLength: 1,
      maxLength: 4,
      selector: (keyResult) => keyResult.id,
    }),
  }),
);

const objectiveArb: fc.Arbitrary<ObjectiveInput> = fc
  .tuple(
    fc.record(
      {
        id: name,
        title: name,
        type: fc.constantFrom('committed' as const, 'aspirational' as const),
        weight: unit(5),
        confidence: unit(),
        checkIns: fc.array(checkInArb, { maxLength: 5 }),
      },
      { requiredKeys: ['id', 'title'] },
    ),
    measureArb,
  )
  .map(([base, measure]) => ({ ...base, ...measure }));

const okrSetArb: fc.Arbitrary<OkrSet> = fc
  .uniqueArray(objectiveArb, { maxLength: 12, selector: (objective) => objective.id })
  .map((objectives) => ({ cycle: { ...CYCLE }, objectives }));

const nowArb = fc.integer({ min: NOW_MIN, max: NOW_MAX });

// ---------------------------------------------------------------------------------------------
// Helpers

/** Every number anywhere in a JSON-like value that is `NaN` or infinite, with its path. */
function nonFiniteNumbers(input: unknown, path = 'report'): string[] {
  if (typeof input === 'number') return Number.isFinite(input) ? [] : [`${path} = ${input}`];
  if (Array.isArray(input)) {
    return input.flatMap((item, index) => nonFiniteNumbers(item, `${path}[${index}]`));
  }
  if (typeof input === 'object' && input !== null) {
    return Object.entries(input).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [];
}

function deepFreeze<T>(input: T): T {
  if (typeof input === 'object' && input !== null && !Object.isFrozen(input)) {
    Object.freeze(input);
    for (const item of Object.values(input)) deepFreeze(item);
  }
  return input;
}

const statusesById = (report: Report) =>
  new Map(report.objectives.map((objective) => [objective.id, objective.status]));

/** A StatusInput built the way `analyzeOkrs` builds it, with the default linear pace. */
const statusInput = (
  progress: number,
  expected: number,
  bar: number,
  confidence: number | null,
): StatusInput => ({
  progress,
  expected,
  projection: computeProjection(progress, expected),
  bar,
  elapsed: expected,
  confidence,
});
const severityAt = (...args: Parameters<typeof statusInput>) =>
  statusSeverity(classifyStatus(statusInput(...args)).status);

const barArb = fc.constantFrom(1, 0.7);
const confidenceArb = fc.option(unit(), { nil: null });
const EARLY_STATUSES: readonly Status[] = ['done', 'on-track', 'not-started', 'behind', 'at-risk'];

// ---------------------------------------------------------------------------------------------

describe('analyzeOkrs on arbitrary valid OKR sets', () => {
  it('never throws, keeps every number finite and every score within [0, 1]', () => {
    fc.assert(
      fc.property(okrSetArb, nowArb, (okrs, now) => {
        const report = analyzeOkrs(okrs, { now });
        expect(nonFiniteNumbers(report)).toEqual([]);
        expect(report.objectives.map((objective) => objective.id)).toEqual(
          okrs.objectives.map((objective) => objective.id),
        );
        const { score, level } = report.balance;
        if (okrs.objectives.length === 0) {
          expect(score).toBeNull();
          expect(level).toBeNull();
        } else {
          expect(score).not.toBeNull();
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        }
        for (const objective of report.objectives) {
          expect(objective.attainment).toBeGreaterThanOrEqual(0);
          expect(objective.attainment).toBeLessThanOrEqual(1);
        }
        expect(report.elapsed).toBeGreaterThanOrEqual(0);
        expect(report.elapsed).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('returns a report that survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(okrSetArb, nowArb, (okrs, now) => {
        const report = analyzeOkrs(okrs, { now });
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
    );
  });

  it('gives the same balance statistics and statuses whatever the order of the objectives', () => {
    const setAndShuffled = okrSetArb.chain((okrs) =>
      fc.tuple(
        fc.constant(okrs),
        fc.shuffledSubarray(okrs.objectives, {
          minLength: okrs.objectives.length,
          maxLength: okrs.objectives.length,
        }),
        nowArb,
      ),
    );
    fc.assert(
      fc.property(setAndShuffled, ([okrs, shuffled, now]) => {
        const a = analyzeOkrs(okrs, { now });
        const b = analyzeOkrs({ ...okrs, objectives: shuffled }, { now });
        for (const key of ['score', 'mean', 'median', 'min', 'max', 'spread', 'stdDev'] as const) {
          const x = a.balance[key];
          const y = b.balance[key];
          if (x === null || y === null) expect(y).toBe(x);
          else expect(Math.abs(x - y), key).toBeLessThanOrEqual(1e-12);
        }
        expect(new Set(b.balance.leaders)).toEqual(new Set(a.balance.leaders));
        expect(new Set(b.balance.laggards)).toEqual(new Set(a.balance.laggards));
        expect(statusesById(b)).toEqual(statusesById(a));
      }),
    );
  });

  it('scores exactly 1, balanced, with no spread, when every attainment is the same', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        unit(),
        fc.constantFrom(undefined, 'committed' as const, 'aspirational' as const),
        fc.array(fc.option(unit(5), { nil: undefined }), { minLength: 20, maxLength: 20 }),
        nowArb,
        (count, progress, type, weights, now) => {
          const objectives: ObjectiveInput[] = Array.from({ length: count }, (_, index) => ({
            id: `o${index}`,
            title: `Objective ${index}`,
            progress,
            ...(type === undefined ? {} : { type }),
            ...(weights[index] === undefined ? {} : { weight: weights[index] }),
          }));
          const { balance } = analyzeOkrs({ cycle: { ...CYCLE }, objectives }, { now });
          expect(balance.score).toBe(1);
          expect(balance.level).toBe('balanced');
          expect(balance.spread).toBe(0);
        },
      ),
    );
  });

  it('does not change its input, and reads a deeply frozen one', () => {
    fc.assert(
      fc.property(okrSetArb, nowArb, (okrs, now) => {
        const before = structuredClone(okrs);
        deepFreeze(okrs);
        expect(() => analyzeOkrs(okrs, { now })).not.toThrow();
        expect(okrs).toEqual(before);
      }),
    );
  });

  it('scores the balance as 1 − 2σ of the weighted attainments, clamped to [0, 1]', () => {
    fc.assert(
      fc.property(okrSetArb, nowArb, (okrs, now) => {
        fc.pre(okrs.objectives.length > 0);
        const report = analyzeOkrs(okrs, { now });
        const items = report.objectives;
        const total = items.reduce((sum, objective) => sum + objective.weight, 0);
        // In units of the largest weight: the same mean, without the underflow of products
        // with subnormal weights such as 5e-324.
        const largest = Math.max(...items.map((objective) => objective.weight));
        const weightOf = (weight: number) => (total > 0 ? weight / largest : 1);
        const weightSum = items.reduce((sum, objective) => sum + weightOf(objective.weight), 0);
        const mean =
          items.reduce((sum, o) => sum + o.attainment * weightOf(o.weight), 0) / weightSum;
        const variance =
          items.reduce((sum, o) => sum + (o.attainment - mean) ** 2 * weightOf(o.weight), 0) /
          weightSum;
        const expected = Math.min(1, Math.max(0, 1 - 2 * Math.sqrt(variance)));
        expect(report.balance.score).not.toBeNull();
        expect(Math.abs((report.balance.score ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-9);
      }),
    );
  });
});

describe('status monotonicity (default rules)', () => {
  it('never gives a worse status for more progress at the same moment', () => {
    fc.assert(
      fc.property(
        unit(1.5),
        unit(1.5),
        unit(),
        barArb,
        confidenceArb,
        (a, b, expected, bar, confidence) => {
          const [p1, p2] = a <= b ? [a, b] : [b, a];
          expect(severityAt(p2, expected, bar, confidence)).toBeLessThanOrEqual(
            severityAt(p1, expected, bar, confidence),
          );
        },
      ),
    );
  });

  it('never gives a better status later with the same progress, once 10 % has passed', () => {
    const lateExpected = fc.double({ min: 0.1, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        unit(1.5),
        lateExpected,
        lateExpected,
        barArb,
        confidenceArb,
        (progress, a, b, bar, confidence) => {
          const [e1, e2] = a <= b ? [a, b] : [b, a];
          expect(severityAt(progress, e2, bar, confidence)).toBeGreaterThanOrEqual(
            severityAt(progress, e1, bar, confidence),
          );
        },
      ),
    );
  });

  it('never gives a better status in a later report of the same set, once 10 % has passed', () => {
    const lateNow = fc.integer({ min: EARLY_END, max: NOW_MAX });
    fc.assert(
      fc.property(okrSetArb, lateNow, lateNow, (okrs, a, b) => {
        const [now1, now2] = a <= b ? [a, b] : [b, a];
        const first = analyzeOkrs(okrs, { now: now1 });
        const second = analyzeOkrs(okrs, { now: now2 });
        expect(first.elapsed).toBeGreaterThanOrEqual(0.1);
        const earlier = new Map(first.objectives.map((objective) => [objective.id, objective]));
        for (const later of second.objectives) {
          const before = earlier.get(later.id);
          expect(before).toBeDefined();
          if (!before) continue;
          // The confidence read is the latest up to `now`: a newer check-in that is more
          // confident may rightly improve the status, so only compare when it did not rise (a
          // confidence that appears only adds a floor, so that case is compared too).
          const confidenceRose =
            before.confidence !== null &&
            later.confidence !== null &&
            later.confidence > before.confidence;
          if (confidenceRose) continue;
          expect(statusSeverity(later.status), later.id).toBeGreaterThanOrEqual(
            statusSeverity(before.status),
          );
        }
      }),
    );
  });

  it('reports only done, on track, not started or a confidence floor in the early window', () => {
    const earlyExpected = fc.double({ min: 0, max: 0.1, maxExcluded: true, noNaN: true });
    fc.assert(
      fc.property(unit(1.5), earlyExpected, barArb, confidenceArb, (p, e, bar, confidence) => {
        const decision = classifyStatus(statusInput(p, e, bar, confidence));
        expect(EARLY_STATUSES).toContain(decision.status);
        if (decision.status === 'behind' || decision.status === 'at-risk') {
          expect(decision.rule).toBe('confidence');
        }
      }),
    );
    const earlyNow = fc.integer({ min: NOW_MIN, max: EARLY_END - 1 });
    fc.assert(
      fc.property(okrSetArb, earlyNow, (okrs, now) => {
        const report = analyzeOkrs(okrs, { now });
        expect(report.elapsed).toBeLessThan(0.1);
        for (const objective of report.objectives) {
          expect(EARLY_STATUSES).toContain(objective.status);
          if (objective.status === 'behind' || objective.status === 'at-risk') {
            expect(objective.rule).toBe('confidence');
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('time zones', () => {
  // Date-only and offset-free date-times are what a naive reader would take as local time.
  const localLooking = fc
    .tuple(fc.integer({ min: START, max: END - 1 }), fc.constantFrom('date', 'minutes', 'offset'))
    .map(([ms, form]) => {
      const iso = new Date(ms).toISOString();
      if (form === 'date') return iso.slice(0, 10);
      return form === 'minutes' ? iso.slice(0, 16) : `${iso.slice(0, 19)}+05:30`;
    });
  const datedSet = fc.record({
    objectives: fc.uniqueArray(
      fc.record({
        id: name,
        title: name,
        progress: unit(1.5),
        createdAt: localLooking,
        checkIns: fc.array(fc.record({ at: localLooking, progress: unit(1.5) }), { maxLength: 4 }),
      }),
      { selector: (objective) => objective.id, maxLength: 5 },
    ),
  });

  it('gives the same report in every time zone', () => {
    const original = process.env.TZ;
    const zones = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham'];
    try {
      fc.assert(
        fc.property(datedSet, localLooking, (set, now) => {
          const okrs = { cycle: { start: '2026-01-01', end: '2026-04-01T00:00' }, ...set };
          const reports = zones.map((zone) => {
            process.env.TZ = zone;
            return analyzeOkrs(okrs, { now });
          });
          for (const report of reports.slice(1)) expect(report).toEqual(reports[0]);
        }),
        { numRuns: 200 },
      );
      // The zone really changed under the test, so the comparison means something.
      process.env.TZ = 'Asia/Kolkata';
      expect(new Date(0).getTimezoneOffset()).toBe(-330);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
