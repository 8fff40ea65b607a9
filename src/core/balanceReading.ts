// What the gauge says of a cycle: the balance score on its own 0–100 scale, and whether the
// objectives, balanced or not, keep the pace. Balance is not health: a team whose objectives
// are all equally behind is balanced, and still in trouble.
import { clamp, medianOfSorted } from './math';
import type { BalanceLevel, BalanceStats, ObjectiveAnalysis } from './types';

/** How the objectives keep the pace: not judged yet, on pace, the median behind, every one behind. */
export const PACE_READINGS = ['early', 'on-pace', 'behind', 'all-behind'] as const;
/** One of `PACE_READINGS`. */
export type PaceReading = (typeof PACE_READINGS)[number];

/** Whether a reading is good news, a warning or bad news. */
export const READING_TONES = ['good', 'warning', 'bad'] as const;
/** One of `READING_TONES`. */
export type ReadingTone = (typeof READING_TONES)[number];

/** Options of `readBalance`. */
export interface BalanceReadingOptions {
  /**
   * Attainment below this share of the expected pace is behind: the ratio under which the
   * default status rule calls an objective at risk (`DEFAULT_STATUS_THRESHOLDS.behind`).
   * @default 0.7
   */
  behind?: number;
  /** An expected pace below this is too early to judge (`tooEarly` of the status rule). @default 0.1 */
  tooEarly?: number;
}

/** The defaults of `readBalance`: those of the spec's status rule. */
export const DEFAULT_BALANCE_READING: Readonly<Required<BalanceReadingOptions>> = {
  behind: 0.7,
  tooEarly: 0.1,
};

/** The gauge's reading of a report. */
export interface BalanceReading {
  /** The balance score on its own scale: a whole number from 0 to 100, not a percentage. */
  score: number;
  level: BalanceLevel;
  /** The median attainment, 0..1: what the dial points at. */
  median: number;
  /** The expected pace: the median of the objectives' `expected`, 0..1. */
  expected: number;
  pace: PaceReading;
  /** `good` only for a balanced cycle that is not behind the pace. */
  tone: ReadingTone;
}

/**
 * The expected pace of a set of objectives: the median of their `expected` (one value when
 * they share a plan); `null` without objectives. Values outside 0..1 are clamped, NaN is 0.
 */
export function expectedPace(
  objectives: readonly Pick<ObjectiveAnalysis, 'expected'>[],
): number | null {
  if (objectives.length === 0) return null;
  const sorted = Float64Array.from(objectives, (o) => clamp(o.expected, 0, 1)).sort();
  return medianOfSorted(sorted);
}

/**
 * Reads a report for the gauge. With `e` the expected pace (`expectedPace`), `m` the median
 * attainment and `k` the `behind` ratio (0.7):
 *
 * - `early` when `e < tooEarly` (0.1): too soon to judge the pace, as for a status;
 * - `all-behind` when every objective's attainment is below `k ×` its own `expected`;
 * - `behind` when `m < k × e`: the median objective is where the status rule says "at risk";
 * - `on-pace` otherwise.
 *
 * The tone is `good` only for a `balanced` level that is `on-pace` or `early`; `bad` for an
 * `unbalanced` level or any pace behind; `warning` otherwise. So a balanced cycle whose median
 * is behind never reads as good news.
 *
 * `balanced`, 50 % expected, every objective at 20 %: `{ score: 100, pace: 'all-behind',
 * tone: 'bad' }`. `balanced`, 50 % expected, objectives at 45–55 %: `on-pace`, `good`.
 * `unbalanced`, objectives at 20 % and 100 %, 60 % expected: `on-pace` (median 60 %), `bad`.
 *
 * `null` when the balance has no score (no objectives). Unusable options fall back to the
 * defaults.
 */
export function readBalance(
  report: {
    objectives: readonly Pick<ObjectiveAnalysis, 'attainment' | 'expected'>[];
    balance: Pick<BalanceStats, 'score' | 'level' | 'median'>;
  },
  options: BalanceReadingOptions = {},
): BalanceReading | null {
  const { objectives, balance } = report;
  const expected = expectedPace(objectives);
  if (balance.score === null || balance.level === null || expected === null) return null;
  const behind = usable(options.behind, DEFAULT_BALANCE_READING.behind);
  const tooEarly = usable(options.tooEarly, DEFAULT_BALANCE_READING.tooEarly);
  const median = clamp(balance.median ?? 0, 0, 1);
  const level = balance.level;
  const pace: PaceReading =
    expected < tooEarly
      ? 'early'
      : objectives.every((o) => clamp(o.attainment, 0, 1) < behind * clamp(o.expected, 0, 1))
        ? 'all-behind'
        : median < behind * expected
          ? 'behind'
          : 'on-pace';
  const late = pace === 'behind' || pace === 'all-behind';
  const tone: ReadingTone =
    level === 'unbalanced' || late ? 'bad' : level === 'balanced' ? 'good' : 'warning';
  return {
    score: Math.round(clamp(balance.score, 0, 1) * 100),
    level,
    median,
    expected,
    pace,
    tone,
  };
}

function usable(value: number | undefined, fallback: number): number {
  return value !== undefined && value >= 0 && value <= 1 ? value : fallback;
}
