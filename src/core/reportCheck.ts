// What a widget checks of the report it is given, once per report: a report may have travelled
// as JSON from a server, come from another version of the package or be built by hand, and a
// widget must show its invalid-data state for it instead of throwing or drawing NaN.
import { isRecord } from './parse';
import {
  BALANCE_LEVELS,
  type BalanceStats,
  type Issue,
  type ObjectiveAnalysis,
  STATUSES,
} from './types';

/** The fields of an objective that the widgets read. */
export type CheckedObjective = Pick<
  ObjectiveAnalysis,
  'id' | 'title' | 'status' | 'progress' | 'expected' | 'attainment' | 'explanation'
> &
  Partial<ObjectiveAnalysis>;

/** A report as the widgets read it: objectives and balance, every field checked. */
export interface CheckedReport {
  objectives: CheckedObjective[];
  balance: BalanceStats;
}

/** A report the widgets can draw, or the issues that stop them, each with its path. */
export type ReportCheck =
  | { ok: true; report: CheckedReport; issues: [] }
  | { ok: false; report: null; issues: Issue[] };

type Test = (value: unknown) => boolean;
const isObject: Test = isRecord;
const isText: Test = (value) => typeof value === 'string';
const isNumber: Test = (value) => typeof value === 'number' && Number.isFinite(value);
const isNumberOrNull: Test = (value) => value === null || isNumber(value);
const oneOf =
  (values: readonly string[]): Test =>
  (value) =>
    typeof value === 'string' && values.includes(value);
const own = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value as object, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

const FINITE = 'a finite number';
type Field = [string, Test, string];

// Each field a widget reads, its test, and what the issue says it should be. Built when a
// report is checked, not at module level: a bundler keeps module-level calls even when unused.
function objectiveFields(): Field[] {
  return [
    ['title', isText, 'a text'],
    ['status', oneOf(STATUSES), STATUSES.join(', ')],
    ['progress', isNumber, FINITE],
    ['expected', isNumber, FINITE],
    ['attainment', isNumber, FINITE],
    ['explanation', (value) => isText(own(value, 'id')), 'an explanation with an id'],
  ];
}
const STATISTICS = ['mean', 'median', 'min', 'max', 'spread', 'stdDev'];
function balanceFields(): Field[] {
  return [
    [
      'score',
      (value) => isNumber(value) && (value as number) >= 0 && (value as number) <= 1,
      'a number from 0 to 1',
    ],
    ['level', oneOf(BALANCE_LEVELS), BALANCE_LEVELS.join(', ')],
    ...STATISTICS.map((field): Field => [field, isNumber, FINITE]),
  ];
}

/**
 * Checks a report before a widget draws it: an object with `objectives` (each with a text `id`
 * used once, a text `title`, a known `status`, finite `progress`, `expected` and `attainment`,
 * and an `explanation` with a text `id`) and `balance` (a `score` in 0..1 with its `level`, and
 * finite statistics; or, with no objectives, all of them `null`). Never throws: a getter or
 * proxy that throws makes the report `unreadable`. Only own properties are read, so an id such
 * as `constructor` is an id like any other. The issues' messages are for the developer
 * (`onIssues`, the console), in English; the widget shows its reader a localised text.
 */
export function checkReport(value: unknown): ReportCheck {
  const issues: Issue[] = [];
  const add = (path: string, code: string, message: string) =>
    issues.push({ path, code, severity: 'error', message: `${path} ${message}.` });
  const check = (path: string, of: unknown, [field, test, expected]: Field) => {
    if (test(own(of, field))) return;
    const code =
      expected === FINITE ? 'not-finite' : field === 'score' ? 'out-of-range' : 'wrong-type';
    add(`${path}.${field}`, code, `should be ${expected}`);
  };
  try {
    if (!isObject(value)) {
      add('report', 'wrong-type', 'should be a report of analyzeOkrs');
      return { ok: false, report: null, issues };
    }
    const objectives = own(value, 'objectives');
    if (Array.isArray(objectives)) {
      const seen = new Set<unknown>();
      const fields = objectiveFields();
      objectives.forEach((objective: unknown, index) => {
        const path = `report.objectives[${index}]`;
        if (!isObject(objective)) {
          add(path, 'wrong-type', 'should be an objective');
          return;
        }
        const id = own(objective, 'id');
        if (!isText(id) || id === '') add(`${path}.id`, 'wrong-type', 'should be a text');
        else if (seen.has(id)) add(`${path}.id`, 'duplicate-id', 'repeats an id used before');
        seen.add(id);
        for (const field of fields) check(path, objective, field);
      });
    } else {
      add('report.objectives', 'wrong-type', 'should be a list');
    }
    const balance = own(value, 'balance');
    if (!isObject(balance)) add('report.balance', 'wrong-type', 'should be balance statistics');
    // No objectives, no balance: every statistic is null.
    else if (own(balance, 'score') !== null || own(balance, 'level') !== null) {
      for (const field of balanceFields()) check('report.balance', balance, field);
    } else {
      for (const field of STATISTICS) {
        if (!isNumberOrNull(own(balance, field) ?? null)) {
          add(`report.balance.${field}`, 'not-finite', 'should be a finite number or null');
        }
      }
    }
  } catch {
    return unreadableReport();
  }
  return issues.length === 0
    ? { ok: true, report: value as unknown as CheckedReport, issues: [] }
    : { ok: false, report: null, issues };
}

/** The check of a report a getter or a proxy would not let be read: one `unreadable` issue. */
export function unreadableReport(): { ok: false; report: null; issues: Issue[] } {
  return {
    ok: false,
    report: null,
    issues: [
      {
        path: 'report',
        code: 'unreadable',
        severity: 'error',
        message: 'The report could not be read: reading one of its values failed.',
      },
    ],
  };
}
