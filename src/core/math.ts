// Small numeric helpers shared by progress, balance and status: each total over its whole
// domain, so that no `NaN` or infinity leaves them for a finite input.

/** Limits a number to `[min, max]`; `NaN` becomes `min`. */
export function clamp(value: number, min: number, max: number): number {
  // Not Math.min and Math.max: they would let NaN through.
  return value >= min ? (value <= max ? value : max) : min;
}

/** The median of the first `length` values of a sorted list; `NaN` for none. */
export function medianOfSorted(sorted: ArrayLike<number>, length = sorted.length): number {
  const middle = length >> 1;
  return length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Rounds to `decimals` places (0 to 15); halves go up, as with `Math.round`. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/**
 * The weighted mean of `value(item)` with weights `weight(item)` (each finite and 0 or more).
 * Zero total weight counts every item the same; no items give 0. Weights near the largest
 * double (whose sum overflows) or near the smallest (whose products underflow to 0) are taken in
 * units of the largest weight: the same mean, computed where floating point has room. The result
 * lies between the smallest and largest value.
 */
export function weightedMean<T>(
  items: ArrayLike<T>,
  value: (item: T, index: number) => number,
  weight: (item: T, index: number) => number,
): number {
  const count = items.length;
  if (count === 0) return 0;
  let sum = 0;
  let total = 0;
  let plain = 0;
  let largest = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let index = 0; index < count; index++) {
    const item = items[index] as T;
    const x = value(item, index);
    const w = weight(item, index);
    sum += x * w;
    total += w;
    plain += x;
    if (w > largest) largest = w;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (!(total > 0)) return clamp(plain / count, min, max);
  if (total === Infinity || largest < TINY_WEIGHT) {
    sum = 0;
    total = 0;
    for (let index = 0; index < count; index++) {
      const item = items[index] as T;
      const w = weight(item, index) / largest;
      sum += value(item, index) * w;
      total += w;
    }
  }
  // Rounding may leave the quotient an ulp outside the values it averages.
  return clamp(sum / total, min, max);
}

/** Below this the products of a weight and a value in [0, 1] may lose their digits. */
const TINY_WEIGHT = 1e-290;
