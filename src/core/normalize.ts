import * as v from 'valibot';
import { toEpochMs } from './dates';
import type { Formatter } from './messages';
import {
  CheckInSchema,
  CycleSchema,
  DateSchema,
  hasText,
  isRecord,
  KeyResultSchema,
  NonEmptySchema,
  NonNegativeSchema,
  ObjectiveSchema,
  toIssue,
  UnitIntervalSchema,
} from './parse';
import { computeKeyResultProgress } from './progress';
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
  const add = (
    issue: v.BaseIssue<unknown>,
    path: string,
    severity: Issue['severity'],
    action: string,
  ) => issues.push(toIssue(issue, path, severity, format, action));
  const plain = (path: string, code: string, severity: Issue['severity'], action?: string) =>
    issues.push(plainIssue(path, code, severity, format, action));

  if (!isRecord(input)) {
    plain('', 'invalid-input', 'error', 'nothing-analysed');
    return { cycle: null, objectives: [], issues };
  }
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: the cycle's order is checked only on a typed cycle, so one issue per field either way
  const cycle = v.safeParse(CycleSchema, input.cycle, { abortPipeEarly: true });
  if (!cycle.success)
    for (const issue of cycle.issues) add(issue, 'cycle', 'error', 'nothing-analysed');
  const list = input.objectives;
  if (!Array.isArray(list)) {
    plain('objectives', list === undefined ? 'missing' : 'wrong-type', 'error', 'nothing-analysed');
  }
  if (!cycle.success || !Array.isArray(list)) return { cycle: null, objectives: [], issues };

  const { start, end, label } = cycle.output;
  const clean = { start: toEpochMs(start) ?? 0, end: toEpochMs(end) ?? 0, label };
  const visit = prepare(clean);
  const objectives: T[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    const raw: unknown = list[index];
    const objective = readObjective(raw, index, add, plain);
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

function readObjective(raw: unknown, index: number, add: AddIssue, plain: AddPlain) {
  let objective = readValidObjective(raw);
  // Stryker disable next-line ConditionalExpression: the fast path is a shortcut; the schema reads a valid objective the same way
  if (!objective) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: only a success is read here; repair lists the issues
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
      .map((checkIn) => ({ ...checkIn, at: toEpochMs(checkIn.at) ?? 0 }))
      .sort((a, b) => a.at - b.at),
    // Stryker disable next-line ConditionalExpression: toEpochMs(undefined) is null too
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
  // Stryker disable next-line ConditionalExpression: toEpochMs(undefined) is null too
  const created = createdAt === undefined ? null : toEpochMs(createdAt);
  if (createdAt !== undefined && created === null) return null;
  let cleanKeyResults: (CleanKeyResult | null)[] = [];
  if (keyResults !== undefined) {
    if (!Array.isArray(keyResults)) return null;
    cleanKeyResults = keyResults.map(readValidKeyResult);
    if (cleanKeyResults.includes(null) || hasRepeatedId(cleanKeyResults as CleanKeyResult[])) {
      return null;
    }
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
  // Stryker disable next-line all: a shortcut; an objective it turns down goes to the schema, which reads it the same way
  if (items.length > 16) return new Set(items.map((item) => item.id)).size < items.length;
  // Stryker disable EqualityOperator,OptionalChaining: past the end an id is undefined and matches none
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (items[i]?.id === items[j]?.id) return true;
  }
  // Stryker restore EqualityOperator,OptionalChaining
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
    // Stryker disable next-line all: a missing target or current gives NaN, which the check below turns down
    if (typeof target !== 'number' || typeof current !== 'number') return null;
    const from = typeof start === 'number' ? start : 0;
    rawProgress = (current - from) / (target - from);
    if (!Number.isFinite(rawProgress)) return null;
  }
  return keyResultAnalysis(id, title, rawProgress, typeof weight === 'number' ? weight : 1);
}

/**
 * Valid check-ins sorted by date, or `null`. A list that is already sorted with numeric dates
 * is used as it is, read-only: copying 60k check-ins per 10k objectives costs more than all
 * the maths on them.
 */
