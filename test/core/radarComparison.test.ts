import { describe, expect, it } from 'vitest';
import { comparedValue, reportComparison } from '../../src/core';

describe('an earlier report as the radar’s comparison', () => {
  it('takes each row’s progress by id, the first of a repeated id, and the report’s moment', () => {
    const report = {
      now: '2026-02-01T00:00:00.000Z',
      objectives: [
        { id: 'a', progress: 0.25 },
        { id: 'b', progress: 0.5 },
        { id: 'a', progress: 0.9 },
      ],
    };
    const comparison = reportComparison(report);
    expect(comparison?.at).toBe(Date.UTC(2026, 1, 1));
    expect({ ...comparison?.values }).toEqual({ a: 0.25, b: 0.5 });
  });

  it('leaves out rows it cannot read, and ids of Object.prototype find nothing', () => {
    const comparison = reportComparison({
      objectives: [
        null,
        3,
        { id: 7, progress: 0.1 },
        { id: 'x', progress: Number.NaN },
        { id: 'y', progress: '0.2' },
        { id: 'constructor', progress: 0.3 },
      ],
    });
    expect(comparison?.at).toBeNull();
    expect(Object.keys(comparison?.values ?? {})).toEqual(['constructor']);
    expect(comparedValue(comparison?.values, 'constructor')).toBe(0.3);
    expect(comparedValue(comparison?.values, 'toString')).toBeUndefined();
  });

  it.each([
    ['null', null],
    ['a number', 4],
    ['a label and values', { label: 'Q4', values: { a: 0.1 } }],
    ['objectives that are no list', { objectives: 'a' }],
  ])('is no report for %s', (_, value) => {
    expect(reportComparison(value)).toBeNull();
  });

  it('never throws on a report whose reads throw', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
      },
    );
    expect(reportComparison(hostile)).toBeNull();
  });
});
