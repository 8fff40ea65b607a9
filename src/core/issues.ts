import type { Formatter, MessageValues } from './format';
import type { Issue } from './types';

/**
 * Builds an issue: the sentence `issue.<code>` about `path`, then what was done about it,
 * `action.<action>`. Every problem the package reports is worded here, so all of them can be
 * translated the same way.
 */
export function makeIssue(
  format: Formatter,
  path: string,
  code: string,
  severity: Issue['severity'],
  action?: string,
  values: MessageValues = {},
): Issue {
  const message = format.format(`issue.${code}`, {
    expected: values.expected ?? format.format('expected.value'),
    ...values,
    path: path || 'input',
  });
  return {
    path,
    code,
    severity,
    message: action ? `${message} ${format.format(`action.${action}`)}` : message,
  };
}
