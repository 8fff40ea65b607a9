import { describe, expect, it } from 'vitest';
import { analyzeOkrs, computeElapsed, toEpochMs } from '../../src/core';
import { MARKETING, MARKETING_NOW } from '../fixtures/scenarios';

describe('toEpochMs', () => {
  it('reads a date-only string as midnight UTC', () => {
    expect(toEpochMs('2026-01-01')).toBe(Date.UTC(2026, 0, 1));
    expect(toEpochMs('0099-03-01')).toBe(new Date('0099-03-01T00:00:00Z').getTime());
  });

  it('reads date-times with and without an offset, the latter as UTC', () => {
    expect(toEpochMs('2026-01-01T12:30:00Z')).toBe(Date.UTC(2026, 0, 1, 12, 30));
    expect(toEpochMs('2026-01-01T12:30')).toBe(Date.UTC(2026, 0, 1, 12, 30));
    expect(toEpochMs('2026-01-01T12:30:00+05:30')).toBe(Date.UTC(2026, 0, 1, 7, 0));
    expect(toEpochMs('2026-01-01 12:30:15.250')).toBe(Date.UTC(2026, 0, 1, 12, 30, 15, 250));
  });

  it('takes epoch milliseconds and Dates', () => {
    expect(toEpochMs(0)).toBe(0);
    expect(toEpochMs(new Date(Date.UTC(2026, 5, 1)))).toBe(Date.UTC(2026, 5, 1));
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['a month 13', '2026-13-01'],
    ['a locale format', '1/2/2026'],
    ['words', 'next Tuesday'],
    ['an empty string', ''],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond the Date range', 9e15],
    ['an invalid Date', new Date('x')],
    ['null', null],
    ['an object', {}],
  ])('rejects %s', (_, input) => {
    expect(toEpochMs(input)).toBeNull();
  });
});

describe('computeElapsed', () => {
  it('is the clamped share of the cycle', () => {
    expect(computeElapsed(5, 0, 10)).toBe(0.5);
    expect(computeElapsed(-5, 0, 10)).toBe(0);
    expect(computeElapsed(50, 0, 10)).toBe(1);
    expect(computeElapsed(5, 10, 10)).toBe(0);
    expect(computeElapsed(Number.NaN, 0, 10)).toBe(0);
  });
});

describe('time zones', () => {
  // `npm test` also runs this file under TZ=America/Los_Angeles and TZ=Asia/Kolkata (see
  // vitest.config.ts); the expected values are the same everywhere.
  it(`gives the same report in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
    const report = analyzeOkrs(MARKETING, { now: MARKETING_NOW });
    expect(report.now).toBe('2026-02-15T00:00:00.000Z');
    expect(report.elapsed).toBe(0.5);
    expect(report.objectives.find((o) => o.id === 'seo')?.daysSinceCheckIn).toBe(36);
    expect(report.objectives[0]?.lastCheckIn).toBe(Date.UTC(2026, 1, 15));
    expect(report.cycle).toEqual({
      start: '2026-01-01T00:00:00.000Z',
      end: '2026-04-01T00:00:00.000Z',
      label: 'Q1 2026',
    });
  });
});
