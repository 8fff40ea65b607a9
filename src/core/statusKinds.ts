// Questions asked of a status value wherever one arrives: from a report, a host, or JSON.
import { STATUSES, type Status } from './types';

const KNOWN: ReadonlySet<string> = new Set(STATUSES);

/** Whether a value is one of the `STATUSES` (an id such as `constructor` is not). */
export function isStatus(value: unknown): value is Status {
  return typeof value === 'string' && KNOWN.has(value);
}

/** Whether a status is `at-risk` or `off-track`: the objectives a review must talk about. */
export function isAtRiskOrWorse(status: Status | string): boolean {
  return status === 'at-risk' || status === 'off-track';
}
