import * as v from 'valibot';
import { dateInputProblem, readInputDate, toEpochMs } from './dates';
import { makeIssue } from './issues';
import { type FormatOptions, type Formatter, formatterWith, ISSUE_MESSAGES } from './messages';
import { readNumberText, shownText } from './numberText';
import { keyResultRatio } from './progress';
import { type DateInput, type Issue, OBJECTIVE_TYPES, type OkrSet } from './types';

// Each schema's own messages are issue codes; `toIssue` turns them into sentences through the
// message catalogue, so every problem can be translated. Every schema call is marked pure, so a
// bundle that never parses (a widget alone) drops the schemas and valibot with them; a call's
// arguments count too, hence a mark on each.

/** A finite number. */
export const FiniteSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.number(),
  /* @__PURE__ */ v.finite('not-finite'),
);
/** A finite number of 0 or more. */
export const NonNegativeSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.number(),
  /* @__PURE__ */ v.finite('not-finite'),
  /* @__PURE__ */ v.minValue(0, 'negative'),
);
/** A finite number from 0 to 1. */
export const UnitIntervalSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.number(),
  /* @__PURE__ */ v.finite('not-finite'),
  /* @__PURE__ */ v.minValue(0, 'out-of-range'),
  /* @__PURE__ */ v.maxValue(1, 'out-of-range'),
);
/** A string with more than white space in it: ids and titles. */
export const NonEmptySchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string(),
  /* @__PURE__ */ v.check((text: string) => hasText(text), 'empty'),
);
/**
 * An ISO 8601 string, or epoch milliseconds (a number or a valid `Date`) from 1973 up to the year
 * 5138: a number outside is a serial day, seconds or microseconds more likely than a date of a
 * cycle, and is not read (see `readInputDate`).
 */
export const DateSchema = /* @__PURE__ */ v.custom<DateInput>(
  (input) => readInputDate(input) !== null,
  'invalid-date',
);

/** A check-in. */
export const CheckInSchema = /* @__PURE__ */ v.object({
  at: DateSchema,
  progress: NonNegativeSchema,
  confidence: /* @__PURE__ */ v.optional(UnitIntervalSchema),
  note: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A key result; `target` and `current` may be left out when `progress` is given. */
export const KeyResultSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object({
    id: NonEmptySchema,
    title: NonEmptySchema,
    start: /* @__PURE__ */ v.optional(FiniteSchema),
    target: /* @__PURE__ */ v.optional(FiniteSchema),
    current: /* @__PURE__ */ v.optional(FiniteSchema),
    progress: /* @__PURE__ */ v.optional(NonNegativeSchema),
    weight: /* @__PURE__ */ v.optional(NonNegativeSchema),
  }),
  // Runs on partly invalid key results too, so every missing value is reported at once.
  /* @__PURE__ */ v.rawCheck(({ dataset, addIssue }) => {
    const value: unknown = dataset.value;
    if (!isRecord(value) || typeof value.progress === 'number') return;
    const { start = 0, target, current } = value;
    if (target === undefined) addIssue({ message: 'missing', path: [step('target')] });
    else if (target === start) addIssue({ message: 'empty-range', path: [step('target')] });
    else if (!measurable(start, target, current)) {
      addIssue({ message: 'unmeasurable', path: [step('target')] });
    }
    if (current === undefined) addIssue({ message: 'missing', path: [step('current')] });
  }),
);

/** An objective. */
export const ObjectiveSchema = /* @__PURE__ */ v.object({
  id: NonEmptySchema,
  title: NonEmptySchema,
  owner: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  team: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(OBJECTIVE_TYPES, 'not-allowed')),
  weight: /* @__PURE__ */ v.optional(NonNegativeSchema),
  progress: /* @__PURE__ */ v.optional(NonNegativeSchema),
  keyResults: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(KeyResultSchema), /* @__PURE__ */ uniqueIds()),
  ),
  confidence: /* @__PURE__ */ v.optional(UnitIntervalSchema),
  checkIns: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(CheckInSchema)),
  createdAt: /* @__PURE__ */ v.optional(DateSchema),
});

