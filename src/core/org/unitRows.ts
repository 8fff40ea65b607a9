// The rows of a unit's report: its non-empty sub-units (as `kind: 'unit'` rows carrying their
// roll-up) first, then its own objectives, so every widget reads a unit like a flat report.
import type { ObjectiveAnalysis } from '../types';
import type { OrgUnit, UnitRow } from './orgTypes';

/** A unit as a row; `id` is the row's id (the unit's, unless an objective of the rows has it). */
export function unitRow(unit: OrgUnit, id: string, rule: string): UnitRow {
  return {
    kind: 'unit',
    id,
    unitId: unit.id,
    title: unit.name,
    type: 'committed',
    weight: unit.weight,
    progress: unit.progress ?? 0,
    expected: unit.expected,
    projection: unit.projection,
    bar: unit.bar ?? 1,
    attainment: unit.attainment ?? 0,
    confidence: null,
    status: unit.status ?? 'not-started',
    rule,
    stale: false,
    completedEarly: unit.completedEarly,
    explanation: unit.explanation,
    keyResults: [],
    previousProgress: null,
    lastCheckIn: unit.lastCheckIn,
    daysSinceCheckIn: null,
    checkInGapDays: null,
    stall: null,
    createdAt: null,
    history: [],
    forecast: null,
    objectiveCount: unit.objectiveCount,
    statusCounts: unit.statusCounts,
    stalledCount: unit.stalledCount,
  };
}

/**
 * The rows of one unit: each sub-unit with objectives beneath it, then the own objectives.
 * A sub-unit whose id an own objective also has gets the row id `unit:<id>` (then `unit:unit:…`),
 * so that row ids stay unique; its `unitId` is always the unit's id.
 */
export function unitRows(
  subUnits: readonly OrgUnit[],
  objectives: readonly ObjectiveAnalysis[],
  rule: string,
): ObjectiveAnalysis[] {
  const rows: ObjectiveAnalysis[] = [];
  let taken: Set<string> | undefined;
  for (const unit of subUnits) {
    if (unit.status === null) continue;
    taken ??= new Set(objectives.map((o) => o.id));
    let id = unit.id;
    while (taken.has(id)) id = `unit:${id}`;
    taken.add(id);
    rows.push(unitRow(unit, id, rule));
  }
  for (const objective of objectives) rows.push(objective);
  return rows;
}

/** Whether a row of a report stands for a unit. */
export function isUnitRow(row: ObjectiveAnalysis): row is UnitRow {
  return row.kind === 'unit';
}
