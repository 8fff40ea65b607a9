import type { Formatter, IssueDescription } from '../../core';

/**
 * One problem in the data as a sentence for the person who entered it: which objective or team
 * (by title or name, else position) and which part of it, what was wrong, and what the widget
 * did.
 */
export function issueText(format: Formatter, issue: IssueDescription): string {
  let where =
    issue.area === 'team'
      ? issue.team === null
        ? format.format('board.where-teams')
        : issue.title !== null
          ? format.format('board.where-team', { title: issue.title })
          : format.format('board.where-team-untitled', { position: issue.team })
      : issue.area !== 'objective'
        ? format.format(`board.where-${issue.area}`)
        : issue.title !== null
          ? format.format('board.where-objective', { title: issue.title })
          : format.format('board.where-objective-untitled', { position: issue.objective ?? 0 });
  if (issue.keyResult !== null) {
    where = format.format('board.where-key-result', {
      objective: where,
      position: issue.keyResult,
    });
  } else if (issue.checkIn !== null) {
    where = format.format('board.where-check-in', { objective: where, position: issue.checkIn });
  }
  const field = issue.field
    ? format.format('board.field', { field: issue.field })
    : format.format('board.field-none');
  // A team's id repeats another team's, not an objective's; the teams should be a list.
  const problem =
    issue.area !== 'team'
      ? issue.problem
      : issue.problem === 'duplicate'
        ? 'duplicate-team'
        : issue.problem === 'invalid' && issue.team === null
          ? 'not-a-list'
          : issue.problem;
  return format.format('board.issue', {
    where,
    problem: format.format(`board.problem.${problem}`, { field }),
    outcome: format.format(`board.outcome.${issue.outcome}`),
  });
}
