import * as v from 'valibot';
import { toEpochMs } from './dates';
import { createFormatter, type FormatOptions, type Formatter } from './messages';
import { type DateInput, type Issue, OBJECTIVE_TYPES, type OkrSet } from './types';

// Each schema's own messages are issue codes; `toIssue` turns them into sentences through the
// message catalogue, so every problem can be translated.

/** A finite number. */
export const FiniteSchema = v.pipe(v.number(), v.finite('not-finite'));
/** A finite number of 0 or more. */
export const NonNegativeSchema = v.pipe(
  v.number(),
  v.finite('not-finite'),
  v.minValue(0, 'negative'),
);
/** A finite number from 0 to 1. */
export const UnitIntervalSchema = v.pipe(
  v.number(),
  v.finite('not-finite'),
  v.minValue(0, 'out-of-range'),
  v.maxValue(1, 'out-of-range'),
);
/** A non-empty string: ids and titles. */
export const NonEmptySchema = v.pipe(v.string(), v.nonEmpty('empty'));
/** An ISO 8601 string, epoch milliseconds or a valid `Date`. */
export const DateSchema = v.custom<DateInput>((input) => toEpochMs(input) !== null, 'invalid-date');

/** A check-in. */
export const CheckInSchema = v.object({
  at: DateSchema,
  progress: NonNegativeSchema,
  confidence: v.optional(UnitIntervalSchema),
  note: v.optional(v.string()),
});

/** A key result; `target` and `current` may be left out when `progress` is given. */
export const KeyResultSchema = v.pipe(
  v.object({
    id: NonEmptySchema,
    title: NonEmptySchema,
    start: v.optional(FiniteSchema),
    target: v.optional(FiniteSchema),
    current: v.optional(FiniteSchema),
    progress: v.optional(NonNegativeSchema),
    weight: v.optional(NonNegativeSchema),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.progress !== undefined) return;
    const { start = 0, target, current } = dataset.value;
    if (target === undefined) addIssue({ message: 'missing', path: [step('target')] });
    else if (target === start) addIssue({ message: 'empty-range', path: [step('target')] });
    if (current === undefined) addIssue({ message: 'missing', path: [step('current')] });
  }),
);

/** An objective. */
export const ObjectiveSchema = v.object({
  id: NonEmptySchema,
  title: NonEmptySchema,
  owner: v.optional(v.string()),
  team: v.optional(v.string()),
  type: v.optional(v.picklist(OBJECTIVE_TYPES, 'not-allowed')),
  weight: v.optional(NonNegativeSchema),
  progress: v.optional(NonNegativeSchema),
  keyResults: v.optional(v.pipe(v.array(KeyResultSchema), uniqueIds())),
  confidence: v.optional(UnitIntervalSchema),
  checkIns: v.optional(v.array(CheckInSchema)),
  createdAt: v.optional(DateSchema),
});

/** A cycle: its end must come after its start. */
export const CycleSchema = v.pipe(
  v.object({ start: DateSchema, end: DateSchema, label: v.optional(v.string()) }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const start = toEpochMs(dataset.value.start) ?? 0;
    if ((toEpochMs(dataset.value.end) ?? 0) <= start) {
      addIssue({ message: 'cycle-order', path: [step('end')] });
    }
  }),
);

/** A whole OKR set. */
export const OkrSetSchema = v.object({
  cycle: CycleSchema,
  objectives: v.pipe(v.array(ObjectiveSchema), uniqueIds()),
});

/** The result of `parseOkrSet`. */
export type ParseResult = { ok: true; value: OkrSet } | { ok: false; issues: Issue[] };

/**
 * Checks that unknown data (from an API or a spreadsheet) is a valid `OkrSet`. Returns the
 * value, with unknown fields dropped, or every problem found, each with its path and a message.
 * It never throws. `analyzeOkrs` is more forgiving: it repairs or leaves out what it can.
 */
export function parseOkrSet(input: unknown, options: FormatOptions = {}): ParseResult {
  const result = v.safeParse(OkrSetSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output as OkrSet };
  const format = createFormatter(options);
  const issues = result.issues.map((issue) => toIssue(issue, '', 'error', format));
  return { ok: false, issues };
}

/** Turns a schema issue into one of ours; `action` says what the analysis did about it. */
export function toIssue(
  issue: v.BaseIssue<unknown>,
  base: string,
  severity: Issue['severity'],
  format: Formatter,
  action?: string,
): Issue {
  const path = joinPath(base, issue.path?.map((item) => item.key as string | number) ?? []);
  const code = issueCode(issue);
  const expected = format.format(`expected.${issue.kind === 'schema' ? issue.type : 'value'}`);
  const message = format.format(`issue.${code}`, { path: path || 'input', expected });
  return {
    path,
    code,
    severity,
    message: action ? `${message} ${format.format(`action.${action}`)}` : message,
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

function uniqueIds<T extends { id: string }>() {
  return v.rawCheck<T[]>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seen = new Set<string>();
    dataset.value.forEach((item, index) => {
      if (seen.has(item.id)) addIssue({ message: 'duplicate-id', path: [step(index), step('id')] });
      seen.add(item.id);
    });
  });
}

// A path item for issues added by hand; only its key is read.
function step(key: string | number) {
  return { type: 'unknown', origin: 'value', input: undefined, key, value: undefined } as const;
}
