// The organisation as it stood on an earlier date (§10): each objective's progress is its
// latest check-in on or before that date, read from the same check-ins the analysis reads. What
// the check-ins cannot tell (an objective without one by then, key results' values on that
// date) is said in `issues`, never guessed.
import { analyzeOkrs } from './analyze';
import { toEpochMs, toIsoString } from './dates';
import { makeIssue } from './issues';
import { type FormatOptions, formatterWith, ISSUE_MESSAGES, TIME_MESSAGES } from './messages';
import { inputIndexes } from './org/orgInput';
import { isRecord } from './parse';
import type { CheckIn, CycleInput, DateInput, Issue, ObjectiveInput, OkrSet } from './types';

/** An OKR set as it stood on a date, and what could not be known of it. */
export interface Snapshot {
  value: OkrSet;
  issues: Issue[];
}

/**
 * `input` as it stood on `date`: every objective with a check-in by then, its progress and
 * confidence those of its latest check-in on or before `date`, its check-ins up to then, and
 * no key results (their values on that date are not known). The cycle and the teams are kept.
 * Analyse the result with `now: date` to see the report of that day. Never throws.
 */
export function snapshotAt(input: unknown, date: DateInput, options: FormatOptions = {}): Snapshot {
  const format = formatterWith(options ?? {}, [ISSUE_MESSAGES, TIME_MESSAGES]);
  const at = toEpochMs(date);
  if (at === null) {
    const issue = makeIssue(format, 'date', 'invalid-date', 'error', 'nothing-analysed');
    return {
      value: { cycle: read(input, 'cycle') as CycleInput, objectives: [] },
      issues: [issue],
    };
  }
  const report = analyzeOkrs(input, {
    now: at,
    locale: format.locale,
    messages: options?.messages,
  });
  const issues = [...report.issues];
  const indexes = inputIndexes(input, report.objectives);
  const objectives: ObjectiveInput[] = [];
  let withKeyResults = 0;
  report.objectives.forEach((objective, index) => {
    const last = objective.history[objective.history.length - 1];
    if (!last) {
      const position = indexes?.[index] ?? -1;
      const path = position >= 0 ? `objectives[${position}]` : 'objectives';
      const values = { date: at, title: objective.title };
      issues.push(
        makeIssue(format, path, 'no-check-in-then', 'warning', 'left-out-of-snapshot', values),
      );
      return;
    }
    if (objective.keyResults.length > 0) withKeyResults++;
    const checkIns = objective.history.map(
      (point): CheckIn => ({
        at: toIsoString(point.at),
        progress: point.progress,
        ...(point.confidence === undefined ? {} : { confidence: point.confidence }),
        ...(point.note === undefined ? {} : { note: point.note }),
      }),
    );
    objectives.push({
      id: objective.id,
      title: objective.title,
      ...(objective.owner === undefined ? {} : { owner: objective.owner }),
      ...(objective.team === undefined ? {} : { team: objective.team }),
      type: objective.type,
      weight: objective.weight,
      progress: last.progress,
      ...(last.confidence === undefined ? {} : { confidence: last.confidence }),
      checkIns,
    });
  });
  if (withKeyResults > 0) {
    const values = { count: withKeyResults, date: at };
    issues.push(makeIssue(format, 'objectives', 'key-results-then', 'warning', undefined, values));
  }
  // A cycle the analysis could not read stays as given: its issue is in `issues` already.
  const value: OkrSet = { cycle: report.cycle ?? (read(input, 'cycle') as CycleInput), objectives };
  const teams = read(input, 'teams');
  if (Array.isArray(teams)) value.teams = teams.slice();
  return { value, issues };
}

/** A field of the input, `undefined` when it cannot be read. */
function read(input: unknown, key: string): unknown {
  try {
    return isRecord(input) ? input[key] : undefined;
  } catch {
    return undefined;
  }
}
