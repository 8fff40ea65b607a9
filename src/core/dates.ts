/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time; without an offset it is read as UTC, never as the machine's time zone.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads a date as epoch milliseconds, the same on every machine whatever its time zone.
 * Accepts ISO 8601 strings (a date-only `YYYY-MM-DD` is 00:00 UTC), finite epoch milliseconds
 * and valid `Date` objects; anything else gives `null`.
 */
export function toEpochMs(input: unknown): number | null {
  if (typeof input === 'number') return finiteOrNull(input);
  if (input instanceof Date) return finiteOrNull(input.getTime());
  if (typeof input !== 'string') return null;
  const text = input.trim();
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly) return utcDay(Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3]));
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const [, day = '', time = '', offset] = dateTime;
  const parts = DATE_ONLY.exec(day);
  if (!parts || utcDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) === null) return null;
  return finiteOrNull(Date.parse(`${day}T${time}${offset ?? 'Z'}`));
}

/** Formats epoch milliseconds as an ISO 8601 string in UTC. */
export function toIsoString(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

// Arithmetic rather than a Date object: it runs for every date the input holds. Days from
// civil (H. Hinnant), valid for every year a Date holds, years 0–99 included.
function utcDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return finiteOrNull((era * 146_097 + dayOfEra - 719_468) * DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// `+ 0` turns -0 into 0: a date of -0 would otherwise reach the report as `-0`.
function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value + 0 : null;
}

// Dates given as numbers are epoch milliseconds, but spreadsheets give serial days (46023 is
// 1 January 2026) and many APIs seconds or microseconds. Such a number read as milliseconds
// lands decades away from any OKR cycle, so the input reads a number date only inside a band
// that holds every plausible cycle and none of those misreadings: from 1e11 ms (3 March 1973)
// up to 1e14 ms (the year 5138). A unit off by a factor of 1000 or more (seconds,
// microseconds) or a day count (serial days up to 9999-12-31) moves any date from 1973 to
// 2286 out of it. The band is fixed, not relative to the cycle, so the cycle's own dates, a
// check-in's and `createdAt` all follow one rule, in `parseOkrSet` as in `analyzeOkrs`.

/** The earliest epoch milliseconds the input reads as a number date: 1973-03-03T09:46:40Z. */
export const MIN_DATE_NUMBER = 1e11;
/** Epoch milliseconds from here on (the year 5138) are not read as a number date. */
export const MAX_DATE_NUMBER = 1e14;
// The last serial day a spreadsheet has: 9999-12-31.
const MAX_SERIAL_DAY = 2_958_466;
// Serial day 0 of the 1900 date system, 1899-12-31, and the one after its fake 29 February
// 1900 (serial 60), from which serials count from 1899-12-30.
const SERIAL_ZERO_MS = -2_209_075_200_000;
const SERIAL_LEAP_BUG = 60;

/**
 * Reads a date of the input (the cycle's start and end, a check-in's `at`, `createdAt`) as
 * epoch milliseconds: `toEpochMs`, where a number or `Date` must also lie from
 * `MIN_DATE_NUMBER` up to `MAX_DATE_NUMBER`; `dateInputProblem` says what one outside looks like.
 */
export function readInputDate(input: unknown): number | null {
  const ms = toEpochMs(input);
  return ms === null || typeof input === 'string' || (ms >= MIN_DATE_NUMBER && ms < MAX_DATE_NUMBER)
    ? ms
    : null;
}

/** Why a date of the input is not read: an issue code and the values of its message. */
export interface DateProblem {
  code: string;
  values: Record<string, string>;
}

/**
 * What a date `readInputDate` does not read looks like, for a message that helps: a number as
 * a serial day (`date-serial-day`), seconds (`date-seconds`) or microseconds
 * (`date-microseconds`) with the date it would be, any other number outside the band
 * (`date-out-of-range`), epoch milliseconds written as text (`date-number-text`) or a date in
 * another format than ISO 8601 (`date-format`, naming it); `null` when there is nothing to add
 * to `invalid-date`. It only describes: nothing here is read as the date it looks like.
 */
export function dateInputProblem(input: unknown): DateProblem | null {
  if (typeof input === 'string') return dateTextProblem(input);
  const ms = toEpochMs(input);
  const value = typeof input === 'number' ? input : ms;
  if (value === null || !Number.isFinite(value) || (ms !== null && readInputDate(ms) !== null)) {
    return null;
  }
  const shown = { value: String(value), asMs: ms === null ? '–' : isoText(ms) };
  // A number beyond what a Date holds, that no guess makes a date either, is just no date.
  const other = ms === null ? null : { code: 'date-out-of-range', values: shown };
  const guess = (code: string, guessed: number | null): DateProblem | null =>
    guessed === null
      ? other
      : { code, values: { ...shown, date: isoText(guessed), ms: String(guessed) } };
  if (value >= 1 && value < MAX_SERIAL_DAY && !(value >= SERIAL_LEAP_BUG && value < 61)) {
    const days = value < SERIAL_LEAP_BUG ? value : value - 1;
    return guess('date-serial-day', toEpochMs(Math.round(SERIAL_ZERO_MS + days * DAY_MS)));
  }
  if (value >= MAX_SERIAL_DAY && value < MIN_DATE_NUMBER) {
    return guess('date-seconds', toEpochMs(value * 1000));
  }
  if (value >= MAX_DATE_NUMBER) return guess('date-microseconds', toEpochMs(value / 1000));
  return other;
}

const DIGITS = /^[+-]?\d+(?:\.\d+)?$/;
// Day, month and year in some order, with dots, slashes or hyphens, a time of day allowed.
const OTHER_FORMAT = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T,]+\d.*)?$/;

function dateTextProblem(text: string): DateProblem | null {
  const trimmed = text.trim();
  if (DIGITS.test(trimmed)) {
    const described = dateInputProblem(Number(trimmed));
    if (described) return described;
    const ms = readInputDate(Number(trimmed));
    return ms === null
      ? null
      : { code: 'date-number-text', values: { text: trimmed, date: isoText(ms) } };
  }
  const parts = OTHER_FORMAT.exec(trimmed);
  if (!parts) return null;
  const [, first = '', separator = '', , last = ''] = parts;
  // ISO 8601's own shape with a day that does not exist (2026-02-30): no other format.
  if (first.length === 4 && separator === '-') return null;
  const year = last.length === 2 ? 'yy' : 'yyyy';
  const format =
    first.length === 4
      ? `yyyy${separator}mm${separator}dd`
      : separator === '.'
        ? `dd.mm.${year}`
        : `dd${separator}mm${separator}${year} (mm${separator}dd${separator}${year})`;
  return { code: 'date-format', values: { text: trimmed.slice(0, 40), format } };
}

/** Epoch milliseconds as ISO 8601 text: the date alone at midnight UTC. */
function isoText(ms: number): string {
  const text = toIsoString(ms);
  return text.endsWith('T00:00:00.000Z') ? text.slice(0, 10) : text;
}
