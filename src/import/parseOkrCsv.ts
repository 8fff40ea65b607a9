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
 *   of that row's top objective (whose own figures are its children's roll-up, not read); a row
 *   typed "Key Result" belongs to the objective above. An objective's later rows give the fields
 *   its first left empty; another value is said and the first kept. `toCsv`'s own files read
 *   back on 0–1, an organisation's units as teams.
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
  let source = typeof text === 'string' ? text.replace(/^\uFEFF/, '') : '';
  // Excel's `sep=;` first line names the delimiter; Excel shows the header as row 1 after it.
  const hint = /^sep=([,;\t])\r?\n/i.exec(source);
  if (hint) source = source.slice(hint[0].length);
  const issues: ImportIssue[] = [];
  const custom: Record<string, unknown> = Object(o.messages);
  const say = (code: Code, severity: Issue['severity'], values: Values = {}, field = '') => {
    const id = `import.${code}` as const;
    const own = custom[id];
    const { row, column, value } = values;
    // A cell quoted in a message is cut short, as the core quotes text.
    if (typeof value === 'string' && value.length > 40) values.value = `${value.slice(0, 39)}…`;
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
    : ((hint?.[1] as Delimiter | undefined) ?? detectDelimiter(source));
  const records = dsvFormat(delimiter).parseRows(source);
  const header = (records[0] ?? []).map((name) => name.trim());
  const name = (at: number) => header[at] || letter(at);
  // A quote that never closes takes the rest of the file into one cell (d3-dsv says nothing):
  // quoted cells are matched from where a cell starts, and the last must close.
  const quoted = new RegExp(`(?:^|[${delimiter}\n\r])"[^"]*(?:""[^"]*)*("?)`, 'g');
  let open = false;
  for (let quote = quoted.exec(source); quote; quote = quoted.exec(source)) open = !quote[1];
  if (open) {
    const lastRecord = records[records.length - 1] ?? [];
    say('unclosed-quote', 'error', {
      row: records.length,
      column: name(lastRecord.length - 1),
    });
  }
  // toCsv's own file (its `status_text` column): shares are 0–1, over 1 where exceeded; an
  // organisation's has a `kind` column, `unit` or `objective`.
  const own = header.includes('status_text');
  const unitKind = own ? header.indexOf('kind') : -1;
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
      // A cell with % gives its own scale; the bare numbers of the column decide theirs: 0–100
      // when one is above 1.
      const signed = cells.some((cell) => cell.endsWith('%'));
      let top = 0;
      let whole = true;
      let bare = false;
      for (const cell of cells) {
        if (cell.endsWith('%')) continue;
        bare = true;
        const value = readNumber(cell, mark);
        if (value > top) top = value;
        if (value % 1) whole = false;
      }
      scale =
        o.progressScale === 1 || o.progressScale === 100
          ? o.progressScale
          : top > 1 && !own
            ? 100
            : 1;
      // Said, not guessed in silence: 0 and 1 alone (0–1, or 1 %?), bare fractions beside
      // percentages (0.5: a half, or 0.5 %?), fractions no higher than 2 on 0–100 (1.2 %, or
      // 120 % on 0–1?), a confidence no higher than 10 (8 %, or 8 of 10?).
      if (
        !o.progressScale &&
        !own &&
        bare &&
        (scale === 1
          ? signed || (top === 1 && whole)
          : (top <= 2 && !whole) || (at === f.confidence && top <= 10))
      )
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
  let organisation: string | undefined;

  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index] as string[];
    const row = index + 2;
    if (!cells.some((cell) => cell.trim())) continue;
    let extra = 0;
    for (let at = header.length; at < cells.length; at++) if (cells[at]?.trim()) extra++;
    if (extra) say('extra-cells', 'warning', { row, count: extra });
    // A text cell that a spreadsheet export guarded against formulas (toCsv's `'=…`) is read
    // without the guard.
    const cell = (at?: number) =>
      (cells[at as number] ?? '').trim().replace(/^'(?=['=+\-@\t\r])/, '');
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
    // An organisation's unit (toCsv of analyzeOrg): a team, under the unit its `unit` names;
    // the unit with none is the organisation, which analyzeOrg makes again, objectives in it
    // belong to no team.
    if (cells[unitKind] === 'unit' && id) {
      const parentUnit = cell(f.team);
      if (!parentUnit) organisation = id;
      else
        teams.set(id, {
          id,
          name: title || id,
          ...(parentUnit === organisation ? {} : { parentId: parentUnit }),
        });
      continue;
    }
    const hasGroup = groups.some((group) => group && Object.values(group).some((at) => cell(at)));
    const key = id || title;
    const objective = key ? byKey.get(key) : longKr || hasGroup ? last : undefined;
    if (!objective && !key) {
      say('skipped-row', 'error', { row });
      continue;
    }
    const current = objective ?? { id: key, title: title || key };
    if (!objective) {
      byKey.set(key, current);
      objectives.push(current);
    } else if (id && title && title !== current.title)
      say(
        'differs',
        'warning',
        { row, column: name(f.objective as number), value: title },
        'title',
      );
    // The objective's own fields, from each of its rows: the first value is kept; another on an
    // objective's row is said (a key result's row may hold its own owner or confidence).
    const keep = (field: keyof ObjectiveInput, value: unknown, at?: number) => {
      if (value === undefined || value === '') return;
      const had = current[field];
      if (had === undefined) (current as unknown as Record<string, unknown>)[field] = value;
      else if (had !== value && !longKr)
        say('differs', 'warning', { row, column: name(at as number), value: cell(at) }, field);
    };
    keep('owner', cell(f.owner), f.owner);
    const team = cell(f.team) === organisation ? '' : cell(f.team);
    keep('team', team, f.team);
    if (team) {
      const parentTeam = cell(f.parentTeam);
      if (!teams.has(team)) teams.set(team, { id: team, name: team });
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
    if (/^(committed|commit|roofshot)$/.test(kind)) keep('type', 'committed', f.type);
    else if (/^(aspirational|stretch|moonshot)$/.test(kind)) keep('type', 'aspirational', f.type);
    else if (kind && !/^(objective|goal|okr)$/.test(kind) && !KEY_RESULT_KIND.test(kind))
      say(
        'unknown-type',
        'warning',
        { row, column: name(f.type as number), value: cell(f.type) },
        'type',
      );
    keep('confidence', num(f.confidence), f.confidence);
    if (!longKr) {
      keep('progress', num(f.progress) ?? (done && !objective ? 1 : undefined), f.progress);
      keep('weight', num(f.weight), f.weight);
      if (cell(f.target) || cell(f.current)) {
        const kr = keyResult(match.fields, objective ? '' : key, current.title);
        // A row of an objective already read, with figures and no key result's name: another
        // key result (with the first row's, which then counts too).
        const first = objective && measured.get(current);
        if (first) {
          addKeyResult(current, first);
          measured.delete(current);
        }
        if (objective) addKeyResult(current, kr);
        else measured.set(current, kr);
      }
    }
    last = current;
    if (longKr) addKeyResult(current, keyResult(match.fields, '', ''));
    groups.forEach((group, n) => {
      if (group && Object.values(group).some((at) => cell(at))) {
        // Numbered by its columns; by its row too where an earlier row of the objective has
        // that number.
        const taken = current.keyResults?.some((kr) => kr.id === `${n + 1}`);
        addKeyResult(current, keyResult(group, taken ? `${row}.${n + 1}` : `${n + 1}`, ''));
      }
    });
  }
  // A row under a row typed "Key Result" belongs to that key result's objective (such a row is
  // a key result with its row's id, of the objective above it).
  for (const [root, kr] of children) {
    const home =
      byKey.get(root) ?? objectives.find((o) => o.keyResults?.some((k) => k.id === root));
    if (home) addKeyResult(home, kr);
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
