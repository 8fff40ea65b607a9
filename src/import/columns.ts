// Which column feeds which field: header names compared without case, spaces, `_`, `-`, `.`, `%`
// or a parenthesised note ("Progress (0–100)"), against synonyms seen in OKR tools' exports.

/** What a numbered column of the wide format (`key_result_2_current`) can feed. */
export type KeyResultField =
  | 'keyResultId'
  | 'keyResult'
  | 'start'
  | 'target'
  | 'current'
  | 'progress'
  | 'weight';

// Betterworks (name, type, progress, start_date, end_date, owner_email), Culture Amp
// (key_result_N_title, key_result_N_completion), Atlassian Goals (goal_id, name, owner_id,
// parent_goal_id, status, targeted_at), Peoplebox (Row ID, Parent Row IDs, Goal Title,
// Starting/Target/Current Value), toCsv's own (an organisation's `unit`), and the plain words
// people write in a sheet.
const SYNONYMS = {
  objectiveId: 'objectiveid goalid rowid id',
  objective: 'objective objectivetitle objectivename goal goaltitle goalname title name',
  keyResultId: 'keyresultid krid',
  keyResult: 'keyresult keyresulttitle kr krtitle',
  parent: 'parentrowids parentrowid parentgoalid parentid parent',
  start: 'startingvalue startvalue start baseline initialvalue',
  target: 'targetvalue target',
  current: 'currentvalue current actual actualvalue value',
  progress: 'progress completion percentcomplete complete score',
  weight: 'weight',
  confidence: 'confidence',
  owner: 'owner owneremail ownername ownerid assignee',
  team: 'team teamname teamid department unit',
  parentTeam: 'parentteam parentteamname parentteamid parentdepartment',
  type: 'type objectivetype goaltype',
  status: 'status state',
  startDate: 'startdate cyclestart periodstart',
  endDate: 'enddate cycleend periodend duedate targetedat targetdate deadline',
};

/** A field a column can feed: each row's objective, its key result, its team and the cycle. */
export type ImportField = keyof typeof SYNONYMS;
/** The fields a column can feed, in the order a host's mapping is applied. */
export const IMPORT_FIELDS = Object.keys(SYNONYMS) as ImportField[];
const KEY_RESULT_FIELDS: KeyResultField[] = [
  'keyResultId',
  'start',
  'target',
  'current',
  'progress',
  'weight',
];

/** A header as it is compared: lower case, without spacing, `_`, `-`, `.`, `%` or `(…)`. */
export const normalizeHeader = (header: string): string =>
  header.toLowerCase().replace(/\(.*?\)|[\s_.%-]+/g, '');

const fieldOf = (key: string, fields: readonly ImportField[]): ImportField | undefined =>
  fields.find((field) => SYNONYMS[field].split(' ').includes(key));

/** Columns by index: which field each feeds, and which numbered key result. */
export interface ColumnMatch {
  fields: Partial<Record<ImportField, number>>;
  /** The wide format's key results, by their number less one. */
  keyResults: Partial<Record<KeyResultField, number>>[];
}

/**
 * Matches the header to fields: a host's `mapping` first (field → column name, compared the same
 * way), then each column by its name; the first column for a field wins. Numbered
 * `key_result_N_…` columns feed the wide format's key results unless `wide` is false.
 */
export function matchColumns(
  header: readonly string[],
  mapping: Partial<Record<ImportField, string>>,
  wide: boolean,
  missing: (field: ImportField, column: string) => void,
): ColumnMatch {
  const keys = header.map(normalizeHeader);
  const fields: ColumnMatch['fields'] = {};
  const keyResults: ColumnMatch['keyResults'] = [];
  const taken = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (typeof column !== 'string') continue;
    const at = keys.indexOf(normalizeHeader(column));
    if (at < 0) missing(field, column);
    else {
      fields[field] = at;
      taken.add(at);
    }
  }
  keys.forEach((key, at) => {
    if (taken.has(at)) return;
    const numbered = wide ? /^(?:keyresult|kr)(\d+)(.*)$/.exec(key) : null;
    if (numbered) {
      const part = numbered[2] ?? '';
      const field: KeyResultField | undefined = /^(title|name|)$/.test(part)
        ? 'keyResult'
        : part === 'id'
          ? 'keyResultId'
          : (fieldOf(part, KEY_RESULT_FIELDS) as KeyResultField | undefined);
      const index = Number(numbered[1]) - 1;
      if (field && index >= 0 && index < 100) {
        const group = keyResults[index] ?? {};
        keyResults[index] = group;
        if (group[field] === undefined) group[field] = at;
        return;
      }
    }
    const field = fieldOf(key, IMPORT_FIELDS);
    if (field && fields[field] === undefined) fields[field] = at;
  });
  return { fields, keyResults };
}
