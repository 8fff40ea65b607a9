import { type BalanceThresholds, computeBalance, medianOfSorted } from './balance';
import { DAY_MS, toEpochMs, toIsoString } from './dates';
import {
  EXPLAIN_MESSAGES,
  type FormatOptions,
  formatterWith,
  ISSUE_MESSAGES,
  LABEL_MESSAGES,
} from './messages';
import { type CleanCheckIn, normalizeOkrSet } from './normalize';
import {
  clamp,
  computeElapsed,
  computeObjectiveProgress,
  computeProjection,
  linearPace,
  type Pace,
} from './progress';
import {
  createStatusClassifier,
  DEFAULT_STATUS_THRESHOLDS,
  type StatusInput,
  type StatusPreset,
  type StatusRuleSet,
  type StatusThresholds,
} from './status';
import {
  DEFAULT_SUGGESTION_RULES,
  DEFAULT_SUGGESTION_THRESHOLDS,
  type SuggestionRule,
  type SuggestionThresholds,
  suggestCauses,
} from './suggest';
import type { DateInput, Issue, ObjectiveAnalysis, Report, Stall } from './types';

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
}

/** The spec's defaults. */
export const DEFAULT_OBJECTIVE_THRESHOLDS: Readonly<ObjectiveThresholds> = {
  committedBar: 1,
  aspirationalBar: 0.7,
  staleAfterDays: 14,
  completedEarlyBy: 0.75,
  stallMinCheckIns: 3,
  stallMinDays: 14,
};

/** Options of `analyzeOkrs`; every threshold has a default. */
export interface AnalyzeOptions extends FormatOptions {
  /** The moment of analysis; pass it on server and client alike so both agree. @default now */
  now?: DateInput;
  /** Expected progress at elapsed time `t`, for plans that are not linear. @default (t) => t */
  pace?: Pace;
  /** A preset (`default`, `score-bands`, `gap-points`, `pace-ratio`) or a rule set. */
  statusRules?: StatusPreset | StatusRuleSet;
  /** Status and per-objective thresholds. */
  thresholds?: Partial<StatusThresholds & ObjectiveThresholds>;
  /** Balance level limits and the leader and laggard margins. */
  balanceThresholds?: Partial<BalanceThresholds>;
  /** Replaces the default rules; spread `DEFAULT_SUGGESTION_RULES` in to add to them. */
  suggestionRules?: readonly SuggestionRule[];
  /** Limits the default suggestion rules read. */
  suggestionThresholds?: Partial<SuggestionThresholds>;
}

/** The texts an analysis writes: status names, explanations, problems in the input. */
const ANALYSIS_MESSAGES = [LABEL_MESSAGES, EXPLAIN_MESSAGES, ISSUE_MESSAGES];

/**
 * Analyses an OKR set: progress, expected progress, projection, status with its explanation,
 * balance statistics and suggested causes. It never throws on data: it analyses every
 * objective it can and lists what it repaired or left out in `report.issues`. It does not
 * change its input, and no number in the report is `NaN` or infinite.
 */
