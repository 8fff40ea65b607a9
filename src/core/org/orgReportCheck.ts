// What a widget checks of an organisation report before it draws the tree: the report may have
// travelled as JSON, come from another version of the package or be built by hand, and a widget
// must show its invalid-data state for it instead of throwing, looping or drawing NaN.
import { isRecord } from '../parse';
import { unreadableReport } from '../reportCheck';
import { type Issue, STATUSES } from '../types';
import type { OrgReport } from './orgTypes';

/** An organisation report the widgets can draw, or the issues that stop them, with paths. */
export type OrgReportCheck =
  | { ok: true; report: OrgReport; issues: [] }
  | { ok: false; report: null; issues: Issue[] };

const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.hasOwn(value as object, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown) => isNumber(value) && value >= 0 && Number.isInteger(value);
const isShare = (value: unknown) => value === null || (isNumber(value) && value >= 0);

/**
 * Checks an organisation report before a widget draws its tree: an object with a text `rootId`
 * naming one of its `units`; each unit with a text `id` used once, a text `name`, a `parentId`
 * (text, or `null` for the root alone), a whole `depth` of 0 or more, `childIds` naming units
 * whose `parentId` is this unit, each once; a whole `objectiveCount`, `progress` (a number of 0
 * or more, or `null`), a finite `expected`, a known `status` or `null`, and `balance` with a
 * `score` from 0 to 1 or `null`. Never throws: a getter that throws makes it `unreadable`.
 * The issues' messages are for the developer (`onIssues`, the console), in English.
 */
export function checkOrgReport(value: unknown): OrgReportCheck {
  const issues: Issue[] = [];
  const add = (path: string, code: string, message: string) =>
    issues.push({ path, code, severity: 'error', message: `${path} ${message}.` });
  try {
    if (!isRecord(value)) {
      add('report', 'wrong-type', 'should be a report of analyzeOrg');
      return { ok: false, report: null, issues };
    }
    const units = own(value, 'units');
    const rootId = own(value, 'rootId');
    if (!Array.isArray(units) || units.length === 0) {
      add('report.units', 'wrong-type', 'should be a list of units');
      return { ok: false, report: null, issues };
    }
    const parents = new Map<string, unknown>();
    units.forEach((unit: unknown, index) => {
      const path = `report.units[${index}]`;
      if (!isRecord(unit)) {
        add(path, 'wrong-type', 'should be a unit');
        return;
      }
      const id = own(unit, 'id');
      if (!isText(id) || id === '') add(`${path}.id`, 'wrong-type', 'should be a text');
      else if (parents.has(id)) add(`${path}.id`, 'duplicate-id', 'repeats an id used before');
      else parents.set(id, own(unit, 'parentId'));
      const fields: [string, boolean, string][] = [
        ['name', isText(own(unit, 'name')), 'a text'],
        ['depth', isCount(own(unit, 'depth')), 'a whole number of 0 or more'],
        ['objectiveCount', isCount(own(unit, 'objectiveCount')), 'a whole number of 0 or more'],
        ['progress', isShare(own(unit, 'progress')), 'a number of 0 or more, or null'],
        ['expected', isNumber(own(unit, 'expected')), 'a finite number'],
        [
          'status',
          own(unit, 'status') === null ||
            (STATUSES as readonly unknown[]).includes(own(unit, 'status')),
          `${STATUSES.join(', ')} or null`,
        ],
        [
          'balance',
          ((score) => score === null || (isNumber(score) && score <= 1 && score >= 0))(
            own(own(unit, 'balance'), 'score'),
          ),
          'balance statistics with a score from 0 to 1 or null',
        ],
      ];
      for (const [field, ok, expected] of fields) {
        if (!ok) add(`${path}.${field}`, 'wrong-type', `should be ${expected}`);
      }
    });
    units.forEach((unit: unknown, index) => {
      const id = own(unit, 'id');
      const childIds = own(unit, 'childIds');
      const path = `report.units[${index}].childIds`;
      if (!isRecord(unit)) return;
      if (!Array.isArray(childIds) || !childIds.every(isText)) {
        add(path, 'wrong-type', 'should be a list of unit ids');
        return;
      }
      const seen = new Set<string>();
      for (const child of childIds) {
        // A child listed twice, or by a unit that is not its parent, would draw it twice or
        // close a loop in the tree.
        if (seen.has(child) || !parents.has(child) || parents.get(child) !== id) {
          add(path, 'unknown-child', `names ‘${child}’, which is not a unit under this one`);
          return;
        }
        seen.add(child);
      }
    });
    if (!isText(rootId) || !parents.has(rootId)) {
      add('report.rootId', 'unknown-unit', 'should name one of the units');
    } else if (parents.get(rootId) !== null) {
      add('report.rootId', 'wrong-type', 'should name a unit without a parent');
    }
  } catch {
    return unreadableReport();
  }
  return issues.length === 0
    ? { ok: true, report: value as unknown as OrgReport, issues: [] }
    : { ok: false, report: null, issues };
}
