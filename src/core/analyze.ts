import { type BalanceThresholds, computeBalance } from './balance';
import { DAY_MS, toIsoString } from './dates';
import { forecastProgress } from './forecast';
import { optionReporter } from './issues';
import { clamp, medianOfSorted } from './math';
import {
  EXPLAIN_MESSAGES,
  type FormatOptions,
  formatterWith,
  ISSUE_MESSAGES,
  STATUS_MESSAGES,
} from './messages';
import { type CleanCheckIn, normalizeOkrSet } from './normalize';
import { checkOptions, type ObjectiveThresholds } from './options';
import { computeElapsed, computeObjectiveProgress, computeProjection, type Pace } from './progress';
import {
  createStatusClassifier,
  type StatusInput,
  type StatusPreset,
  type StatusRuleSet,
  type StatusThresholds,
} from './status';
import { type SuggestionRule, type SuggestionThresholds, suggestCauses } from './suggest';
import type { DateInput, HistoryPoint, Issue, ObjectiveAnalysis, Report, Stall } from './types';

export { DEFAULT_OBJECTIVE_THRESHOLDS, type ObjectiveThresholds } from './options';

/** Options of `analyzeOkrs`; every threshold has a default. */
export interface AnalyzeOptions extends FormatOptions {
  /** The moment of analysis; pass it on server and client alike so both agree. @default now */
  now?: DateInput;
  /** Expected progress at elapsed time `t`, for plans that are not linear. @default (t) => t */
  pace?: Pace;
  /** A preset (`default`, `score-bands`, `gap-points`, `pace-ratio`, `forecast`) or a rule set. */
  statusRules?: StatusPreset | StatusRuleSet;
  /** Status and per-objective thresholds. */
  thresholds?: Partial<StatusThresholds & ObjectiveThresholds>;
  /** Balance level limits and the leader and laggard margins. */
  balanceThresholds?: Partial<BalanceThresholds>;
  /** Replaces the default rules; spread `DEFAULT_SUGGESTION_RULES` in to add to them. */
  suggestionRules?: readonly SuggestionRule[];
  /** Limits the default suggestion rules read. */
  suggestionThresholds?: Partial<SuggestionThresholds>;
  /**
   * Whether each objective keeps its check-ins as `history`. `false` leaves every `history`
   * empty (the forecast is still made): at 100,000 objectives with 6 check-ins each, the
   * history is 80 MB of the 218 MB the report keeps (`npm run bench`, Organisations). A trend
   * then has nothing to draw, and `compareReports`' `align: 'elapsed'` compares as it is.
   * @default true
   */
  history?: boolean;
}

/** The texts an analysis writes: status names, explanations, problems in the input. */
const ANALYSIS_MESSAGES = [STATUS_MESSAGES, EXPLAIN_MESSAGES, ISSUE_MESSAGES];

/**
 * Analyses an OKR set: progress, expected progress, projection, status with its explanation,
 * balance statistics and suggested causes. It never throws on data: it analyses every
 * objective it can and lists what it repaired or left out in `report.issues`. It does not
 * change its input, and no number in the report is `NaN` or infinite. Its options are checked
 * once: an unusable value is reported at `options.<path>` and its default used, and a host
 * callback (`pace`, a rule set's `classify`, a suggestion rule's `evaluate`) that throws or
 * returns something unusable is reported by name and replaced for that item.
 */
export function analyzeOkrs(input: unknown, options: AnalyzeOptions = {}): Report {
  const format = formatterWith(options ?? {}, ANALYSIS_MESSAGES);
  const optionIssues: Issue[] = [];
  const problem = optionReporter(format, optionIssues);
  const checked = checkOptions(options, problem);
  const { now, thresholds } = checked;
  const classify = createStatusClassifier({
    thresholds,
    ...(checked.statusRules === undefined ? {} : { statusRules: checked.statusRules }),
  });
  const scratch: number[] = [];
  let elapsed = 0;
  let expected = 0;

  const clean = normalizeOkrSet(input, format, (cycle) => {
    elapsed = computeElapsed(now, cycle.start, cycle.end);
    expected = checked.pace(elapsed);
    const status: StatusInput = {
      progress: 0,
      expected,
      projection: null,
      bar: 1,
      elapsed,
      confidence: null,
      forecast: null,
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
      const forecast = forecastProgress(checkIns, count, cycle.end, thresholds, scratch);
      // One input object serves every objective: rules read it and must not keep it.
      status.progress = progress;
      status.projection = projection;
      status.bar = bar;
      status.confidence = confidence;
      status.forecast = forecast;
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
        previousProgress: count > 1 ? nth(checkIns, count - 2).progress : null,
        lastCheckIn: last ? last.at : null,
        daysSinceCheckIn: last ? Math.floor((now - last.at) / DAY_MS) : null,
        checkInGapDays: medianGapDays(checkIns, count, scratch),
        stall: done ? null : findStall(checkIns, thresholds, count),
        createdAt: objective.createdAt,
        history: checked.history ? historyOf(checkIns, count) : [],
        forecast,
      };
    };
  });
  const { objectives } = clean;

  if (objectives.length > 0 && objectives.every((o) => !(o.weight > 0))) {
    problem('objectives', 'zero-weights', 'default-used');
  }
  // Suggestion rules run last: what they report is listed with the other option problems.
  const issues = optionIssues;
  const balance = computeBalance(objectives, checked.balanceThresholds);
  const suggestions = suggestCauses(
    {
      objectives,
      elapsed,
      cycle: clean.cycle ?? { start: now, end: now },
      thresholds: checked.suggestionThresholds,
    },
    checked.suggestionRules,
  );
  for (const issue of clean.issues) issues.push(issue);
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

/**
 * The first `count` check-ins as the report keeps them: moment, progress, and confidence and
 * note where given. Fresh objects: the clean check-ins may carry other fields of the input.
 */
function historyOf(checkIns: readonly CleanCheckIn[], count: number): HistoryPoint[] {
  const history: HistoryPoint[] = new Array(count);
  for (let index = 0; index < count; index++) {
    const { at, progress, confidence, note } = nth(checkIns, index);
    const point: HistoryPoint = { at, progress };
    if (confidence !== undefined) point.confidence = confidence;
    if (typeof note === 'string') point.note = note;
    history[index] = point;
  }
  return history;
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
  if (!lastCheckIn || count < stallMinCheckIns) return null;
  let first = count - 1;
  let highest = -Infinity;
  for (let index = count - 1; index >= 0; index--) {
    const progress = nth(checkIns, index).progress;
    if (progress >= highest) first = index;
    highest = Math.max(highest, progress);
  }
  const start = checkIns[first];
  if (!start) return null;
  const length = count - first;
  const days = (lastCheckIn.at - start.at) / DAY_MS;
  if (length < stallMinCheckIns || days < stallMinDays || !(start.progress > 0)) return null;
  return { progress: start.progress + 0, checkIns: length, days: Math.round(days) };
}
