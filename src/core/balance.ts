import { clamp } from './progress';
import type { BalanceLevel, BalanceStats } from './types';

/** Thresholds of the balance statistics. */
export interface BalanceThresholds {
  /** A score from which progress is balanced. */
  balanced: number;
  /** A score from which it is uneven (below: unbalanced). */
  uneven: number;
  /** How far above the median an objective's attainment must be to lead. */
  leaderMargin: number;
  /** How far below the median it must be to lag. */
  laggardMargin: number;
}

/** The spec's defaults. */
export const DEFAULT_BALANCE_THRESHOLDS: Readonly<BalanceThresholds> = {
  balanced: 0.8,
  uneven: 0.6,
  leaderMargin: 0.2,
  laggardMargin: 0.2,
};

/** One objective's share of the balance statistics. */
export interface BalanceItem {
  id: string;
  /** 0..1 (values outside are clamped). */
  attainment: number;
  /** @default 1 */
  weight?: number;
}

/**
 * Balance statistics over attainment: weighted mean and population standard deviation `σ`;
 * unweighted median, min, max and spread; the score `1 − 2σ` (σ of values in [0, 1] is at most
 * 0.5, so the score stays in [0, 1]) and its level; leaders and laggards around the median.
 * No items give `null` statistics; zero total weight counts every item the same.
 */
export function computeBalance(
  items: readonly BalanceItem[],
  thresholds: Partial<BalanceThresholds> = {},
): BalanceStats {
  const limits = { ...DEFAULT_BALANCE_THRESHOLDS, ...thresholds };
  const count = items.length;
  if (count === 0) {
    const none = { score: null, level: null, mean: null, median: null, min: null, max: null };
    return { ...none, spread: null, stdDev: null, leaders: [], laggards: [] };
  }
  const values = new Float64Array(count);
  const weights = new Float64Array(count);
  let total = 0;
  for (let index = 0; index < count; index++) {
    const item = items[index] as BalanceItem;
    values[index] = clamp(item.attainment, 0, 1);
    weights[index] = validWeight(item.weight);
    total += weights[index] as number;
  }
  // Weights near the largest double add up to infinity: the same statistics in units of the
  // largest weight.
  // Stryker disable next-line ConditionalExpression: in units of the largest weight the statistics are the same, up to rounding
  if (total === Infinity) {
    const largest = Math.max(...weights);
    total = 0;
    for (let index = 0; index < count; index++) {
      weights[index] = (weights[index] as number) / largest;
      total += weights[index] as number;
    }
  }
  // Zero total weight: every item counts the same.
  if (!(total > 0)) weights.fill(1);
  const weightSum = total > 0 ? total : count;
  let sum = 0;
  for (let index = 0; index < count; index++) {
    sum += (values[index] as number) * (weights[index] as number);
  }
  const mean = sum / weightSum;
  const sorted = values.slice().sort();
  const min = sorted[0] as number;
  const max = sorted[count - 1] as number;
  let squares = 0;
  // All-equal values have σ = 0 exactly, whatever rounding the mean picked up.
  if (max > min) {
    for (let index = 0; index < count; index++) {
      squares += ((values[index] as number) - mean) ** 2 * (weights[index] as number);
    }
  }
  const stdDev = Math.sqrt(squares / weightSum);
  const median = medianOfSorted(sorted, count);
  const score = clamp(1 - 2 * stdDev, 0, 1);
  const leaders: string[] = [];
  const laggards: string[] = [];
  for (let index = 0; index < count; index++) {
    const value = values[index] as number;
    const id = (items[index] as BalanceItem).id;
    if (value > median + limits.leaderMargin) leaders.push(id);
    else if (value < median - limits.laggardMargin) laggards.push(id);
  }
  return {
    score,
    level: balanceLevel(score, limits),
    mean,
    median,
    min,
    max,
    spread: max - min,
    stdDev,
    leaders,
    laggards,
  };
}

/** The level of a balance score. */
export function balanceLevel(
  score: number,
  thresholds: Pick<BalanceThresholds, 'balanced' | 'uneven'> = DEFAULT_BALANCE_THRESHOLDS,
): BalanceLevel {
  return score >= thresholds.balanced
    ? 'balanced'
    : score >= thresholds.uneven
      ? 'uneven'
      : 'unbalanced';
}

function validWeight(weight: number | undefined): number {
  // Stryker disable next-line EqualityOperator: a weight of 0 gives 0 either way
  return weight === undefined ? 1 : weight >= 0 && weight < Infinity ? weight : 0;
}

/** The median of the first `length` values of a sorted list. */
export function medianOfSorted(sorted: ArrayLike<number>, length: number): number {
  const middle = length >> 1;
  return length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}
