import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/import';
import { decimalOf } from '../../src/import/values';

const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

describe('the decimal mark a cell shows', () => {
  it.each([
    ['1,5', ','],
    ['12,5%', ','],
    ['1 234,5', ','],
    ['1\u00a0234.5', '.'],
    ['-1,5', ','],
    ['+0,25', ','],
    [',5', ','],
    ['1.234,567', ','],
    ['1.234,5', ','],
    ['1.5', '.'],
    ['1,234.567', '.'],
    ['.5', '.'],
  ] as const)('%j shows %j', (cell, mark) => {
    expect(decimalOf(cell)).toBe(mark);
  });

  it.each([
    ['1,500', 'a comma before exactly three digits groups thousands'],
    ['1.500', 'a point before exactly three digits groups thousands'],
    ['1.234.567', 'points that all group thousands'],
    ['15', 'no mark at all'],
    ['1,5 kg', 'a unit after the number'],
    ['ca. 1,5', 'a word before the number'],
    ['%1,5', 'a percent sign in front'],
    ['1,5%%', 'two percent signs'],
  ])('%j shows none (%s)', (cell) => {
    expect(decimalOf(cell)).toBeUndefined();
  });
});

describe('date cells', () => {
  it.each([
    ['2026-03-31T18:30:00+02:00', utc(2026, 3, 31)],
    ['2026-03-31T18:30:00-0500', utc(2026, 3, 31)],
    ['2026-03-31t18:30:00z', utc(2026, 3, 31)],
    [' 2026-01-01 ', utc(2026, 1, 1)],
    [' 31.03.2026\t', utc(2026, 3, 31)],
    ['1000-01-01', utc(1000, 1, 1)],
    ['01.01.1000', utc(1000, 1, 1)],
    ['73050', utc(2099, 12, 31)],
    ['25569', utc(1970, 1, 1)],
  ] as const)('reads %j as the UTC day %d', (cell, ms) => {
    expect(readDate(cell, 'mdy')).toBe(ms);
  });

  it.each([
    ['0999-12-31', 'a year before 1000'],
    ['0026-01-01', 'a two-digit year padded to four (1926 to Date.UTC)'],
    ['01.01.0026', 'a padded two-digit year, dotted'],
    ['12026-01-01', 'a five-digit year'],
    ['2026-01-015', 'a three-digit day'],
    ['2026-01-01x', 'a word after an ISO date'],
    ['2026-03-31T18:30:00+', 'a zone offset without digits'],
    ['131.03.2026', 'a three-digit day, dotted'],
    ['31.03.20265', 'a five-digit year, dotted'],
    ['73051', 'serial day 73,051, in 2100'],
    ['25568', 'serial day 25,568, in 1969'],
    ['+46023', 'a serial day with a sign'],
    ['4.6023e4', 'a serial day with an exponent'],
    ['46023,5', 'a serial day with a decimal comma'],
  ])('reads %j as no date (%s)', (cell) => {
    expect(readDate(cell, 'dmy')).toBeNaN();
  });
});
