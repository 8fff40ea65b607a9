// Cells as a spreadsheet writes them: numbers with either decimal mark, percentages, dates in
// the orders people use and serial day numbers. Every decision is made per column (or per file
// for the date order), never cell by cell, so one file reads one way.

/** The decimal mark: `.` (1,234.5) or `,` (1.234,5). */
export type DecimalMark = '.' | ',';
/** The order of day and month in dates written `a/b/yyyy`. */
export type DateOrder = 'dmy' | 'mdy';

const DAY = 86_400_000;
const SPACES = /[\s\u00a0\u202f']/g;
const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const GROUPED_DOT = /^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$/;
const GROUPED_COMMA = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** The mark a cell shows it uses, if it shows one: `1,5` or `1.234,5` use a comma. */
export function decimalOf(cell: string): DecimalMark | undefined {
  const text = cell.replace(SPACES, '').replace(/%$/, '');
  for (const [mark, other] of [
    [',', '.'],
    ['.', ','],
  ] as const) {
    const at = text.lastIndexOf(mark);
    if (at < 0 || !/^[-+]?[\d.,]*\d$/.test(text)) continue;
    // A mark after the other one, or not followed by exactly three digits, is a decimal mark.
    if (at < text.lastIndexOf(other)) continue;
    if (text.indexOf(other) >= 0 || text.length - at - 1 !== 3) return mark;
  }
  return undefined;
}

/** A number written with `mark` as its decimal mark (the other groups thousands), or NaN. */
export function readNumber(cell: string, mark: DecimalMark): number {
  let text = cell.replace(SPACES, '');
  const group = mark === ',' ? '.' : ',';
  if ((mark === ',' ? GROUPED_DOT : GROUPED_COMMA).test(text)) text = text.split(group).join('');
  // With a comma for decimals, a point left over is neither mark: "1.5" is not read as 1.5.
  if (mark === ',') text = text.includes('.') ? '' : text.replace(',', '.');
  const value = PLAIN.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? value : NaN;
}

/** `dd.mm.yyyy`, `a/b/yyyy`: the first two parts of a date that day and month may swap in. */
export const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

const numbers = (parts: RegExpExecArray, ...at: number[]) =>
  at.map((index) => Number(parts[index])) as [number, number, number];

const utcDay = (year: number, month: number, day: number): number => {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year > 999 ? ms : NaN;
};

/**
 * A date as epoch milliseconds (UTC, whatever the machine's zone), or NaN: ISO `yyyy-mm-dd`
 * (a time after it is dropped), `dd.mm.yyyy`, `a/b/yyyy` in `order` (each with a time after it
 * too) and spreadsheet serial days from 1970 to 2099 (46023 is 2026-01-01).
 */
export function readDate(cell: string, order: DateOrder): number {
  // A time after a date is read to the day: a cycle starts and ends on days.
  const text = cell.trim().replace(/(\d)[ T]\d\d?:\d\d(:\d\d(\.\d+)?)?( ?[ap]m)?$/i, '$1');
  let parts = /^(\d{4})-(\d\d?)-(\d\d?)([T ][\d:.]+(Z|[+-][\d:]+)?)?$/i.exec(text);
  if (parts) return utcDay(...numbers(parts, 1, 2, 3));
  parts = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (parts) return utcDay(...numbers(parts, 3, 2, 1));
  parts = SLASHED.exec(text);
  if (parts)
    return utcDay(...(order === 'dmy' ? numbers(parts, 3, 2, 1) : numbers(parts, 3, 1, 2)));
  // A spreadsheet's serial day: 25569 is 1970-01-01. Only days from 1970 to 2099 are read: a
  // smaller or larger number in a date column (2026, 5) is no date of a cycle.
  const serial = /^\d+(\.\d+)?$/.test(text) ? Number(text) : 0;
  return serial >= 25569 && serial < 73051 ? Math.round((serial - 25569) * DAY) : NaN;
}

/** A date-only ISO text (`2026-01-01`); a serial day's time of day is dropped. */
export const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
