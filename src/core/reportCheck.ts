// What a widget checks of the report it is given, once per report: a report may have travelled
// as JSON from a server, come from another version of the package or be built by hand, and a
// widget must show its invalid-data state for it instead of throwing or drawing NaN.
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

const STATUS_SET: ReadonlySet<string> = new Set(STATUSES);
const LEVEL_SET: ReadonlySet<string> = new Set(BALANCE_LEVELS);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(value, key) ? value[key] : undefined;

/**
 * Checks a report before a widget draws it: an object with `objectives` (each with a string
 * `id` used once, a string `title`, a known `status`, finite `progress`, `expected` and
 * `attainment`, and an `explanation` with a string `id`) and `balance` (a `score` in 0..1 with
 * its `level`, or both `null`; `mean`, `median`, `min`, `max`, `spread` and `stdDev` finite or
 * `null`). Never throws: a getter or proxy that throws makes the report `unreadable`. Only own
 * properties are read, so an id such as `constructor` is an id like any other.
 */
export function checkReport(value: unknown): ReportCheck {
  const issues: Issue[] = [];
  // The messages are for the developer who passed the report (onIssues, the console), in
  // English: a widget shows its reader its own localised invalid-data text.
  const add: Add = (path, code, expected) => {
    const message =
      code === 'duplicate-id'
        ? `${path} repeats an id used before.`
        : code === 'not-finite'
          ? `${path} is not a finite number.`
          : code === 'out-of-range'
            ? `${path} must be between 0 and 1.`
            : `${path} should be ${expected}.`;
    issues.push({ path, code, severity: 'error', message });
  };
  try {
    if (!isObject(value)) {
      add('report', 'wrong-type', 'a report of analyzeOkrs');
      return { ok: false, report: null, issues };
    }
    const objectives = own(value, 'objectives');
    if (!Array.isArray(objectives)) {
      add('report.objectives', 'wrong-type', 'a list');
    } else {
      checkObjectives(objectives, add);
    }
    checkBalance(own(value, 'balance'), add);
  } catch {
    issues.length = 0;
    issues.push({
      path: 'report',
      code: 'unreadable',
      severity: 'error',
      message: 'The report could not be read: reading one of its values failed.',
    });
  }
  return issues.length === 0
    ? { ok: true, report: value as unknown as CheckedReport, issues: [] }
    : { ok: false, report: null, issues };
}

type Add = (path: string, code: string, expected?: string) => void;

function checkObjectives(objectives: readonly unknown[], add: Add): void {
  const seen = new Set<string>();
  for (let index = 0; index < objectives.length; index++) {
    const path = `report.objectives[${index}]`;
    const objective: unknown = objectives[index];
    if (!isObject(objective)) {
      add(path, 'wrong-type', 'an objective');
      continue;
    }
    const id = own(objective, 'id');
    if (typeof id !== 'string' || id === '') {
      add(`${path}.id`, 'wrong-type', 'a text');
    } else if (seen.has(id)) {
      add(`${path}.id`, 'duplicate-id');
    } else {
      seen.add(id);
    }
    if (typeof own(objective, 'title') !== 'string') {
      add(`${path}.title`, 'wrong-type', 'a text');
    }
    const status = own(objective, 'status');
    if (typeof status !== 'string' || !STATUS_SET.has(status)) {
      add(`${path}.status`, 'wrong-type', STATUSES.join(', '));
    }
    for (const field of ['progress', 'expected', 'attainment']) {
      const number = own(objective, field);
      if (typeof number !== 'number' || !Number.isFinite(number)) {
        add(`${path}.${field}`, 'not-finite');
      }
    }
    const explanation = own(objective, 'explanation');
    if (!isObject(explanation) || typeof own(explanation, 'id') !== 'string') {
      add(`${path}.explanation`, 'wrong-type', 'an explanation');
    } else {
      const values = own(explanation, 'values');
      if (values !== undefined && !isObject(values)) {
        add(`${path}.explanation.values`, 'wrong-type', 'an object');
      }
    }
  }
}

function checkBalance(balance: unknown, add: Add): void {
  if (!isObject(balance)) {
    add('report.balance', 'wrong-type', 'balance statistics');
    return;
  }
  const score = own(balance, 'score');
  const level = own(balance, 'level');
  const empty = score === null && level === null;
  if (!empty) {
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
      add('report.balance.score', 'out-of-range');
    }
    if (typeof level !== 'string' || !LEVEL_SET.has(level)) {
      add('report.balance.level', 'wrong-type', BALANCE_LEVELS.join(', '));
    }
  }
  for (const field of ['mean', 'median', 'min', 'max', 'spread', 'stdDev']) {
    const number = own(balance, field);
    const fine = empty
      ? number === null ||
        number === undefined ||
        (typeof number === 'number' && Number.isFinite(number))
      : typeof number === 'number' && Number.isFinite(number);
    if (!fine) add(`report.balance.${field}`, 'not-finite');
  }
}
