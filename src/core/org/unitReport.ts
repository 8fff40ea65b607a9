import { computeBalance } from '../balance';
import { makeIssue } from '../issues';
import { type FormatOptions, formatterWith, ISSUE_MESSAGES, ORG_MESSAGES } from '../messages';
import { isRecord } from '../parse';
import type { ObjectiveAnalysis, Report } from '../types';
import type { OrgReport, OrgUnit } from './orgTypes';
import { unitRows } from './unitRows';

/**
 * One unit of an organisation as an ordinary `Report`, so that every widget shows it unchanged:
 * its sub-units with objectives beneath them first (`kind: 'unit'` rows carrying their roll-up as
 * progress, status and explanation), then its own objectives; the unit's balance and suggestions
 * over those rows. The organisation's report carries the organisation's issues; a team's, none.
 * An unknown `unitId` gives an empty report with an `unknown-unit` issue, and something that is
 * not an `OrgReport` one with `invalid-org`: it never throws.
 */
export function unitReport(org: OrgReport, unitId: string, options: FormatOptions = {}): Report {
  const given: FormatOptions = typeof options === 'object' && options !== null ? options : {};
  try {
    return reportOf(org, unitId, given);
  } catch {
    return emptyReport(org, 'invalid-org', {}, given);
  }
}

function reportOf(org: OrgReport, unitId: string, options: FormatOptions): Report {
  if (!isRecord(org) || !Array.isArray(org.units) || !Array.isArray(org.objectives)) {
    throw new TypeError('not an organisation report');
  }
  const units: readonly OrgUnit[] = org.units;
  const at = typeof unitId === 'string' ? units.findIndex((unit) => unit.id === unitId) : -1;
  const unit = units[at];
  if (!unit) return emptyReport(org, 'unknown-unit', { unitId: String(unitId) }, options);
  return {
    now: org.now,
    elapsed: org.elapsed,
    cycle: org.cycle,
    locale: org.locale,
    objectives: unitRows(subUnitsOf(units, at), ownObjectives(org, unit), org.rollup),
    balance: unit.balance,
    suggestions: unit.suggestions,
    issues: unit.id === org.rootId ? org.issues : [],
  };
}

/** The direct sub-units: in depth-first order, those one level deeper up to the next sibling. */
function subUnitsOf(units: readonly OrgUnit[], at: number): OrgUnit[] {
  const unit = units[at] as OrgUnit;
  const found: OrgUnit[] = [];
  for (let index = at + 1; index < units.length; index++) {
    const below = units[index] as OrgUnit;
    if (below.depth <= unit.depth) break;
    if (below.parentId === unit.id) found.push(below);
  }
  // A report changed by hand may have lost the order: then by id.
  if (found.length === unit.childIds.length) return found;
  const byId = new Map(units.map((each) => [each.id, each]));
  return unit.childIds.flatMap((id) => byId.get(id) ?? []);
}

/** The unit's own objectives, by their indexes when these still hold, else by id. */
function ownObjectives(org: OrgReport, unit: OrgUnit): ObjectiveAnalysis[] {
  const { objectiveIds, objectiveIndexes } = unit;
  const own = (objectiveIndexes ?? []).map((index) => org.objectives[index]);
  if (own.length === objectiveIds.length && own.every((o, k) => o?.id === objectiveIds[k])) {
    return own as ObjectiveAnalysis[];
  }
  const ids = new Set(objectiveIds);
  return org.objectives.filter((objective) => ids.has(objective.id));
}

function emptyReport(
  org: unknown,
  code: 'unknown-unit' | 'invalid-org',
  values: Record<string, string>,
  options: FormatOptions,
): Report {
  const read = (key: string): unknown => {
    try {
      return isRecord(org) ? org[key] : undefined;
    } catch {
      return undefined;
    }
  };
  const locale = read('locale');
  const now = read('now');
  const elapsed = read('elapsed');
  let given: FormatOptions = {};
  try {
    given = { locale: options.locale, messages: options.messages };
  } catch {}
  given.locale ??= typeof locale === 'string' ? locale : undefined;
  const format = formatterWith(given, [ISSUE_MESSAGES, ORG_MESSAGES]);
  const path = code === 'unknown-unit' ? 'unitId' : 'org';
  const issue = makeIssue(format, path, code, 'error', 'nothing-shown', values);
  return {
    now: typeof now === 'string' ? now : new Date(0).toISOString(),
    elapsed: typeof elapsed === 'number' && elapsed >= 0 && elapsed <= 1 ? elapsed : 0,
    cycle: null,
    locale: format.locale,
    objectives: [],
    balance: computeBalance([]),
    suggestions: [],
    issues: [issue],
  };
}
