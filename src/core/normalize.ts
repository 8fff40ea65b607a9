import * as v from 'valibot';
import { readInputDate, toEpochMs } from './dates';
import { makeIssue } from './issues';
import type { Formatter, MessageValues } from './messages';
import { type NumberText, readNumberText, shownText } from './numberText';
import {
  CheckInSchema,
  CycleSchema,
  DateSchema,
  hasText,
  isRecord,
  joinPath,
  KeyResultSchema,
  NonEmptySchema,
  NonNegativeSchema,
  ObjectiveSchema,
  toIssue,
  UnitIntervalSchema,
} from './parse';
import { computeKeyResultProgress, keyResultRatio } from './progress';
import { type Issue, type KeyResultAnalysis, OBJECTIVE_TYPES, type ObjectiveType } from './types';

// How `analyzeOkrs` treats bad data: a field it can do without is repaired or ignored (a
// warning); an element it cannot read (a check-in, a key result, an objective) is left out (an
// error). Valid objectives take the fast path: one schema check, no repair.

/** A check-in with its date as epoch milliseconds. */
export interface CleanCheckIn {
  at: number;
  progress: number;
  confidence?: number;
  note?: string;
}

/** A key result, read once into the shape the report shows. */
export type CleanKeyResult = KeyResultAnalysis;

/** An objective after repair, with defaults filled in and check-ins sorted by date. */
export interface CleanObjective {
  id: string;
  title: string;
  owner?: string;
  team?: string;
  type: ObjectiveType;
  weight: number;
  /** The objective's own progress, when it has a usable one. */
  progress?: number;
  keyResults: CleanKeyResult[];
  confidence?: number;
  checkIns: readonly CleanCheckIn[];
  createdAt: number | null;
}

/** A cycle in epoch milliseconds. */
export interface CleanCycle {
  start: number;
  end: number;
  label?: string;
}

/** What is left of the input once it is repaired, each objective passed through `visit`. */
export interface CleanOkrSet<T> {
  cycle: CleanCycle | null;
  objectives: T[];
  issues: Issue[];
}

type Raw = Record<string, unknown>;
type Output<S extends v.GenericSchema> = v.InferOutput<S>;

/**
 * Reads an `OkrSet` leniently: never throws, lists every repair and omission as an issue.
 * `prepare` receives the cycle and returns what each objective becomes; each is handed over
 * as soon as it is read, so its check-ins die young instead of piling up for the collector.
 */
export function normalizeOkrSet<T>(
  input: unknown,
  format: Formatter,
  prepare: (cycle: CleanCycle) => (objective: CleanObjective) => T,
): CleanOkrSet<T> {
  const issues: Issue[] = [];
  const notes: TextNotes = {
    warn: (path, code, values) =>
      issues.push(makeIssue(format, path, code, 'warning', 'read-as-number', values)),
    conflicts: new Map(),
  };
  const add = (
    issue: v.BaseIssue<unknown>,
    base: string,
    severity: Issue['severity'],
    action: string,
  ) => {
    // A percentage the key result's other values leave ambiguous: its own words, not "should
    // be a number".
    const path = joinPath(base, issue.path?.map((item) => item.key as string) ?? []);
    const conflict = notes.conflicts.get(path);
    issues.push(
      conflict
        ? makeIssue(format, path, 'percent-mixed', severity, action, conflict)
        : toIssue(issue, base, severity, format, action),
    );
  };
  const plain = (path: string, code: string, severity: Issue['severity'], action?: string) =>
    issues.push(makeIssue(format, path, code, severity, action));

  const none = { cycle: null, objectives: [], issues };
  // Throwing getters and proxies (revoked ones too) make a read throw: each read that can is
  // inside a `try`, and what it could not read is reported as unreadable.
  let cycleInput: unknown;
  let list: unknown;
  try {
    if (!isRecord(input)) {
      plain('', 'invalid-input', 'error', 'nothing-analysed');
      return none;
    }
    cycleInput = input.cycle;
    list = snapshotList(input.objectives);
  } catch {
    plain('', 'unreadable', 'error', 'nothing-analysed');
    return none;
  }
  try {
    cycleInput = snapshotCycle(cycleInput);
  } catch {
    plain('cycle', 'unreadable', 'error', 'nothing-analysed');
    return none;
  }
  const cycle = v.safeParse(CycleSchema, cycleInput, { abortPipeEarly: true });
  if (!cycle.success)
    for (const issue of cycle.issues) add(issue, 'cycle', 'error', 'nothing-analysed');
  if (!Array.isArray(list)) {
    plain('objectives', list === undefined ? 'missing' : 'wrong-type', 'error', 'nothing-analysed');
  }
  if (!cycle.success || !Array.isArray(list)) return none;

  const { start, end, label } = cycle.output;
  const clean = { start: toEpochMs(start) ?? 0, end: toEpochMs(end) ?? 0, label };
  const visit = prepare(clean);
  const objectives: T[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    let objective: CleanObjective | null;
    try {
      objective = readObjective(list[index], index, add, plain, notes);
    } catch {
      plain(`objectives[${index}]`, 'unreadable', 'error', 'objective-left-out');
      continue;
    }
    if (!objective) continue;
    if (seen.has(objective.id)) {
      plain(`objectives[${index}].id`, 'duplicate-id', 'error', 'objective-left-out');
      continue;
    }
    seen.add(objective.id);
    objectives.push(visit(objective));
  }
  if (objectives.length === 0) plain('objectives', 'no-objectives', 'warning');
  return { cycle: clean, objectives, issues };
}

