// parseOkrCsv: a CSV or TSV file as spreadsheets and OKR tools export it → the core's input.
import { dsvFormat } from 'd3-dsv';
import type {
  CycleInput,
  Issue,
  KeyResultInput,
  ObjectiveInput,
  OkrSet,
  TeamInput,
} from '../core/index';
import { type ImportField, type KeyResultField, matchColumns } from './columns';
import { DELIMITERS, type Delimiter, detectDelimiter } from './delimiter';
import { fill, IMPORT_MESSAGES, type ImportMessageId, type ImportMessages } from './messages';
import {
  type DateOrder,
  type DecimalMark,
  decimalOf,
  isoOf,
  readDate,
  readNumber,
  SLASHED,
} from './values';

/** How to read a file; each option overrides what the importer would detect. */
export interface ParseOkrCsvOptions {
  /** @default detected among `,`, `;` and tab, outside quoted text */
  delimiter?: Delimiter;
  /** @default detected per column from its cells; else `,` in a `;` file, `.` otherwise */
  decimal?: DecimalMark;
  /** For dates written `a/b/yyyy`. @default detected from the file; else `dmy` in a file with decimal commas, `mdy` otherwise */
  dateOrder?: DateOrder;
  /** `long`: a row per key result; `wide`: a row per objective with `key_result_N_…` columns. @default detected */
  format?: 'long' | 'wide';
  /** The scale of progress and confidence columns: 1 (0–1) or 100 (0–100). @default detected per column */
  progressScale?: 1 | 100;
  /** The cycle; without it the start and end date columns give it. */
  cycle?: CycleInput;
  /** Field → column name, for columns the importer does not recognise or reads wrongly. */
  mapping?: Partial<Record<ImportField, string>>;
  /** Texts for the issues, e.g. `IMPORT_MESSAGES_DE` from `okr-balance/locales/de`. */
  messages?: ImportMessages;
}

/** A problem in the file, where a spreadsheet shows it: `row` (the header is row 1) and `column` (its header). */
export interface ImportIssue extends Issue {
  row?: number;
  column?: string;
}

/** Which column fed which field, so a host can show it and let people correct it (`options.mapping`). */
export interface ImportMapping {
  format: 'long' | 'wide';
  delimiter: Delimiter;
  dateOrder: DateOrder;
  /** Field → the column's header. */
  fields: Partial<Record<ImportField, string>>;
  /** The wide format's numbered key results, `key_result_1_…` first. */
  keyResults: Partial<Record<KeyResultField, string>>[];
  /** Columns nothing was read from. */
  unused: string[];
}

/**
 * The result: `value` is the core's input (`teams` included when there is a team column), or
 * `null` with `ok: false` when no cycle, no title column or no objective could be found. Issues
 * list everything left out or read by a default, errors and warnings alike.
 */
export type ParseOkrCsvResult =
  | { ok: true; value: OkrSet; issues: ImportIssue[]; mapping: ImportMapping }
  | { ok: false; value: null; issues: ImportIssue[]; mapping: ImportMapping };

type Code = ImportMessageId extends `import.${infer C}` ? C : never;
type Group = Partial<Record<KeyResultField, number>>;
interface Values {
  row?: number;
  column?: string;
  [name: string]: string | number | undefined;
}

const MEASURES = ['start', 'target', 'current', 'progress', 'weight'] as const;
// What a `type` cell calls a key result's row in exports that list both in one column.
const KEY_RESULT_KIND = /^(keyresult|kr|milestone|measure)$/;
const DONE = /^(done|completed?|achieved|closed|finished)$/i;
// A key result without an id of its own is numbered within its objective.
const addKeyResult = (objective: ObjectiveInput, kr: KeyResultInput) => {
  const list = objective.keyResults ?? [];
  objective.keyResults = list;
  if (!kr.id) kr.id = String(list.length + 1);
  list.push(kr);
};
const letter = (at: number): string =>
  (at >= 26 ? letter(Math.floor(at / 26) - 1) : '') + String.fromCharCode(65 + (at % 26));

