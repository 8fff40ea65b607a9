import type { Formatter, MessageValues } from './format';
import type { ReportOption } from './options';
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
  const texts = {
    expected: values.expected ?? format.format('expected.value'),
    ...values,
    path: path || 'input',
  };
  const message = format.format(`issue.${code}`, texts);
  return {
    path,
    code,
    severity,
    // The action may name values too: "It is read as {value}."
    message: action ? `${message} ${format.format(`action.${action}`, texts)}` : message,
  };
}

/**
 * Reports the problems of options as warnings into `issues`, each worded by `makeIssue` (an
 * `expected` kind becomes its text) and each once per path, code and action: a callback that
 * fails on every objective is reported once.
 */
export function optionReporter(format: Formatter, issues: Issue[]): ReportOption {
  const reported = new Set<string>();
  return (path, code, action, values) => {
    const key = `${path} ${code} ${action}`;
    if (reported.has(key)) return;
    reported.add(key);
    const expected = values?.expected;
    const texts = expected
      ? { ...values, expected: format.format(`expected.${expected}`) }
      : values;
    issues.push(makeIssue(format, path, code, 'warning', action, texts));
  };
}
