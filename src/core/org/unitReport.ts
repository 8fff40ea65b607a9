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
  try {
    return reportOf(org, unitId, options);
  } catch {
    // Junk that passed the first look (a unit of null, units that are not objects…).
    return emptyReport(org, 'invalid-org', {}, options);
  }
}

function reportOf(org: OrgReport, unitId: string, options: FormatOptions): Report {
  if (!isRecord(org) || !Array.isArray(org.units) || !Array.isArray(org.objectives)) {
    return emptyReport(org, 'invalid-org', {}, options);
  }
  const units: readonly OrgUnit[] = org.units;
  const at = units.findIndex((unit) => unit.id === unitId);
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

/** The direct sub-units, in the order of the unit's `childIds`. */
function subUnitsOf(units: readonly OrgUnit[], at: number): OrgUnit[] {
  const unit = units[at] as OrgUnit;
  const byId = new Map(units.map((each) => [each.id, each]));
  return unit.childIds.flatMap((id) => byId.get(id) ?? []);
}

/** The unit's own objectives, by their indexes when these still hold, else by id. */
function ownObjectives(org: OrgReport, unit: OrgUnit): ObjectiveAnalysis[] {
  const { objectiveIds, objectiveIndexes } = unit;
  const own = (objectiveIndexes ?? []).map((index) => org.objectives[index]);
  // The indexes are a shortcut past a search of every objective; where they no longer hold (a
  // report changed by hand) the search gives the same rows, so only the time tells them apart.
  // Stryker disable next-line all
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
