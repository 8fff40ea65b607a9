// `analyzeOkrs`' options, checked once: each unusable value is reported at `options.<path>` and
// replaced by its default, and each host callback is wrapped so that a throw or an unusable
// result costs only its own item. The analysis itself then trusts what it is given.
import { type BalanceThresholds, DEFAULT_BALANCE_THRESHOLDS } from './balance';
import { type DateProblem, dateInputProblem, readInputDate } from './dates';
import { clamp } from './math';
import { linearPace, type Pace } from './progress';
import {
  DEFAULT_STATUS_THRESHOLDS,
  isStatus,
  presetOf,
  projectionRule,
  STATUS_THRESHOLD_KINDS,
  STATUS_THRESHOLD_ORDER,
  type StatusDecision,
  type StatusRuleSet,
  type StatusThresholds,
} from './status';
import {
  DEFAULT_SUGGESTION_RULES,
  DEFAULT_SUGGESTION_THRESHOLDS,
  type Finding,
  type SuggestionRule,
  type SuggestionThresholds,
} from './suggest';
import { SUGGESTION_STRENGTHS } from './types';
import { checkNumbers, type NumberKind, type OptionProblem } from './validate';

/** Per-objective thresholds beyond the status rules. */
export interface ObjectiveThresholds {
  /** The bar of a committed objective. */
  committedBar: number;
  /** The bar of an aspirational objective. */
  aspirationalBar: number;
  /** A latest check-in older than this many days makes an objective stale. */
  staleAfterDays: number;
  /** Done while at most this share of the cycle has passed counts as completed early. */
  completedEarlyBy: number;
  /** A stall needs at least this many check-ins … */
  stallMinCheckIns: number;
  /** … spanning at least this many days. */
  stallMinDays: number;
  /** The forecast reads the latest this many check-ins (at least 2). */
  forecastWindow: number;
  /** With fewer check-ins than this (at least 2) there is no forecast. */
  forecastMinCheckIns: number;
}

/** The spec's defaults. */
export const DEFAULT_OBJECTIVE_THRESHOLDS: Readonly<ObjectiveThresholds> = {
  committedBar: 1,
  aspirationalBar: 0.7,
  staleAfterDays: 14,
  completedEarlyBy: 0.75,
  stallMinCheckIns: 3,
  stallMinDays: 14,
  forecastWindow: 6,
  forecastMinCheckIns: 3,
};

const OBJECTIVE_KINDS: Record<keyof ObjectiveThresholds, NumberKind> = {
  committedBar: 'positive',
  aspirationalBar: 'positive',
  staleAfterDays: 'non-negative',
  completedEarlyBy: 'unit',
  stallMinCheckIns: 'non-negative',
  stallMinDays: 'non-negative',
  forecastWindow: 'non-negative',
  forecastMinCheckIns: 'non-negative',
};

const ALL_THRESHOLDS: Readonly<StatusThresholds & ObjectiveThresholds> =
  /* @__PURE__ */ Object.assign({}, DEFAULT_STATUS_THRESHOLDS, DEFAULT_OBJECTIVE_THRESHOLDS);
const ALL_THRESHOLD_KINDS: Record<keyof (StatusThresholds & ObjectiveThresholds), NumberKind> =
  /* @__PURE__ */ Object.assign({}, STATUS_THRESHOLD_KINDS, OBJECTIVE_KINDS);

const BALANCE_ORDER = [['uneven', 'balanced']] as const;

const BALANCE_KINDS: Record<keyof BalanceThresholds, NumberKind> = {
  balanced: 'unit',
  uneven: 'unit',
  leaderMargin: 'unit',
  laggardMargin: 'unit',
};

const SUGGESTION_KINDS: Record<keyof SuggestionThresholds, NumberKind> = {
  farOver: 'non-negative',
  noProgressAfter: 'unit',
  maxObjectives: 'non-negative',
  lateAfter: 'unit',
  confidenceGap: 'unit',
  cadenceDays: 'non-negative',
  allDoneAfter: 'unit',
  allDoneShare: 'unit',
};

