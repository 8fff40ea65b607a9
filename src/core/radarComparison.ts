// The radar's second series (an earlier check-in, another team): progress by objective id.
import type { Formatter } from './format';

/**
 * The comparison's value for an objective: an own property that is a finite number, or
 * nothing (an id such as `constructor` must not find `Object.prototype.constructor`).
 */
export function comparedValue(
  comparison: Readonly<Record<string, number>> | undefined,
  id: string,
): number | undefined {
  if (typeof comparison !== 'object' || comparison === null || !Object.hasOwn(comparison, id)) {
    return undefined;
  }
  const value = comparison[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** An earlier report as the radar's comparison: each objective's progress then, and when. */
export interface ReportComparison {
  /** The earlier report's moment, epoch milliseconds; `null` when it has none. */
  at: number | null;
  /** Progress by objective id, from the report's rows that have a finite progress. */
  values: Record<string, number>;
}

/**
 * The comparison an earlier report gives (the same objectives at an earlier date, or the teams
 * of an earlier `unitReport`); `null` for anything that is not a report. Never throws.
 */
export function reportComparison(report: unknown): ReportComparison | null {
  try {
    if (typeof report !== 'object' || report === null) return null;
    const { objectives, now } = report as { objectives?: unknown; now?: unknown };
    if (!Array.isArray(objectives)) return null;
    const values: Record<string, number> = Object.create(null);
    for (const row of objectives as unknown[]) {
      if (typeof row !== 'object' || row === null) continue;
      const { id, progress } = row as { id?: unknown; progress?: unknown };
      if (typeof id === 'string' && typeof progress === 'number' && Number.isFinite(progress)) {
        values[id] ??= progress;
      }
    }
    const at = typeof now === 'string' ? Date.parse(now) : Number.NaN;
    return { at: Number.isFinite(at) ? at : null, values };
  } catch {
    return null;
  }
}

/** A radar's second series as drawn: its name in the key, and progress by objective id. */
export interface RadarSeries {
  label: string;
  values: Readonly<Record<string, number>>;
}

/**
 * The second series a radar (the widget or its SVG) draws for a `comparison` as given: an
 * earlier report, named by its date (`radar.compare-date`), or `{ label, values }`; `undefined`
 * for junk, which is not drawn.
 */
export function readComparison(comparison: unknown, format: Formatter): RadarSeries | undefined {
  if (typeof comparison !== 'object' || comparison === null) return undefined;
  const earlier = reportComparison(comparison);
  if (earlier) {
    const label =
      earlier.at === null ? '' : format.format('radar.compare-date', { date: earlier.at });
    return { label, values: earlier.values };
  }
  const { label, values } = comparison as Partial<RadarSeries>;
  if (typeof values !== 'object' || values === null) return undefined;
  return { label: typeof label === 'string' ? label : '', values };
}