type AddIssue = (
  issue: v.BaseIssue<unknown>,
  path: string,
  severity: Issue['severity'],
  action: string,
) => void;
type AddPlain = (path: string, code: string, severity: Issue['severity'], action?: string) => void;

function readObjective(
  given: unknown,
  index: number,
  add: AddIssue,
  plain: AddPlain,
  notes: TextNotes,
) {
  const raw = snapshotObjective(given, notes, index);
  let objective = readValidSnapshot(raw);
  if (!objective) {
    const parsed = v.safeParse(ObjectiveSchema, raw, { abortPipeEarly: true });
    const value = parsed.success
      ? parsed.output
      : repairObjective(raw, `objectives[${index}]`, add, plain);
    if (!value) return null;
    objective = fromSchemaOutput(value);
  }
  if (objective.keyResults.length === 0 && objective.progress === undefined) {
    plain(`objectives[${index}]`, 'no-progress', 'warning', 'counts-as-zero');
  }
  return objective;
}

/** Reads what `ObjectiveSchema` gave (or repair made) into a clean objective. */
export function fromSchemaOutput(value: Output<typeof ObjectiveSchema>): CleanObjective {
  return {
    id: value.id,
    title: value.title,
    owner: value.owner,
    team: value.team,
    type: value.type ?? 'committed',
    // + 0 turns a -0 of the input into 0, which a JSON round trip would do anyway.
    weight: (value.weight ?? 1) + 0,
    progress: value.progress === undefined ? undefined : value.progress + 0,
    keyResults: (value.keyResults ?? []).map(toCleanKeyResult),
    confidence: value.confidence === undefined ? undefined : value.confidence + 0,
    checkIns: (value.checkIns ?? [])
      .map((checkIn) => ({
        ...checkIn,
        at: toEpochMs(checkIn.at) ?? 0,
        progress: checkIn.progress + 0,
        ...(checkIn.confidence === undefined ? {} : { confidence: checkIn.confidence + 0 }),
      }))
      .sort(byMoment),
    createdAt: value.createdAt === undefined ? null : toEpochMs(value.createdAt),
  };
}

/**
 * The fast path for the common case: reads an objective that is valid as it is, or gives
 * `null` so that the schema finds and repairs what is wrong. It accepts only what
 * `ObjectiveSchema` accepts (a property test holds it to that) and reads it the same way,
 * at a fraction of the cost: `analyzeOkrs` must stay linear and fast on 100k objectives.
 */
export function readValidObjective(raw: unknown): CleanObjective | null {
  return readValidSnapshot(snapshotObjective(raw));
}

