// Reports out to spreadsheets: a row per objective (and per unit of an organisation), RFC 4180
// quoting, text guarded against formulas, numbers as plain numbers.
import {
  checkReport,
  type FormatOptions,
  formatterWith,
  type ObjectiveAnalysis,
  type OrgReport,
  type OrgUnit,
  STATUS_MESSAGES,
} from '../core/index';

/** Options of `toCsv`. */
export interface CsvOptions extends FormatOptions {
  /** Starts the file with a UTF-8 byte-order mark, so Excel reads it as UTF-8. @default false */
  bom?: boolean;
  /** Between cells: `,`, `;` (spreadsheets set to decimal commas) or a tab. @default ',' */
  delimiter?: ',' | ';' | '\t';
  /**
   * The numbers' decimal mark: `,` as a spreadsheet set to decimal commas reads them (German
   * Excel takes `1.2` for 1 February). @default ',' with the `;` delimiter, '.' otherwise
   */
  decimal?: '.' | ',';
}

/**
 * The columns of a report's CSV, in order: `id`, `title`, `team`, `owner`, `type`
 * (committed/aspirational), `progress`, `expected`, `attainment` (progress over its bar, 0–1),
 * `projection` (the score at the end at the pace so far; empty while too early), `status` (the
 * status id), `status_text` (its words in the locale's messages), `stale` (`true`/`false`),
 * `forecast`, `forecast_low`, `forecast_high` (empty without a forecast), `check_ins` (how many),
 * `last_check_in` (its UTC day, `YYYY-MM-DD`), `confidence`. Shares are 0–1 (0.6 is 60 %).
 */
export const CSV_COLUMNS = [
  'id',
  'title',
  'team',
  'owner',
  'type',
  'progress',
  'expected',
  'attainment',
  'projection',
  'status',
  'status_text',
  'stale',
  'forecast',
  'forecast_low',
  'forecast_high',
  'check_ins',
  'last_check_in',
  'confidence',
] as const;

/**
 * The columns of an organisation's CSV (`analyzeOrg`): a row per unit, each followed by its own
 * objectives. `kind` (`unit` or `objective`), `id`, `title` (a unit's name), `unit` (the unit an
 * objective is in; a unit's parent), `path` (the names from the organisation down to the unit,
 * joined by ` / `), the report's columns from `owner` on, and for units `objectives` (how many
 * beneath it) and `balance` (the balance score of its direct children, 0–1).
 */
export const ORG_CSV_COLUMNS = [
  'kind',
  'id',
  'title',
  'unit',
  'path',
  ...CSV_COLUMNS.slice(3),
  'objectives',
  'balance',
] as const;

type Cell = string | number | boolean | null | undefined;
type Row = Partial<Record<(typeof ORG_CSV_COLUMNS)[number], Cell>>;

/**
 * A number as a spreadsheet reads it: dot decimals, at most six of them (0.1 + 0.2 is 0.3), no
 * exponent; `NaN` and infinities as an empty cell.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  // toFixed writes an exponent from 1e21 on; a number that large is a whole one.
  if (Math.abs(value) >= 1e21) return BigInt(value).toString();
  const fixed = value.toFixed(Math.abs(value) < 1e15 ? 6 : 0);
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return text === '-0' ? '0' : text;
}

/**
 * One cell: a number as `plainNumber` with the `decimal` mark, never guarded; a boolean as
 * `true`/`false`; text guarded against formulas (a leading `=`, `+`, `-`, `@`, tab or carriage
 * return gets a `'` before it, as OWASP advises; so does a leading `'`, so that dropping the
 * guard gives the text back). Quoted (RFC 4180) where it holds the delimiter, a quote or a line
 * end.
 */
export function csvCell(value: Cell, delimiter = ',', decimal: '.' | ',' = '.'): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? plainNumber(value).replace('.', decimal) : String(value);
  // A text that starts with the guard itself gets one too, so a reader that drops the guard
  // (parseOkrCsv) gives back exactly this text.
  const guarded = typeof value !== 'number' && /^[=+\-@\t\r']/.test(text) ? `'${text}` : text;
  return guarded.includes(delimiter) || /["\r\n]/.test(guarded)
    ? `"${guarded.replace(/"/g, '""')}"`
    : guarded;
}

// The day of a time, `2026-02-08`; beyond the year 9999 in ISO 8601's six-digit years.
const day = (ms: number | null | undefined): string | undefined =>
  typeof ms === 'number' && Number.isFinite(ms) && Math.abs(ms) <= 8.64e15
    ? new Date(ms).toISOString().slice(0, -14)
    : undefined;

/** The figures of an objective (or of a unit's row of `unitReport`). */
function objectiveRow(o: ObjectiveAnalysis, statusText: (status: string) => string): Row {
  const forecast = o.forecast ?? null;
  return {
    kind: 'objective',
    id: o.id,
    title: o.title,
    team: o.team,
    owner: o.owner,
    type: o.type,
    progress: o.progress,
    expected: o.expected,
    attainment: o.attainment,
    projection: o.projection,
    status: o.status,
    status_text: statusText(o.status),
    stale: typeof o.stale === 'boolean' ? o.stale : undefined,
    forecast: forecast?.value,
    forecast_low: forecast?.low,
    forecast_high: forecast?.high,
    check_ins: Array.isArray(o.history) ? o.history.length : undefined,
    last_check_in: day(o.lastCheckIn),
    confidence: o.confidence,
  };
}

