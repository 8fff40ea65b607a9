// An issue as a person who entered the data can follow it: which objective or team (by its title
// or name in the input, else its position), which part of it, what kind of problem, and what was
// done about it.
// The issue's own message stays for developers: it names paths and options.
import type { Issue } from './types';

/** The kinds of problem a person is told about, each a plain sentence in the catalogue. */
export const ISSUE_PROBLEMS = [
  'missing',
  'invalid',
  'date',
  'duplicate',
  'no-progress',
  'unmeasurable',
  'unreadable',
  'no-objectives',
  'zero-weights',
  'unknown-parent',
  'parent-cycle',
  'unknown-team',
  'empty-team',
  'unknown-unit',
  // Issue 18: spreadsheet-shaped values.
  'as-text',
  'separators',
  'date-number',
  'date-format',
  'other',
] as const;
/** A kind of problem, from `ISSUE_PROBLEMS`. */
export type IssueProblem = (typeof ISSUE_PROBLEMS)[number];

/** Where a problem is and what it is, in terms of the data a person entered. */
export interface IssueDescription {
  /**
   * `objective` for a problem in an objective, `team` in a team or the list of teams (`teams`),
   * `cycle`, `options`, or `data` for the rest.
   */
  area: 'objective' | 'team' | 'cycle' | 'options' | 'data';
  /** The objective's position in the input, from 1; `null` outside an objective. */
  objective: number | null;
  /** The team's position in the input's `teams`, from 1; `null` outside a team (and for the list). */
  team: number | null;
  /**
   * The objective's title in the input, or the team's name (else its id), when it has a
   * readable one.
   */
  title: string | null;
  /** The key result's position in its objective, from 1, when the problem is in one. */
  keyResult: number | null;
  /** The check-in's position in its objective, from 1, when the problem is in one. */
  checkIn: number | null;
  /** The named field at the end of the path, e.g. `progress`; `''` when there is none. */
  field: string;
  problem: IssueProblem;
  /**
   * What was done: a warning repairs (`repaired`), or for a setting uses its `default`; an
   * error in an objective leaves that part out (`left-out`), one in the cycle or the data as a
   * whole (or no objectives at all) leaves `nothing` to show. In an organisation: a team is
   * `left-out` (no usable id, or an id used before), placed `under-organisation` (its parent
   * is unknown, unusable or closes a cycle), named by its id (`id-as-name`) or shown as
   * `shown-empty`; an objective of an unknown team goes to `unassigned`; an unusable list of
   * teams makes each objective's team a team of its own (`teams-ignored`).
   */
  outcome:
    | 'repaired'
    | 'left-out'
    | 'nothing'
    | 'default'
    | 'under-organisation'
    | 'id-as-name'
    | 'shown-empty'
    | 'unassigned'
    | 'teams-ignored';
}

const PROBLEM_OF: Readonly<Record<string, IssueProblem>> = {
  missing: 'missing',
  empty: 'missing',
  'wrong-type': 'invalid',
  'not-a-number': 'invalid',
  'not-finite': 'invalid',
  negative: 'invalid',
  'out-of-range': 'invalid',
  'not-positive': 'invalid',
  'not-allowed': 'invalid',
  'out-of-order': 'invalid',
  'invalid-date': 'date',
  'cycle-order': 'date',
  'duplicate-id': 'duplicate',
  'no-progress': 'no-progress',
  'empty-range': 'unmeasurable',
  unmeasurable: 'unmeasurable',
  'invalid-input': 'unreadable',
  unreadable: 'unreadable',
  'no-objectives': 'no-objectives',
  'zero-weights': 'zero-weights',
  'unknown-rollup': 'invalid',
  'unknown-parent': 'unknown-parent',
  'parent-cycle': 'parent-cycle',
  'unknown-team': 'unknown-team',
  'empty-unit': 'empty-team',
  'unknown-unit': 'unknown-unit',
  'invalid-org': 'unreadable',
  'number-as-text': 'as-text',
  'percent-as-text': 'as-text',
  'percent-mixed': 'invalid',
  'decimal-comma': 'separators',
  'digit-grouping': 'separators',
  'date-serial-day': 'date-number',
  'date-seconds': 'date-number',
  'date-microseconds': 'date-number',
  'date-out-of-range': 'date-number',
  'date-number-text': 'date-number',
  'date-format': 'date-format',
};