function readValidSnapshot(raw: unknown): CleanObjective | null {
  if (!isRecord(raw)) return null;
  const {
    id,
    title,
    owner,
    team,
    type,
    weight,
    progress,
    keyResults,
    confidence,
    checkIns,
    createdAt,
  } = raw;
  if (!hasText(id) || !hasText(title)) return null;
  if (
    (owner !== undefined && typeof owner !== 'string') ||
    (team !== undefined && typeof team !== 'string')
  ) {
    return null;
  }
  if (type !== undefined && type !== 'committed' && type !== 'aspirational') return null;
  if (!optionalInRange(weight, Infinity) || !optionalInRange(progress, Infinity)) return null;
  if (!optionalInRange(confidence, 1)) return null;
  const created = createdAt === undefined ? null : readInputDate(createdAt);
  if (createdAt !== undefined && created === null) return null;
  let cleanKeyResults: (CleanKeyResult | null)[] = [];
  if (keyResults !== undefined) {
    if (!Array.isArray(keyResults)) return null;
    // By index, not `map`: a hole must count as a missing key result, not be skipped.
    cleanKeyResults = new Array(keyResults.length);
    for (let at = 0; at < keyResults.length; at++) {
      const clean = readValidKeyResult(keyResults[at]);
      if (!clean) return null;
      cleanKeyResults[at] = clean;
    }
    if (hasRepeatedId(cleanKeyResults as CleanKeyResult[])) return null;
  }
  const cleanCheckIns = checkIns === undefined ? [] : readValidCheckIns(checkIns);
  if (!cleanCheckIns) return null;
  return {
    id,
    title,
    owner,
    team,
    type: type ?? 'committed',
    weight: weight === undefined ? 1 : (weight as number) + 0,
    progress: progress === undefined ? undefined : (progress as number) + 0,
    keyResults: cleanKeyResults as CleanKeyResult[],
    confidence: confidence === undefined ? undefined : (confidence as number) + 0,
    checkIns: cleanCheckIns,
    createdAt: created,
  };
}

// Objectives have a few key results: comparing pairs costs less than building a Set.
function hasRepeatedId(items: readonly { id: string }[]): boolean {
  if (items.length > 16) return new Set(items.map((item) => item.id)).size < items.length;
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (items[i]?.id === items[j]?.id) return true;
  }
  return false;
}

function readValidKeyResult(raw: unknown): CleanKeyResult | null {
  if (!isRecord(raw)) return null;
  const { id, title, start, target, current, progress, weight } = raw;
  if (!hasText(id) || !hasText(title)) return null;
  if (!optionalFinite(start) || !optionalFinite(target) || !optionalFinite(current)) return null;
  if (!optionalInRange(progress, Infinity) || !optionalInRange(weight, Infinity)) return null;
  let rawProgress: number;
  if (typeof progress === 'number') rawProgress = progress;
  else {
    if (typeof target !== 'number' || typeof current !== 'number') return null;
    rawProgress = keyResultRatio(typeof start === 'number' ? start : 0, target, current);
    if (!Number.isFinite(rawProgress)) return null;
  }
  return keyResultAnalysis(id, title, rawProgress, typeof weight === 'number' ? weight : 1);
}

/** Valid check-ins sorted by date (each read into a fresh object), or `null`. */
function readValidCheckIns(list: unknown): readonly CleanCheckIn[] | null {
  if (!Array.isArray(list)) return null;
  // Every check-in is checked, its time kept in `clean`, before any becomes a clean one in
  // place: were one turned down, the repair path must read the others as they were given (a
  // date before 1973 is read as ISO text, never as the number it would have become).
  const clean: (CleanCheckIn | number)[] = new Array(list.length);
  for (let index = 0; index < list.length; index++) {
    const time = validCheckInTime(list[index]);
    if (time === null) return null;
    clean[index] = time;
  }
  let sorted = true;
  for (let index = 0; index < list.length; index++) {
    const checkIn = toCleanCheckIn(list[index] as Raw, clean[index] as number);
    if (index > 0 && byMoment(clean[index - 1] as CleanCheckIn, checkIn) > 0) sorted = false;
    clean[index] = checkIn;
  }
  return sorted ? (clean as CleanCheckIn[]) : (clean as CleanCheckIn[]).sort(byMoment);
}