/** A cycle: its end must come after its start. */
export const CycleSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object({
    start: DateSchema,
    end: DateSchema,
    label: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
  /* @__PURE__ */ v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const start = toEpochMs(dataset.value.start) ?? 0;
    if ((toEpochMs(dataset.value.end) ?? 0) <= start) {
      addIssue({ message: 'cycle-order', path: [step('end')] });
    }
  }),
);

/** A team of the organisation (§8). */
export const TeamSchema = /* @__PURE__ */ v.object({
  id: NonEmptySchema,
  name: NonEmptySchema,
  parentId: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** A whole OKR set. */
export const OkrSetSchema = /* @__PURE__ */ v.object({
  cycle: CycleSchema,
  objectives: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.array(ObjectiveSchema),
    /* @__PURE__ */ uniqueIds(),
  ),
  teams: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.array(TeamSchema), /* @__PURE__ */ uniqueIds()),
  ),
});

/** The result of `parseOkrSet`. */
export type ParseResult = { ok: true; value: OkrSet } | { ok: false; issues: Issue[] };

/**
 * Checks that unknown data (from an API or a spreadsheet) is a valid `OkrSet`. Returns the
 * value, with unknown fields dropped, or every problem found, each with its path and a message.
 * It never throws. `analyzeOkrs` is more forgiving: it repairs or leaves out what it can, and
 * reads numbers and percentages written as text (`"100"`, `"60%"`) with a warning. Here they are
 * refused, as an `OkrSet` holds numbers, but with codes of their own (`number-as-text`,
 * `percent-as-text`); so are a comma or grouped digits (`decimal-comma`, `digit-grouping`), a
 * number date outside 1973–5138 (`date-serial-day`, `date-seconds`, `date-microseconds`,
 * `date-out-of-range`) and a date in another format than ISO 8601 (`date-format`), each message
 * saying what the value looks like and how to give it.
 */
export function parseOkrSet(input: unknown, options: FormatOptions = {}): ParseResult {
  let result: v.SafeParseResult<typeof OkrSetSchema>;
  try {
    result = v.safeParse(OkrSetSchema, input);
  } catch {
    // A throwing getter, a proxy's trap or a Date whose getTime throws.
    const format = formatterWith(options ?? {}, [ISSUE_MESSAGES]);
    return {
      ok: false,
      issues: [makeIssue(format, unreadablePath(input), 'unreadable', 'error')],
    };
  }
  if (result.success) return { ok: true, value: result.output as OkrSet };
  const format = formatterWith(options ?? {}, [ISSUE_MESSAGES]);
  const issues = firstPerPath(result.issues).map((issue) => toIssue(issue, '', 'error', format));
  return { ok: false, issues };
}

/** Where reading `input` throws: the cycle, the first objective that does, or the input. */
function unreadablePath(input: unknown): string {
  const read = <T>(read: () => T): T | typeof FAILED => {
    try {
      return read();
    } catch {
      return FAILED;
    }
  };
  if (read(() => isRecord(input)) !== true) return '';
  const record = input as Record<string, unknown>;
  const cycle = read(() => record.cycle);
  if (cycle === FAILED || read(() => v.safeParse(CycleSchema, cycle)) === FAILED) return 'cycle';
  const list = read(() => record.objectives);
  const length = read(() => (Array.isArray(list) ? list.length : 0));
  if (list === FAILED || length === FAILED) return 'objectives';
  for (let index = 0; index < length; index++) {
    const item = read(() => (list as unknown[])[index]);
    if (item === FAILED || read(() => v.safeParse(ObjectiveSchema, item)) === FAILED) {
      return `objectives[${index}]`;
    }
  }
  return '';
}

