import { type BalanceThresholds, computeBalance } from './balance';
import { DAY_MS, toEpochMs, toIsoString } from './dates';
import { createFormatter, type FormatOptions } from './messages';
import { type CleanCheckIn, type CleanObjective, normalizeOkrSet } from './normalize';
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
  balanceThresholds?: Partial<BalanceThresholds>;
  /** Replaces the default rules; spread `DEFAULT_SUGGESTION_RULES` in to add to them. */
  suggestionRules?: readonly SuggestionRule[];
  suggestionThresholds?: Partial<SuggestionThresholds>;
}

/**
 * Analyses an OKR set: progress, expected progress, projection, status with its explanation,
 * balance statistics and suggested causes. It never throws on data: it analyses every
 * objective it can and lists what it repaired or left out in `report.issues`. It does not
 * change its input, and no number in the report is `NaN` or infinite.
 */
export function analyzeOkrs(input: unknown, options: AnalyzeOptions = {}): Report {
  const format = createFormatter(options);
  const text = (id: string, values: Record<string, number | string>) => format.format(id, values);
  const clean = normalizeOkrSet(input, format);
  const issues: Issue[] = clean.issues;
  const problem = (path: string, code: string, action: string) => {
    const message = `${text(`issue.${code}`, { path })} ${text(`action.${action}`, {})}`;
    issues.push({ path, code, severity: 'warning', message });
  };

  let now = options.now === undefined ? Date.now() : toEpochMs(options.now);
  if (now === null) {
    problem('options.now', 'invalid-date', 'default-used');
    now = Date.now();
  }
  const thresholds = {
    ...DEFAULT_STATUS_THRESHOLDS,
    ...DEFAULT_OBJECTIVE_THRESHOLDS,
    ...options.thresholds,
  };
  const cycle = clean.cycle ?? { start: now, end: now };
  const elapsed = clean.cycle ? computeElapsed(now, cycle.start, cycle.end) : 0;
  let expected = (options.pace ?? linearPace)(elapsed);
  if (!Number.isFinite(expected) || expected < 0 || expected > 1) {
    problem('options.pace', 'invalid-pace', 'default-used');
    expected = clamp(Number.isFinite(expected) ? expected : elapsed, 0, 1);
  }
  const classify = createStatusClassifier({
    thresholds,
    ...(options.statusRules === undefined ? {} : { statusRules: options.statusRules }),
  });

  const objectives = clean.objectives.map((objective): ObjectiveAnalysis => {
    const keyResults = objective.keyResults.map(({ id, title, rawProgress, weight }) => ({
      id,
      title,
      progress: Math.max(rawProgress, 0),
      rawProgress,
      weight,
    }));
    const progress =
      keyResults.length > 0 ? computeObjectiveProgress(keyResults) : (objective.progress ?? 0);
    const bar =
      objective.type === 'aspirational' ? thresholds.aspirationalBar : thresholds.committedBar;
    const projection = computeProjection(progress, expected, thresholds.tooEarly);
    const history = checkInHistory(objective, now, thresholds);
    const decision = classify({
      progress,
      expected,
      projection,
      bar,
      elapsed,
      confidence: objective.confidence ?? history.last?.confidence ?? null,
    });
    const done = decision.status === 'done';
    return {
      id: objective.id,
      title: objective.title,
      ...(objective.owner === undefined ? {} : { owner: objective.owner }),
      ...(objective.team === undefined ? {} : { team: objective.team }),
      type: objective.type,
      weight: objective.weight,
      progress,
      expected,
      projection,
      bar,
      attainment: clamp(progress / bar, 0, 1),
      confidence: objective.confidence ?? history.last?.confidence ?? null,
      status: decision.status,
      rule: decision.rule,
      stale: history.stale,
      completedEarly: done && elapsed <= thresholds.completedEarlyBy,
      explanation: {
        ...decision.message,
        text: text(decision.message.id, decision.message.values),
      },
      keyResults,
      checkIns: objective.checkIns,
      previousProgress: history.previous?.progress ?? null,
      lastCheckIn: history.last ? toIsoString(history.last.at) : null,
      daysSinceCheckIn: history.last ? Math.floor((now - history.last.at) / DAY_MS) : null,
      checkInGapDays: history.gapDays,
      stall: done ? null : history.stall,
      createdAt: objective.createdAt === null ? null : toIsoString(objective.createdAt),
    };
  });

  if (objectives.length > 0 && objectives.every((o) => !(o.weight > 0))) {
    problem('objectives', 'zero-weights', 'default-used');
  }
  const balance = computeBalance(objectives, options.balanceThresholds);
  const suggestions = suggestCauses(
    {
      objectives,
      elapsed,
      cycle,
      thresholds: { ...DEFAULT_SUGGESTION_THRESHOLDS, ...options.suggestionThresholds },
    },
    options.suggestionRules ?? DEFAULT_SUGGESTION_RULES,
    text,
  );
  return {
    now: toIsoString(now),
    elapsed,
    cycle: clean.cycle
      ? {
          start: toIsoString(cycle.start),
          end: toIsoString(cycle.end),
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

interface CheckInHistory {
  last: CleanCheckIn | undefined;
  previous: CleanCheckIn | undefined;
  stale: boolean;
  gapDays: number | null;
  stall: Stall | null;
}

// Only check-ins up to `now` count, so a report for an earlier moment reads the history as it
// was then.
function checkInHistory(
  objective: CleanObjective,
  now: number,
  thresholds: ObjectiveThresholds,
): CheckInHistory {
  const all = objective.checkIns;
  let count = all.length;
  while (count > 0 && (all[count - 1]?.at ?? 0) > now) count--;
  const last = all[count - 1];
  const gaps: number[] = [];
  for (let index = 1; index < count; index++) {
    gaps.push(((all[index]?.at ?? 0) - (all[index - 1]?.at ?? 0)) / DAY_MS);
  }
  gaps.sort((a, b) => a - b);
  const middle = gaps.length >> 1;
  const gapDays =
    gaps.length === 0
      ? null
      : gaps.length % 2 === 1
        ? (gaps[middle] ?? 0)
        : ((gaps[middle - 1] ?? 0) + (gaps[middle] ?? 0)) / 2;
  return {
    last,
    previous: all[count - 2],
    stale: last !== undefined && now - last.at > thresholds.staleAfterDays * DAY_MS,
    gapDays,
    stall: findStall(all.slice(0, count), thresholds),
  };
}

/**
 * The trailing run of check-ins (sorted by date) in which none rose above the run's first
 * value: the longest such run, when it has enough check-ins over enough days and started above 0.
 */
export function findStall(
  checkIns: readonly CleanCheckIn[],
  {
    stallMinCheckIns,
    stallMinDays,
  }: Pick<ObjectiveThresholds, 'stallMinCheckIns' | 'stallMinDays'>,
): Stall | null {
  const lastCheckIn = checkIns[checkIns.length - 1];
  if (!lastCheckIn) return null;
  let first = checkIns.length - 1;
  let highest = -Infinity;
  for (let index = checkIns.length - 1; index >= 0; index--) {
    const progress = checkIns[index]?.progress ?? 0;
    if (progress >= highest) first = index;
    highest = Math.max(highest, progress);
  }
  const start = checkIns[first];
  if (!start) return null;
  const count = checkIns.length - first;
  const days = (lastCheckIn.at - start.at) / DAY_MS;
  if (count < stallMinCheckIns || days < stallMinDays || !(start.progress > 0)) return null;
  return { progress: start.progress, checkIns: count, days: Math.round(days) };
}