/**
 * Check-ins oldest first; two at one moment by progress, so that the order they were given in
 * changes nothing (the latest check-in, the stall, the forecast).
 */
function byMoment(a: CleanCheckIn, b: CleanCheckIn): number {
  return a.at - b.at || a.progress - b.progress;
}

function validCheckInTime(raw: unknown): number | null {
  if (!isRecord(raw)) return null;
  const { at, progress, confidence, note } = raw;
  if (typeof progress !== 'number' || !optionalInRange(progress, Infinity)) return null;
  if (!optionalInRange(confidence, 1) || (note !== undefined && typeof note !== 'string'))
    return null;
  return readInputDate(at);
}

function toCleanCheckIn(raw: Raw, time: number): CleanCheckIn {
  // The check-in is a snapshot of our own, so it becomes the clean one in place; `+ 0` turns a
  // -0 of the input into 0, which a JSON round trip would do anyway.
  raw.at = time;
  raw.progress = (raw.progress as number) + 0;
  if (raw.confidence !== undefined) raw.confidence = (raw.confidence as number) + 0;
  return raw as unknown as CleanCheckIn;
}

/**
 * Snapshots: each field an element can have, read once from a record into a plain object of our
 * own, a `Date` as its epoch milliseconds; anything that is not a record stays as it is.
 * Everything after reads the snapshot, so a getter is called once and cannot change its answer
 * between the checks and the use, and a read that throws does so here, where the caller reports
 * it as unreadable. Object literals, not a loop over keys: one shape each, cheap to build.
 */
function snapshotCycle(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const { start, end, label } = value;
  return { start: dateValue(start), end: dateValue(end), label };
}

// With `notes`, a snapshot also reads numbers written as text (see `readNumbers`); without,
// as `readValidObjective` takes it, text stays text, which the schemas refuse.
function snapshotObjective(value: unknown, notes?: TextNotes, index = 0): unknown {
  if (!isRecord(value)) return value;
  const { id, title, owner, team, type, weight, progress, keyResults, confidence, checkIns } =
    value;
  const snapshot: Raw = {
    id,
    title,
    owner,
    team,
    type,
    weight,
    progress,
    keyResults: snapshotList(keyResults, snapshotKeyResult, notes, index),
    confidence,
    checkIns: snapshotList(checkIns, snapshotCheckIn, notes, index),
    createdAt: dateValue(value.createdAt),
  };
  // Typeof checks on the fields first: the common input has no text to read, and pays no more.
  if (
    notes &&
    (typeof weight === 'string' || typeof progress === 'string' || typeof confidence === 'string')
  ) {
    readNumbers(snapshot, SCALE_KEYS.objective, notes, index);
  }
  return snapshot;
}

function snapshotKeyResult(
  value: unknown,
  notes: TextNotes | undefined,
  objective: number,
  index: number,
): unknown {
  if (!isRecord(value)) return value;
  const { id, title, start, target, current, progress, weight } = value;
  const snapshot: Raw = { id, title, start, target, current, progress, weight };
  if (!notes) return snapshot;
  if (typeof start === 'string' || typeof target === 'string' || typeof current === 'string') {
    readMeasures(snapshot, notes, elementPath(objective, 'keyResults', index));
  }
  if (typeof progress === 'string' || typeof weight === 'string') {
    readNumbers(snapshot, SCALE_KEYS.keyResult, notes, objective, 'keyResults', index);
  }
  return snapshot;
}

function snapshotCheckIn(
  value: unknown,
  notes: TextNotes | undefined,
  objective: number,
  index: number,
): unknown {
  if (!isRecord(value)) return value;
  const { at, progress, confidence, note } = value;
  const snapshot: Raw = { at: dateValue(at), progress, confidence, note };
  if (notes && (typeof progress === 'string' || typeof confidence === 'string')) {
    readNumbers(snapshot, SCALE_KEYS.checkIn, notes, objective, 'checkIns', index);
  }
  return snapshot;
}

type ReadItem = (
  item: unknown,
  notes: TextNotes | undefined,
  objective: number,
  index: number,
) => unknown;