function unitRow(unit: OrgUnit, path: string, statusText: (status: string) => string): Row {
  return {
    kind: 'unit',
    id: unit.id,
    title: unit.name,
    unit: unit.parentId,
    path,
    progress: unit.progress,
    expected: unit.expected,
    attainment: unit.attainment,
    projection: unit.projection,
    status: unit.status,
    status_text: unit.status === null ? '' : statusText(unit.status),
    last_check_in: day(unit.lastCheckIn),
    objectives: unit.objectiveCount,
    balance: unit.balance?.score,
  };
}

/** Every unit, each followed by its own objectives, parents before children. */
function orgRows(org: OrgReport, statusText: (status: string) => string): Row[] {
  const paths = new Map<string, string>();
  const rows: Row[] = [];
  for (const unit of org.units) {
    const parent = paths.get(unit.parentId as string);
    const path = parent === undefined ? unit.name : `${parent} / ${unit.name}`;
    paths.set(unit.id, path);
    rows.push(unitRow(unit, path, statusText));
    for (const index of unit.objectiveIndexes ?? []) {
      const objective = org.objectives[index];
      if (objective) rows.push({ ...objectiveRow(objective, statusText), unit: unit.id, path });
    }
  }
  return rows;
}

/**
 * What stops an organisation's report from being written: the CSV reads its units' ids, names
 * and parents and its objectives (each as a report's objective is checked). Its figures are
 * written as they are: one that is no number is an empty cell. (OrgTable's `checkOrgReport`,
 * which checks the tree deeper, would take 0.8 KiB of the budget.)
 */
function orgProblems(org: OrgReport): string[] {
  const { units, objectives } = org;
  const problems = checkReport({ objectives, balance: BLANK }).issues.map((i) => i.message);
  units.forEach((unit: unknown, index) => {
    const { id, name, parentId } = (unit ?? {}) as Partial<OrgUnit>;
    if (
      typeof id !== 'string' ||
      typeof name !== 'string' ||
      (parentId !== null && typeof parentId !== 'string')
    ) {
      problems.push(`report.units[${index}] should be a unit with a text id, name and parentId.`);
    }
  });
  return problems;
}
const BLANK = {
  score: null,
  level: null,
  mean: null,
  median: null,
  min: null,
  max: null,
  spread: null,
  stdDev: null,
};

/**
 * A report as CSV for a spreadsheet: a header row, then a row per objective (`CSV_COLUMNS`); an
 * organisation's report (`analyzeOrg`) gives a row per unit, each followed by its own objectives
 * (`ORG_CSV_COLUMNS`). Numbers are plain (no grouping, the `decimal` mark, never `NaN`: an
 * unknown figure is an empty cell), status words in `locale`/`messages`, lines end in CRLF.
 * Throws a `TypeError` that lists the problems for a value that is no report (a file of wrong
 * figures is worse than an error), and for a delimiter other than `,`, `;` or a tab or a decimal
 * mark other than `.` or `,`.
 */
export function toCsv(report: unknown, options: CsvOptions = {}): string {
  const { bom = false, delimiter = ',', decimal = delimiter === ';' ? ',' : '.' } = options;
  if (delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    throw new TypeError("toCsv: the delimiter must be ',', ';' or a tab.");
  }
  if (decimal !== '.' && decimal !== ',') {
    throw new TypeError("toCsv: the decimal mark must be '.' or ','.");
  }
  const isOrg =
    typeof report === 'object' && report !== null && Array.isArray((report as OrgReport).units);
  const problems = isOrg
    ? orgProblems(report as OrgReport)
    : checkReport(report).issues.map((issue) => issue.message);
  if (problems.length > 0) {
    if (problems.length > 5)
      problems.splice(5, Number.POSITIVE_INFINITY, `… ${problems.length - 5} more.`);
    throw new TypeError(`toCsv needs a report of analyzeOkrs or analyzeOrg: ${problems.join(' ')}`);
  }
  const given = report as { locale?: unknown };
  const format = formatterWith(
    {
      locale: options.locale ?? (typeof given.locale === 'string' ? given.locale : undefined),
      messages: options.messages,
    },
    [STATUS_MESSAGES],
  );
  const statusText = (status: string) => format.format(`status.${status}`);
  const columns: readonly string[] = isOrg ? ORG_CSV_COLUMNS : CSV_COLUMNS;
  const rows = isOrg
    ? orgRows(report as OrgReport, statusText)
    : (report as { objectives: ObjectiveAnalysis[] }).objectives.map((o) =>
        objectiveRow(o, statusText),
      );
  const lines = [columns.join(delimiter)];
  for (const row of rows) {
    lines.push(
      columns
        .map((column) => csvCell(row[column as keyof Row], delimiter, decimal))
        .join(delimiter),
    );
  }
  return `${bom ? '\ufeff' : ''}${lines.join('\r\n')}\r\n`;
}
