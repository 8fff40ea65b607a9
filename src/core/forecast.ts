// The forecast of §10: where an objective ends the cycle if it keeps the pace of its latest
// check-ins. The pace is a Theil–Sen slope: the median of the slopes between every pair of the
// latest check-ins, so one odd check-in moves few of the slopes and barely the median. The band
// is the middle half of those slopes (their quartiles), carried the same way: a straight line of
// check-ins gives a band of no width, and one odd check-in widens the band more than it moves
// the forecast.
import { DAY_MS } from './dates';
import { medianOfSorted } from './math';
import type { ObjectiveThresholds } from './options';
import type { Forecast, HistoryPoint } from './types';

/** How much history a forecast reads: the thresholds `forecastWindow` and `forecastMinCheckIns`. */
export type ForecastLimits = Pick<ObjectiveThresholds, 'forecastWindow' | 'forecastMinCheckIns'>;

/**
 * The forecast from the first `count` of `points` (sorted oldest first, those up to now) to
 * `end`, or `null` with fewer than the minimum check-ins or no two at different moments.
 * `scratch` is reused between calls for the slopes.
 */
export function forecastProgress(
  points: readonly HistoryPoint[],
  count: number,
  end: number,
  limits: Readonly<ForecastLimits>,
  scratch: number[] = [],
): Forecast | null {
  const window = Math.max(2, Math.floor(limits.forecastWindow));
  const minimum = Math.max(2, Math.floor(limits.forecastMinCheckIns));
  const first = Math.max(0, count - window);
  const used = count - first;
  const last = points[count - 1];
  if (used < minimum || !last) return null;
  let slopes = 0;
  for (let i = first; i < count; i++) {
    const a = points[i] as HistoryPoint;
    for (let j = i + 1; j < count; j++) {
      const b = points[j] as HistoryPoint;
      // Two check-ins at one moment say nothing about pace.
      if (b.at > a.at) scratch[slopes++] = ((b.progress - a.progress) / (b.at - a.at)) * DAY_MS;
    }
  }
  if (slopes === 0) return null;
  const sorted = sortPrefix(scratch, slopes);
  const days = Math.max(0, end - last.at) / DAY_MS;
  const carry = (slope: number) => Math.max(0, last.progress + slope * days) + 0;
  const slope = medianOfSorted(sorted, slopes);
  const [low, high] = senInterval(used, slopes);
  return {
    value: carry(slope),
    low: carry(sorted[low] as number),
    high: carry(sorted[high] as number),
    checkIns: used,
    method: 'theil-sen',
    slope: slope + 0,
    at: Math.max(end, last.at),
  };
}

/** Sorts the first `length` values in place (an insertion sort: there are at most a few dozen). */
function sortPrefix(values: number[], length: number): number[] {
  for (let i = 1; i < length; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
  return values;
}

/**
 * The positions in the sorted slopes of the 95 % confidence interval of their median (Sen,
 * 1968): with `n` check-ins and `count` slopes, `c = 1.96 · √(n(n−1)(2n+5)/18)`, the slopes at
 * ranks `(count − c) / 2` and `(count + c) / 2`, rounded, within the list. Ties are not corrected
 * for, which makes the band a little wider, never narrower.
 */
export function senInterval(n: number, count: number): [number, number] {
  const c = 1.96 * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const low = Math.max(0, Math.round((count - c) / 2) - 1);
  const high = Math.min(count - 1, Math.round((count + c) / 2));
  return [low, high];
}
