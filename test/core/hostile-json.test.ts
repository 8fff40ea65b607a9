import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeOkrs, parseOkrSet } from '../../src/core';
import { badNumbers } from './helpers';

/** Keys every plain object inherits, mixed with the keys the input uses. */
const KEYS = [
  'cycle',
  'objectives',
  'start',
  'end',
  'label',
  'id',
  'title',
  'owner',
  'team',
  'type',
  'weight',
  'progress',
  'keyResults',
  'target',
  'current',
  'confidence',
  'checkIns',
  'at',
  'note',
  'createdAt',
  'constructor',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
];
const PROTOTYPE_TEXT = fc.constantFrom(
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
);

/** JSON values whose objects use the input's keys and prototype names, as own properties. */
const { value: hostile } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    PROTOTYPE_TEXT,
    fc.constantFrom(
      '2026-01-01',
      '2026-04-01',
      '2026-02-30T10:00',
      0,
      -0,
      1e308,
      -1e308,
      5e-324,
      0.5,
      1,
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    // Object.fromEntries makes `__proto__` an own property, as JSON.parse does.
    fc
      .array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 6 })
      .map((entries) => Object.fromEntries(entries)),
  ),
}));

/** An OKR set with a valid cycle and objectives made of hostile values. */
const okrShaped = fc.record({
  cycle: fc.oneof(fc.constant({ start: '2026-01-01', end: '2026-04-01' }), hostile),
  objectives: fc.array(hostile, { maxLength: 5 }),
});

/** Options as JSON could give them: any value under each option's name. */
const jsonOptions = fc.record(
  {
    now: fc.oneof(fc.constant('2026-02-15'), hostile),
    locale: fc.oneof(fc.constantFrom('en', 'de', 'xx-invalid_', '__proto__'), hostile),
    messages: hostile,
    statusRules: fc.oneof(
      fc.constantFrom('default', 'score-bands', 'constructor', '__proto__'),
      hostile,
    ),
    thresholds: hostile,
    balanceThresholds: hostile,
    suggestionThresholds: hostile,
    suggestionRules: hostile,
    pace: hostile,
  },
  { requiredKeys: [] },
);

const RUNS = { numRuns: 1500 };
/** fast-check runs take seconds on a busy machine: more than vitest's default 5 s allows. */
const SLOW = 30_000;

describe('analyzeOkrs and parseOkrSet on any JSON value', () => {
  it(
    'analyses any JSON value without throwing and without a non-finite number',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), hostile, okrShaped), (input) => {
          const report = analyzeOkrs(input, { now: '2026-02-15' });
          expect(badNumbers(report)).toEqual([]);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'analyses with any JSON value as options without throwing and without a non-finite number',
    () => {
      fc.assert(
        fc.property(okrShaped, jsonOptions, (input, options) => {
          const report = analyzeOkrs(input, options as never);
          expect(badNumbers(report)).toEqual([]);
          expect(typeof report.now).toBe('string');
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'parses any JSON value without throwing and without a non-finite number',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.jsonValue(), hostile, okrShaped), (input) => {
          const result = parseOkrSet(input);
          expect(badNumbers(result)).toEqual([]);
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        }),
        RUNS,
      );
    },
    SLOW,
  );

  it(
    'analyses a report’s own JSON round trip to the same report',
    () => {
      fc.assert(
        fc.property(okrShaped, (input) => {
          const report = analyzeOkrs(input, { now: '2026-02-15' });
          expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );
});
