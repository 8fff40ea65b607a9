import { describeIssue, type Formatter, type Issue } from '../../core';
import { issueText } from './issueText';

/** How many problems the list shows; the rest are counted. */
const SHOWN = 20;

/**
 * The problems in the data, for the people who look at the board: a one-line summary that opens
 * a list of each problem in plain words. Paths, codes and `onIssues` are the console's.
 */
export function BoardIssues({
  issues,
  okrs,
  format,
}: {
  issues: readonly Issue[];
  okrs: unknown;
  format: Formatter;
}) {
  return (
    <details className="okr-board__issues">
      <summary>{format.format('board.issues', { count: issues.length })}</summary>
      <ul>
        {issues.slice(0, SHOWN).map((issue, index) => (
          // Issues have no id of their own, and the list only changes as a whole.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>{issueText(format, describeIssue(issue, okrs))}</li>
        ))}
        {issues.length > SHOWN && (
          <li>{format.format('board.issues-more', { count: issues.length - SHOWN })}</li>
        )}
      </ul>
    </details>
  );
}
