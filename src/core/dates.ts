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