function readValidCheckIns(list: unknown): readonly CleanCheckIn[] | null {
  if (!Array.isArray(list)) return null;
  // Stryker disable next-line BooleanLiteral: copying gives the same check-ins
  let inPlace = true;
  // Stryker disable next-line UnaryOperator: copying gives the same check-ins
  let previous = -Infinity;
  for (const checkIn of list) {
    const clean = readValidCheckIn(checkIn);
    if (!clean) return null;
    if (clean !== checkIn || clean.at < previous) inPlace = false;
    previous = clean.at;
  }
  // Stryker disable next-line ConditionalExpression: copying gives the same check-ins
  if (inPlace) return list as CleanCheckIn[];
  return list
    .map((checkIn) => readValidCheckIn(checkIn) as CleanCheckIn)
    .sort((a, b) => a.at - b.at);
}

function readValidCheckIn(raw: unknown): CleanCheckIn | null {
  if (!isRecord(raw)) return null;
  const { at, progress, confidence, note } = raw;
  if (typeof progress !== 'number' || !optionalInRange(progress, Infinity)) return null;
  if (!optionalInRange(confidence, 1) || (note !== undefined && typeof note !== 'string'))
    return null;
  // A check-in whose date is already a number is read in place: never changed, never exposed.
  // Stryker disable next-line BlockStatement,ConditionalExpression,StringLiteral: the path below reads a numeric date the same way
  if (typeof at === 'number') {
    return toEpochMs(at) === null ? null : (raw as unknown as CleanCheckIn);
  }
  const time = toEpochMs(at);
  if (time === null) return null;
  return { at: time, progress, confidence: confidence as number | undefined, note };
}

// `undefined`, or a finite number from 0 to `max`.
function optionalInRange(value: unknown, max: number): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' && value >= 0 && value <= max && value !== Infinity)
  );
}

function optionalFinite(value: unknown): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Number.isFinite turns down every value that is not a number
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
  // Stryker disable next-line EqualityOperator: 0 and -0 are valid and read as 0 either way
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
  list.forEach((item: unknown, index) => {
    const path = `${base}.${key}[${index}]`;
    const value = repair(item, path, add, plain);
    if (!value) return;
    const id = 'id' in value ? value.id : undefined;
    if (typeof id === 'string') {
      if (seen.has(id)) {
        plain(`${path}.id`, 'duplicate-id', 'error', 'key-result-left-out');
        return;
      }
      seen.add(id);
    }
    kept.push(value);
  });
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
  // Stryker disable next-line OptionalChaining: a path, when there is one, is never empty
  const at = (issue: v.BaseIssue<unknown>) => issue.path?.[0]?.key;
  const fieldIssues = (key: string) => issues.filter((issue) => at(issue) === key);
  const record = isRecord(raw) ? raw : {};
  const progressIssues = fieldIssues('progress');
  // Stryker disable next-line ConditionalExpression: only a number can be reported as negative
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
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a key result that is not an object has a fatal issue at its root, so fatal is never empty here
    for (const issue of fatal.length > 0 ? fatal : issues)
      add(issue, path, 'error', 'key-result-left-out');
    return null;
  }
  const id = raw.id as string;
  for (const issue of fieldIssues('title')) add(issue, path, 'warning', 'default-used');
  for (const issue of fieldIssues('weight')) add(issue, path, 'warning', 'default-used');
  for (const issue of progressIssues)
    add(issue, path, 'warning', negative ? 'raised-to-zero' : 'ignored');
  // Stryker disable next-line ConditionalExpression,StringLiteral: a value that is not a number is fatal here unless a progress makes it unused
  const number = (key: string) => (typeof raw[key] === 'number' ? (raw[key] as number) : undefined);
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

function repairCheckIn(
  raw: unknown,
  path: string,
  add: AddIssue,
): Output<typeof CheckInSchema> | null {
  const parsed = v.safeParse(CheckInSchema, raw, { abortPipeEarly: true });
  if (parsed.success) return parsed.output;
  const fatal = parsed.issues.filter((issue) => {
    // Stryker disable next-line OptionalChaining: a path, when there is one, is never empty
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
  // Stryker disable next-line all: notes never reach the report
  const note = typeof raw.note === 'string' ? { note: raw.note } : {};
  return { at: raw.at as string, progress: raw.progress as number, ...note };
}

function plainIssue(
  path: string,
  code: string,
  severity: Issue['severity'],
  format: Formatter,
  action?: string,
): Issue {
  const message = format.format(`issue.${code}`, {
    // Stryker disable next-line StringLiteral: the one plain issue at the root (invalid-input) does not name its path
    path: path || 'input',
    expected: format.format('expected.value'),
  });
  return {
    path,
    code,
    severity,
    message: action ? `${message} ${format.format(`action.${action}`)}` : message,
  };
}
