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
  const value = (current - start) / (target - start);
  return Number.isFinite(value) ? value : 0;
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
  let sum = 0;
  let total = 0;
  let plain = 0;
  let largest = 0;
  for (const { progress, weight = 1 } of keyResults) {
    const capped = clamp(progress, 0, 1);
    sum += capped * weight;
    total += weight;
    plain += capped;
    // Stryker disable next-line EqualityOperator: an equal weight is as large
    if (weight > largest) largest = weight;
  }
  // Weights near the largest double add up to infinity: the same mean, in units of the largest.
  // Stryker disable next-line ConditionalExpression: in units of the largest weight the mean is the same, up to rounding
  if (total === Infinity) {
    sum = 0;
    total = 0;
    for (const { progress, weight = 1 } of keyResults) {
      sum += clamp(progress, 0, 1) * (weight / largest);
      total += weight / largest;
    }
  }
  if (total > 0) return sum / total;
  return keyResults.length > 0 ? plain / keyResults.length : 0;
}

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

/** Limits a number to `[min, max]`; `NaN` becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  // Not Math.min and Math.max: they would let NaN through.
  // Stryker disable next-line EqualityOperator: at a bound, the value and the bound are the same number
  return value >= min ? (value <= max ? value : max) : min;
}
