import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMs } from '../../src/core';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** What a Date makes of a calendar day; `null` when it rolls over into another day. */
function byDate(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const same =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? date.getTime() : null;
}

describe('calendar days read by arithmetic', () => {
  it('reads every day of years 0 to 9999 as a Date does, and rejects the days that do not exist', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(toEpochMs(text)).toBe(byDate(year, month, day));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('knows the leap years of the Gregorian calendar', () => {
    expect(toEpochMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(toEpochMs('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
    expect(toEpochMs('1900-02-29')).toBeNull();
    expect(toEpochMs('2026-02-29')).toBeNull();
    expect(toEpochMs('0000-02-29')).toBe(-62_162_121_600_000);
    expect(toEpochMs('0099-12-31')).toBe(-59_011_545_600_000);
  });

  it('rejects months and days of 0', () => {
    expect(toEpochMs('2026-00-10')).toBeNull();
    expect(toEpochMs('2026-01-00')).toBeNull();
  });
});