/** The options `analyzeOkrs` reads, as it gives them to this module. */
export interface RawAnalyzeOptions {
  now?: unknown;
  pace?: unknown;
  statusRules?: unknown;
  thresholds?: unknown;
  balanceThresholds?: unknown;
  suggestionRules?: unknown;
  suggestionThresholds?: unknown;
  history?: unknown;
}

/**
 * Reports a problem with an option: where, the issue code, what was done, and message values;
 * `expected` names an `expected.<kind>` message.
 */
export type ReportOption = (
  path: string,
  code: string,
  action: string,
  values?: Record<string, string>,
) => void;

/** Options ready for use: every value usable, every host callback guarded. */
export interface CheckedOptions {
  now: number;
  pace: Pace;
  statusRules: StatusRuleSet | undefined;
  thresholds: Readonly<StatusThresholds & ObjectiveThresholds>;
  balanceThresholds: Readonly<BalanceThresholds>;
  suggestionRules: readonly SuggestionRule[];
  suggestionThresholds: Readonly<SuggestionThresholds>;
  /** Whether objectives keep their check-ins as `history`. */
  history: boolean;
}

/** Checks `analyzeOkrs`' options once; `report` hears of every value replaced by a default. */
export function checkOptions(given: unknown, report: ReportOption): CheckedOptions {
  const options: Record<string, unknown> =
    typeof given === 'object' && given !== null ? (given as Record<string, unknown>) : {};
  // Each option is read once: a getter that throws counts as not given.
  const read = (key: keyof RawAnalyzeOptions): unknown => {
    try {
      return options[key];
    } catch {
      report(`options.${key}`, 'unreadable', 'default-used');
      return undefined;
    }
  };
  const numbers = <K extends string>(
    key: keyof RawAnalyzeOptions,
    checked: CheckedNumbersOf<K>,
  ) => {
    reportProblems(`options.${key}`, checked.problems, report);
    return checked.values;
  };

  const nowGiven = read('now');
  let now = nowGiven === undefined ? null : safeInputDate(nowGiven);
  if (nowGiven !== undefined && now === null) {
    // A serial day, seconds, another format: said as for the input's dates.
    const problem = safeInputDate(nowGiven, true);
    report('options.now', problem?.code ?? 'invalid-date', 'default-used', problem?.values);
  }
  now ??= Date.now();

  const thresholds = numbers(
    'thresholds',
    checkNumbers(read('thresholds'), ALL_THRESHOLDS, ALL_THRESHOLD_KINDS, STATUS_THRESHOLD_ORDER),
  );
  const balanceThresholds = numbers(
    'balanceThresholds',
    checkNumbers(
      read('balanceThresholds'),
      DEFAULT_BALANCE_THRESHOLDS,
      BALANCE_KINDS,
      BALANCE_ORDER,
    ),
  );
  const suggestionThresholds = numbers(
    'suggestionThresholds',
    checkNumbers(read('suggestionThresholds'), DEFAULT_SUGGESTION_THRESHOLDS, SUGGESTION_KINDS),
  );
  return {
    now,
    pace: guardPace(read('pace'), report),
    statusRules: checkStatusRules(read('statusRules'), thresholds, report),
    thresholds,
    balanceThresholds,
    suggestionRules: checkSuggestionRules(read('suggestionRules'), report),
    suggestionThresholds,
    history: checkHistory(read('history'), report),
  };
}

/** `history`: `true` or `false`; anything else is reported and the history kept. */
function checkHistory(history: unknown, report: ReportOption): boolean {
  if (history === undefined || history === true) return true;
  if (history === false) return false;
  report('options.history', 'wrong-type', 'default-used', { expected: 'boolean' });
  return true;
}

type CheckedNumbersOf<K extends string> = {
  values: Readonly<Record<K, number>>;
  problems: OptionProblem[];
};