/**
 * Reads OKRs from CSV or TSV text (SPEC §11). Pure and synchronous: for very large files run it
 * in a Web Worker (see the entry's comment). Never throws on its input.
 *
 * - **Text**: a UTF-8 BOM is dropped; the delimiter (`,`, `;`, tab) is the one the header and
 *   most of the first 20 records hold as often, quoted text not counted.
 * - **Columns**: by name, case, spaces, `_`, `-`, `.`, `%` and `(…)` ignored, with the synonyms
 *   of Betterworks, Culture Amp, Atlassian Goals and Peoplebox exports; `options.mapping` first.
 * - **Formats**: numbered `key_result_N_…` columns make the file wide (a row per objective);
 *   otherwise it is long: rows grouped by objective id, else title; a blank objective cell
 *   continues the objective above; a row whose parent column names another row is a key result
 *   of that row's top objective; a row typed "Key Result" belongs to the objective above.
 * - **Numbers**: a column's decimal mark is the first its cells show (`1,5`, `1.234,5`); else
 *   another column's; else `,` in a `;` file and `.` otherwise, with a warning.
 * - **Progress and confidence**: `60%` is 0.6; a column's bare numbers are 0–100 when any is
 *   above 1 or any cell has `%`, 0–1 otherwise; only 0 and 1, or fractions up to 2 on 0–100,
 *   give a warning.
 * - **Dates**: ISO, `dd.mm.yyyy`, `a/b/yyyy` (day first when a first part is above 12 in the
 *   date columns, month first when a second is; else day first in a decimal-comma file and
 *   month first otherwise, with a warning) and spreadsheet serial days; all as ISO dates in
 *   UTC. The end date is the cycle's last day, so the cycle ends the next day.
 * - **Formula guards**: a cell `'=…`, `'+…`, `'-…`, `'@…` or `''…` (as `toCsv` and other exports
 *   guard text against spreadsheet formulas) is read without its first apostrophe.
 */
