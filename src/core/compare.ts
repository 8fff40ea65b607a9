// What changed between two reports (§10): each objective matched by id, sorted so that what got
// worse comes first. Works on `unitReport` output too: a team's row is compared like an
// objective. With `align: 'elapsed'` an earlier cycle is read at the share of it that the later
// report has reached, from its check-in history.
import { computeBalance } from './balance';
import { toIsoString } from './dates';
import { clamp, roundTo } from './math';
import { isRecord } from './parse';
import { computeProjection } from './progress';
import { classifyStatus, statusSeverity } from './status';
import type { BalanceStats, ObjectiveAnalysis, Report, Status } from './types';

/** How one objective (or team) changed. */
export type ChangeKind = 'worsened' | 'improved' | 'unchanged' | 'added' | 'removed';

/** One objective's change between two reports. */
export interface ObjectiveChange {
  id: string;
  /** `'unit'` for a team's row of `unitReport`. */
  kind?: 'unit';
  /** Its title in the later report (the earlier one's when removed). */
  title: string;
  change: ChangeKind;
  /** `null` on the side where it is not. */
  status: { from: Status | null; to: Status | null };
  /** `delta` is `to − from`, `null` unless on both sides. */
  progress: { from: number | null; to: number | null; delta: number | null };
}

/** One side of the comparison. */
export interface ReportMoment {
  now: string;
  balance: BalanceStats;
}

/** What changed between two reports. */
export interface ReportChanges {
  from: ReportMoment;
  to: ReportMoment;
  /** Worsened first (the biggest drop in status, then the biggest fall in progress), then improved, added, removed and unchanged. */
  objectives: ObjectiveChange[];
}

/** Options of `compareReports`. */
export interface CompareOptions {
  /** A progress change with the same status counts from this size (0..1). @default 0.05 */
  minDelta?: number;
  /**
   * `'elapsed'` reads the earlier report at the share of its cycle the later one has reached
   * (two cycles at the same point of each), from each objective's history; `'none'` compares
   * the reports as they are. @default 'none'
   */
  align?: 'none' | 'elapsed';
}

const ORDER: Record<ChangeKind, number> = {
  worsened: 0,
  improved: 1,
  added: 2,
  removed: 3,
  unchanged: 4,
};

/**
 * Compares an earlier report with a later one, objective by objective (matched by id).
 * `worsened`/`improved` when the status moved down/up, or with the same status when progress
 * moved by at least `minDelta`; `added`/`removed` when on one side only. Never throws: rows
 * that cannot be read are left out, and a report that is not one reads as having none.
 */
export function compareReports(
  before: Report,
  after: Report,
  options: CompareOptions = {},
): ReportChanges {
  const given = isRecord(options) ? options : {};
  const minDelta =
    typeof given.minDelta === 'number' && given.minDelta >= 0 && given.minDelta <= 1
      ? given.minDelta
      : 0.05;
  const earlier = rowsOf(before);
  const later = rowsOf(after);
  const alignment = given.align === 'elapsed' ? alignTo(earlier, before, after) : null;
  const aligned = alignment ? alignment.row : (row: ObjectiveAnalysis) => row;
  const byId = new Map<string, ObjectiveAnalysis>();
  for (const row of earlier) if (!byId.has(row.id)) byId.set(row.id, row);
  const changes: ObjectiveChange[] = [];
  const seen = new Set<string>();
  for (const row of later) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const old = byId.get(row.id);
    changes.push(old ? changeOf(aligned(old), row, minDelta) : sided(row, 'added'));
  }
  for (const row of earlier) {
    if (!seen.has(row.id)) {
      seen.add(row.id);
      changes.push(sided(aligned(row), 'removed'));
    }
  }
  const rank = changes.map((change, index) => ({ change, index }));
  rank.sort((a, b) => compareChanges(a.change, b.change) || a.index - b.index);
  return {
    // Aligned, the earlier side is the moment its rows were read at, with their balance.
    from: alignment
      ? { now: toIsoString(alignment.moment), balance: computeBalance(earlier.map(aligned)) }
      : momentOf(before),
    to: momentOf(after),
    objectives: rank.map(({ change }) => change),
  };
}