/**
 * A list's items read once each (a hole as `undefined`), each through `read` when given, with
 * the objective's position: paths are built only for a value that needs one.
 */
function snapshotList(value: unknown, read?: ReadItem, notes?: TextNotes, objective = 0): unknown {
  if (!Array.isArray(value)) return value;
  const length = value.length;
  const copy: unknown[] = new Array(length);
  for (let index = 0; index < length; index++) {
    copy[index] = read ? read(value[index], notes, objective, index) : value[index];
  }
  return copy;
}

function elementPath(objective: number, list?: string, index?: number): string {
  const path = `objectives[${objective}]`;
  return list === undefined ? path : `${path}.${list}[${index}]`;
}

/**
 * Where numbers written as text are noted while the input is snapshotted: `warn` lists a value
 * read, `conflicts` holds the percentages a key result's other values leave ambiguous, by path,
 * for the issue its schema will give.
 */
interface TextNotes {
  warn: (path: string, code: string, values: MessageValues) => void;
  conflicts: Map<string, MessageValues>;
}

// The fields on a 0–1 scale (progress, confidence) and weights: `"60%"` is 0.6 in each (60 %
// and 40 % weigh as 0.6 and 0.4 do).
const SCALE_KEYS = {
  objective: ['weight', 'progress', 'confidence'],
  keyResult: ['progress', 'weight'],
  checkIn: ['progress', 'confidence'],
} as const;

/**
 * Numbers written as text (`"100"`, `" 42.5 "`, `"1e3"`) become numbers, and a percentage
 * (`"60%"`) its fraction, each with a warning at its path. Anything else stays as it is, for the
 * schema to refuse: a comma or grouped digits (`"0,5"`, `"1.234,5"`) is never guessed.
 */
function readNumbers(
  snapshot: Raw,
  keys: readonly string[],
  notes: TextNotes,
  objective: number,
  list?: string,
  index?: number,
) {
  for (const key of keys) {
    const text = snapshot[key];
    if (typeof text !== 'string') continue;
    readText(
      snapshot,
      key,
      readNumberText(text),
      notes,
      `${elementPath(objective, list, index)}.${key}`,
    );
  }
}

/** Puts the number or percentage `read` found at `snapshot[key]` there, with a warning. */
function readText(
  snapshot: Raw,
  key: string,
  read: NumberText | null | undefined,
  notes: TextNotes,
  path: string,
) {
  if (read?.kind !== 'number' && read?.kind !== 'percent') return;
  const value = read.kind === 'number' ? read.value : read.value / 100;
  notes.warn(path, `${read.kind}-as-text`, {
    text: shownText(snapshot[key] as string),
    value: String(value),
  });
  snapshot[key] = value;
}

/**
 * A key result's `start`, `target` and `current` written as text. A number is read as one. A
 * percentage is read as its fraction (`"60%"` is 0.6) only when each of the other two that is
 * given is a percentage too or a number from −1 to 1 (a fraction): then the scale is the same
 * throughout and the progress right. Next to a number beyond that (target 100, current `"60%"`)
 * it could mean 0.6 or 60: it is not guessed but refused, with an issue naming the value it
 * conflicts with, so no progress is ever read on the wrong scale.
 */
function readMeasures(snapshot: Raw, notes: TextNotes, base: string) {
  const read = MEASURE_KEYS.map((key) => {
    const value = snapshot[key];
    return typeof value === 'string' ? readNumberText(value) : null;
  });
  // Each value as a plain number where it is one, given as a number or as text; else 0.
  const plain = MEASURE_KEYS.map((key, at) => {
    const value = snapshot[key];
    const text = read[at];
    if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
    return text?.kind === 'number' ? text.value : 0;
  });
  const conflict = read.some((text) => text?.kind === 'percent')
    ? plain.findIndex((value) => value > 1 || value < -1)
    : -1;
  MEASURE_KEYS.forEach((key, at) => {
    const text = read[at];
    const path = `${base}.${key}`;
    if (text?.kind !== 'percent' || conflict < 0) {
      readText(snapshot, key, text, notes, path);
      return;
    }
    notes.conflicts.set(path, {
      text: shownText(snapshot[key] as string),
      other: `${base}.${MEASURE_KEYS[conflict]}`,
      otherValue: String(plain[conflict]),
      fraction: String(text.value / 100),
      whole: String(text.value),
    });
  });
}

