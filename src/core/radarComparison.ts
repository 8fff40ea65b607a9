// The radar's second series (an earlier check-in, another team): progress by objective id.

/**
 * The comparison's value for an objective: an own property that is a finite number, or
 * nothing (an id such as `constructor` must not find `Object.prototype.constructor`).
 */
export function comparedValue(
  comparison: Readonly<Record<string, number>> | undefined,
  id: string,
): number | undefined {
  if (typeof comparison !== 'object' || comparison === null || !Object.hasOwn(comparison, id)) {
    return undefined;
  }
  const value = comparison[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