export function parseOkrCsv(text: string, options?: ParseOkrCsvOptions): ParseOkrCsvResult {
  // Object(): options, messages and a mapping that are no object read as empty ones.
  const o: ParseOkrCsvOptions = Object(options);
  const source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  const issues: ImportIssue[] = [];
  const custom: Record<string, unknown> = Object(o.messages);
  const say = (code: Code, severity: Issue['severity'], values: Values = {}, field = '') => {
    const id = `import.${code}` as const;
    const own = custom[id];
    const { row, column } = values;
    issues.push({
      path: row ? `rows[${row}]${field && `.${field}`}` : field,
      code,
      severity,
      message: fill(typeof own === 'string' ? own : IMPORT_MESSAGES[id], values),
      ...(row ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
    });
  };

  const delimiter = DELIMITERS.includes(o.delimiter as Delimiter)
    ? (o.delimiter as Delimiter)
    : detectDelimiter(source);
  const records = dsvFormat(delimiter).parseRows(source);
  const header = (records[0] ?? []).map((name) => name.trim());
  const name = (at: number) => header[at] || letter(at);
  const mapping = Object(o.mapping);
  const match = matchColumns(header, mapping, o.format !== 'long', (field, column) =>
    say('unknown-column', 'warning', { field, column }, field),
  );
  const f = match.fields;
  const cycleGiven = o.cycle && typeof o.cycle === 'object';
  if (cycleGiven) {
    delete f.startDate;
    delete f.endDate;
  }
  const groups = match.keyResults;
  // Where each used column's value goes, for the issues' paths: `target`, `keyResults[1].target`.
  const fieldAt = new Map<number, string>();
  for (const [field, at] of Object.entries(f)) fieldAt.set(at, field);
  groups.forEach((group, n) => {
    for (const [field, at] of Object.entries(group ?? {}))
      fieldAt.set(at, `keyResults[${n}].${field}`);
  });
  const result = (value: OkrSet | null): ParseOkrCsvResult =>
    ({
      ok: value !== null,
      value,
      issues,
      mapping: {
        format: groups.length ? 'wide' : 'long',
        delimiter,
        dateOrder: order,
        fields: Object.fromEntries(Object.entries(f).map(([field, at]) => [field, name(at)])),
        keyResults: Array.from(groups, (group) =>
          Object.fromEntries(Object.entries(group ?? {}).map(([field, at]) => [field, name(at)])),
        ),
        unused: header.map((_, at) => name(at)).filter((_, at) => !fieldAt.has(at)),
      },
    }) as ParseOkrCsvResult;

  // Column decisions, from every cell of the column: decimal mark, progress scale, date order.
  const rows = records.slice(1);
  // A column's non-empty cells, once each (loops, not flatMap: 100,000 rows make garbage count).
  const columns = new Map<number, string[]>();
  const cellsOf = (at: number) => {
    let list = columns.get(at);
    if (!list) {
      list = [];
      for (const cells of rows) {
        const text = cells[at]?.trim();
        if (text) list.push(text);
      }
      columns.set(at, list);
    }
    return list;
  };
  const numeric = new Map<number, boolean>();
  const numbers: [number, boolean][] = [
    ...(['start', 'target', 'current', 'weight'] as const).map((key) => [f[key], false]),
    ...(['progress', 'confidence'] as const).map((key) => [f[key], true]),
    ...groups.flatMap((group) => MEASURES.map((key) => [group?.[key], key === 'progress'])),
  ].filter((entry): entry is [number, boolean] => entry[0] !== undefined);
  for (const [at, percent] of numbers) numeric.set(at, percent);
  const marks = new Map<number, DecimalMark | undefined>();
  for (const at of numeric.keys()) {
    const shows = cellsOf(at).find(decimalOf);
    marks.set(at, shows ? decimalOf(shows) : undefined);
  }
  const decided = [...marks.values()].find(Boolean);
  const fileMark: DecimalMark = decided ?? (delimiter === ';' ? ',' : '.');
  const readers = new Map<number, (cell: string) => number>();
  for (const [at, percent] of numeric) {
    const cells = cellsOf(at);
    const mark = o.decimal === ',' || o.decimal === '.' ? o.decimal : (marks.get(at) ?? fileMark);
    // Only when no cell of the file shows its mark ("1,500" alone): said, with what was read.
    const odd = !o.decimal && !decided && cells.find((cell) => /\d[.,]\d/.test(cell));
    if (odd)
      say('ambiguous-decimal', 'warning', {
        column: name(at),
        value: odd,
        number: readNumber(odd, mark),
      });
    let scale = 1;
    if (percent) {
      // A cell with % gives its own scale; the bare numbers of the column decide theirs.
      const signed = cells.some((cell) => cell.endsWith('%'));
      let top = 0;
      let whole = true;
      for (const cell of cells) {
        const value = readNumber(cell, mark);
        if (value > top) top = value;
        if (value % 1) whole = false;
      }
      scale =
        o.progressScale === 1 || o.progressScale === 100
          ? o.progressScale
          : signed || top > 1
            ? 100
            : 1;
      // Said, not guessed in silence: 0 and 1 alone (0–1, or 1 %?), or fractions no higher than
      // 2 in a 0–100 column (1.2 %, or 120 % on 0–1?).
      if (!o.progressScale && !signed && (scale === 1 ? top === 1 && whole : top <= 2 && !whole))
        say('ambiguous-scale', 'warning', { column: name(at), value: top, scale });
    }
    readers.set(at, (cell) =>
      percent && cell.endsWith('%')
        ? readNumber(cell.slice(0, -1), mark) / 100
        : readNumber(cell, mark) / scale,
    );
  }
  const dateColumns = [f.startDate, f.endDate].filter((at) => at !== undefined);
  const slashed: { at: number; cell: string; a: number; b: number }[] = [];
  for (const at of dateColumns)
    for (const cell of cellsOf(at)) {
      const parts = SLASHED.exec(cell);
      if (parts) slashed.push({ at, cell, a: Number(parts[1]), b: Number(parts[2]) });
    }
  const dmy = slashed.some(({ a }) => a > 12);
  const mdy = slashed.some(({ b }) => b > 12);
  const order: DateOrder =
    o.dateOrder === 'dmy' || o.dateOrder === 'mdy'
      ? o.dateOrder
      : dmy !== mdy
        ? dmy
          ? 'dmy'
          : 'mdy'
        : fileMark === ','
          ? 'dmy'
          : 'mdy';
  const unsure = !o.dateOrder && !dmy && !mdy && slashed.find(({ a, b }) => a !== b);
  if (unsure)
    say('ambiguous-date-order', 'warning', {
      column: name(unsure.at),
      value: unsure.cell,
      order: order === 'dmy' ? 'dd/mm/yyyy' : 'mm/dd/yyyy',
    });

  if (!header.some(Boolean)) {
    say('empty', 'error');
    return result(null);
  }
  if (f.objective === undefined && f.objectiveId === undefined) {
    say('no-title-column', 'error');
    return result(null);
  }

  // Rows that name a parent row: ids first, so a key result may come before its objective.
  const parents = new Map<string, string>();
  if (f.parent !== undefined)
    for (const cells of rows) {
      const id = cells[f.objectiveId as number]?.trim();
      if (id && !parents.has(id))
        parents.set(id, cells[f.parent]?.trim().split(/[,;|\s]+/)[0] ?? '');
    }
  const rootOf = (id: string) => {
    let root = id;
    for (let step = 0; parents.get(root) && step < 100; step++) root = parents.get(root) as string;
    return root;
  };

  const objectives: ObjectiveInput[] = [];
  const byKey = new Map<string, ObjectiveInput>();
  const measured = new Map<ObjectiveInput, KeyResultInput>();
  const children: [string, KeyResultInput][] = [];
  const teams = new Map<string, TeamInput>();
  const dates: { row: number; ms: number; text: string }[] = [];
  let last: ObjectiveInput | undefined;

  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] as string[];
    const row = index + 2;
    if (!cells.some((cell) => cell.trim())) continue;
    let extra = 0;
    for (let at = header.length; at < cells.length; at++) if (cells[at]?.trim()) extra++;
    if (extra) say('extra-cells', 'warning', { row, count: extra });
    // A text cell that a spreadsheet export guarded against formulas (toCsv's `'=…`) is read
    // without the guard.
    const cell = (at?: number) => (cells[at as number] ?? '').trim().replace(/^'(?=['=+\-@])/, '');
    const num = (at?: number) => {
      const text = cell(at);
      if (!text) return undefined;
      const value = (readers.get(at as number) as (cell: string) => number)(text);
      if (!Number.isNaN(value)) return value;
      say(
        'not-a-number',
        'error',
        { row, column: name(at as number), value: text },
        fieldAt.get(at as number),
      );
      return undefined;
    };
    const done = DONE.test(cell(f.status));
    const keyResult = (group: Group, id: string, title: string) => {
      // Without a title of its own, a key result takes its id for one, as an objective does.
      const krId = cell(group.keyResultId) || id;
      const kr: Record<string, unknown> = {
        id: krId,
        title: cell(group.keyResult) || title || krId,
      };
      for (const key of MEASURES) {
        const value = num(group[key]);
        if (value !== undefined) kr[key] = value;
      }
      if (kr.progress === undefined && (kr.target === undefined || kr.current === undefined)) {
        if (!done) say('no-value', 'warning', { row, title: kr.title as string });
        kr.progress = done ? 1 : 0;
      }
      return kr as unknown as KeyResultInput;
    };

    for (let end = 0; end < 2; end++) {
      const at = (end ? f.endDate : f.startDate) as number;
      const text = cell(at);
      const first = dates[end];
      if (!text || text === first?.text) continue;
      const ms = readDate(text, order);
      if (Number.isNaN(ms))
        say('not-a-date', 'error', { row, column: name(at), value: text }, fieldAt.get(at));
      else if (!first) dates[end] = { row, ms, text };
      else if (first.ms !== ms && first.row > 0) {
        say(
          'cycle-disagrees',
          'warning',
          { row, column: name(at), value: text, first: first.row },
          fieldAt.get(at),
        );
        // One warning per column: the first row's date is used for the whole file.
        first.row = -first.row;
      }
    }

    const id = cell(f.objectiveId);
    const title = cell(f.objective);
    const kind = cell(f.type)
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    const longKr = cell(f.keyResult) || cell(f.keyResultId);
    const parent = cell(f.parent).split(/[,;|\s]+/)[0] as string;
    const root = parent && rootOf(parent);
    // A root is a row without a parent; parents that lead back round never reach one.
    const loop = !!parents.get(root);
    if (parent && parents.has(root) && !loop) {
      children.push([root, keyResult(match.fields, id, title || id)]);
      continue;
    }
    if (parent)
      say(
        loop ? 'parent-loop' : 'unknown-parent',
        'warning',
        { row, column: name(f.parent as number), value: parent },
        'parent',
      );
    if (KEY_RESULT_KIND.test(kind) && last && !longKr) {
      addKeyResult(last, keyResult(match.fields, id, title));
      continue;
    }
    const hasGroup = groups.some((group) => group && Object.values(group).some((at) => cell(at)));
    const key = id || title;
    const objective = key ? byKey.get(key) : longKr || hasGroup ? last : undefined;
    if (!objective && !key) {
      say('skipped-row', 'error', { row });
      continue;
    }
    let current = objective as ObjectiveInput;
    if (!objective) {
      current = { id: key, title: title || key };
      const owner = cell(f.owner);
      const team = cell(f.team);
      if (owner) current.owner = owner;
      if (team) {
        current.team = team;
        const parentTeam = cell(f.parentTeam);
        const known = teams.get(team);
        if (!known) teams.set(team, { id: team, name: team });
        const entry = teams.get(team) as TeamInput;
        if (parentTeam && parentTeam !== team) {
          if (!entry.parentId) entry.parentId = parentTeam;
          else if (entry.parentId !== parentTeam)
            say(
              'team-parent-disagrees',
              'warning',
              { row, column: name(f.parentTeam as number), team, first: entry.parentId },
              'parentTeam',
            );
          if (!teams.has(parentTeam)) teams.set(parentTeam, { id: parentTeam, name: parentTeam });
        }
      }
      if (/^(committed|commit|roofshot)$/.test(kind)) current.type = 'committed';
      else if (/^(aspirational|stretch|moonshot)$/.test(kind)) current.type = 'aspirational';
      else if (kind && !/^(objective|goal|okr)$/.test(kind) && !KEY_RESULT_KIND.test(kind))
        say(
          'unknown-type',
          'warning',
          { row, column: name(f.type as number), value: cell(f.type) },
          'type',
        );
      const confidence = num(f.confidence);
      if (confidence !== undefined) current.confidence = confidence;
      if (!longKr) {
        const progress = num(f.progress);
        const weight = num(f.weight);
        if (progress !== undefined) current.progress = progress;
        else if (done) current.progress = 1;
        if (weight !== undefined) current.weight = weight;
        if (cell(f.target) || cell(f.current))
          measured.set(current, keyResult(match.fields, key, current.title));
      }
      byKey.set(key, current);
      objectives.push(current);
    }
    last = current;
    if (longKr) addKeyResult(current, keyResult(match.fields, '', ''));
    groups.forEach((group, n) => {
      if (group && Object.values(group).some((at) => cell(at)))
        addKeyResult(current, keyResult(group, `${n + 1}`, ''));
    });
  }
  for (const [root, kr] of children) {
    const objective = byKey.get(root);
    if (objective) addKeyResult(objective, kr);
  }
  for (const [objective, kr] of measured) if (!objective.keyResults) objective.keyResults = [kr];

  let cycle: CycleInput | undefined = cycleGiven ? o.cycle : undefined;
  const [start, end] = dates;
  // An end date column names the last day of the cycle; the core's cycle is half-open, so it
  // ends at the next midnight (31.03.2026 → 2026-04-01).
  if (!cycle && start && end) cycle = { start: isoOf(start.ms), end: isoOf(end.ms + 86_400_000) };
  if (!cycle) say('no-cycle', 'error');
  if (!objectives.length) say('no-objectives', 'error');
  if (!cycle || !objectives.length) return result(null);
  return result({
    cycle,
    objectives,
    ...(f.team === undefined ? {} : { teams: [...teams.values()] }),
  });
}