function dateValue(value: unknown): unknown {
  return value instanceof Date ? value.getTime() : value;
}

// `undefined`, or a finite number from 0 to `max`.
function optionalInRange(value: unknown, max: number): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' && value >= 0 && value <= max && value !== Infinity)
  );
}

function optionalFinite(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && Number.isFinite(value));
}

function toCleanKeyResult(keyResult: Output<typeof KeyResultSchema>): CleanKeyResult {
  // The schema made sure there is a progress, or a target and current that can be measured.
  const { target = 1, current = 0 } = keyResult;
  const rawProgress = computeKeyResultProgress({ ...keyResult, target, current });
  return keyResultAnalysis(keyResult.id, keyResult.title, rawProgress, keyResult.weight ?? 1);
}

function keyResultAnalysis(
  id: string,
  title: string,
  rawProgress: number,
  weight: number,
): KeyResultAnalysis {
  // `> 0` and `+ 0` turn a -0, given or computed as (5 − 5) / (3 − 5), into 0.
  return {
    id,
    title,
    progress: rawProgress > 0 ? rawProgress : 0,
    rawProgress: rawProgress + 0,
    weight: weight + 0,
  };
}

// The slow path: each field on its own, so one bad field costs only itself.
function repairObjective(
  raw: unknown,
  path: string,
  add: AddIssue,
  plain: AddPlain,
): Output<typeof ObjectiveSchema> | null {
  if (!isRecord(raw)) {
    plain(
      path,
      raw === undefined || raw === null ? 'missing' : 'wrong-type',
      'error',
      'objective-left-out',
    );
    return null;
  }
  const field = <S extends v.GenericSchema>(
    schema: S,
    key: string,
    action: string,
    severity: Issue['severity'] = 'warning',
  ): Output<S> | undefined => {
    const result = v.safeParse(schema, raw[key], { abortPipeEarly: true });
    if (result.success) return result.output;
    for (const issue of result.issues) add(issue, `${path}.${key}`, severity, action);
    return undefined;
  };
  const optional = <S extends v.GenericSchema>(schema: S, key: string, action = 'ignored') =>
    raw[key] === undefined ? undefined : field(schema, key, action);

  const id = field(NonEmptySchema, 'id', 'objective-left-out', 'error');
  if (id === undefined) return null;
  const progress = raw.progress;
  const negative = typeof progress === 'number' && progress < 0 && progress > -Infinity;
  return {
    id,
    title: field(NonEmptySchema, 'title', 'default-used') ?? id,
    owner: optional(v.string(), 'owner'),
    team: optional(v.string(), 'team'),
    type: optional(v.picklist(OBJECTIVE_TYPES, 'not-allowed'), 'type', 'default-used'),
    weight: optional(NonNegativeSchema, 'weight', 'default-used'),
    progress:
      optional(NonNegativeSchema, 'progress', negative ? 'raised-to-zero' : 'ignored') ??
      (negative ? 0 : undefined),
    keyResults: repairList(raw, 'keyResults', path, add, plain, repairKeyResult),
    confidence: optional(UnitIntervalSchema, 'confidence'),
    checkIns: repairList(raw, 'checkIns', path, add, plain, repairCheckIn),
    createdAt: optional(DateSchema, 'createdAt'),
  };
}

function repairList<T extends object>(
  raw: Raw,
  key: string,
  base: string,
  add: AddIssue,
  plain: AddPlain,
  repair: (item: unknown, path: string, add: AddIssue, plain: AddPlain) => T | null,
): T[] | undefined {
  const list = raw[key];
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    plain(`${base}.${key}`, 'wrong-type', 'warning', 'ignored');
    return undefined;
  }
  const seen = new Set<string>();
  const kept: T[] = [];
  // By index, not `forEach`: a hole is reported as missing, like a hole among the objectives.
  for (let index = 0; index < list.length; index++) {
    const path = `${base}.${key}[${index}]`;
    const value = repair(list[index], path, add, plain);
    if (!value) continue;
    const id = 'id' in value ? value.id : undefined;
    if (typeof id === 'string') {
      if (seen.has(id)) {
        plain(`${path}.id`, 'duplicate-id', 'error', 'key-result-left-out');
        continue;
      }
      seen.add(id);
    }
    kept.push(value);
  }
  return kept;
}