export function analyzeOkrs(input: unknown, options: AnalyzeOptions = {}): Report {
  const format = formatterWith(options, ANALYSIS_MESSAGES);
  const text = (id: string, values: Record<string, number | string>) => format.format(id, values);
  const optionIssues: Issue[] = [];
  const problem = (path: string, code: string, action: string) => {
    const message = `${text(`issue.${code}`, { path })} ${text(`action.${action}`, {})}`;
    optionIssues.push({ path, code, severity: 'warning', message });
  };

  const given = options.now === undefined ? Date.now() : toEpochMs(options.now);
  if (given === null) problem('options.now', 'invalid-date', 'default-used');
  const now = given ?? Date.now();
  const thresholds = {
    ...DEFAULT_STATUS_THRESHOLDS,
    ...DEFAULT_OBJECTIVE_THRESHOLDS,
    ...options.thresholds,
  };
  const classify = createStatusClassifier({
    thresholds,
    // Stryker disable next-line ConditionalExpression: statusRules undefined is the same as none
    ...(options.statusRules === undefined ? {} : { statusRules: options.statusRules }),
  });
  // Stryker disable next-line ArrayDeclaration: each slot is written before it is read
  const scratch: number[] = [];
  let elapsed = 0;
  let expected = 0;

  const clean = normalizeOkrSet(input, format, (cycle) => {
    elapsed = computeElapsed(now, cycle.start, cycle.end);
    expected = (options.pace ?? linearPace)(elapsed);
    if (!Number.isFinite(expected) || expected < 0 || expected > 1) {
      problem('options.pace', 'invalid-pace', 'default-used');
      expected = clamp(Number.isFinite(expected) ? expected : elapsed, 0, 1);
    }
    const status: StatusInput = {
      progress: 0,
      expected,
      projection: null,
      bar: 1,
      elapsed,
      confidence: null,
    };
    return (objective): ObjectiveAnalysis => {
      const { keyResults } = objective;
      const progress =
        keyResults.length > 0 ? computeObjectiveProgress(keyResults) : (objective.progress ?? 0);
      const bar =
        objective.type === 'aspirational' ? thresholds.aspirationalBar : thresholds.committedBar;
      const projection = computeProjection(progress, expected, thresholds.tooEarly);
      const { checkIns } = objective;
      const count = countUpTo(checkIns, now);
      const last = checkIns[count - 1];
      const confidence = objective.confidence ?? latestConfidence(checkIns, count);
      // One input object serves every objective: rules read it and must not keep it.
      status.progress = progress;
      status.projection = projection;
      status.bar = bar;
      status.confidence = confidence;
      const decision = classify(status);
      const done = decision.status === 'done';
      const { id, values } = decision.message;
      return {
        id: objective.id,
        title: objective.title,
        owner: objective.owner,
        team: objective.team,
        type: objective.type,
        weight: objective.weight,
        progress,
        expected,
        projection,
        bar,
        attainment: clamp(progress / bar, 0, 1),
        confidence,
        status: decision.status,
        rule: decision.rule,
        stale: last !== undefined && now - last.at > thresholds.staleAfterDays * DAY_MS,
        completedEarly: done && elapsed <= thresholds.completedEarlyBy,
        explanation: { id, values, text: format.format(id, values) },
        keyResults,
        // + 0: check-ins are read in place, so a -0 of the input is turned into 0 here.
        previousProgress: count > 1 ? nth(checkIns, count - 2).progress + 0 : null,
        lastCheckIn: last ? last.at : null,
        daysSinceCheckIn: last ? Math.floor((now - last.at) / DAY_MS) : null,
        checkInGapDays: medianGapDays(checkIns, count, scratch),
        stall: done ? null : findStall(checkIns, thresholds, count),
        createdAt: objective.createdAt,
      };
    };
  });
  const { objectives } = clean;

  if (objectives.length > 0 && objectives.every((o) => !(o.weight > 0))) {
    problem('objectives', 'zero-weights', 'default-used');
  }
  const issues = [...optionIssues, ...clean.issues];
  const balance = computeBalance(objectives, options.balanceThresholds);
  const suggestions = suggestCauses(
    {
      objectives,
      elapsed,
      cycle: clean.cycle ?? { start: now, end: now },
      thresholds: { ...DEFAULT_SUGGESTION_THRESHOLDS, ...options.suggestionThresholds },
    },
    options.suggestionRules ?? DEFAULT_SUGGESTION_RULES,
  );
  return {
    now: toIsoString(now),
    elapsed,
    cycle: clean.cycle
      ? {
          start: toIsoString(clean.cycle.start),
          end: toIsoString(clean.cycle.end),
          ...(clean.cycle.label === undefined ? {} : { label: clean.cycle.label }),
        }
      : null,
    locale: format.locale,
    objectives,
    balance,
    suggestions,
    issues,
  };
}