function changeOf(old: ObjectiveAnalysis, row: ObjectiveAnalysis, minDelta: number) {
  const delta = row.progress - old.progress;
  // To 1e-9: 0.45 − 0.5 is the 0.05 a person sees, not 0.04999….
  const size = roundTo(delta, 9);
  const moved = statusSeverity(old.status) - statusSeverity(row.status);
  const change: ChangeKind =
    moved < 0 || (moved === 0 && size <= -minDelta)
      ? 'worsened'
      : moved > 0 || size >= minDelta
        ? 'improved'
        : 'unchanged';
  return {
    id: row.id,
    ...(row.kind === 'unit' ? { kind: 'unit' as const } : {}),
    title: row.title,
    change,
    status: { from: old.status, to: row.status },
    progress: { from: old.progress, to: row.progress, delta },
  };
}

function sided(row: ObjectiveAnalysis, change: 'added' | 'removed'): ObjectiveChange {
  const side = (here: boolean) => (here ? row.status : null);
  const value = (here: boolean) => (here ? row.progress : null);
  return {
    id: row.id,
    ...(row.kind === 'unit' ? { kind: 'unit' as const } : {}),
    title: row.title,
    change,
    status: { from: side(change === 'removed'), to: side(change === 'added') },
    progress: { from: value(change === 'removed'), to: value(change === 'added'), delta: null },
  };
}

/** Worsened before improved before the rest; within each, the bigger status move, then the bigger progress change. */
function compareChanges(a: ObjectiveChange, b: ObjectiveChange): number {
  const kind = ORDER[a.change] - ORDER[b.change];
  if (kind !== 0) return kind;
  const steps = (c: ObjectiveChange) =>
    c.status.from && c.status.to
      ? Math.abs(statusSeverity(c.status.to) - statusSeverity(c.status.from))
      : 0;
  return steps(b) - steps(a) || Math.abs(b.progress.delta ?? 0) - Math.abs(a.progress.delta ?? 0);
}

/** The rows of a report that can be compared: objects with a text id, a status and a finite progress. */
function rowsOf(report: unknown): ObjectiveAnalysis[] {
  try {
    const rows = isRecord(report) ? report.objectives : undefined;
    if (!Array.isArray(rows)) return [];
    return rows.filter(
      (row: unknown): row is ObjectiveAnalysis =>
        isRecord(row) &&
        typeof row.id === 'string' &&
        typeof row.title === 'string' &&
        typeof row.progress === 'number' &&
        Number.isFinite(row.progress) &&
        statusSeverity(row.status as Status) >= 0,
    );
  } catch {
    return [];
  }
}

function momentOf(report: unknown): ReportMoment {
  const read = (key: string): unknown => {
    try {
      return isRecord(report) ? report[key] : undefined;
    } catch {
      return undefined;
    }
  };
  const now = read('now');
  const balance = read('balance');
  return {
    now: typeof now === 'string' ? now : '',
    balance: isRecord(balance) ? (balance as unknown as BalanceStats) : computeBalance([]),
  };
}

/** Where an earlier cycle is read, and each of its rows as it stood then. */
interface Alignment {
  moment: number;
  row: (row: ObjectiveAnalysis) => ObjectiveAnalysis;
}

/**
 * Reads each earlier row at the moment of its cycle that is as far through as the later report:
 * its latest check-in at or before then, classified with the later report's expected progress.
 * A row without history (a team's row) is compared as it is. `null` when the earlier report has
 * no cycle or the later one no share of its own.
 */
function alignTo(
  rows: readonly ObjectiveAnalysis[],
  before: Report,
  after: Report,
): Alignment | null {
  const start = Date.parse(before.cycle?.start ?? '');
  const end = Date.parse(before.cycle?.end ?? '');
  const share = after.elapsed;
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(share >= 0 && share <= 1)) {
    return null;
  }
  const moment = start + (end - start) * share;
  const expected = after.objectives[0]?.expected ?? share;
  const aligned = new Map<ObjectiveAnalysis, ObjectiveAnalysis>();
  for (const row of rows) {
    const history = Array.isArray(row.history) ? row.history : [];
    if (history.length === 0) continue;
    let progress = 0;
    for (const point of history) if (point.at <= moment) progress = point.progress;
    const projection = computeProjection(progress, expected, 0.1);
    const decision = classifyStatus({
      progress,
      expected,
      projection,
      bar: row.bar,
      elapsed: share,
      confidence: null,
    });
    // A row of a forged report may lack a bar: it keeps its attainment.
    const attainment = row.bar > 0 ? clamp(progress / row.bar, 0, 1) : row.attainment;
    aligned.set(row, {
      ...row,
      progress,
      attainment,
      expected,
      projection,
      status: decision.status,
    });
  }
  return { moment, row: (row) => aligned.get(row) ?? row };
}
