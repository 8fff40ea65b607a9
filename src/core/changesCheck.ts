// What `ChangeList` checks of the changes it is given: they may have travelled as JSON or been
// built by hand, and the widget must show its invalid-data state rather than throw or draw NaN.
import type { ChangeKind, ReportChanges } from './compare';
import { isRecord } from './parse';
import { unreadableReport } from './reportCheck';
import { isStatus } from './status';
import type { Issue } from './types';

/** Changes the widget can show, or the issues that stop it, with paths. */
export type ChangesCheck =
  | { ok: true; report: ReportChanges; issues: [] }
  | { ok: false; report: null; issues: Issue[] };

const KINDS: readonly unknown[] = ['worsened', 'improved', 'unchanged', 'added', 'removed'];
const isShare = (value: unknown) =>
  value === null || (typeof value === 'number' && Number.isFinite(value));

/**
 * Checks the result of `compareReports`: `from` and `to` with a text `now`, and `objectives` a
 * list of changes, each with a text `id` and `title`, a known `change`, a `status` whose `from`
 * and `to` are statuses or `null`, and a `progress` whose `from`, `to` and `delta` are finite
 * numbers or `null`. Never throws; the messages are for developers, in English.
 */
export function checkChanges(value: unknown): ChangesCheck {
  const issues: Issue[] = [];
  const add = (path: string, message: string) =>
    issues.push({ path, code: 'wrong-type', severity: 'error', message: `${path} ${message}.` });
  try {
    if (!isRecord(value)) {
      add('changes', 'should be the result of compareReports');
      return { ok: false, report: null, issues };
    }
    for (const side of ['from', 'to'] as const) {
      const moment = value[side];
      if (!isRecord(moment) || typeof moment.now !== 'string') {
        add(`changes.${side}`, 'should be a moment with a text now');
      }
    }
    const list = value.objectives;
    if (!Array.isArray(list)) add('changes.objectives', 'should be a list of changes');
    else
      list.forEach((change: unknown, index) => {
        const path = `changes.objectives[${index}]`;
        if (!isRecord(change)) {
          add(path, 'should be a change');
          return;
        }
        if (typeof change.id !== 'string' || typeof change.title !== 'string') {
          add(path, 'should have a text id and title');
        }
        if (!KINDS.includes(change.change)) add(`${path}.change`, 'should be a kind of change');
        const { status, progress } = change;
        const statusOk = (s: unknown) => s === null || isStatus(s);
        if (!isRecord(status) || !statusOk(status.from) || !statusOk(status.to)) {
          add(`${path}.status`, 'should be statuses from and to, or null');
        }
        if (
          !isRecord(progress) ||
          !isShare(progress.from) ||
          !isShare(progress.to) ||
          !isShare(progress.delta)
        ) {
          add(`${path}.progress`, 'should be finite numbers from, to and delta, or null');
        }
      });
  } catch {
    return unreadableReport();
  }
  return issues.length === 0
    ? { ok: true, report: value as unknown as ReportChanges, issues: [] }
    : { ok: false, report: null, issues };
}

/** The kinds of change, in the order `compareReports` lists them. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'worsened',
  'improved',
  'added',
  'removed',
  'unchanged',
];