function repairKeyResult(
  raw: unknown,
  path: string,
  add: AddIssue,
): Output<typeof KeyResultSchema> | null {
  const parsed = v.safeParse(KeyResultSchema, raw, { abortPipeEarly: true });
  if (parsed.success) return parsed.output;
  const issues = parsed.issues;
  const at = (issue: v.BaseIssue<unknown>) => issue.path?.[0]?.key;
  const fieldIssues = (key: string) => issues.filter((issue) => at(issue) === key);
  const record = isRecord(raw) ? raw : {};
  const progressIssues = fieldIssues('progress');
  const negative = typeof record.progress === 'number' && progressIssues[0]?.message === 'negative';
  // A negative progress is raised to 0 like a computed one; any other bad progress is ignored
  // and start, target and current are read instead.
  const progress =
    progressIssues.length === 0
      ? (record.progress as number | undefined)
      : negative
        ? 0
        : undefined;
  const fatal = issues.filter((issue) => {
    const key = at(issue);
    if (key === 'title' || key === 'weight' || key === 'progress') return false;
    if (progress !== undefined && (key === 'start' || key === 'target' || key === 'current'))
      return false;
    return true;
  });
  if (fatal.length > 0 || !isRecord(raw)) {
    for (const issue of fatal.length > 0 ? fatal : issues)
      add(issue, path, 'error', 'key-result-left-out');
    return null;
  }
  const id = raw.id as string;
  for (const issue of fieldIssues('title')) add(issue, path, 'warning', 'default-used');
  for (const issue of fieldIssues('weight')) add(issue, path, 'warning', 'default-used');
  for (const issue of progressIssues)
    add(issue, path, 'warning', negative ? 'raised-to-zero' : 'ignored');
  // With a usable progress, a bad start, target or current is not needed: it is ignored, and
  // said so, rather than dropped in silence.
  const measured = progress === undefined;
  for (const key of MEASURE_KEYS) {
    if (measured) continue;
    for (const issue of fieldIssues(key)) add(issue, path, 'warning', 'ignored');
  }
  const number = (key: string) =>
    typeof raw[key] === 'number' && (measured || fieldIssues(key).length === 0)
      ? (raw[key] as number)
      : undefined;
  return {
    id,
    title: fieldIssues('title').length === 0 ? (raw.title as string) : id,
    start: number('start'),
    target: number('target'),
    current: number('current'),
    progress: progress === undefined ? undefined : Math.max(progress, 0),
    weight: fieldIssues('weight').length === 0 ? number('weight') : undefined,
  };
}

const MEASURE_KEYS = ['start', 'target', 'current'] as const;

function repairCheckIn(
  raw: unknown,
  path: string,
  add: AddIssue,
): Output<typeof CheckInSchema> | null {
  const parsed = v.safeParse(CheckInSchema, raw, { abortPipeEarly: true });
  if (parsed.success) return parsed.output;
  const fatal = parsed.issues.filter((issue) => {
    const key = issue.path?.[0]?.key;
    return key !== 'confidence' && key !== 'note';
  });
  for (const issue of parsed.issues) {
    add(
      issue,
      path,
      fatal.length > 0 ? 'error' : 'warning',
      fatal.length > 0 ? 'check-in-left-out' : 'ignored',
    );
  }
  if (fatal.length > 0 || !isRecord(raw)) return null;
  // Each optional field kept where it is valid: a bad note must not take a good confidence.
  const bad = new Set(parsed.issues.map((issue) => issue.path?.[0]?.key));
  const note = typeof raw.note === 'string' ? { note: raw.note } : {};
  const confidence =
    raw.confidence === undefined || bad.has('confidence')
      ? {}
      : { confidence: raw.confidence as number };
  return { at: raw.at as string, progress: raw.progress as number, ...confidence, ...note };
}