// Only check-ins up to `now` count, so a report for an earlier moment reads the history as it
// was then: this is how many of the sorted check-ins that is.
function countUpTo(checkIns: readonly CleanCheckIn[], now: number): number {
  let count = checkIns.length;
  while (count > 0 && nth(checkIns, count - 1).at > now) count--;
  return count;
}

/** The latest confidence given in the first `count` check-ins. */
function latestConfidence(checkIns: readonly CleanCheckIn[], count: number): number | null {
  for (let index = count - 1; index >= 0; index--) {
    const given = nth(checkIns, index).confidence;
    if (given !== undefined) return given + 0;
  }
  return null;
}

// `scratch` is reused across objectives, so most objectives allocate nothing here.
function medianGapDays(
  checkIns: readonly CleanCheckIn[],
  count: number,
  scratch: number[],
): number | null {
  const gaps = count - 1;
  if (gaps < 1) return null;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: both ways of sorting give the same median
  if (gaps > 64) {
    const sorted = new Float64Array(gaps);
    for (let index = 0; index < gaps; index++) sorted[index] = gapDays(checkIns, index);
    sorted.sort();
    return medianOfSorted(sorted, gaps);
  }
  // Insertion sort while reading: a handful of gaps per objective.
  for (let index = 0; index < gaps; index++) {
    const gap = gapDays(checkIns, index);
    let slot = index;
    // Stryker disable next-line EqualityOperator: equal gaps sort the same either way
    // Stryker disable next-line ConditionalExpression: at slot 0, scratch[-1] is undefined and the loop stops anyway
    while (slot > 0 && (scratch[slot - 1] as number) > gap) {
      scratch[slot] = scratch[slot - 1] as number;
      slot--;
    }
    scratch[slot] = gap;
  }
  return medianOfSorted(scratch, gaps);
}

function gapDays(checkIns: readonly CleanCheckIn[], index: number): number {
  return (nth(checkIns, index + 1).at - nth(checkIns, index).at) / DAY_MS;
}

// Hot loops index within bounds: a cast, unlike `?.` and `??`, lets the engine keep numbers
// unboxed instead of allocating one per read.
function nth<T>(items: readonly T[], index: number): T {
  return items[index] as T;
}

/**
 * The trailing run of check-ins (sorted by date; the first `count` of them) in which none rose
 * above the run's first value: the longest such run, when it has enough check-ins over enough
 * days and started above 0.
 */
export function findStall(
  checkIns: readonly { at: number; progress: number }[],
  {
    stallMinCheckIns,
    stallMinDays,
  }: Pick<ObjectiveThresholds, 'stallMinCheckIns' | 'stallMinDays'>,
  count = checkIns.length,
): Stall | null {
  const lastCheckIn = checkIns[count - 1];
  // Stryker disable next-line all: an early exit; the checks below give null for the same check-ins
  if (!lastCheckIn || count < stallMinCheckIns) return null;
  // Stryker disable next-line ArithmeticOperator: the loop sets first on its first step
  let first = count - 1;
  let highest = -Infinity;
  for (let index = count - 1; index >= 0; index--) {
    const progress = nth(checkIns, index).progress;
    if (progress >= highest) first = index;
    highest = Math.max(highest, progress);
  }
  const start = checkIns[first];
  // Stryker disable next-line ConditionalExpression: first is an index of the list, so start exists
  if (!start) return null;
  const length = count - first;
  const days = (lastCheckIn.at - start.at) / DAY_MS;
  if (length < stallMinCheckIns || days < stallMinDays || !(start.progress > 0)) return null;
  // Stryker disable next-line ArithmeticOperator: start.progress is above 0, never -0
  return { progress: start.progress + 0, checkIns: length, days: Math.round(days) };
}
