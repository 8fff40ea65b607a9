import { clamp, weightedMean } from './math';

export { clamp } from './math';

/** A plan's expected progress at elapsed time `t` (both 0..1). */
export type Pace = (elapsed: number) => number;

/** The default plan: progress grows evenly over the cycle. */
export const linearPace: Pace = (elapsed) => elapsed;

/** The share of the cycle `[start, end)` passed at `now`, clamped to 0..1; 0 for an empty cycle. */
export function computeElapsed(now: number, start: number, end: number): number {
  const length = end - start;
  if (!(length > 0) || !Number.isFinite(now)) return 0;
  return clamp((now - start) / length, 0, 1);
}

/** What a key result is made of, for `computeKeyResultProgress`. */
export interface KeyResultValues {
  /** @default 0 */
  start?: number;
  target: number;
  current: number;
  /** Overrides the three values above. */
  progress?: number;
}

/**
 * A key result's raw progress: its `progress`, else `(current − start) / (target − start)`,
 * which also serves targets below the start ("fewer failures"). It may be negative (moved the
 * wrong way) or above 1 (overachieved); 0 when it cannot be measured (`target === start`).
 */
export function computeKeyResultProgress({
  start = 0,
  target,
  current,
  progress,
}: KeyResultValues) {
  if (progress !== undefined) return Number.isFinite(progress) ? progress : 0;
  const value = keyResultRatio(start, target, current);
  return Number.isFinite(value) ? value : 0;
}

/**
 * `(current − start) / (target − start)`, also where a difference passes the largest double
 * (a start of −1e308 and a target of 1e308): then the same ratio of halves. Not finite when
 * `target === start`, or when the ratio itself overflows.
 */
export function keyResultRatio(start: number, target: number, current: number): number {
  const moved = current - start;
  const span = target - start;
  // An infinite difference would give 0 or NaN where halves give the true ratio.
  if (Number.isFinite(moved) && Number.isFinite(span)) return moved / span;
  return (current / 2 - start / 2) / (target / 2 - start / 2);
}

/** A key result's share of its objective's progress. */
export interface WeightedProgress {
  progress: number;
  /** @default 1 */
  weight?: number;
}

/**
 * An objective's progress from its key results: the weighted mean of each one's progress, each
 * raised to at least 0 and capped at 1, so one overachieved key result cannot hide a stalled one.
 * Zero total weight counts every key result the same; no key results give 0.
 */
export function computeObjectiveProgress(keyResults: readonly WeightedProgress[]): number {
  return weightedMean(keyResults, cappedProgress, weightOf);
}

const cappedProgress = (keyResult: WeightedProgress) => clamp(keyResult.progress, 0, 1);
// A weight that is not a finite number of 0 or more counts as 0.
const weightOf = ({ weight = 1 }: WeightedProgress) =>
  weight >= 0 && weight < Infinity ? weight : 0;

/**
 * The projection `f = p / e`: the score at the end of the cycle if the pace so far continues.
 * `null` while `e` is under `tooEarly`, when a projection says nothing yet.
 */
export function computeProjection(
  progress: number,
  expected: number,
  tooEarly = 0.1,
): number | null {
  if (!(expected >= tooEarly) || expected <= 0) return null;
  // Progress near the largest double would project past it.
  return Math.min(progress / expected, Number.MAX_VALUE);
}
