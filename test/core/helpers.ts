// Shared checks of the hardening tests: a report holds no non-finite number anywhere.
import { expect } from 'vitest';
import type { Issue, Report } from '../../src/core';

/** Every number anywhere in a value, with its path; `seen` guards against cycles. */
export function numbersIn(value: unknown, path = '', seen = new Set<object>()): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, inner]) => numbersIn(inner, `${path}.${key}`, seen));
}

/** The numbers in `value` that are `NaN`, infinite or `-0`, with their paths. */
export function badNumbers(value: unknown): [string, number][] {
  return numbersIn(value).filter(([, n]) => !Number.isFinite(n) || Object.is(n, -0));
}

/** A report with only finite numbers that survives a JSON round trip unchanged. */
export function expectClean(report: Report): void {
  expect(badNumbers(report)).toEqual([]);
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

/** The issues of a report as `[path, code, severity]`. */
export const issueList = (report: { issues: readonly Issue[] }) =>
  report.issues.map((issue) => [issue.path, issue.code, issue.severity]);
