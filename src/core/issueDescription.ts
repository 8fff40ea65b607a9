// An issue as a person who entered the data can follow it: which objective (by its title in the
// input, else its position), which part of it, what kind of problem, and what was done about it.
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
  'other',
] as const;
/** A kind of problem, from `ISSUE_PROBLEMS`. */
export type IssueProblem = (typeof ISSUE_PROBLEMS)[number];

/** Where a problem is and what it is, in terms of the data a person entered. */
export interface IssueDescription {
  /** `objective` for a problem in an objective, `cycle`, `options`, or `data` for the rest. */
  area: 'objective' | 'cycle' | 'options' | 'data';
  /** The objective's position in the input, from 1; `null` outside an objective. */
  objective: number | null;
  /** The objective's title in the input, when it has a readable one. */
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
   * whole (or no objectives at all) leaves `nothing` to show.
   */
  outcome: 'repaired' | 'left-out' | 'nothing' | 'default';
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
};

const MAX_TITLE = 80;

/**
 * Describes `issue` for the person who entered `okrs` (the input the report was made from):
 * `objectives[2].keyResults[0].target` becomes the third objective (with its title, read
 * safely from the input), its first key result, the field `target`.
 */
export function describeIssue(issue: Issue, okrs: unknown): IssueDescription {
  const path = typeof issue.path === 'string' ? issue.path : '';
  const objectiveAt = /^objectives\[(\d+)\]/.exec(path);
  const index = objectiveAt ? Number(objectiveAt[1]) : null;
  const position = (name: string) => {
    const found = new RegExp(`\\.${name}\\[(\\d+)\\]`).exec(path);
    return found ? Number(found[1]) + 1 : null;
  };
  const field = /([A-Za-z]+)$/.exec(path)?.[1] ?? '';
  const area =
    index !== null
      ? 'objective'
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
    title: index === null ? null : titleAt(okrs, index),
    keyResult: position('keyResults'),
    checkIn: position('checkIns'),
    // A whole objective, the objectives list, or the input itself is no field.
    field: path.endsWith(']') || field === 'objectives' ? '' : field,
    problem,
    outcome: repaired
      ? area === 'options'
        ? 'default'
        : 'repaired'
      : area === 'objective'
        ? 'left-out'
        : 'nothing',
  };
}

/** The title of the input's objective at `index`, when it is readable text. */
function titleAt(okrs: unknown, index: number): string | null {
  try {
    const title = (okrs as { objectives: { title?: unknown }[] }).objectives[index]?.title;
    if (typeof title !== 'string' || title.trim() === '') return null;
    const trimmed = title.trim();
    return trimmed.length > MAX_TITLE ? `${trimmed.slice(0, MAX_TITLE - 1)}…` : trimmed;
  } catch {
    // A throwing getter or a revoked proxy: the position will do.
    return null;
  }
}
