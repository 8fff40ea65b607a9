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
  const given: FormatOptions = isRecord(options) ? options : {};
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
  const byId = new Map<string, OrgUnit>();
  for (const unit of org.units) byId.set(unit.id, unit);
  const unit = typeof unitId === 'string' ? byId.get(unitId) : undefined;
  if (!unit) return emptyReport(org, 'unknown-unit', { unitId: String(unitId) }, options);
  const subUnits = unit.childIds.flatMap((id) => byId.get(id) ?? []);
  const own: ObjectiveAnalysis[] = [];
  if (unit.objectiveIds.length > 0) {
    const ids = new Set(unit.objectiveIds);
    for (const objective of org.objectives) if (ids.has(objective.id)) own.push(objective);
  }
  return {
    now: org.now,
    elapsed: org.elapsed,
    cycle: org.cycle,
    locale: org.locale,
    objectives: unitRows(subUnits, own, org.rollup),
    balance: unit.balance,
    suggestions: unit.suggestions,
    issues: unit.id === org.rootId ? org.issues : [],
  };
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