const FAILED = Symbol('failed');

/** Turns a schema issue into one of ours; `action` says what the analysis did about it. */
export function toIssue(
  issue: v.BaseIssue<unknown>,
  base: string,
  severity: Issue['severity'],
  format: Formatter,
  action?: string,
): Issue {
  const path = joinPath(base, issue.path?.map((item) => item.key as string | number) ?? []);
  const expected = format.format(`expected.${issue.kind === 'schema' ? issue.type : 'value'}`);
  const seen = valueProblem(issue);
  if (seen) {
    return makeIssue(format, path, seen.code, severity, action ?? seen.action, seen.values);
  }
  return makeIssue(format, path, issueCode(issue), severity, action, { expected });
}

/** A problem that says more than its schema issue, and the action `parseOkrSet` reports. */
interface ValueProblem {
  code: string;
  values: Record<string, string>;
  action?: string;
}

/**
 * What a value a schema refused looks like, when that helps the person who gave it: a date
 * (see `dateInputProblem`), or text where a number belongs. `analyzeOkrs` reads numbers and
 * percentages written as text before its schemas see them, so only `parseOkrSet`, which takes
 * numbers alone, refuses them; a comma or grouped digits neither reads.
 */
function valueProblem(issue: v.BaseIssue<unknown>): ValueProblem | null {
  const input: unknown = issue.input;
  if (issue.message === 'invalid-date') return dateInputProblem(input);
  if (issue.kind !== 'schema' || issue.type !== 'number' || typeof input !== 'string') return null;
  const read = readNumberText(input);
  if (!read) return null;
  const text = shownText(input);
  if (read.kind !== 'number' && read.kind !== 'percent')
    return { code: read.kind, values: { text } };
  const value = read.kind === 'number' ? read.value : read.value / 100;
  return {
    code: `${read.kind}-as-text`,
    values: { text, value: String(value) },
    action: 'numbers-only',
  };
}

/** Builds an issue path such as `objectives[2].keyResults[0].target`. */
export function joinPath(base: string, keys: readonly (string | number)[]): string {
  let path = base;
  for (const key of keys) {
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path;
}

function issueCode(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.type === 'picklist' || issue.type === 'custom') {
    return issue.message;
  }
  if (issue.received === 'undefined') return 'missing';
  if (issue.received === 'NaN') return 'not-a-number';
  if (issue.received === 'Infinity' || issue.received === '-Infinity') return 'not-finite';
  return 'wrong-type';
}

// Runs on partly invalid lists too: a repeated id is reported next to any other problem.
function uniqueIds<T>() {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    const list: unknown = dataset.value;
    if (!Array.isArray(list)) return;
    const seen = new Set<unknown>();
    list.forEach((item: unknown, index) => {
      const id = isRecord(item) ? item.id : undefined;
      if (typeof id !== 'string' || id === '') return;
      if (seen.has(id)) addIssue({ message: 'duplicate-id', path: [step(index), step('id')] });
      seen.add(id);
    });
  });
}

// A target so close to the start that (current − start) / (target − start) overflows.
function measurable(start: unknown, target: unknown, current: unknown): boolean {
  // Values that are not finite numbers have issues of their own.
  if (!isFiniteNumber(start) || !isFiniteNumber(target) || !isFiniteNumber(current)) return true;
  return Number.isFinite(keyResultRatio(start, target, current));
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Keeps the first issue at each path: `-Infinity` is not also reported as negative. */
export function firstPerPath<T extends v.BaseIssue<unknown>>(issues: readonly T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = joinPath('', issue.path?.map((item) => item.key as string | number) ?? []);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A plain object, not an array or `null`. */
/** A string with more than white space in it: a usable id or title. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A path item for issues added by hand; only its key is read.
function step(key: string | number) {
  return { type: 'unknown', origin: 'value', input: undefined, key, value: undefined } as const;
}
