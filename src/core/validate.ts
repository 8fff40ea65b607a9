// Checks a group of numeric options once, against their defaults: a value that is not a usable
// number gives a problem and the default. Shared by `analyzeOkrs` and the status rule presets.

/** What a numeric option may be. */
export type NumberKind = 'non-negative' | 'unit' | 'positive';

/** Something wrong with one option; `key` is `''` for the group itself. */
export interface OptionProblem {
  key: string;
  /** An issue code: `wrong-type`, `not-a-number`, `not-finite`, `negative`, … */
  code: string;
  /** For `out-of-order`: the option this one must not pass. */
  other?: string;
}

/** The values to use, each a default where the given one was not usable, and why. */
export interface CheckedNumbers<K extends string> {
  values: Readonly<Record<K, number>>;
  problems: OptionProblem[];
}

/**
 * Reads each of `kinds`' keys once from `given` (own properties only) and keeps it when it is a
 * number of its kind; `order` lists pairs `[low, high]` that must satisfy `low ≤ high`, and when
 * one does not, the whole ordered group falls back to its defaults, which are in order.
 */
export function checkNumbers<K extends string>(
  given: unknown,
  defaults: Readonly<Record<K, number>>,
  kinds: Readonly<Record<NoInfer<K>, NumberKind>>,
  order: readonly (readonly [NoInfer<K>, NoInfer<K>])[] = [],
): CheckedNumbers<K> {
  const problems: OptionProblem[] = [];
  // Nothing given: the defaults themselves, which nobody changes.
  if (given === undefined) return { values: defaults, problems };
  const values = { ...defaults } as Record<K, number>;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    problems.push({ key: '', code: 'wrong-type' });
    return { values, problems };
  }
  const record = given as Record<string, unknown>;
  for (const key of Object.keys(kinds) as K[]) {
    let value: unknown;
    try {
      if (!Object.hasOwn(record, key)) continue;
      value = record[key];
    } catch {
      problems.push({ key, code: 'unreadable' });
      continue;
    }
    if (value === undefined) continue;
    const code = numberProblem(value, kinds[key]);
    if (code) problems.push({ key, code });
    else values[key] = value as number;
  }
  const wrong = order.filter(([low, high]) => !(values[low] <= values[high]));
  if (wrong.length > 0) {
    for (const [low, high] of wrong) problems.push({ key: low, code: 'out-of-order', other: high });
    for (const pair of order) for (const key of pair) values[key] = defaults[key];
  }
  return { values, problems };
}

/** Why `value` is not a number of `kind`, as an issue code, or `null` when it is one. */
export function numberProblem(value: unknown, kind: NumberKind): string | null {
  if (typeof value !== 'number') return 'wrong-type';
  if (Number.isNaN(value)) return 'not-a-number';
  if (!Number.isFinite(value)) return 'not-finite';
  if (kind === 'unit' && (value < 0 || value > 1)) return 'out-of-range';
  if (value < 0) return 'negative';
  if (kind === 'positive' && value === 0) return 'not-positive';
  return null;
}