const MAX_TITLE = 80;

/**
 * Describes `issue` for the person who entered `okrs` (the input the report was made from):
 * `objectives[2].keyResults[0].target` becomes the third objective (with its title, read
 * safely from the input), its first key result, the field `target`; `teams[3].parentId` the
 * fourth team (with its name), the field `parentId`.
 */
export function describeIssue(issue: Issue, okrs: unknown): IssueDescription {
  const path = typeof issue.path === 'string' ? issue.path : '';
  const objectiveAt = /^objectives\[(\d+)\]/.exec(path);
  const index = objectiveAt ? Number(objectiveAt[1]) : null;
  const teamAt = /^teams\[(\d+)\]/.exec(path);
  const team = teamAt ? Number(teamAt[1]) : null;
  const position = (name: string) => {
    const found = new RegExp(`\\.${name}\\[(\\d+)\\]`).exec(path);
    return found ? Number(found[1]) + 1 : null;
  };
  const field = /([A-Za-z]+)$/.exec(path)?.[1] ?? '';
  const area =
    index !== null
      ? 'objective'
      : team !== null || path === 'teams'
        ? 'team'
        : path.startsWith('cycle')
          ? 'cycle'
          : path.startsWith('options')
            ? 'options'
            : 'data';
  const problem = (Object.hasOwn(PROBLEM_OF, issue.code) && PROBLEM_OF[issue.code]) || 'other';
  const repaired = issue.severity === 'warning' && problem !== 'no-objectives';
  return {
    area,
    objective: index === null ? null : index + 1,
    team: team === null ? null : team + 1,
    title:
      index !== null
        ? textAt(okrs, 'objectives', index, 'title')
        : team !== null
          ? (textAt(okrs, 'teams', team, 'name') ?? textAt(okrs, 'teams', team, 'id'))
          : null,
    keyResult: position('keyResults'),
    checkIn: position('checkIns'),
    // A whole objective or team (a path ending in `]`, which `field` does not match), the lists
    // of them, or the input itself is no field.
    field: field === 'objectives' || field === 'teams' ? '' : field,
    problem,
    outcome:
      area === 'team'
        ? teamOutcome(issue, team, field)
        : problem === 'unknown-team'
          ? 'unassigned'
          : repaired
            ? area === 'options'
              ? 'default'
              : 'repaired'
            : area === 'objective'
              ? 'left-out'
              : 'nothing',
  };
}

/** What the organisation's analysis did about a problem in a team or the list of teams. */
function teamOutcome(
  issue: Issue,
  team: number | null,
  field: string,
): IssueDescription['outcome'] {
  if (team === null) return 'teams-ignored';
  if (field === 'parentId') return 'under-organisation';
  if (field === 'name') return 'id-as-name';
  if (issue.code === 'empty-unit') return 'shown-empty';
  // An unusable team, or one whose id an earlier team has: left out.
  return 'left-out';
}

/** The text at `list[index][key]` of the input, when it is readable text; shortened. */
function textAt(okrs: unknown, list: string, index: number, key: string): string | null {
  try {
    const text = (okrs as Record<string, Record<string, unknown>[]>)[list]?.[index]?.[key];
    if (typeof text !== 'string' || text.trim() === '') return null;
    const trimmed = text.trim();
    return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1)}…` : trimmed;
  } catch {
    // A throwing getter or a revoked proxy: the position will do.
    return null;
  }
}
