import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fromSchemaOutput, readValidObjective } from '../../src/core/normalize';
import { ObjectiveSchema } from '../../src/core/parse';

// Field values that are mostly valid, sometimes invalid or on the edge, mixed freely: a fully
// valid objective must come up often, and so must every way of being invalid.
const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: invalid });
const unit = mostly(
  fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, -0, 1)),
  fc.constantFrom(-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '0.5'),
);
const nonNegative = mostly(
  fc.oneof(fc.double({ min: 0, max: 3, noNaN: true }), fc.constantFrom(0, -0, 5e-324)),
  fc.constantFrom(-1, Number.NaN, Number.NEGATIVE_INFINITY, '1'),
);
const finite = mostly(
  fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, 5e-324, -5e-324)),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 'x'),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const text = mostly(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('', 7, null));
const date = mostly(
  fc.oneof(
    fc.constantFrom('2026-01-05', '2026-01-05T10:00:00+02:00', '2026-03-01T08:00'),
    fc.integer({ min: 1_767_000_000_000, max: 1_776_000_000_000 }),
  ),
  fc.constantFrom('2026-02-30', 'soon', new Date(Number.NaN), Number.NaN),
);
const keyResult = fc.record(
  {
    id: text,
    title: text,
    start: maybe(finite),
    target: maybe(finite),
    current: maybe(finite),
    progress: maybe(nonNegative),
    weight: maybe(nonNegative),
  },
  { requiredKeys: ['id', 'title'] },
);
const checkIn = fc.record(
  { at: date, progress: nonNegative, confidence: maybe(unit), note: maybe(text) },
  { requiredKeys: ['at', 'progress'] },
);
const objective = mostly(
  fc.record(
    {
      id: text,
      title: text,
      owner: maybe(text),
      team: maybe(text),
      type: maybe(mostly(fc.constantFrom('committed', 'aspirational'), fc.constant('stretch'))),
      weight: maybe(nonNegative),
      progress: maybe(nonNegative),
      keyResults: maybe(mostly(fc.array(keyResult, { maxLength: 3 }), fc.constant('none'))),
      confidence: maybe(unit),
      checkIns: maybe(mostly(fc.array(checkIn, { maxLength: 4 }), fc.constant({}))),
      createdAt: maybe(date),
    },
    { requiredKeys: ['id', 'title'] },
  ),
  fc.anything(),
);

describe('the fast path for valid objectives', () => {
  it('accepts exactly what the schema accepts, and reads it the same way', () => {
    let accepted = 0;
    fc.assert(
      fc.property(objective, (raw) => {
        const quick = readValidObjective(raw);
        const parsed = v.safeParse(ObjectiveSchema, raw);
        expect(quick !== null).toBe(parsed.success);
        if (quick) accepted++;
        if (quick && parsed.success) {
          expect({ ...quick, checkIns: [...quick.checkIns] }).toEqual(
            fromSchemaOutput(parsed.output),
          );
        }
      }),
      { numRuns: 3000 },
    );
    // Both sides of the equivalence were exercised.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });
});