function reportProblems(base: string, problems: readonly OptionProblem[], report: ReportOption) {
  for (const { key, code, other } of problems) {
    const path = key ? `${base}.${key}` : base;
    const values: Record<string, string> = { expected: key ? 'number' : 'object' };
    if (other) values.other = `${base}.${other}`;
    report(path, code, 'default-used', values);
  }
}

/**
 * `now` as the input's dates are read (`readInputDate`: ISO text, or a number in 1973–5138);
 * with `describe`, what an unread one looks like instead. A Date whose getter throws is none.
 */
function safeInputDate(value: unknown): number | null;
function safeInputDate(value: unknown, describe: true): DateProblem | null;
function safeInputDate(value: unknown, describe?: true): number | DateProblem | null {
  try {
    return describe ? dateInputProblem(value) : readInputDate(value);
  } catch {
    return null;
  }
}

/** The pace, or the linear one; a throw or a value outside 0..1 is reported and replaced. */
function guardPace(pace: unknown, report: ReportOption): Pace {
  if (pace === undefined) return linearPace;
  if (typeof pace !== 'function') {
    report('options.pace', 'not-a-function', 'default-used');
    return linearPace;
  }
  return (elapsed) => {
    let expected: unknown;
    try {
      expected = pace(elapsed);
    } catch {
      report('options.pace', 'callback-threw', 'default-used');
      return elapsed;
    }
    if (typeof expected === 'number' && expected >= 0 && expected <= 1) return expected;
    report('options.pace', 'invalid-pace', 'default-used');
    return typeof expected === 'number' && Number.isFinite(expected)
      ? clamp(expected, 0, 1)
      : elapsed;
  };
}

/**
 * The rule set `statusRules` names. An unknown preset name, a value that is no rule set and a
 * preset tuner's unusable options are reported; a host's rule set is guarded, so that a throw or
 * an unusable decision makes that objective fall back to the default rule.
 */
function checkStatusRules(
  rules: unknown,
  thresholds: StatusThresholds,
  report: ReportOption,
): StatusRuleSet | undefined {
  const path = 'options.statusRules';
  if (rules === undefined) return undefined;
  if (typeof rules === 'string') {
    if (rules === 'default') return projectionRule(thresholds);
    const preset = presetOf(rules);
    if (!preset) report(path, 'unknown-preset', 'default-used');
    return preset;
  }
  if (typeof rules !== 'object' || rules === null) {
    report(path, 'wrong-type', 'default-used');
    return undefined;
  }
  let id: unknown;
  let classify: unknown;
  let problems: unknown;
  try {
    const set = rules as Partial<StatusRuleSet>;
    id = set.id;
    classify = set.classify;
    problems = set.problems;
  } catch {
    report(path, 'unreadable', 'default-used');
    return undefined;
  }
  if (typeof classify !== 'function') {
    report(`${path}.classify`, 'not-a-function', 'default-used');
    return undefined;
  }
  if (Array.isArray(problems)) reportProblems(path, problems as OptionProblem[], report);
  const fallback = projectionRule(thresholds);
  return {
    id: typeof id === 'string' ? id : 'custom',
    classify(input) {
      let decision: unknown;
      try {
        decision = classify.call(rules, input);
      } catch {
        report(`${path}.classify`, 'callback-threw', 'default-used');
        return fallback.classify(input);
      }
      const usable = readDecision(decision);
      if (usable) return usable;
      report(`${path}.classify`, 'callback-result', 'default-used');
      return fallback.classify(input);
    },
  };
}

/** A copy of a host rule's decision, or `null` when it is not one. */
function readDecision(value: unknown): StatusDecision | null {
  try {
    if (typeof value !== 'object' || value === null) return null;
    const { status, rule, message } = value as Record<string, unknown>;
    if (!isStatus(status) || typeof rule !== 'string') return null;
    if (typeof message !== 'object' || message === null) return null;
    const { id, values } = message as Record<string, unknown>;
    const copied = readValues(values);
    if (typeof id !== 'string' || !copied) return null;
    return { status, rule, message: { id, values: copied } };
  } catch {
    return null;
  }
}

