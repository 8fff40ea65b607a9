import { describe, expect, it } from 'vitest';
import { analyzeOkrs, computeElapsed, toEpochMs } from '../../src/core';
import { toIsoString } from '../../src/core/dates';
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

  it('reads a lower-case t and z, an offset without a colon and up to nine decimals', () => {
    expect(toEpochMs('2026-01-01t12:30z')).toBe(Date.UTC(2026, 0, 1, 12, 30));
    expect(toEpochMs('2026-01-01T12:30-0800')).toBe(Date.UTC(2026, 0, 1, 20, 30));
    expect(toEpochMs('2026-01-01T12:30:15.123456789Z')).toBe(Date.UTC(2026, 0, 1, 12, 30, 15, 123));
    expect(toEpochMs('  2026-01-01T12:30Z\n')).toBe(Date.UTC(2026, 0, 1, 12, 30));
    expect(toEpochMs(' 2026-01-01 ')).toBe(Date.UTC(2026, 0, 1));
    expect(toEpochMs('2028-02-29')).toBe(Date.UTC(2028, 1, 29));
    expect(toEpochMs('0050-06-01T00:00')).toBe(new Date('0050-06-01T00:00:00Z').getTime());
  });

  it('takes epoch milliseconds and Dates', () => {
    expect(toEpochMs(0)).toBe(0);
    expect(toEpochMs(new Date(Date.UTC(2026, 5, 1)))).toBe(Date.UTC(2026, 5, 1));
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['an impossible day with a time', '2026-02-30T10:00'],
    ['29 February of a common year', '2026-02-29'],
    ['a month 0', '2026-00-10'],
    ['a month 13 with a time', '2026-13-01T10:00'],
    ['text before a date', 'x2026-01-01'],
    ['text after a date', '2026-01-01x'],
    ['text before a date-time', 'on 2026-01-01T10:00'],
    ['text after a date-time', '2026-01-01T10:00Z at noon'],
    ['a date-time without minutes', '2026-01-01T10'],
    ['ten decimals', '2026-01-01T10:00:00.1234567890'],
    ['a five-digit year', '20260-01-01'],
    ['a one-digit month', '2026-1-01'],
    ['a month 13', '2026-13-01'],
    ['a locale format', '1/2/2026'],
    ['words', 'next Tuesday'],
    ['an empty string', ''],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond the Date range', 9e15],
    ['just beyond the Date range', 8.64e15 + 1],
    ['just before the Date range', -8.64e15 - 1],
    ['an invalid Date', new Date('x')],
    ['null', null],
    ['an object', {}],
  ])('rejects %s', (_, input) => {
    expect(toEpochMs(input)).toBeNull();
  });
});

describe('the ends of the Date range', () => {
  it('takes ±8.64e15 ms, the first and last moments a Date can hold', () => {
    expect(toEpochMs(8.64e15)).toBe(8.64e15);
    expect(toEpochMs(-8.64e15)).toBe(-8.64e15);
    expect(toEpochMs(new Date(-8.64e15))).toBe(-8.64e15);
  });
});

describe('toIsoString', () => {
  it('formats epoch milliseconds in UTC with milliseconds', () => {
    expect(toIsoString(Date.UTC(2026, 1, 15, 8, 5, 3, 7))).toBe('2026-02-15T08:05:03.007Z');
  });
});

describe('computeElapsed', () => {
  it('is the clamped share of the cycle', () => {
    expect(computeElapsed(5, 0, 10)).toBe(0.5);
    expect(computeElapsed(-5, 0, 10)).toBe(0);
    expect(computeElapsed(50, 0, 10)).toBe(1);
    expect(computeElapsed(5, 10, 10)).toBe(0);
    expect(computeElapsed(Number.NaN, 0, 10)).toBe(0);
    expect(computeElapsed(Number.POSITIVE_INFINITY, 0, 10)).toBe(0);
    expect(computeElapsed(5, 10, 0)).toBe(0);
    // An empty cycle has no share to pass, before or after its one moment.
    expect(computeElapsed(15, 10, 10)).toBe(0);
    expect(computeElapsed(2.5, 0, 10)).toBe(0.25);
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