/** A copy of message values with strings and finite numbers only, or `null`. */
function readValues(values: unknown): Record<string, number | string> | null {
  if (values === undefined) return {};
  if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  const copy: Record<string, number | string> = {};
  for (const key of Object.keys(values)) {
    const value = (values as Record<string, unknown>)[key];
    if (typeof value === 'number' ? !Number.isFinite(value) : typeof value !== 'string') {
      return null;
    }
    // A key such as `__proto__` must become a property, not the copy's prototype.
    Object.defineProperty(copy, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** The suggestion rules: the host's own guarded, anything that is no rule reported and skipped. */
function checkSuggestionRules(rules: unknown, report: ReportOption): readonly SuggestionRule[] {
  const path = 'options.suggestionRules';
  if (rules === undefined) return DEFAULT_SUGGESTION_RULES;
  if (!Array.isArray(rules)) {
    report(path, 'wrong-type', 'default-used', { expected: 'array' });
    return DEFAULT_SUGGESTION_RULES;
  }
  const checked: SuggestionRule[] = [];
  for (let index = 0; index < rules.length; index++) {
    const at = `${path}[${index}]`;
    let rule: unknown;
    let evaluate: unknown;
    let id: unknown;
    try {
      rule = rules[index];
      if (DEFAULT_SUGGESTION_RULES.includes(rule as SuggestionRule)) {
        checked.push(rule as SuggestionRule);
        continue;
      }
      evaluate = (rule as Partial<SuggestionRule> | undefined)?.evaluate;
      id = (rule as Partial<SuggestionRule> | undefined)?.id;
    } catch {
      report(at, 'unreadable', 'rule-left-out');
      continue;
    }
    if (typeof evaluate !== 'function') {
      report(at, 'not-a-function', 'rule-left-out');
      continue;
    }
    checked.push({
      id: typeof id === 'string' ? id : `rule-${index}`,
      evaluate(context) {
        let findings: unknown;
        try {
          findings = evaluate.call(rule, context);
        } catch {
          report(at, 'callback-threw', 'rule-left-out');
          return [];
        }
        if (!Array.isArray(findings)) {
          report(at, 'callback-result', 'rule-left-out');
          return [];
        }
        const usable: Finding[] = [];
        for (const found of findings) {
          const copy = readFinding(found);
          if (copy) usable.push(copy);
          else report(at, 'callback-result', 'finding-left-out');
        }
        return usable;
      },
    });
  }
  return checked;
}

/** A copy of a host rule's finding, or `null` when it is not one. */
function readFinding(value: unknown): Finding | null {
  try {
    if (typeof value !== 'object' || value === null) return null;
    const { causeId, strength, objectiveIds, evidence } = value as Record<string, unknown>;
    if (typeof causeId !== 'string' || causeId === '') return null;
    if (!(SUGGESTION_STRENGTHS as readonly unknown[]).includes(strength)) return null;
    const ids = readIds(objectiveIds);
    if (!ids || typeof evidence !== 'object' || evidence === null) return null;
    const { id, values, objectiveIds: about } = evidence as Record<string, unknown>;
    const copied = readValues(values);
    const aboutIds = about === undefined ? undefined : readIds(about);
    if (typeof id !== 'string' || !copied || aboutIds === null) return null;
    return {
      causeId,
      strength: strength as Finding['strength'],
      objectiveIds: ids,
      evidence: { id, values: copied, ...(aboutIds ? { objectiveIds: aboutIds } : {}) },
    };
  } catch {
    return null;
  }
}

function readIds(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const ids: string[] = [];
  for (let index = 0; index < value.length; index++) {
    const id: unknown = value[index];
    if (typeof id !== 'string') return null;
    ids.push(id);
  }
  return ids;
}
